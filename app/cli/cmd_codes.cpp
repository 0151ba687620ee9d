// check uscc, check id, region (shared/spec/cli.md "Codes and places"). No cache needed.
#include "cli.h"
#include "core/codes/idnumber.h"
#include "core/codes/regions.h"
#include "core/codes/uscc.h"

#include <QJsonObject>

namespace {

using namespace Qt::StringLiterals;

class CodesCommand
{
    Q_DECLARE_TR_FUNCTIONS(CodesCommand)
public:
    static QStringList positional(const QStringList& args, const QString& what)
    {
        // "--" ends options, so codes that start with "--" can still be checked.
        QStringList words;
        bool optionsEnded = false;
        for (const QString& a : args) {
            if (!optionsEnded && a == u"--"_s) {
                optionsEnded = true;
                continue;
            }
            if (!optionsEnded && a.startsWith(u"--"_s) && a.size() > 2)
                throw dj::cli::CliError { dj::cli::UsageError, tr("Unknown option %1.").arg(a) };
            words << a;
        }
        if (words.isEmpty())
            throw dj::cli::CliError { dj::cli::UsageError, tr("Give at least one %1.").arg(what) };
        return words;
    }

    static int checkUscc(const QStringList& args)
    {
        for (const QString& code : positional(args, tr("credit code"))) {
            const dj::codes::UsccInfo info = dj::codes::Uscc::parse(code);
            QJsonObject o { { u"input"_s, info.input }, { u"valid"_s, info.valid },
                { u"warning"_s, info.warning }, { u"region_code"_s, info.regionCode },
                { u"department"_s, info.department }, { u"category"_s, info.category } };
            const QString region = dj::codes::Regions::instance().fullName(info.regionCode);
            o.insert(u"region_name"_s, info.regionCode.isEmpty() ? QString() : region);
            o.insert(u"problem"_s, dj::codes::Uscc::problem(code));
            dj::cli::printJson(o);
        }
        return dj::cli::Ok;
    }

    static int checkId(const QStringList& args)
    {
        for (const QString& number : positional(args, tr("ID number"))) {
            const dj::codes::IdInfo info = dj::codes::IdNumber::parse(number);
            dj::cli::printJson(QJsonObject {
                { u"input"_s, info.input },
                { u"valid"_s, info.valid },
                { u"masked"_s, info.masked },
                { u"region_code"_s, info.regionCode },
                { u"region_name"_s, info.regionName },
                { u"birth_date"_s,
                    info.birthDate.isValid() ? info.birthDate.toString(Qt::ISODate) : QString() },
                { u"gender"_s, info.gender },
                { u"legacy15"_s, number.trimmed().size() == 15 && !info.normalized18.isEmpty() },
                { u"retired"_s, info.retired },
                { u"successor_code"_s, info.successorCode },
                { u"successor_name"_s,
                    info.successorCode.isEmpty()
                        ? QString()
                        : dj::codes::Regions::instance().fullName(info.successorCode) },
                { u"successor_level"_s, info.normalized18.isEmpty() ? QString() : info.successorLevel },
            });
        }
        return dj::cli::Ok;
    }

    static QJsonObject regionJson(const dj::codes::Region& r, const QString& input)
    {
        const dj::codes::Regions& regions = dj::codes::Regions::instance();
        static const char* const levels[] = { "", "province", "prefecture", "county", "street" };
        const dj::codes::Region* province = regions.province(r.code);
        const dj::codes::Region* prefecture = regions.prefecture(r.code);
        QString city;
        if (prefecture) {
            // Under a 直辖市 the prefecture is the 市辖区/县 placeholder: the municipality is the city.
            // 省直辖县级行政区划 (xx90) has no city at all.
            if (prefecture->code.mid(4, 2) == u"00"_s
                && (prefecture->name == u"市辖区"_s || prefecture->name == u"县"_s))
                city = province ? province->name : QString();
            else if (!prefecture->name.endsWith(u"直辖县级行政区划"_s))
                city = prefecture->name;
        }
        QString county;
        if (r.level >= 3) {
            const dj::codes::Region* c = &r;
            while (c && c->level > 3)
                c = regions.find(c->parentCode);
            // Streets of 东莞/中山/儋州 hang directly under the prefecture.
            county = c && c->level == 3 ? c->name : QString();
        }
        QJsonObject o { { u"code"_s, r.code }, { u"name"_s, r.name },
            { u"level"_s, QLatin1String(levels[r.level >= 1 && r.level <= 4 ? r.level : 0]) },
            { u"province"_s, province ? province->name : QString() }, { u"city"_s, city },
            { u"county"_s, county } };
        if (r.level == 4)
            o.insert(u"street"_s, r.name);
        o.insert(u"input"_s, input);
        o.insert(u"short_name"_s, r.shortName);
        o.insert(u"full_name"_s, regions.fullName(r.code));
        o.insert(u"parent"_s, r.parentCode);
        return o;
    }

    static int region(const QStringList& args)
    {
        const dj::codes::Regions& regions = dj::codes::Regions::instance();
        QStringList missing;
        for (const QString& word : positional(args, tr("region code or name"))) {
            QList<const dj::codes::Region*> found;
            if (const dj::codes::Region* r = regions.find(word))
                found << r;
            else
                found = regions.findByName(word);
            if (found.isEmpty())
                missing << word;
            for (const dj::codes::Region* r : std::as_const(found))
                dj::cli::printJson(regionJson(*r, word));
        }
        // Found codes are still printed; each unknown one is named on stderr and the exit code says "not all
        // found".
        if (!missing.isEmpty()) {
            QStringList lines;
            for (const QString& m : std::as_const(missing))
                lines << tr("Region \"%1\" not found.").arg(m);
            throw dj::cli::CliError { dj::cli::UserError, lines.join(QLatin1Char('\n')) };
        }
        return dj::cli::Ok;
    }
};

} // namespace

DJ_CLI_COMMAND({ u"check uscc"_s, CodesCommand::tr("CODE..."),
    CodesCommand::tr("validate unified social credit codes (JSON Lines)"), &CodesCommand::checkUscc });
DJ_CLI_COMMAND({ u"check id"_s, CodesCommand::tr("NUMBER..."),
    CodesCommand::tr("validate resident ID numbers, 15-digit numbers upgraded (JSON Lines)"),
    &CodesCommand::checkId });
DJ_CLI_COMMAND({ u"region"_s, CodesCommand::tr("CODE|NAME..."),
    CodesCommand::tr("look up GB/T 2260 regions by code (2/4/6/9 digits) or name (JSON Lines)"),
    &CodesCommand::region });
