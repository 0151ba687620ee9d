#include "ui/valuation/worksheetdocument.h"

#include "core/valuation/worksheet.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUndoCommand>
#include <variant>

namespace dj::ui {

namespace {

/// A path segment: an object key or an array index.
using Segment = std::variant<QString, int>;

QList<Segment> parsePath(const QString& path)
{
    QList<Segment> out;
    static const QRegularExpression re(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    auto it = re.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(1))
            out << Segment(m.captured(1));
        else
            out << Segment(m.captured(2).toInt());
    }
    return out;
}

QJsonValue getIn(const QJsonValue& v, const QList<Segment>& segs, int i)
{
    if (i == segs.size())
        return v;
    if (const QString* k = std::get_if<QString>(&segs[i]))
        return v.isObject() ? getIn(v.toObject().value(*k), segs, i + 1) : QJsonValue(QJsonValue::Undefined);
    const int idx = std::get<int>(segs[i]);
    return v.isArray() && idx < v.toArray().size() ? getIn(v.toArray().at(idx), segs, i + 1)
                                                   : QJsonValue(QJsonValue::Undefined);
}

QJsonValue putIn(const QJsonValue& v, const QList<Segment>& segs, int i, const QJsonValue& value)
{
    if (i == segs.size())
        return value;
    if (const QString* k = std::get_if<QString>(&segs[i])) {
        QJsonObject o = v.toObject();
        const QJsonValue child = putIn(o.value(*k), segs, i + 1, value);
        if (child.isNull() || child.isUndefined())
            o.remove(*k);
        else
            o.insert(*k, child);
        return o;
    }
    const int idx = std::get<int>(segs[i]);
    QJsonArray a = v.toArray();
    while (a.size() <= idx)
        a.append(QJsonValue());
    a[idx] = putIn(a.at(idx), segs, i + 1, value);
    return a;
}

class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(WorksheetDocument* doc, QJsonObject before, QJsonObject after, const QString& text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_doc->applyDocument(m_before); }
    void redo() override { m_doc->applyDocument(m_after); }

private:
    WorksheetDocument* m_doc;
    QJsonObject m_before, m_after;
};

} // namespace

WorksheetDocument::WorksheetDocument(QObject* parent)
    : QObject(parent)
{
}

QJsonValue WorksheetDocument::get(const QJsonObject& root, const QString& path)
{
    return getIn(root, parsePath(path), 0);
}

void WorksheetDocument::put(QJsonObject& root, const QString& path, const QJsonValue& value)
{
    root = putIn(root, parsePath(path), 0, value).toObject();
}

void WorksheetDocument::open(const QString& path)
{
    reset(valuation::Worksheet::load(path), path);
}

void WorksheetDocument::reset(const QJsonObject& document, const QString& path)
{
    m_undo.clear();
    m_doc = document;
    m_path = path;
    m_undo.setClean();
    emit fileChanged(path);
    emit changed();
}

void WorksheetDocument::save(const QString& path)
{
    valuation::Worksheet::save(m_doc, path);
    m_path = path;
    m_undo.setClean();
    emit fileChanged(path);
}

QJsonValue WorksheetDocument::value(const QString& path) const
{
    return get(m_doc, path);
}

void WorksheetDocument::setValue(const QString& path, const QJsonValue& value, const QString& text)
{
    setValues({ { path, value } }, text.isEmpty() ? tr("Edit %1").arg(path) : text);
}

void WorksheetDocument::setValues(const QList<QPair<QString, QJsonValue>>& values, const QString& text)
{
    QJsonObject after = m_doc;
    for (const auto& v : values)
        put(after, v.first, v.second);
    if (after == m_doc)
        return;
    m_undo.push(new DocumentCommand(this, m_doc, after, text));
}

void WorksheetDocument::insertItem(
    const QString& arrayPath, int index, const QJsonValue& item, const QString& text)
{
    QJsonArray a = value(arrayPath).toArray();
    a.insert(std::clamp<qsizetype>(index, 0, a.size()), item);
    QJsonObject after = m_doc;
    put(after, arrayPath, a);
    m_undo.push(new DocumentCommand(this, m_doc, after, text.isEmpty() ? tr("Add a row") : text));
}

void WorksheetDocument::removeItem(const QString& arrayPath, int index, const QString& text)
{
    QJsonArray a = value(arrayPath).toArray();
    if (index < 0 || index >= a.size())
        return;
    a.removeAt(index);
    QJsonObject after = m_doc;
    put(after, arrayPath, a);
    m_undo.push(new DocumentCommand(this, m_doc, after, text.isEmpty() ? tr("Remove a row") : text));
}

void WorksheetDocument::applyDocument(const QJsonObject& document)
{
    m_doc = document;
    emit changed();
}

} // namespace dj::ui
