#pragma once

#include "core/valuation/validationerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QUndoStack>

namespace dj::ui {

/// The open valuation worksheet as the user edits it: the JSON document (what is saved), its undo stack with
/// one command per user action, and the file it came from. Values are addressed by worksheet paths
/// ("income.periods[2].revenue"), the same paths validation issues name.
class WorksheetDocument : public QObject
{
    Q_OBJECT
public:
    explicit WorksheetDocument(QObject* parent = nullptr);

    const QJsonObject& json() const { return m_doc; }
    QUndoStack* undoStack() { return &m_undo; }
    QString filePath() const { return m_path; }
    bool isModified() const { return !m_undo.isClean(); }

    /// Replaces the document (open, new, sample); clears the undo history. Throws ValidationError when the
    /// file cannot be read or migrated.
    void open(const QString& path);
    void reset(const QJsonObject& document, const QString& path = {});
    /// Writes the document; marks it clean. Throws ValidationError.
    void save(const QString& path);

    QJsonValue value(const QString& path) const;
    /// One undoable edit; nothing happens when the value is unchanged.
    void setValue(const QString& path, const QJsonValue& value, const QString& text = {});
    /// Several values in one undoable step (e.g. a judgement and its reciprocal).
    void setValues(const QList<QPair<QString, QJsonValue>>& values, const QString& text);
    /// Inserts into / removes from the array at path, one undo step each.
    void insertItem(const QString& arrayPath, int index, const QJsonValue& item, const QString& text = {});
    void removeItem(const QString& arrayPath, int index, const QString& text = {});

    /// Reads / writes a value at a path in any JSON object (missing parents are created; a null value
    /// removes).
    static QJsonValue get(const QJsonObject& root, const QString& path);
    static void put(QJsonObject& root, const QString& path, const QJsonValue& value);

    /// Applies a whole new document as one step (used by the commands).
    void applyDocument(const QJsonObject& document);

signals:
    /// The document changed (an edit, undo, redo, open).
    void changed();
    void fileChanged(const QString& path);

private:
    QJsonObject m_doc;
    QUndoStack m_undo;
    QString m_path;
};

} // namespace dj::ui
