#pragma once

#include "ui/valuation/jsontablemodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dj::ui {

class ValuationCalculator;
class WorksheetDocument;

/// A single worksheet value in a form: an editor bound to a path plus, right next to it, the reason when
/// validation refuses the value. Committing (Enter or leaving the field) is one undo step.
class FieldEdit : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Text, Number, Integer, Date, Choice, Bool, Lines, LongText };
    FieldEdit(WorksheetDocument* doc, ValuationCalculator* calc, const QString& path, Kind kind,
        const QString& label, QWidget* parent = nullptr);
    /// Choice fields: codes stored and labels shown.
    void setChoices(const QStringList& codes, const QStringList& labels);
    void setPlaceholder(const QString& text);
    QString path() const { return m_path; }
    /// Re-binds the editor (e.g. to the selected ledger resource).
    void setPath(const QString& path);
    QWidget* editor() const;
    QString issueText() const;

private:
    void load();
    void commit();
    WorksheetDocument* m_doc;
    ValuationCalculator* m_calc;
    QString m_path;
    Kind m_kind;
    QString m_label;
    QLineEdit* m_line = nullptr;
    QComboBox* m_combo = nullptr;
    QCheckBox* m_check = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_issue;
    bool m_loading = false;
};

} // namespace dj::ui
