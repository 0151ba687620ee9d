#pragma once

#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace dj::fieldwork {
class FieldWorkStore;
class NoteAutosaver;
} // namespace dj::fieldwork

namespace dj::ui {

/// The visit editor: a visit's date, kind, people met, summary, needs by category and follow-up, saved
/// as it is typed (NoteAutosaver: at most half a second behind the keyboard) with a visible
/// "已保存 hh:mm:ss". The enterprise's facts (address, contact roles, open risks) stand beside it.
/// Works with the keyboard alone (Tab order top to bottom, Ctrl+S saves now, Esc closes after saving).
class VisitEditor : public QDialog
{
    Q_OBJECT
public:
    /// Opens an existing visit (visitId), or a new one for a task or an enterprise. A new visit is
    /// created in the cache with the first change, so an editor closed untouched leaves nothing behind.
    VisitEditor(fieldwork::FieldWorkStore& store, const QString& cachePath, const QString& visitId,
        const QString& taskId, const QString& uscc, QWidget* parent = nullptr);
    ~VisitEditor() override;

    QString visitId() const { return m_visitId; }
    QString savedText() const; ///< the text of the save indicator
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    /// Saves what is pending now; false (with the reason shown) when it could not.
    bool saveNow();
    /// True while the cache is busy (another connection writing) and the text waits to be saved.
    bool isWaitingToSave() const;

signals:
    void visitSaved(const QString& visitId);

protected:
    void done(int result) override;

private:
    void load();
    void loadFacts();
    void attachSaver();
    void changed(const QString& field, const QString& value);
    void showHistory();
    QString categoriesText() const;

    fieldwork::FieldWorkStore& m_store;
    QString m_cachePath;
    QString m_visitId;
    QString m_taskId;
    QString m_uscc;
    bool m_loading = false;
    bool m_closeWhenSaved = false; ///< closed while the cache was busy: close once saved
    std::unique_ptr<fieldwork::NoteAutosaver> m_saver;
    QHash<QString, QString> m_initial; ///< values given before the record exists (task, enterprise)

    QLabel* m_title = nullptr;
    QLabel* m_savedLabel = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_visitor = nullptr;
    QLineEdit* m_people = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QList<QCheckBox*> m_categories;
    QPlainTextEdit* m_needs = nullptr;
    QLineEdit* m_followUp = nullptr;
    QCheckBox* m_hasFollowUpDate = nullptr;
    QDateEdit* m_followUpDate = nullptr;
    QCheckBox* m_closesTask = nullptr;
    QTextBrowser* m_facts = nullptr;
};

} // namespace dj::ui
