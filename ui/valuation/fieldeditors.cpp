#include "ui/valuation/fieldeditors.h"

#include "ui/valuation/valuationcalculator.h"
#include "ui/valuation/worksheetdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace dj::ui {

namespace {
/// Commits a plain-text editor when it loses focus.
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(QObject* parent, std::function<void()> f)
        : QObject(parent)
        , m_f(std::move(f))
    {
    }
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (e->type() == QEvent::FocusOut)
            m_f();
        return QObject::eventFilter(o, e);
    }

private:
    std::function<void()> m_f;
};
} // namespace

FieldEdit::FieldEdit(WorksheetDocument* doc, ValuationCalculator* calc, const QString& path, Kind kind,
    const QString& label, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_calc(calc)
    , m_path(path)
    , m_kind(kind)
    , m_label(label)
    , m_issue(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QWidget* editor = nullptr;
    switch (kind) {
    case Kind::Choice:
        m_combo = new QComboBox(this);
        connect(m_combo, &QComboBox::activated, this, &FieldEdit::commit);
        editor = m_combo;
        break;
    case Kind::Bool:
        m_check = new QCheckBox(label, this);
        connect(m_check, &QCheckBox::clicked, this, &FieldEdit::commit);
        editor = m_check;
        break;
    case Kind::Lines:
    case Kind::LongText:
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setMaximumHeight(kind == Kind::Lines ? 110 : 80);
        m_text->installEventFilter(new FocusOutFilter(m_text, [this] { commit(); }));
        editor = m_text;
        break;
    default:
        m_line = new QLineEdit(this);
        connect(m_line, &QLineEdit::editingFinished, this, &FieldEdit::commit);
        if (kind == Kind::Date)
            m_line->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
        editor = m_line;
        break;
    }
    editor->setAccessibleName(label);
    editor->setToolTip(path);
    layout->addWidget(editor, 1);
    m_issue->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_issue->setWordWrap(true);
    m_issue->hide();
    layout->addWidget(m_issue, 1);
    connect(m_calc, &ValuationCalculator::recalculated, this, &FieldEdit::load);
    load();
}

void FieldEdit::setPath(const QString& path)
{
    m_path = path;
    editor()->setToolTip(path);
    load();
}

QWidget* FieldEdit::editor() const
{
    if (m_line)
        return m_line;
    if (m_combo)
        return m_combo;
    if (m_check)
        return m_check;
    return m_text;
}

QString FieldEdit::issueText() const
{
    return m_issue->isVisible() ? m_issue->text() : QString();
}

void FieldEdit::setChoices(const QStringList& codes, const QStringList& labels)
{
    if (!m_combo)
        return;
    m_loading = true;
    m_combo->clear();
    for (int i = 0; i < codes.size(); ++i)
        m_combo->addItem(labels.value(i, codes[i]), codes[i]);
    m_loading = false;
    load();
}

void FieldEdit::setPlaceholder(const QString& text)
{
    if (m_line)
        m_line->setPlaceholderText(text);
    if (m_text)
        m_text->setPlaceholderText(text);
}

void FieldEdit::load()
{
    m_loading = true;
    const QJsonValue v = m_doc->value(m_path);
    if (m_line && !m_line->hasFocus())
        m_line->setText(v.isDouble() ? QString::number(v.toDouble(), 'g', 12) : v.toVariant().toString());
    if (m_combo) {
        const int i = m_combo->findData(v.toString());
        m_combo->setCurrentIndex(i);
    }
    if (m_check)
        m_check->setChecked(v.toBool());
    if (m_text && !m_text->hasFocus()) {
        QString t;
        if (m_kind == Kind::Lines) {
            QStringList lines;
            for (const QJsonValue& l : v.toArray())
                lines << l.toString();
            t = lines.join(QLatin1Char('\n'));
        } else {
            t = v.toString();
        }
        if (m_text->toPlainText() != t)
            m_text->setPlainText(t);
    }
    const QString issue = m_calc->issueAt(m_path);
    m_issue->setText(issue);
    m_issue->setVisible(!issue.isEmpty());
    editor()->setStyleSheet(issue.isEmpty() ? QString() : QStringLiteral("background: #ffd7d7;"));
    m_loading = false;
}

void FieldEdit::commit()
{
    if (m_loading)
        return;
    QJsonValue v;
    switch (m_kind) {
    case Kind::Choice:
        v = m_combo->currentData().toString();
        break;
    case Kind::Bool:
        v = m_check->isChecked();
        break;
    case Kind::Lines: {
        QJsonArray a;
        for (const QString& l : m_text->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            a.append(l.trimmed());
        v = a;
        break;
    }
    case Kind::LongText:
        v = m_text->toPlainText().isEmpty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(m_text->toPlainText());
        break;
    case Kind::Number:
        v = JsonTableModel::parseInput(JsonColumn::Kind::Number, m_line->text());
        break;
    case Kind::Integer:
        v = JsonTableModel::parseInput(JsonColumn::Kind::Integer, m_line->text());
        break;
    default:
        v = m_line->text().trimmed().isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(m_line->text().trimmed());
        break;
    }
    m_doc->setValue(m_path, v, tr("Edit %1").arg(m_label));
}

} // namespace dj::ui
