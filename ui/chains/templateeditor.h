#pragma once

#include "core/chains/chaintemplate.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace dj::ui {

/// The chain-template editor: the chains (shipped and the user's copies), each as its readable JSON file;
/// validate, save as the user's copy in the cache (versioned, overriding the shipped file), revert to the
/// shipped template, or start a new chain from a copy.
class TemplateEditor : public QDialog
{
    Q_OBJECT
public:
    TemplateEditor(const QString& cachePath, const QString& currentChain, QWidget* parent = nullptr);

    /// True when a template was saved or reverted (the caller reassigns).
    bool changed() const { return m_changed; }
    QPlainTextEdit* editor() const { return m_text; }
    /// Validates the text; shows and returns the problem (empty when valid).
    QString validate();

private:
    void reload(const QString& select);
    void showChain(int row);
    void save();
    void revert();
    void newChain();

    QString m_cachePath;
    QList<chains::ChainTemplate> m_chains;
    QListWidget* m_list = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_revert = nullptr;
    bool m_changed = false;
};

} // namespace dj::ui
