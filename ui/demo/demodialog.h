#pragma once

#include "core/demo/demogenerator.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace dj::ui {

/// File → Generate demo data…: size, seed and target file; generates with progress on OK.
class DemoDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DemoDialog(const QString& currentCache, QWidget* parent = nullptr);

    dj::demo::DemoOptions options() const;
    QString target() const;

    /// Generates into target(); closes with Accepted when done.
    void accept() override;

private:
    void browse();
    QSpinBox* m_size = nullptr;
    QLineEdit* m_seed = nullptr;
    QLineEdit* m_target = nullptr;
    QString m_currentCache;
};

} // namespace dj::ui
