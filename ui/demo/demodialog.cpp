#include "ui/demo/demodialog.h"

#include "ui/demo/demorunner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardPaths>

namespace dj::ui {

DemoDialog::DemoDialog(const QString& currentCache, QWidget* parent)
    : QDialog(parent)
    , m_currentCache(currentCache)
{
    setWindowTitle(tr("Generate demo data"));
    auto* form = new QFormLayout;

    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("demoSize"));
    m_size->setRange(
        int(dj::demo::DemoGenerator::kMinEnterprises), int(dj::demo::DemoGenerator::kMaxEnterprises));
    m_size->setSingleStep(10000);
    m_size->setGroupSeparatorShown(true);
    m_size->setValue(int(dj::demo::DemoOptions {}.enterprises));
    form->addRow(tr("Enterprises:"), m_size);

    m_seed = new QLineEdit(QString::number(dj::demo::DemoOptions {}.seed), this);
    m_seed->setObjectName(QStringLiteral("demoSeed"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    m_seed->setToolTip(tr("The same seed and size always give the same data."));
    form->addRow(tr("Seed:"), m_seed);

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("demoTarget"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_target->setText(
        QDir::toNativeSeparators(QDir(dir).filePath(QStringLiteral("demo-%1.djcache").arg(m_size->value()))));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &DemoDialog::browse);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    form->addRow(tr("Save as:"), targetRow);

    auto* note
        = new QLabel(tr("Generated data for demonstrations and tests; it is labelled 演示数据 everywhere. "
                        "An existing cache at the target is replaced."),
            this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Generate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DemoDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DemoDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

dj::demo::DemoOptions DemoDialog::options() const
{
    dj::demo::DemoOptions o;
    o.enterprises = m_size->value();
    bool ok = false;
    const quint64 seed = m_seed->text().toULongLong(&ok);
    if (ok)
        o.seed = seed;
    return o;
}

QString DemoDialog::target() const
{
    return QDir::fromNativeSeparators(m_target->text().trimmed());
}

void DemoDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save demo cache as"), target(), tr("Dianjing cache (*.djcache);;All files (*)"));
    if (!path.isEmpty())
        m_target->setText(QDir::toNativeSeparators(path));
}

void DemoDialog::accept()
{
    const QString path = target();
    if (path.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a file to save the demo cache in."));
        return;
    }
    bool ok = false;
    m_seed->text().toULongLong(&ok);
    if (!ok) {
        QMessageBox::warning(this, windowTitle(), tr("The seed must be a whole number."));
        return;
    }
    if (!m_currentCache.isEmpty()
        && QFileInfo(path).absoluteFilePath() == QFileInfo(m_currentCache).absoluteFilePath()) {
        QMessageBox::warning(this, windowTitle(),
            tr("%1 is the cache that is open now. Choose another file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (DemoRunner::runWithProgress(this, path, options()))
        QDialog::accept();
}

} // namespace dj::ui
