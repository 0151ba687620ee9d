#include "ui/shell/placeholderpanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dj::ui {

PlaceholderPanel::PlaceholderPanel(
    AppContext& context, const QString& id, const QString& title, const QString& description, QWidget* parent)
    : Panel(context, parent)
    , m_id(id)
    , m_title(title)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    heading->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600;"));
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setStyleSheet(QStringLiteral("color: #5b6b7b; font-size: 14px;"));
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace dj::ui
