#include "core/valuation/ahp.h"

#include <cmath>

namespace dj::valuation {

double Ahp::randomIndex(int n)
{
    // Saaty (1980); 10..15 from Saaty's later tables.
    static const double ri[]
        = { 0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59 };
    return n >= 1 && n <= 15 ? ri[n] : 0;
}

AhpResult Ahp::evaluate(const QList<QList<double>>& a)
{
    AhpResult r;
    const int n = int(a.size());
    if (n == 0)
        return r;
    QList<double> w(n, 1.0 / n), next(n);
    for (int iter = 0; iter < 1000; ++iter) {
        double sum = 0;
        for (int i = 0; i < n; ++i) {
            double s = 0;
            for (int j = 0; j < n; ++j)
                s += a[i][j] * w[j];
            next[i] = s;
            sum += s;
        }
        double delta = 0;
        for (int i = 0; i < n; ++i) {
            next[i] /= sum;
            delta = std::max(delta, std::abs(next[i] - w[i]));
        }
        w.swap(next);
        if (delta < 1e-13)
            break;
    }
    double lambda = 0;
    for (int i = 0; i < n; ++i) {
        double s = 0;
        for (int j = 0; j < n; ++j)
            s += a[i][j] * w[j];
        lambda += s / w[i];
    }
    lambda /= n;
    r.weights = w;
    r.lambdaMax = lambda;
    r.ci = n > 1 ? (lambda - n) / (n - 1) : 0;
    if (std::abs(r.ci) < 1e-12)
        r.ci = 0;
    r.ri = randomIndex(n);
    r.cr = r.ri > 0 ? r.ci / r.ri : 0;
    r.consistent = r.cr < 0.10;
    double worst = -1;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const double implied = w[i] / w[j];
            const double dev = std::abs(std::log(a[i][j] / implied));
            if (dev > worst + 1e-12) {
                worst = dev;
                r.worstI = i;
                r.worstJ = j;
                r.worstGiven = a[i][j];
                r.worstImplied = implied;
            }
        }
    }
    return r;
}

QList<double> Ahp::entropyWeights(const QList<QList<double>>& x)
{
    const int m = int(x.size());
    const int n = m > 0 ? int(x.first().size()) : 0;
    QList<double> d(n, 0.0);
    if (m < 2 || n == 0)
        return QList<double>(n, n ? 1.0 / n : 0);
    double total = 0;
    for (int j = 0; j < n; ++j) {
        double col = 0;
        for (int i = 0; i < m; ++i)
            col += x[i][j];
        double e = 0;
        if (col > 0) {
            for (int i = 0; i < m; ++i) {
                const double p = x[i][j] / col;
                if (p > 0)
                    e -= p * std::log(p);
            }
            e /= std::log(double(m));
        } else {
            e = 1; // all zero: carries no information
        }
        d[j] = std::max(0.0, 1 - e);
        total += d[j];
    }
    if (total <= 1e-15)
        return QList<double>(n, 1.0 / n);
    for (double& v : d)
        v /= total;
    return d;
}

} // namespace dj::valuation
