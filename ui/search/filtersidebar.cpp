#include "ui/search/filtersidebar.h"

#include "core/codes/industrytreemodel.h"
#include "core/codes/regiontreemodel.h"
#include "ui/search/checklist.h"
#include "ui/search/rangeedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace dj::ui {

QStringList FilterSidebar::statusValues()
{
    return { QStringLiteral("在营"), QStringLiteral("存续"), QStringLiteral("在业"), QStringLiteral("吊销"),
        QStringLiteral("注销"), QStringLiteral("迁入"), QStringLiteral("迁出"), QStringLiteral("停业"),
        QStringLiteral("清算"), QStringLiteral("歇业"), QStringLiteral("撤销") };
}

QStringList FilterSidebar::licenseKinds()
{
    return { QStringLiteral("食品经营许可证"), QStringLiteral("酒类经营许可证"),
        QStringLiteral("药品经营许可证"), QStringLiteral("医疗器械经营许可证"),
        QStringLiteral("建筑业企业资质证书"), QStringLiteral("危险化学品经营许可证"),
        QStringLiteral("进出口货物收发货人备案") };
}

QStringList FilterSidebar::qualificationKinds()
{
    return { QStringLiteral("高新技术企业"), QStringLiteral("科技型中小企业"),
        QStringLiteral("创新型中小企业"), QStringLiteral("专精特新中小企业"),
        QStringLiteral("专精特新\"小巨人\"企业"), QStringLiteral("制造业单项冠军"),
        QStringLiteral("瞪羚企业"), QStringLiteral("独角兽企业") };
}

QStringList FilterSidebar::riskKinds()
{
    return { QStringLiteral("经营异常"), QStringLiteral("严重违法失信"), QStringLiteral("行政处罚"),
        QStringLiteral("失信被执行人"), QStringLiteral("被执行人"), QStringLiteral("限制高消费"),
        QStringLiteral("股权冻结"), QStringLiteral("股权出质"), QStringLiteral("动产抵押"),
        QStringLiteral("裁判文书"), QStringLiteral("开庭公告"), QStringLiteral("欠税公告"),
        QStringLiteral("税收违法"), QStringLiteral("环保处罚"), QStringLiteral("清算"),
        QStringLiteral("简易注销") };
}

QWidget* FilterSidebar::makeTreePicker(
    QTreeView*& view, codes::CodeTreeModel* model, const QString& placeholder)
{
    auto* box = new QWidget(this);
    auto* lay = new QVBoxLayout(box);
    lay->setContentsMargins(0, 0, 0, 0);
    auto* search = new QLineEdit(box);
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    auto* proxy = new QSortFilterProxyModel(box);
    proxy->setSourceModel(model);
    proxy->setFilterRole(codes::CodeTreeModel::SearchTextRole);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    view = new QTreeView(box);
    view->setModel(proxy);
    view->setHeaderHidden(true);
    view->setUniformRowHeights(true);
    connect(search, &QLineEdit::textChanged, proxy, [proxy, view](const QString& text) {
        proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            view->expandAll();
    });
    auto* clearButton = new QPushButton(tr("Clear"), box);
    connect(clearButton, &QPushButton::clicked, model, &codes::CodeTreeModel::clearChecks);
    auto* top = new QHBoxLayout;
    top->addWidget(search, 1);
    top->addWidget(clearButton);
    lay->addLayout(top);
    lay->addWidget(view, 1);
    return box;
}

