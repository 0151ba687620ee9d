// A child process for the crash test: types a text into a visit's summary one character at a time, the
// way the visit editor does (NoteAutosaver on a FieldWorkStore), and reports on stdout what it typed and
// what was saved. The test kills it with SIGKILL at a random moment.
//   fieldwork_typist CACHE VISIT_ID TEXT_FILE INTERVAL_MS
#include "core/fieldwork/fieldworkstore.h"
#include "core/fieldwork/noteautosaver.h"
#include "core/store/cache.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    QFile file(args[3]);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QString text = QString::fromUtf8(file.readAll());
    dj::store::Database db = dj::store::Cache::open(args[1]);
    dj::fieldwork::FieldWorkStore store(db);
    store.setAuthor(QStringLiteral("typist"));
    dj::fieldwork::NoteAutosaver saver(store, dj::fieldwork::RecordKind::Visit, args[2]);
    qsizetype typed = 0;
    QObject::connect(&saver, &dj::fieldwork::NoteAutosaver::saved, [&typed] {
        std::printf("saved %lld\n", static_cast<long long>(typed));
        std::fflush(stdout);
    });
    QTimer keys;
    keys.setInterval(args[4].toInt());
    QObject::connect(&keys, &QTimer::timeout, [&] {
        if (typed >= text.size()) {
            keys.stop();
            return;
        }
        ++typed;
        saver.setValue(QStringLiteral("summary"), text.left(typed));
        std::printf("typed %lld\n", static_cast<long long>(typed));
        std::fflush(stdout);
    });
    keys.start();
    return app.exec();
}
