#pragma once

#include <QFontMetrics>
#include <QListWidget>

namespace dj::ui {

/// The vertical list of panels on the left of the main window (keyboard: Ctrl+1…Ctrl+9).
class NavigationRail : public QListWidget
{
    Q_OBJECT
public:
    /// Fixed width in pixels: long labels wrap onto two lines.
    static constexpr int kWidth = 150;
    static constexpr int kFontPx = 15; ///< as in the style sheet
    static constexpr int kPaddingPx = 8; ///< horizontal item padding, as in the style sheet
    /// The title broken into lines that fit width (words, or characters of a Chinese title).
    static QString wrapLabel(const QString& title, const QFontMetrics& fm, int width);
    explicit NavigationRail(QWidget* parent = nullptr);
    void addPanel(const QString& id, const QString& title, const QIcon& icon);
    QString currentId() const;
    void setCurrentId(const QString& id);

signals:
    void panelActivated(const QString& id);
};

} // namespace dj::ui
