// libFuzzer target: the code checkers (USCC, resident ID number) and the cell value parsers.
#include "core/codes/idnumber.h"
#include "core/codes/uscc.h"
#include "core/io/valueparser.h"
#include "tests/fuzz/fuzzutil.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dj;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    const codes::UsccInfo u = codes::Uscc::parse(text);
    if (u.valid) {
        fuzz::require(codes::Uscc::isWellFormed(text));
        fuzz::require(codes::Uscc::problem(text).isEmpty());
    }
    if (text.size() >= 17)
        (void)codes::Uscc::checkCharacter(QStringView(text).first(17));
    if (text.size() >= 8)
        (void)codes::Uscc::organizationCheck(QStringView(text).first(8));

    const codes::IdInfo id = codes::IdNumber::parse(text);
    const QString masked = codes::IdNumber::mask(text);
    if (id.valid)
        fuzz::require(!id.masked.isEmpty() && id.masked != text); // a full number is never kept
    (void)masked;

    (void)io::ValueParser::parseNumber(text);
    (void)io::ValueParser::parseInteger(text);
    (void)io::ValueParser::parseMoney(text);
    (void)io::ValueParser::parseDate(text, true);
    (void)io::ValueParser::parseMonth(text);
    (void)io::ValueParser::parseYear(text);
    (void)io::ValueParser::normalizeStatus(text);
    (void)io::ValueParser::splitRoles(text);
    (void)io::ValueParser::currencyCode(text);
    return 0;
}
