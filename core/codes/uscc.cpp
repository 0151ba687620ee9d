#include "core/codes/uscc.h"

namespace dj::codes {

namespace {

constexpr int kWeights18[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
constexpr int kWeightsOrg[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };

int alphabetValue(QChar c)
{
    const qsizetype i = Uscc::alphabet().indexOf(c);
    return i < 0 ? -1 : int(i);
}

// GB 11714 values: digits 0–9, letters A–Z 10–35 (any letter, unlike the USCC alphabet).
int orgValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    return -1;
}

} // namespace

bool Uscc::isWellFormed(QStringView code)
{
    if (code.size() != 18)
        return false;
    for (QChar c : code) {
        if (alphabetValue(c) < 0)
            return false;
    }
    return true;
}

QChar Uscc::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = alphabetValue(first17[i]);
        if (v < 0)
            return {};
        sum += v * kWeights18[i];
    }
    return alphabet()[(31 - sum % 31) % 31];
}

QChar Uscc::organizationCheck(QStringView eight)
{
    if (eight.size() != 8)
        return {};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const int v = orgValue(eight[i]);
        if (v < 0)
            return {};
        sum += v * kWeightsOrg[i];
    }
    const int c = 11 - sum % 11;
    if (c == 10)
        return QLatin1Char('X');
    if (c == 11)
        return QLatin1Char('0');
    return QChar(u'0' + c);
}

QString Uscc::departmentName(QChar department)
{
    switch (department.unicode()) {
    case u'1':
        return QStringLiteral("机构编制");
    case u'2':
        return QStringLiteral("外交");
    case u'3':
        return QStringLiteral("司法行政");
    case u'4':
        return QStringLiteral("文化");
    case u'5':
        return QStringLiteral("民政");
    case u'6':
        return QStringLiteral("旅游");
    case u'7':
        return QStringLiteral("宗教");
    case u'8':
        return QStringLiteral("工会");
    case u'9':
        return QStringLiteral("市场监管");
    case u'A':
        return QStringLiteral("中央军委改革和编制办公室");
    case u'N':
        return QStringLiteral("农业");
    case u'Y':
        return QStringLiteral("其他");
    default:
        return {};
    }
}

QString Uscc::categoryName(QChar department, QChar category)
{
    // GB 32100-2015 table 1 (with the later 农业 and 军队 additions); 9 is "other" in every department.
    const char16_t d = department.unicode();
    const char16_t c = category.unicode();
    if (c == u'9' && !departmentName(department).isEmpty() && d != u'Y')
        return QStringLiteral("其他");
    switch (d) {
    case u'1':
        if (c == u'1')
            return QStringLiteral("机关");
        if (c == u'2')
            return QStringLiteral("事业单位");
        if (c == u'3')
            return QStringLiteral("中央编办直接管理机构编制的群众团体");
        break;
    case u'2':
        if (c == u'1')
            return QStringLiteral("外国常驻新闻机构");
        break;
    case u'3':
        if (c == u'1')
            return QStringLiteral("律师执业机构");
        if (c == u'2')
            return QStringLiteral("公证处");
        if (c == u'3')
            return QStringLiteral("基层法律服务所");
        if (c == u'4')
            return QStringLiteral("司法鉴定机构");
        if (c == u'5')
            return QStringLiteral("仲裁委员会");
        break;
    case u'4':
        if (c == u'1')
            return QStringLiteral("外国在华文化中心");
        break;
    case u'5':
        if (c == u'1')
            return QStringLiteral("社会团体");
        if (c == u'2')
            return QStringLiteral("民办非企业单位");
        if (c == u'3')
            return QStringLiteral("基金会");
        break;
    case u'6':
        if (c == u'1')
            return QStringLiteral("外国旅游部门常驻代表机构");
        if (c == u'2')
            return QStringLiteral("港澳台地区旅游部门常驻内地（大陆）代表机构");
        break;
    case u'7':
        if (c == u'1')
            return QStringLiteral("宗教活动场所");
        if (c == u'2')
            return QStringLiteral("宗教院校");
        break;
    case u'8':
        if (c == u'1')
            return QStringLiteral("基层工会");
        break;
    case u'9':
        if (c == u'1')
            return QStringLiteral("企业");
        if (c == u'2')
            return QStringLiteral("个体工商户");
        if (c == u'3')
            return QStringLiteral("农民专业合作社");
        break;
    case u'A':
        if (c == u'1')
            return QStringLiteral("军队事业单位");
        break;
    case u'N':
        if (c == u'1')
            return QStringLiteral("组级集体经济组织");
        if (c == u'2')
            return QStringLiteral("村级集体经济组织");
        if (c == u'3')
            return QStringLiteral("乡镇级集体经济组织");
        break;
    case u'Y':
        if (c == u'1')
            return QStringLiteral("其他");
        break;
    default:
        break;
    }
    return {};
}

UsccInfo Uscc::parse(QStringView code)
{
    UsccInfo info;
    info.input = code.toString();
    const QStringView c = code.trimmed();
    if (c.size() == 18) {
        info.departmentCode = c[0];
        info.categoryCode = c[1];
    }
    if (!isWellFormed(c))
        return info;
    info.regionCode = c.mid(2, 6).toString();
    info.department = departmentName(c[0]);
    info.category = categoryName(c[0], c[1]);
    const bool orgOk = organizationCheck(c.mid(8, 8)) == c[16];
    const bool mainOk = checkCharacter(c.first(17)) == c[17];
    info.valid = orgOk && mainOk;
    // Some early real codes (e.g. Fujian's 91350211M0000XUF46) fail a check: the caller warns, never rejects.
    if (!info.valid)
        info.warning = QStringLiteral("check character");
    return info;
}

QString Uscc::problem(QStringView code)
{
    const QStringView c = code.trimmed();
    if (c.isEmpty())
        return tr("The credit code is empty.");
    if (c.size() != 18)
        return tr("A unified social credit code has 18 characters, this one has %1.").arg(c.size());
    for (qsizetype i = 0; i < c.size(); ++i) {
        if (alphabetValue(c[i]) < 0) {
            if (c[i].isLower() && alphabetValue(c[i].toUpper()) >= 0)
                return tr("Character %1 is a lowercase letter; credit codes use capitals.").arg(i + 1);
            return tr(
                "Character %1 (%2) is not allowed in a credit code (0-9 and capitals except I, O, Z, S, V).")
                .arg(i + 1)
                .arg(c[i]);
        }
    }
    if (organizationCheck(c.mid(8, 8)) != c[16])
        return tr("The organisation code check character (position 17) does not match.");
    if (checkCharacter(c.first(17)) != c[17])
        return tr("The check character (position 18) does not match; it should be %1.")
            .arg(checkCharacter(c.first(17)));
    return {};
}

} // namespace dj::codes
