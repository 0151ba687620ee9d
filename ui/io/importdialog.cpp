#include "ui/io/importdialog.h"

#include "core/fieldwork/fieldworkimport.h"
#include "core/io/ioerror.h"
#include "core/io/tableschema.h"
#include "core/risk/monitor.h"
#include "core/store/cache.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/progressrunner.h"
#include "ui/common/settings.h"
#include "ui/io/importresultdialog.h"
#include "ui/io/tabletitles.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dj::ui {

namespace {
enum Page { ChoosePage, MappingPage, ProgressPage };
}

ImportDialog::ImportDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import data"));
    resize(960, 600);
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // Page 1: what to import.
    auto* choose = new QWidget(m_pages);
    auto* cl = new QVBoxLayout(choose);
    auto* intro = new QLabel(tr("Choose a bundle: a folder of CSV files, CSV files named after their table "
                                "(enterprises.csv …) or Excel workbooks (.xlsx). UTF-8 and GBK/GB18030 are "
                                "recognised by themselves."),
        choose);
    intro->setWordWrap(true);
    cl->addWidget(intro);
    m_pathList = new QListWidget(choose);
    m_pathList->setObjectName(QStringLiteral("pathList"));
    cl->addWidget(m_pathList, 1);
    auto* row = new QHBoxLayout;
    auto* addFilesButton = new QPushButton(tr("Add files…"), choose);
    auto* addFolderButton = new QPushButton(tr("Add folder…"), choose);
    auto* removeButton = new QPushButton(tr("Remove"), choose);
    row->addWidget(addFilesButton);
    row->addWidget(addFolderButton);
    row->addWidget(removeButton);
    row->addStretch(1);
    cl->addLayout(row);
    connect(addFilesButton, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(addFolderButton, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(removeButton, &QPushButton::clicked, this, [this]() {
        const int r = m_pathList->currentRow();
        if (r >= 0) {
            m_paths.removeAt(r);
            delete m_pathList->takeItem(r);
        }
        updateButtons();
    });
    m_pages->addWidget(choose);

    // Page 2: mapping, one tab per source.
    auto* mapping = new QWidget(m_pages);
    auto* ml = new QVBoxLayout(mapping);
    auto* mapIntro
        = new QLabel(tr("Check what each file or sheet holds and which column is which. Known headers "
                        "(统一社会信用代码, 企业名称 …) are recognised; your choices are remembered "
                        "for files with the same headers."),
            mapping);
    mapIntro->setWordWrap(true);
    ml->addWidget(mapIntro);
    m_tabs = new QTabWidget(mapping);
    m_tabs->setObjectName(QStringLiteral("mappingTabs"));
    ml->addWidget(m_tabs, 1);
    m_pages->addWidget(mapping);

    // Page 3: progress.
    auto* prog = new QWidget(m_pages);
    auto* pl = new QVBoxLayout(prog);
    pl->addStretch(1);
    m_stage = new QLabel(prog);
    m_bar = new QProgressBar(prog);
    m_bar->setRange(0, 1000);
    pl->addWidget(m_stage);
    pl->addWidget(m_bar);
    auto* note = new QLabel(
        tr("Everything is written in one step: if you cancel, the cache stays as it was."), prog);
    note->setWordWrap(true);
    pl->addWidget(note);
    pl->addStretch(1);
    m_pages->addWidget(prog);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< Back"), this);
    m_next = new QPushButton(tr("Next >"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    m_task = new BackgroundTask(this);
    // Progress bar and stage line through the shared runner; the Cancel button doubles as Close, so it
    // stays ours.
    ProgressRunner::bind(m_task, m_bar, nullptr, m_stage);
    connect(m_task, &BackgroundTask::cancelled, this, [this]() {
        m_stage->setText(tr("Cancelled; the cache is unchanged."));
        m_pages->setCurrentIndex(MappingPage);
        updateButtons();
        emit idle();
    });
    connect(m_task, &BackgroundTask::failed, this, &ImportDialog::fail);
    connect(m_back, &QPushButton::clicked, this, [this]() {
        m_pages->setCurrentIndex(ChoosePage);
        updateButtons();
    });
    connect(m_next, &QPushButton::clicked, this, [this]() {
        if (m_pages->currentIndex() == ChoosePage)
            inspect();
        else if (m_pages->currentIndex() == MappingPage)
            startImport();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (m_task->isRunning())
            m_task->cancel();
        else
            reject();
    });
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isBusy() const
{
    return m_task->isRunning();
}

void ImportDialog::updateButtons()
{
    const int page = m_pages->currentIndex();
    const bool running = m_task->isRunning();
    m_back->setEnabled(page == MappingPage && !running);
    m_next->setEnabled(!running && ((page == ChoosePage && !m_paths.isEmpty()) || page == MappingPage));
    m_next->setText(page == MappingPage ? tr("Import") : tr("Next >"));
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
}

void ImportDialog::addFiles()
{
    Settings& s = Settings::instance();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Choose files to import"),
        s.string(Settings::Key::LastImportDir), tr("Bundles (*.csv *.xlsx);;All files (*)"));
    if (files.isEmpty())
        return;
    s.setValue(Settings::Key::LastImportDir, QFileInfo(files.first()).absolutePath());
    QStringList all = m_paths;
    all << files;
    all.removeDuplicates();
    m_paths = all;
    m_pathList->clear();
    m_pathList->addItems(m_paths);
    updateButtons();
}

void ImportDialog::addFolder()
{
    Settings& s = Settings::instance();
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose a bundle folder"), s.string(Settings::Key::LastImportDir));
    if (dir.isEmpty())
        return;
    s.setValue(Settings::Key::LastImportDir, dir);
    if (!m_paths.contains(dir))
        m_paths << dir;
    m_pathList->clear();
    m_pathList->addItems(m_paths);
    updateButtons();
}

void ImportDialog::setPaths(const QStringList& paths)
{
    m_paths = paths;
    m_pathList->clear();
    m_pathList->addItems(m_paths);
    inspect();
}

void ImportDialog::inspect()
{
    if (m_paths.isEmpty())
        return;
    const QStringList paths = m_paths;
    const QString cachePath = m_context.cachePath();
    m_stage->setText(tr("Reading headers…"));
    // The buttons follow the task: without this, Import stayed disabled after the headers were read.
    connect(
        m_task, &BackgroundTask::runningChanged, this, &ImportDialog::updateButtons, Qt::UniqueConnection);
    updateButtons();
    m_task->start<QList<io::SourcePreview>>(
        [paths, cachePath](const Progress&) {
            std::optional<store::Database> db;
            if (!cachePath.isEmpty())
                db.emplace(store::Cache::open(cachePath, store::Cache::Access::ReadOnly));
            return io::Importer::inspect(paths, db ? &*db : nullptr);
        },
        this,
        [this](QList<io::SourcePreview> previews) {
            showPreviews(previews);
            emit idle();
        });
}

void ImportDialog::showPreviews(const QList<io::SourcePreview>& previews)
{
    m_previews = previews;
    m_tabs->clear();
    m_tableCombos.clear();
    m_columnCombos.clear();
    m_convertedTables.clear();
    for (int i = 0; i < previews.size(); ++i) {
        const io::SourcePreview& p = previews.at(i);
        auto* page = new QWidget(m_tabs);
        auto* l = new QVBoxLayout(page);
        auto* top = new QHBoxLayout;
        top->addWidget(new QLabel(tr("Holds table:"), page));
        auto* tableCombo = new QComboBox(page);
        tableCombo->setObjectName(QStringLiteral("tableCombo"));
        tableCombo->addItem(tr("(do not import)"), QString());
        for (const QString& t : io::TableSchema::tableNames())
            tableCombo->addItem(TableTitles::table(t), t);
        tableCombo->setCurrentIndex(std::max(0, tableCombo->findData(p.table)));
        tableCombo->setToolTip(p.decision.evidence.join(u'\n'));
        top->addWidget(tableCombo);
        QString info = tr("Encoding: %1").arg(p.encoding);
        if (!p.titleRows.isEmpty() || !p.noteRows.isEmpty())
            info += tr(" · header on row %1, %2 title rows above and %3 note rows below skipped")
                        .arg(p.headerLine)
                        .arg(p.titleRows.size())
                        .arg(p.noteRows.size());
        if (p.remembered)
            info += tr(" · mapping remembered from an earlier import");
        top->addWidget(new QLabel(info, page));
        top->addStretch(1);
        l->addLayout(top);
        // Which table and why (issue #21); when two tables fit about equally the user is asked.
        auto* decision = new QLabel(decisionText(p), page);
        decision->setObjectName(QStringLiteral("decisionLabel"));
        decision->setWordWrap(true);
        decision->setToolTip(p.decision.evidence.join(u'\n'));
        if (p.decision.by == io::TableDecision::By::Ambiguous)
            decision->setStyleSheet(QStringLiteral("color: #b45309; font-weight: bold;"));
        l->addWidget(decision);
        // A sheet of a one-company workbook without a credit code column: its rows belong to that company.
        if (!p.companyUscc.isEmpty() && p.table != u"enterprises"
            && !p.columns.contains(QStringLiteral("uscc"))
            && !p.columns.contains(QStringLiteral("investee_uscc"))) {
            auto* link
                = new QLabel(tr("This sheet has no credit code column: its rows belong to %1 (%2), the "
                                "one company of this workbook.")
                                 .arg(p.companyName, p.companyUscc),
                    page);
            link->setObjectName(QStringLiteral("linkLabel"));
            link->setWordWrap(true);
            l->addWidget(link);
        }

        auto* table = new QTableWidget(int(p.rows.size()) + 1, int(p.headers.size()), page);
        table->setObjectName(QStringLiteral("previewTable"));
        table->setHorizontalHeaderLabels(p.headers);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setVerticalHeaderLabels([&]() {
            QStringList labels { tr("Column") };
            for (int r = 0; r < p.rows.size(); ++r)
                labels << QString::number(r + 1);
            return labels;
        }());
        QList<QComboBox*> combos;
        for (int c = 0; c < p.headers.size(); ++c) {
            auto* combo = new QComboBox(table);
            table->setCellWidget(0, c, combo);
            combos << combo;
            for (int r = 0; r < p.rows.size(); ++r)
                table->setItem(r + 1, c, new QTableWidgetItem(p.rows.at(r).value(c)));
        }
        l->addWidget(table, 3);
        l->addWidget(
            new QLabel(tr("As it will be stored (first rows: regions resolved, amounts in yuan):"), page));
        auto* converted = new QTableWidget(page);
        converted->setObjectName(QStringLiteral("convertedTable"));
        converted->setEditTriggers(QAbstractItemView::NoEditTriggers);
        l->addWidget(converted, 2);
        m_tableCombos << tableCombo;
        m_columnCombos << combos;
        m_convertedTables << converted;
        fillColumnCombos(i, p.table, true);
        connect(tableCombo, &QComboBox::currentIndexChanged, this, [this, i, tableCombo]() {
            fillColumnCombos(i, tableCombo->currentData().toString(), false);
            refreshConverted(i);
        });
        for (QComboBox* combo : std::as_const(combos))
            connect(combo, &QComboBox::activated, this, [this, i]() { refreshConverted(i); });
        refreshConverted(i);
        table->resizeColumnsToContents();
        const QString tabText = p.table.isEmpty() ? tr("%1 (unknown)").arg(p.label) : p.label;
        m_tabs->addTab(page, tabText);
    }
    m_pages->setCurrentIndex(MappingPage);
    updateButtons();
}

void ImportDialog::fillColumnCombos(int source, const QString& table, bool automatic)
{
    const io::SourcePreview& p = m_previews.at(source);
    const QStringList columns = io::TableSchema::find(table) ? [&]() {
        QStringList out;
        for (const io::ColumnSpec& c : io::TableSchema::find(table)->columns)
            out << c.name;
        return out;
    }()
                                                              : QStringList();
    const QStringList derived = io::TableSchema::auxiliaryColumns(table);
    const QList<QComboBox*>& combos = m_columnCombos.at(source);
    for (int c = 0; c < combos.size(); ++c) {
        QComboBox* combo = combos.at(c);
        combo->clear();
        combo->addItem(tr("(ignore)"), QString());
        for (const QString& col : columns)
            combo->addItem(TableTitles::column(table, col), col);
        for (const QString& col : derived) // region names, industry names per level, 税款所属期 …
            combo->addItem(tr("%1 → %2").arg(
                               TableTitles::column(table, col), io::TableSchema::auxiliaryTarget(table, col)),
                col);
        const QString chosen
            = automatic ? p.columns.value(c) : io::TableSchema::canonicalColumn(table, p.headers.at(c));
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
        combo->setEnabled(!columns.isEmpty());
    }
}

QString ImportDialog::decisionText(const io::SourcePreview& p) const
{
    const io::TableDecision& d = p.decision;
    if (p.unsupported)
        return tr("Not imported: the bundle has no table for this sheet.");
    switch (d.by) {
    case io::TableDecision::By::Ambiguous: {
        QStringList titles;
        for (const QString& t : d.candidates)
            titles << TableTitles::table(t);
        return tr("The headers fit %1 about equally: choose the table this sheet holds above.")
            .arg(titles.join(tr(" or ")));
    }
    case io::TableDecision::By::None:
        return tr("No table fits these headers: choose one above and map the columns, or leave it out.");
    case io::TableDecision::By::Mapping:
    case io::TableDecision::By::Remembered:
        return tr("Read as %1: the mapping chosen for this header row before.")
            .arg(TableTitles::table(p.table));
    case io::TableDecision::By::Name:
        return tr("Read as %1: the file or sheet is named after it.").arg(TableTitles::table(p.table));
    case io::TableDecision::By::Headers:
        return tr("Read as %1 because %2 of its headers are columns of it (score %3; next best %4). "
                  "Hover for the evidence.")
            .arg(TableTitles::table(p.table))
            .arg(d.evidence.size())
            .arg(d.scores.value(p.table))
            .arg([&d, &p]() {
                QString next;
                double best = 0;
                for (auto it = d.scores.cbegin(); it != d.scores.cend(); ++it)
                    if (it.key() != p.table && it.value() > best) {
                        best = it.value();
                        next = it.key();
                    }
                return next.isEmpty() ? QStringLiteral("-") : QStringLiteral("%1 %2").arg(next).arg(best);
            }());
    }
    return {};
}

void ImportDialog::refreshConverted(int source)
{
    if (source < 0 || source >= m_convertedTables.size())
        return;
    const io::SourcePreview& p = m_previews.at(source);
    const QString table = m_tableCombos.at(source)->currentData().toString();
    QStringList columns;
    for (QComboBox* combo : m_columnCombos.at(source))
        columns << combo->currentData().toString();
    QTableWidget* view = m_convertedTables.at(source);
    view->clear();
    const io::ConvertedPreview c = io::Importer::convertPreview(p, table, columns);
    bool problems = false;
    for (const QString& pr : c.problems)
        problems = problems || !pr.isEmpty();
    // What the conversion resolved comes first: region, industry and amounts, then the rest.
    QList<int> order;
    for (const char* first : { "uscc", "name", "region_code", "industry_code", "industry_section",
             "registered_capital", "status", "year", "tax", "building_id", "person_id", "holder_kind",
             "holder_id", "share_pct", "subscribed_capital" }) {
        const int k = int(c.columns.indexOf(QLatin1String(first)));
        if (k >= 0)
            order << k;
    }
    for (int k = 0; k < c.columns.size(); ++k)
        if (!order.contains(k))
            order << k;
    QStringList headers;
    for (int k : order)
        headers << TableTitles::column(table, c.columns.at(k));
    if (problems)
        headers << tr("Would be rejected");
    view->setColumnCount(int(headers.size()));
    view->setRowCount(int(c.rows.size()));
    view->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < c.rows.size(); ++r) {
        for (int k = 0; k < order.size(); ++k)
            view->setItem(r, k, new QTableWidgetItem(c.rows.at(r).value(order.at(k))));
        if (problems)
            view->setItem(r, int(headers.size()) - 1, new QTableWidgetItem(c.problems.value(r)));
    }
    view->resizeColumnsToContents();
}

io::ImportOptions ImportDialog::options() const
{
    io::ImportOptions o;
    for (int i = 0; i < m_previews.size(); ++i) {
        const io::SourcePreview& p = m_previews.at(i);
        const QString table = m_tableCombos.at(i)->currentData().toString();
        if (table.isEmpty()) {
            o.skip.insert(p.fingerprint);
            continue;
        }
        io::SourceMapping m;
        m.table = table;
        QStringList chosen;
        for (int c = 0; c < p.headers.size(); ++c) {
            const QString col = m_columnCombos.at(i).at(c)->currentData().toString();
            chosen << col;
            if (!col.isEmpty())
                m.columns.insert(p.headers.at(c), col);
        }
        // Only the user's own decisions are passed (and remembered); the automatic ones apply anyway.
        if (table != p.table || chosen != p.columns)
            o.mappings.insert(p.fingerprint, m);
    }
    return o;
}

void ImportDialog::startImport()
{
    if (m_task->isRunning())
        return;
    QString cachePath = m_context.cachePath();
    if (cachePath.isEmpty()) {
        QMessageBox::information(this, tr("Import data"), tr("Open or create a cache first (File menu)."));
        return;
    }
    const io::ImportOptions opts = options();
    const QStringList paths = m_paths;
    const QList<io::SourcePreview> previews = m_previews;
    const QString author = Settings::instance().string(Settings::Key::UserName);
    m_pages->setCurrentIndex(ProgressPage);
    m_bar->setValue(0);
    m_stage->setText(tr("Importing…"));
    connect(
        m_task, &BackgroundTask::runningChanged, this, &ImportDialog::updateButtons, Qt::UniqueConnection);
    m_task->start<Outcome>(
        [paths, opts, previews, cachePath, author](const Progress& progress) {
            store::Database db = store::Cache::open(cachePath);
            io::ImportOptions options = opts;
            // Visits and tasks go through the field-work merge inside the import's transaction, as in
            // `dianjing-cli import`: a later local edit survives an older colleague file, importing twice
            // changes nothing, and conflicts are listed (a bad visits file refuses the whole import).
            fieldwork::FieldWorkImport fieldWork(db, previews, options, author);
            Outcome outcome;
            outcome.report = io::Importer::run(db, paths, options, progress);
            outcome.fieldWork = fieldWork.report();
            // the monitoring rules compare the new data with the state recorded before (core/risk)
            risk::Monitor(db).afterImport(progress);
            return outcome;
        },
        this, [this](Outcome outcome) { showResult(outcome); });
    updateButtons();
}

void ImportDialog::showResult(const Outcome& outcome)
{
    m_report = outcome.report;
    m_fieldWork = outcome.fieldWork;
    m_context.notifyCacheWritten();
    emit imported(m_report);
    emit idle();
    auto* result = new ImportResultDialog(m_report, m_fieldWork, parentWidget() ? parentWidget() : this);
    result->setAttribute(Qt::WA_DeleteOnClose);
    result->show();
    accept();
}

void ImportDialog::fail(const QString& message)
{
    m_pages->setCurrentIndex(m_previews.isEmpty() ? ChoosePage : MappingPage);
    updateButtons();
    emit idle();
    QMessageBox::warning(this, tr("Import data"), tr("Nothing was imported: %1").arg(message));
}

} // namespace dj::ui
