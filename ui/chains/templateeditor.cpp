#include "ui/chains/templateeditor.h"

#include "core/store/cache.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace dj::ui {

using namespace Qt::StringLiterals;

TemplateEditor::TemplateEditor(const QString& cachePath, const QString& currentChain, QWidget* parent)
    : QDialog(parent)
    , m_cachePath(cachePath)
{
    setObjectName(u"template-editor"_s);
    setWindowTitle(tr("Chain templates"));
    resize(1000, 640);
    auto* layout = new QVBoxLayout(this);
    auto* help
        = new QLabel(tr("A segment takes the enterprises whose GB/T 4754 code starts with one of its "
                        "\"classes\", or whose name contains one of its \"name_keywords\", or whose business "
                        "scope contains one of its \"scope_keywords\"; \"exclude_keywords\" and "
                        "\"exclude_classes\" take them out again. Saving keeps your copy in the cache with a "
                        "new version; it replaces the shipped template of the same id."),
            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto* split = new QSplitter(this);
    m_list = new QListWidget(split);
    m_list->setAccessibleName(tr("Chains"));
    m_text = new QPlainTextEdit(split);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Template JSON"));
    split->addWidget(m_list);
    split->addWidget(m_text);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(this);
    auto* check = buttons->addButton(tr("&Validate"), QDialogButtonBox::ActionRole);
    auto* save = buttons->addButton(tr("&Save my copy"), QDialogButtonBox::ActionRole);
    m_revert = buttons->addButton(tr("&Revert to shipped"), QDialogButtonBox::ActionRole);
    auto* add = buttons->addButton(tr("&New chain…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(check, &QPushButton::clicked, this, [this] {
        if (validate().isEmpty())
            m_status->setText(tr("The template is valid."));
    });
    connect(save, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &TemplateEditor::revert);
    connect(add, &QPushButton::clicked, this, &TemplateEditor::newChain);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateEditor::showChain);
    reload(currentChain);
}

void TemplateEditor::reload(const QString& select)
{
    QStringList problems;
    try {
        const store::Database db = store::Cache::open(m_cachePath, store::Cache::Access::ReadOnly);
        m_chains = chains::ChainTemplates::load(db, &problems);
    } catch (const dj::Error& e) {
        m_chains = chains::ChainTemplates::shipped();
        problems << e.message();
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_chains.size(); ++i) {
        const auto& c = m_chains[i];
        m_list->addItem(
            tr("%1 (v%2, %3)").arg(c.name).arg(c.version).arg(c.userCopy ? tr("my copy") : tr("shipped")));
        if (c.id == select || c.name == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    showChain(row);
    m_status->setText(problems.join(u'\n'));
}

void TemplateEditor::showChain(int row)
{
    if (row < 0 || row >= m_chains.size())
        return;
    m_text->setPlainText(QString::fromUtf8(m_chains[row].toText()));
    m_revert->setEnabled(m_chains[row].userCopy);
    m_status->clear();
}

QString TemplateEditor::validate()
{
    try {
        chains::ChainTemplate::fromJson(m_text->toPlainText().toUtf8());
        return {};
    } catch (const chains::ChainError& e) {
        m_status->setText(e.message());
        return e.message();
    }
}

void TemplateEditor::save()
{
    if (!validate().isEmpty())
        return;
    try {
        const chains::ChainTemplate c = chains::ChainTemplate::fromJson(m_text->toPlainText().toUtf8());
        store::Database db = store::Cache::open(m_cachePath);
        chains::ChainTemplates::save(db, c);
        m_changed = true;
        reload(c.id);
        m_status->setText(tr("Saved as your copy of %1.").arg(c.name));
    } catch (const dj::Error& e) {
        m_status->setText(e.message());
    }
}

void TemplateEditor::revert()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_chains.size() || !m_chains[row].userCopy)
        return;
    try {
        store::Database db = store::Cache::open(m_cachePath);
        const QString id = m_chains[row].id;
        chains::ChainTemplates::revert(db, id);
        m_changed = true;
        reload(id);
    } catch (const dj::Error& e) {
        m_status->setText(e.message());
    }
}

void TemplateEditor::newChain()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New chain"), tr("Name of the new chain:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    chains::ChainTemplate c = m_chains.value(std::max(0, m_list->currentRow()));
    c.id = u"user-"_s + QString::number(m_chains.size() + 1);
    c.name = name.trimmed();
    c.version = 1;
    c.userCopy = true;
    m_text->setPlainText(QString::fromUtf8(c.toText()));
    m_status->setText(tr("Edit the segments, then save."));
}

} // namespace dj::ui
