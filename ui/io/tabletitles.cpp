#include "ui/io/tabletitles.h"

#include "core/io/tableschema.h"

namespace dj::ui {

QString TableTitles::table(const QString& name)
{
    QString title;
    if (name == u"enterprises")
        title = tr("Enterprises");
    else if (name == u"persons")
        title = tr("Persons");
    else if (name == u"roles")
        title = tr("Positions held");
    else if (name == u"shareholdings")
        title = tr("Shareholders");
    else if (name == u"financials")
        title = tr("Financials");
    else if (name == u"financing")
        title = tr("Financing rounds");
    else if (name == u"licenses")
        title = tr("Licences");
    else if (name == u"qualifications")
        title = tr("Qualifications");
    else if (name == u"risks")
        title = tr("Risks");
    else if (name == u"ip")
        title = tr("Intellectual property");
    else if (name == u"relations")
        title = tr("Business relations");
    else if (name == u"invoices")
        title = tr("Invoice aggregates");
    else if (name == u"parks")
        title = tr("Parks");
    else if (name == u"buildings")
        title = tr("Buildings");
    else if (name == u"tenants")
        title = tr("Park tenants");
    else if (name == u"visits")
        title = tr("Visits");
    else if (name == u"tasks")
        title = tr("Visit tasks");
    else if (name == u"members")
        title = tr("Register members");
    else if (name == u"tenders")
        title = tr("Tender notices");
    return title.isEmpty() ? name : tr("%1 (%2)").arg(title, name);
}

QString TableTitles::column(const QString& table, const QString& name)
{
    const QString label = io::TableSchema::columnLabel(table, name);
    return label.isEmpty() ? name : tr("%1 (%2)").arg(label, name);
}

} // namespace dj::ui