FilterSidebar::FilterSidebar(QWidget* parent)
    : QWidget(parent)
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);

    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Name, former name, scope or pinyin (e.g. hwjs)"));
    m_text->setClearButtonEnabled(true);
    m_suggestions = new QStringListModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    // The engine already matched (substring and pinyin): show its answers unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_text->setCompleter(m_completer);
    lay->addWidget(m_text);
    connect(m_text, &QLineEdit::textChanged, this, &FilterSidebar::emitChanged);
    connect(m_text, &QLineEdit::textEdited, this, &FilterSidebar::textEdited);

    m_toolBox = new QToolBox(this);
    lay->addWidget(m_toolBox, 1);

    // Regions
    m_regionModel = new codes::RegionTreeModel(3, this);
    m_toolBox->addItem(
        makeTreePicker(m_regionView, m_regionModel, tr("Find a province, city or county")), tr("Regions"));
    connect(m_regionModel, &codes::CodeTreeModel::checkedCodesChanged, this, &FilterSidebar::emitChanged);

    // Industries (include) and excluded industries
    m_industryModel = new codes::IndustryTreeModel(3, this);
    m_excludeModel = new codes::IndustryTreeModel(3, this); // down to classes, like the include tree
    {
        auto* page = new QWidget(this);
        auto* pl = new QVBoxLayout(page);
        pl->setContentsMargins(0, 0, 0, 0);
        pl->addWidget(new QLabel(tr("Only these industries:"), page));
        pl->addWidget(makeTreePicker(m_industryView, m_industryModel, tr("Find an industry")), 2);
        pl->addWidget(new QLabel(tr("Exclude these industries:"), page));
        pl->addWidget(makeTreePicker(m_excludeView, m_excludeModel, tr("Find an industry")), 1);
        m_toolBox->addItem(page, tr("Industries"));
    }
    connect(m_industryModel, &codes::CodeTreeModel::checkedCodesChanged, this, &FilterSidebar::emitChanged);
    connect(m_excludeModel, &codes::CodeTreeModel::checkedCodesChanged, this, &FilterSidebar::emitChanged);

    // Status and dates
    {
        auto* page = new QWidget(this);
        auto* form = new QFormLayout(page);
        m_statuses = new CheckList(statusValues(), page);
        m_statuses->setToolTip(tr("在营 stands for 存续 and 在业."));
        form->addRow(tr("Status"), m_statuses);
        m_fromOn = new QCheckBox(tr("from"), page);
        m_toOn = new QCheckBox(tr("to"), page);
        m_from = new QDateEdit(QDate(2015, 1, 1), page);
        m_to = new QDateEdit(QDate::currentDate(), page);
        for (QDateEdit* d : { m_from, m_to }) {
            d->setCalendarPopup(true);
            d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            d->setEnabled(false);
            connect(d, &QDateEdit::dateChanged, this, &FilterSidebar::emitChanged);
        }
        connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
        connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
        connect(m_fromOn, &QCheckBox::toggled, this, &FilterSidebar::emitChanged);
        connect(m_toOn, &QCheckBox::toggled, this, &FilterSidebar::emitChanged);
        auto* fromRow = new QHBoxLayout;
        fromRow->addWidget(m_fromOn);
        fromRow->addWidget(m_from, 1);
        auto* toRow = new QHBoxLayout;
        toRow->addWidget(m_toOn);
        toRow->addWidget(m_to, 1);
        form->addRow(tr("Established"), fromRow);
        form->addRow(QString(), toRow);
        m_toolBox->addItem(page, tr("Status and dates"));
        connect(m_statuses, &CheckList::checkedChanged, this, &FilterSidebar::emitChanged);
    }

    // Size and finances
    {
        auto* page = new QWidget(this);
        auto* form = new QFormLayout(page);
        m_capital = new RangeEdit(RangeEdit::Kind::Money, page);
        m_revenue = new RangeEdit(RangeEdit::Kind::Money, page);
        m_tax = new RangeEdit(RangeEdit::Kind::Money, page);
        m_insured = new RangeEdit(RangeEdit::Kind::Count, page);
        form->addRow(tr("Registered capital"), m_capital);
        form->addRow(tr("Revenue"), m_revenue);
        form->addRow(tr("Tax"), m_tax);
        form->addRow(tr("Insured staff"), m_insured);
        for (RangeEdit* r : { m_capital, m_revenue, m_tax, m_insured })
            connect(r, &RangeEdit::changed, this, &FilterSidebar::emitChanged);
        m_growthOn = new QCheckBox(tr("Tax grew in each of the last"), page);
        m_growthYears = new QSpinBox(page);
        m_growthYears->setRange(1, 10);
        m_growthYears->setValue(2);
        m_growthYears->setSuffix(tr(" years"));
        m_growthRate = new QDoubleSpinBox(page);
        m_growthRate->setRange(-100, 1000);
        m_growthRate->setDecimals(1);
        m_growthRate->setValue(20);
        m_growthRate->setPrefix(tr("by ≥ "));
        m_growthRate->setSuffix(QStringLiteral(" %"));
        auto* growthRow = new QHBoxLayout;
        growthRow->addWidget(m_growthYears);
        growthRow->addWidget(m_growthRate);
        form->addRow(m_growthOn);
        form->addRow(QString(), growthRow);
        connect(m_growthOn, &QCheckBox::toggled, this, &FilterSidebar::emitChanged);
        connect(m_growthYears, &QSpinBox::valueChanged, this, &FilterSidebar::emitChanged);
        connect(m_growthRate, &QDoubleSpinBox::valueChanged, this, &FilterSidebar::emitChanged);
        m_financing = new QComboBox(page);
        m_financing->addItem(tr("Any"));
        m_financing->addItem(tr("At least one round"));
        m_financing->addItem(tr("No financing"));
        form->addRow(tr("Financing"), m_financing);
        connect(m_financing, &QComboBox::currentIndexChanged, this, &FilterSidebar::emitChanged);
        m_toolBox->addItem(page, tr("Size and finances"));
    }

    // Licences and qualifications
    {
        auto* page = new QWidget(this);
        auto* pl = new QVBoxLayout(page);
        pl->addWidget(new QLabel(tr("Holds a current licence of any of:"), page));
        m_licenses = new CheckList(licenseKinds(), page);
        pl->addWidget(m_licenses);
        pl->addWidget(new QLabel(tr("Holds a qualification of any of:"), page));
        m_qualifications = new CheckList(qualificationKinds(), page);
        pl->addWidget(m_qualifications);
        m_toolBox->addItem(page, tr("Licences and qualifications"));
        connect(m_licenses, &CheckList::checkedChanged, this, &FilterSidebar::emitChanged);
        connect(m_qualifications, &CheckList::checkedChanged, this, &FilterSidebar::emitChanged);
    }

    // Risks
    {
        auto* page = new QWidget(this);
        auto* pl = new QVBoxLayout(page);
        pl->addWidget(new QLabel(tr("Exclude enterprises with a current risk of:"), page));
        m_risks = new CheckList(riskKinds(), page);
        pl->addWidget(m_risks);
        m_toolBox->addItem(page, tr("Risks to exclude"));
        connect(m_risks, &CheckList::checkedChanged, this, &FilterSidebar::emitChanged);
    }
}

