#pragma once

#include "core/common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <stdexcept>

namespace dj::fieldwork {

enum class RecordKind { Visit, Task };

/// Who last set a field and when: the basis of field-level last-writer-wins merges.
struct Stamp
{
    QString at; ///< UTC, ISO 8601 with milliseconds ("" = before field work kept stamps: oldest)
    QString by; ///< author (the user name of settings)
    QString base; ///< the "at" of another author's value this edit was made on ("" = none)

    bool isEmpty() const { return at.isEmpty() && by.isEmpty(); }
    bool operator==(const Stamp&) const = default;
};

/// A visit or a task: its id (a UUID for records made here; bundle ids are kept as they are), the values
/// of its fields by exchange-format column name, the stamp of each field, and whether it is deleted.
struct Record
{
    RecordKind kind = RecordKind::Visit;
    QString id;
    QHash<QString, QString> values;
    QHash<QString, Stamp> stamps;
    bool deleted = false;
    QString created; ///< visit: UTC time of creation; task: the bundle's created date
    QString createdBy;
    /// Not fields of the record, filled by list reads: enterprise name, park id and name.
    QString enterpriseName;
    QString parkId;
    QString parkName;

    QString value(const QString& field) const { return values.value(field); }
    QString value(const char* field) const { return values.value(QString::fromLatin1(field)); }
};

/// The fields of each kind, in export order: bundle columns first, then the field-work columns.
struct Fields
{
    static const QStringList& visitBundle(); ///< uscc, date, visitor, kind, summary, needs, follow_up
    static const QStringList& visitExtra(); ///< people, need_categories, follow_up_date, task_id, closes_task
    static const QStringList& taskBundle(); ///< uscc, assignee, due, status, reason
    static const QStringList& taskExtra(); ///< park_id
    static QStringList all(RecordKind kind); ///< bundle + extra
    static QString idColumn(RecordKind kind); ///< visit_id / task_id
    static QString kindName(RecordKind kind); ///< "visit" / "task"

    static const QStringList& visitKinds(); ///< 走访, 座谈, 电话, 线上
    static const QStringList& taskStatuses(); ///< 待办, 进行中, 已完成, 已取消
    static const QStringList& needCategories(); ///< 用地, 融资, 人才, 政策, 审批, 其他
    static bool isOpenStatus(const QString& status); ///< 待办 or 进行中 (or empty)
};

/// A request the engine refuses (bad file, unknown record, bad value), in the user's words.
class FieldWorkError : public dj::Error
{
public:
    using dj::Error::Error;
};

} // namespace dj::fieldwork
