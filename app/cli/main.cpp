// dianjing-cli: the headless face of the core (see shared/spec/cli.md).
#include "cli.h"
#include "core/common/error.h"
#include "core/store/storeerror.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <cstdio>
#include <exception>

namespace {

class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
public:
    static void printHelp()
    {
        QString text = tr("Usage: dianjing-cli COMMAND [ARGS]\n"
                          "The headless face of the Dianjing Workstation. Output is JSON on stdout.\n\n"
                          "Commands:\n");
        for (const dj::cli::Command& c : dj::cli::Registry::commands())
            text += QStringLiteral("  %1 %2\n      %3\n").arg(c.name, c.usage, c.summary);
        text += tr("\n  --version   print the version\n  --help      print this help\n");
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dianjing-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Dianjing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DJ_VERSION));

    // Messages follow the system language (Chinese on a Chinese Windows), or DIANJING_LANG.
    dj::installTranslations(qEnvironmentVariable("DIANJING_LANG", QLocale::system().name()));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        Main::printHelp();
        return args.isEmpty() ? dj::cli::UsageError : dj::cli::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        std::printf("dianjing-cli %s\n", DJ_VERSION);
        return dj::cli::Ok;
    }

    // Longest match first: "geo convert" before "geo".
    const dj::cli::Command* found = nullptr;
    int words = 0;
    for (const dj::cli::Command& c : dj::cli::Registry::commands()) {
        const QStringList name = c.name.split(QLatin1Char(' '));
        if (name.size() <= args.size() && args.mid(0, name.size()) == name && int(name.size()) > words) {
            found = &c;
            words = int(name.size());
        }
    }
    if (!found) {
        dj::cli::printError(Main::tr("Unknown command \"%1\". Run dianjing-cli --help.").arg(args.first()));
        return dj::cli::UsageError;
    }
    try {
        return found->run(args.mid(words));
    } catch (const dj::cli::CliError& e) {
        dj::cli::printError(e.message);
        if (e.code == dj::cli::UsageError)
            dj::cli::printError(Main::tr("Usage: dianjing-cli %1 %2").arg(found->name, found->usage));
        return e.code;
    } catch (const dj::store::StoreError& e) {
        dj::cli::printError(e.message());
        return dj::cli::UserError;
    } catch (const std::exception& e) {
        dj::cli::printError(
            Main::tr("Internal error: %1").arg(dj::Error::describe(e))); // UTF-8, never the local code page
        return 3;
    }
}
