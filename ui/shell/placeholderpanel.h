#pragma once

#include "ui/common/panel.h"

namespace dj::ui {

/// A page whose capability has not landed yet: its title and what it will do.
class PlaceholderPanel : public Panel
{
    Q_OBJECT
public:
    PlaceholderPanel(AppContext& context, const QString& id, const QString& title, const QString& description,
        QWidget* parent = nullptr);
    QString panelId() const override { return m_id; }
    QString title() const override { return m_title; }

private:
    QString m_id;
    QString m_title;
};

} // namespace dj::ui
