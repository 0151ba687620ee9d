#include "ui/shell/mainwindow.h"

#include "core/store/cache.h"
#include "core/store/storeerror.h"
#include "ui/api/apimenu.h" // api: Settings → Local data API
#include "ui/common/appcontext.h"
#include "ui/common/panel.h"
#include "ui/common/settings.h"
#include "ui/demo/demomenu.h" // demo: File → Generate demo data…
#include "ui/io/iomenu.h" // io: File → Import… / Export…
#include "ui/search/enterpriseprofiledialog.h" // the profile shown for AppContext::openEnterprise
#include "ui/server/syncmenu.h" // Team server → Sync now, sync status in the status bar
#include "ui/shell/navigationrail.h"
#include "ui/shell/panelregistry.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdio>

namespace dj::ui {

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setWindowTitle(tr("Dianjing Enterprise Insight Workstation"));
    setObjectName(QStringLiteral("mainWindow"));
    // 1440x900 where there is room; on a laptop screen (1366x768 is common) a size that fits it, so no
    // toolbar or column starts off-screen. A saved geometry replaces this in restoreState().
    QSize size(1440, 900);
    if (const QScreen* s = QGuiApplication::primaryScreen()) {
        const QSize avail = s->availableGeometry().size();
        size = size.boundedTo(QSize(avail.width() * 96 / 100, avail.height() * 94 / 100));
    }
    resize(size);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // Shown while the open cache is read-only (read-only media): what works and what does not, and why.
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; "
                                                   "border-bottom: 1px solid #e0c36a; padding: 6px 10px; }"));
    m_readOnlyBanner->hide();
    outer->addWidget(m_readOnlyBanner);
    auto* layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_rail = new NavigationRail(central);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_rail);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_undoGroup = new QUndoGroup(this);
    m_panels = PanelRegistry::createPanels(m_context, m_stack);
    int index = 0;
    for (Panel* p : std::as_const(m_panels)) {
        m_stack->addWidget(p);
        m_rail->addPanel(p->panelId(), p->title(), p->icon());
        if (QUndoStack* stack = p->undoStack()) {
            m_undoGroup->addStack(stack);
            p->undoHandledByWindow();
        }
        connect(p, &Panel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
        if (index < 9) {
            auto* sc = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
            const QString id = p->panelId();
            connect(sc, &QShortcut::activated, this, [this, id]() { showPanel(id); });
        }
        ++index;
    }
    connect(m_rail, &NavigationRail::panelActivated, this, [this](const QString& id) {
        if (Panel* p = panel(id))
            activatePanel(p);
    });
    connect(&m_context, &AppContext::enterpriseRequested, this, &MainWindow::showEnterprise);
    connect(&m_context, &AppContext::fieldWorkRequested, this, [this] {
        showPanel(QStringLiteral("fieldwork"));
        raise();
        activateWindow();
    });

    m_cacheLabel = new QLabel(this);
    m_sourceLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_sourceLabel);
    statusBar()->addPermanentWidget(m_cacheLabel);
    connect(&m_context, &AppContext::cacheChanged, this, &MainWindow::updateStatus);

    buildMenus();
    restoreState();
    updateStatus();
}

MainWindow::~MainWindow() = default;

Panel* MainWindow::panel(const QString& id) const
{
    for (Panel* p : m_panels) {
        if (p->panelId() == id)
            return p;
    }
    return nullptr;
}

void MainWindow::showPanel(const QString& id)
{
    m_rail->setCurrentId(id);
    if (Panel* p = panel(id))
        activatePanel(p);
}

void MainWindow::activatePanel(Panel* p)
{
    m_stack->setCurrentWidget(p);
    m_undoGroup->setActiveStack(p->undoStack()); // null: Undo/Redo disabled for a panel without a stack
}

