#include "ui/common/panel.h"

#include "ui/common/settings.h"

namespace dj::ui {

Panel::Panel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
}

void Panel::saveState(Settings&) const { }
void Panel::restoreState(const Settings&) { }

} // namespace dj::ui
