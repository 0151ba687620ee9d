#pragma once

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace dj::ui {

class AppContext;
class Panel;

/// The panels of the navigation rail, in order. A capability replaces its placeholder here.
class PanelRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PanelRegistry)
public:
    static QList<Panel*> createPanels(AppContext& context, QWidget* parent);
};

} // namespace dj::ui