void MainWindow::showEnterprise(const QString& uscc)
{
    if (m_context.cachePath().isEmpty())
        return;
    // One window per enterprise: asking again raises the open one.
    for (QWidget* w : profileWindows()) {
        if (w->property("djUscc").toString() == uscc) {
            w->show();
            w->raise();
            w->activateWindow();
            return;
        }
    }
    auto* dialog = new EnterpriseProfileDialog(m_context.cachePath(), uscc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProperty("djUscc", uscc);
    dialog->show();
}

QList<QWidget*> MainWindow::profileWindows() const
{
    QList<QWidget*> out;
    for (EnterpriseProfileDialog* d : findChildren<EnterpriseProfileDialog*>(Qt::FindDirectChildrenOnly))
        out << d;
    return out;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newAction = m_fileMenu->addAction(tr("&New cache…"), this, &MainWindow::newCache);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = m_fileMenu->addAction(tr("&Open cache…"), this, &MainWindow::openCacheDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("E&xit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
    IoMenu::install(m_fileMenu, quit, m_context, this); // io: File → Import… / Export… (ui/io)
    DemoMenu::install(m_fileMenu, quit, m_context, this,
        [this](const QString& p) { return openCache(p); }); // demo (ui/demo)

    // Edit: undo/redo of the panel shown (each panel hands its QUndoStack to the group).
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    redo->setObjectName(QStringLiteral("actionRedo"));
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu* languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = Settings::instance().string(Settings::Key::Language);
    const QList<QPair<QString, QString>> languages { { QStringLiteral("zh_CN"), QStringLiteral("中文") },
        { QStringLiteral("en"), QStringLiteral("English") } };
    for (const auto& [code, label] : languages) {
        QAction* a = languageMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(current == code);
        group->addAction(a);
        const QString c = code;
        connect(a, &QAction::triggered, this, [this, c]() { chooseLanguage(c); });
    }
    ApiMenu::install(settingsMenu, m_context, this); // api: serve the open cache (ui/api)

    SyncMenu::install(this, m_context); // server: Team server menu + status label (ui/server)
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, &MainWindow::about);
}

void MainWindow::updateStatus()
{
    const QString path = m_context.cachePath();
    const bool readOnly = !path.isEmpty() && m_context.isReadOnly();
    m_cacheLabel->setText(path.isEmpty() ? tr("No cache open")
            : readOnly                   ? tr("Cache: %1 (read-only)").arg(QFileInfo(path).fileName())
                                         : tr("Cache: %1").arg(QFileInfo(path).fileName()));
    m_readOnlyBanner->setText(readOnlyNotice());
    m_readOnlyBanner->setVisible(readOnly);
    // Writing to the cache from the File menu (import) is off; export and a new demo cache elsewhere stay.
    if (auto* import = findChild<QAction*>(QStringLiteral("actionImport")))
        import->setEnabled(!readOnly);
    m_cacheLabel->setToolTip(path);
    const QString source = m_context.dataSource();
    m_sourceLabel->setText(source.isEmpty() ? QString() : tr("Data source: %1").arg(source));
}

QString MainWindow::readOnlyNotice() const
{
    if (m_context.cachePath().isEmpty() || !m_context.isReadOnly())
        return {};
    return AppContext::canWrite(m_context.cachePath())
        ? tr("Read-only: the cache %1 was opened for reading only. Search, profiles, maps and exports work; "
             "importing, saved searches, visit notes, registers and other changes are switched off.")
              .arg(QDir::toNativeSeparators(m_context.cachePath()))
        : tr("Read-only: the cache %1 is on read-only media or in a folder that cannot be written. Search, "
             "profiles, maps and exports work; importing, saved searches, visit notes, registers and other "
             "changes are switched off. To change it, copy it to a writable folder and open the copy.")
              .arg(QDir::toNativeSeparators(m_context.cachePath()));
}

bool MainWindow::openCache(const QString& path, bool readOnly)
{
    try {
        // A cache that cannot be written is read as it is: it is never upgraded (or touched) first.
        if (!readOnly && AppContext::canWrite(path) && store::Cache::needsUpgrade(path)
            && !upgradeCache(path))
            return false;
        m_context.openCache(path, readOnly);
        if (m_unattended && m_context.isReadOnly()) {
            const QByteArray text = (readOnlyNotice() + u'\n').toUtf8();
            std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
            std::fflush(stderr);
        }
        Settings::instance().setValue(Settings::Key::LastCache, QFileInfo(path).absoluteFilePath());
        return true;
    } catch (const store::StoreError& e) {
        warn(tr("Cannot open the cache"), e.message());
        return false;
    }
}

void MainWindow::warn(const QString& title, const QString& message)
{
    if (m_unattended) {
        const QByteArray text = (title + QStringLiteral(": ") + message + u'\n').toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        std::fflush(stderr);
        return;
    }
    QMessageBox::warning(this, title, message);
}

bool MainWindow::upgradeCache(const QString& path)
{
    // The schema steps of an older cache can rebuild indexes (seconds for a million enterprises): they run
    // on a worker thread while a window-modal dialog says what is happening and the window keeps painting.
    // They cannot be cancelled halfway: each step is one transaction, and a closed cache stays readable.
    QProgressDialog dialog(
        tr("Upgrading the cache %1 for this version of the workstation…").arg(QFileInfo(path).fileName()),
        QString(), 0, 0, this);
    dialog.setWindowTitle(tr("Upgrading the cache"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path]() -> QString {
        try {
            store::Cache::open(path, store::Cache::Access::ReadWrite);
            return {};
        } catch (const store::StoreError& e) {
            return e.message();
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }));
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    const QString error = watcher.result();
    if (!error.isEmpty()) {
        warn(tr("Cannot open the cache"), error);
        return false;
    }
    return true;
}

void MainWindow::newCache()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New cache"), QString(), tr("Dianjing cache (*.djcache);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        store::Cache::createFresh(path);
    } catch (const store::StoreError& e) {
        QMessageBox::warning(this, tr("Cannot create the cache"), e.message());
        return;
    }
    openCache(path);
}

