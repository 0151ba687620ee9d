// libFuzzer target: the XLSX reader (zip, shared strings, styles, streamed sheet XML).
#include "core/io/ioerror.h"
#include "core/io/xlsxreader.h"
#include "tests/fuzz/fuzzutil.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = dj::fuzz::scratchPath(QStringLiteral("book.xlsx"));
    dj::fuzz::writeFile(path, data, size);
    try {
        dj::io::XlsxReader book(path);
        for (const QString& sheet : book.sheetNames()) {
            try {
                auto rows = book.openSheet(sheet);
                QStringList fields;
                qint64 records = 0;
                while (rows->next(fields)) {
                    dj::fuzz::require(fields.size() <= 16384); // the worksheet column limit
                    if (++records > 1000000)
                        std::abort(); // no reader loop may run on without consuming input
                }
            } catch (const dj::io::IoError&) {
            }
        }
    } catch (const dj::io::IoError&) {
    }
    return 0;
}
