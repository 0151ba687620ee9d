#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Small worksheets written by hand for the tests (the shipped samples are read from resources/valuation).
namespace dj::test {

inline QJsonObject parseJson(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

/// Revenue split: R = 1000, 1100, 1200; K = 0.1; i = 0.03 + 0.02 + 0.01 + 0.02 + 0.02 = 0.10.
inline QJsonObject incomeDoc()
{
    return parseJson(R"({
        "format_version": 2,
        "asset": { "name": "测试数据", "valuation_date": "2024-12-31" },
        "income": {
            "method": "revenue_split", "share_k": 0.1,
            "periods": [ { "year": 2025, "revenue": 1000 }, { "year": 2026, "revenue": 1100 }, { "year": 2027, "revenue": 1200 } ],
            "remaining_life": 3,
            "discount": { "risk_free": 0.03, "management": 0.02, "circulation": 0.01, "security": 0.02, "regulatory": 0.02 }
        }
    })");
}

/// Cost (items 100 in 2022 and 200 in 2023, index 100/105/110) and three comparables.
inline QJsonObject costMarketDoc()
{
    return parseJson(R"({
        "format_version": 2,
        "asset": { "name": "测试数据", "valuation_date": "2024-12-31" },
        "cost": {
            "items": [ { "group": "direct", "name": "采集", "amount": 100, "year": 2022 },
                       { "group": "taxes", "name": "税费", "amount": 200, "year": 2023 } ],
            "price_index": { "2022": 100, "2023": 105, "2024": 110 },
            "quality_factor": 0.9, "used_years": 1, "remaining_years": 3
        },
        "market": { "comparables": [
            { "name": "A", "price": 100, "factors": { "quality": 1.1, "volume": 0.9 } },
            { "name": "B", "price": 120, "factors": { "date": 0.95 } },
            { "name": "C", "price": 90, "weight": 2, "factors": { "supply_demand": 1.2 } } ] },
        "conclusion": { "weights": { "cost": 0.25, "market": 0.75 } }
    })");
}

} // namespace dj::test