void MainWindow::openCacheDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open cache"), QString(), tr("Dianjing cache (*.djcache);;All files (*)"));
    if (!path.isEmpty())
        openCache(path);
}

void MainWindow::chooseLanguage(const QString& language)
{
    Settings::instance().setValue(Settings::Key::Language, language);
    QMessageBox::information(
        this, tr("Language"), tr("The new language takes effect when the workstation restarts."));
}

void MainWindow::about()
{
    QString text
        = tr("<h3>Dianjing Enterprise Insight Workstation %1</h3>"
             "<p>Enterprise search, park maps, hometown entrepreneurs, supply-chain risk, data-asset "
             "valuation and regional economy, over a local cache.</p>")
              .arg(QApplication::applicationVersion());
    if (!m_context.dataSource().isEmpty())
        text += tr("<p>Data source of the open cache: <b>%1</b></p>")
                    .arg(m_context.dataSource().toHtmlEscaped());
    QMessageBox::about(this, tr("About Dianjing"), text);
}

void MainWindow::saveState() const
{
    Settings& s = Settings::instance();
    s.setValue(Settings::Key::WindowGeometry, saveGeometry());
    s.setValue(Settings::Key::WindowState, QMainWindow::saveState());
    s.setValue(Settings::Key::CurrentPanel, m_rail->currentId());
    for (const Panel* p : m_panels)
        p->saveState(s);
    s.sync();
}

void MainWindow::restoreState()
{
    Settings& s = Settings::instance();
    restoreGeometry(s.value(Settings::Key::WindowGeometry).toByteArray());
    QMainWindow::restoreState(s.value(Settings::Key::WindowState).toByteArray());
    for (Panel* p : std::as_const(m_panels))
        p->restoreState(s);
    showPanel(s.string(Settings::Key::CurrentPanel));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}

} // namespace dj::ui