void FilterSidebar::emitChanged()
{
    if (!m_updating)
        emit changed();
}

void FilterSidebar::setSuggestions(const QStringList& names)
{
    m_suggestions->setStringList(names);
    if (m_text->hasFocus() && !names.isEmpty())
        m_completer->complete();
}

search::Filter FilterSidebar::filter() const
{
    search::Filter f;
    f.text = m_text->text().trimmed();
    f.regions = m_regionModel->checkedCodes();
    f.industries = m_industryModel->checkedCodes();
    f.excludeIndustries = m_excludeModel->checkedCodes();
    f.statuses = m_statuses->checked();
    if (m_fromOn->isChecked())
        f.establishedFrom = m_from->date();
    if (m_toOn->isChecked())
        f.establishedTo = m_to->date();
    f.registeredCapital = m_capital->range();
    f.revenue = m_revenue->range();
    f.tax = m_tax->range();
    f.insuredCount = m_insured->range();
    if (m_growthOn->isChecked()) {
        f.taxGrowthYears = m_growthYears->value();
        f.taxGrowthMinRate = m_growthRate->value() / 100.0;
    }
    if (m_financing->currentIndex() == 1)
        f.financing = true;
    else if (m_financing->currentIndex() == 2)
        f.financing = false;
    f.licensesAny = m_licenses->checked();
    f.qualificationsAny = m_qualifications->checked();
    f.risksNone = m_risks->checked();
    return f;
}

void FilterSidebar::setFilter(const search::Filter& f)
{
    m_updating = true;
    m_text->setText(f.text);
    m_regionModel->setCheckedCodes(f.regions);
    m_industryModel->setCheckedCodes(f.industries);
    m_excludeModel->setCheckedCodes(f.excludeIndustries);
    m_statuses->setChecked(f.statuses);
    m_fromOn->setChecked(f.establishedFrom.has_value());
    if (f.establishedFrom)
        m_from->setDate(*f.establishedFrom);
    m_toOn->setChecked(f.establishedTo.has_value());
    if (f.establishedTo)
        m_to->setDate(*f.establishedTo);
    m_capital->setRange(f.registeredCapital);
    m_revenue->setRange(f.revenue);
    m_tax->setRange(f.tax);
    m_insured->setRange(f.insuredCount);
    m_growthOn->setChecked(f.taxGrowthYears.has_value());
    if (f.taxGrowthYears) {
        m_growthYears->setValue(*f.taxGrowthYears);
        m_growthRate->setValue(f.taxGrowthMinRate * 100.0);
    }
    m_financing->setCurrentIndex(!f.financing ? 0 : (*f.financing ? 1 : 2));
    m_licenses->setChecked(f.licensesAny);
    m_qualifications->setChecked(f.qualificationsAny);
    m_risks->setChecked(f.risksNone);
    // Show the checked regions / industries.
    for (QTreeView* v : { m_regionView, m_industryView, m_excludeView })
        v->collapseAll();
    m_updating = false;
    emit changed();
}

void FilterSidebar::clear()
{
    setFilter(search::Filter {});
}

void FilterSidebar::setFinancialYears(const QList<int>& years)
{
    m_revenue->setYears(years);
    m_tax->setYears(years);
}

} // namespace dj::ui
