#include "domain/clock.h"
#include "services/demopractice.h"
#include "services/practiceservices.h"
#include "services/practiceimportservice.h"
#include "services/localsession.h"
#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "services/reminderservice.h"
#include "services/dashboardservice.h"
#include "services/absenceservice.h"
#include "services/familybooking.h"
#include "services/seriesservice.h"
#include "services/frontdesk.h"
#include "services/schedulepage.h"
#include "services/practicecache.h"
#include "sync/adapterfactory.h"
#include "sync/backgroundsync.h"
#include "sync/deskhints.h"
#include "sync/pmsconnector.h"
#include "sync/pmscredentials.h"
#include "ui/pmsconnectdialog.h"
#include "ui/messagingdialog.h"
#include "services/access.h"
#include "services/patientmessaging.h"
#include "domain/phonenumber.h"
#include "sync/messagingproviders.h"
#include "sync/messagingworker.h"
#include "ui/mainwindow.h"
#include "ui/providerdaywindow.h"
#include "ui/signindialog.h"
#include "services/useraccounts.h"
#include "cli/secretinput.h"
#include "ui/scheduleview.h"
#include "translations/language.h"
#include "ui/languagesetting.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <QTemporaryDir>
#include <QImage>
#include "itemmodels/schedulemodel.h"
#include "services/schedulepage.h"
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QProcess>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Reports once, after the schedule's first paint, how long the process took to get there;
// the startup benchmark reads it.
class FirstPaintReport final : public QObject
{
public:
    FirstPaintReport(const QElapsedTimer &sinceStart, bool quit) : m_sinceStart(sinceStart), m_quit(quit) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_quit) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                QTextStream(stdout) << "first-paint-ms " << m_sinceStart.nsecsElapsed() / 1e6 << Qt::endl;
                if (m_quit)
                    QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceStart;
    bool m_quit;
    bool m_done = false;
};

// Where the desk hints go: the settings "sync/hintPort" (default 45871) and "sync/hintPeers"
// ("host:port,host:port"; empty: the local network's broadcast).
chairside::sync::DeskHints::Settings hintSettings(const QSettings &settings)
{
    using chairside::sync::DeskHints;
    DeskHints::Settings s;
    const uint port = settings.value(u"sync/hintPort"_s, DeskHints::kDefaultPort).toUInt();
    s.port = port >= 1 && port <= 65535 ? quint16(port) : DeskHints::kDefaultPort;
    // "192.168.1.20:45871", "[fe80::1]:45871" or a bare address (this desk's port).
    for (QString peer : settings.value(u"sync/hintPeers"_s).toString().split(u',', Qt::SkipEmptyParts)) {
        peer = peer.trimmed();
        const qsizetype colon = peer.lastIndexOf(u':');
        const bool hasPort = colon > 0 && (peer.startsWith(u'[') ? peer.at(colon - 1) == u']' : peer.count(u':') == 1);
        const uint peerPort = hasPort ? peer.mid(colon + 1).toUInt() : s.port;
        QString host = hasPort ? peer.left(colon) : peer;
        host.remove(u'[').remove(u']');
        const QHostAddress address(host);
        if (!address.isNull() && peerPort >= 1 && peerPort <= 65535)
            s.peers.append({address, quint16(peerPort)});
    }
    return s;
}

// Keeps the cache in step with the practice's PMS while the window is open, when the cache
// was connected to one (`chairside-cli pms connect`): the status bar says whether the PMS
// answers, when the last sync was and what waits; F5 syncs now; a change made here is sent
// a few seconds later; what a sync brings in reloads the schedule.
std::unique_ptr<chairside::sync::BackgroundSync> startSync(chairside::PracticeCache &cache,
                                                           chairside::PracticeServices &services,
                                                           chairside::MainWindow &window)
{
    using namespace chairside;
    const Clock &clock = services.clock();
    FillService &fill = services.fill();
    const std::optional<sync::PmsConnection> connection = sync::storedConnection(cache.store());
    // What is wired here for no connection goes when one is made.
    delete window.findChild<QObject *>(u"pmsNotConnected"_s);
    if (!connection) {
        auto *scope = new QObject(&window);
        scope->setObjectName(u"pmsNotConnected"_s);
        auto show = [&window] {
            window.setSyncStatus(QApplication::translate("main", "Not connected to a practice system"), false);
        };
        show();
        QObject::connect(&window, &MainWindow::languageChanged, scope, show);
        // F5 answers, even with nothing to sync.
        QObject::connect(&window, &MainWindow::syncRequested, scope, [&window] {
            window.statusBar()->showMessage(
                    QApplication::translate("main",
                                            "No practice system is connected, so there is nothing to sync. The "
                                            "office manager connects one in Settings › Connect to the practice "
                                            "system…"),
                    15000);
        });
        return nullptr;
    }
    const QString system = connection->system;
    QString error;
    const std::optional<sync::PmsCredentials> secrets = sync::PmsCredentialStore::read(cache.cacheId(), system, &error);
    if (!secrets) {
        window.setSyncStatus(QApplication::translate("main", "%1: not syncing (%2)")
                                     .arg(pmsDisplayName(system), error),
                             true);
        return nullptr;
    }
    std::unique_ptr<sync::PmsAdapter> adapter = sync::makePmsAdapter(*connection, *secrets, clock, &error);
    if (!adapter) {
        window.setSyncStatus(error, true);
        return nullptr;
    }
    // Where the PMS keeps a communication log on the chart, every contact with a patient
    // (offers, rescheduling calls, their answers) goes there too.
    if (adapter->supports(sync::PmsAdapter::Capability::CommLog)) {
        std::vector<std::unique_ptr<MessageChannel>> channels;
        channels.push_back(std::make_unique<PmsCommLogChannel>());
        fill.setChannels(std::move(channels));
    }
    UserSession session = operatingSystemSession();
    session.userId = u"sync:"_s + system;
    auto background = std::make_unique<sync::BackgroundSync>(std::move(adapter), services, session);
    sync::BackgroundSync *bg = background.get();
    auto show = [bg, &clock, &window] {
        const sync::BackgroundSync::Status &s = bg->status();
        window.setSyncStatus(sync::BackgroundSync::describe(bg->system(), s, clock.nowUtc()),
                             !s.running && (!s.online || s.refused > 0), s.cancellable());
        window.statusBar()->setToolTip(s.message);
    };
    // Everything wired here lives as long as this connection's sync (a new connection
    // replaces it).
    QObject::connect(bg, &sync::BackgroundSync::statusChanged, &window, show);
    QObject::connect(&window, &MainWindow::languageChanged, bg, show);
    QObject::connect(bg, &sync::BackgroundSync::cacheChanged, &window, &MainWindow::reload);
    QObject::connect(&window, &MainWindow::syncRequested, bg, &sync::BackgroundSync::syncNow);
    QObject::connect(&window, &MainWindow::syncCancelRequested, bg, &sync::BackgroundSync::cancel);
    QObject::connect(&window, &MainWindow::localChangeMade, bg, &sync::BackgroundSync::localChange);
    // The other desks of the practice: told as soon as this desk's changes reach the PMS, and
    // heard when theirs do (Settings › Tell the other desks of changes at once; on by default).
    auto *hintsAction = new QAction(bg);
    hintsAction->setObjectName(u"deskHintsAction"_s);
    hintsAction->setCheckable(true);
    hintsAction->setChecked(QSettings().value(u"sync/deskHints"_s, true).toBool());
    auto hintsText = [hintsAction] {
        hintsAction->setText(QApplication::translate("main", "Tell the other &desks of changes at once"));
    };
    hintsText();
    QObject::connect(&window, &MainWindow::languageChanged, hintsAction, hintsText);
    if (auto *menu = window.menuBar()->findChild<QMenu *>(u"settingsMenu"_s))
        menu->addAction(hintsAction);
    // Keyed from the connection's secret (NexHealth has only its API key).
    const QString hintSecret = secrets->secret.isEmpty() ? secrets->apiKey : secrets->secret;
    auto *hints = new sync::DeskHints(system, hintSecret.toUtf8(), hintSettings(QSettings()),
                                      [&clock] { return clock.nowUtc().toSecsSinceEpoch(); }, bg);
    auto useHints = [bg, hints, &window](bool on) {
        QSettings().setValue(u"sync/deskHints"_s, on);
        QString why;
        if (!on)
            bg->setHints(nullptr);
        else if (hints->port() != 0 || hints->listen(&why))
            bg->setHints(hints);
        else
            window.statusBar()->showMessage(why, 15000);
    };
    QObject::connect(hintsAction, &QAction::toggled, bg, useHints);
    useHints(hintsAction->isChecked());
    // "up to date, 4 s ago" moves on by itself.
    auto *tick = new QTimer(bg);
    tick->setInterval(1000);
    QObject::connect(tick, &QTimer::timeout, bg, show);
    tick->start();
    bg->start();
    return background;
}

// Settings › Connect to the practice system…: what the office manager typed goes to the
// same connector the command line uses; the dialog shows the answer, and once connected the
// window syncs with the new system at once (the first sync shows its progress in the status
// bar).
void connectFromWindow(chairside::PracticeCache &cache, chairside::PracticeServices &services,
                       chairside::MainWindow &window, const chairside::UserSession &session,
                       std::unique_ptr<chairside::sync::BackgroundSync> &background,
                       const chairside::PmsConnectForm &form, chairside::PmsConnectDialog *dialog)
{
    using namespace chairside;
    sync::PmsConnector::Request request;
    request.connection.system = form.system;
    request.connection.url = form.url;
    request.connection.subdomain = form.subdomain;
    request.connection.locationId = form.locationId;
    request.credentials.identity = form.identity;
    request.credentials.secret = form.secret;
    request.credentials.apiKey = form.apiKey;
    auto *connector = new sync::PmsConnector(cache.store(), cache.cacheId(), services.clock(), &window);
    QPointer<PmsConnectDialog> answer(dialog);
    connector->connect(request, session,
                       [connector, answer, &cache, &services, &window, &background](const sync::PmsConnector::Outcome &o) {
                           connector->deleteLater();
                           if (o.ok()) {
                               background.reset();
                               background = startSync(cache, services, window);
                               window.reload();
                           }
                           if (answer)
                               answer->showResult(o.ok(), o.message);
                       });
}

Q_LOGGING_CATEGORY(lcMessagingWorker, "chairside.gui.messagingworker")

// The messaging worker beside the window: `chairside-cli worker --data-dir DIR` (the one
// installed next to this program) as a child process while the window is open and messaging
// is connected. It sends due texts and e-mails and reads deliveries and replies; a lease in the
// cache lets only one worker of the practice send, so a second desk's worker simply waits. One
// that stops unexpectedly is started again after a growing pause; the window's close stops it
// (SIGTERM, then kill after 10 s). Its output is not kept: it may name patients.
class MessagingWorkerProcess final : public QObject
{
public:
    MessagingWorkerProcess(QString dataDir, chairside::MainWindow &window, std::function<bool()> connected)
        : m_dataDir(std::move(dataDir)), m_window(window), m_connected(std::move(connected))
    {
        m_retry.setSingleShot(true);
        QObject::connect(&m_retry, &QTimer::timeout, this, [this] { check(); });
        // Messaging connected at another desk, or disconnected, is noticed within minutes.
        m_recheck.setInterval(5 * 60 * 1000);
        QObject::connect(&m_recheck, &QTimer::timeout, this, [this] { check(); });
        m_recheck.start();
        QObject::connect(&window, &chairside::MainWindow::languageChanged, this, [this] { show(); });
    }
    ~MessagingWorkerProcess() override { stop(); }

    // Runs the worker when messaging is connected, stops it when not.
    void check()
    {
        if (!m_connected()) {
            stop();
            m_state = State::Off;
            show();
            return;
        }
        if (m_process)
            return;
        const QString program =
                QStandardPaths::findExecutable(u"chairside-cli"_s, {QCoreApplication::applicationDirPath()});
        if (program.isEmpty()) {
            m_state = State::Missing;
            show();
            return;
        }
        m_process = new QProcess(this);
        m_process->setProgram(program);
        // In the window's language: what it writes for staff (the inbox's notes) reads the same.
        m_process->setArguments({u"worker"_s, u"--data-dir"_s, m_dataDir, u"--lang"_s, chairside::language::current()});
        m_process->setStandardOutputFile(QProcess::nullDevice());
        m_process->setStandardErrorFile(QProcess::nullDevice());
        QObject::connect(m_process, &QProcess::finished, this,
                         [this](int code, QProcess::ExitStatus how) { exited(code, how); });
        QObject::connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                exited(-1, QProcess::CrashExit);
        });
        m_started.start();
        m_process->start();
        m_state = State::Running;
        qCInfo(lcMessagingWorker) << "messaging worker started";
        show();
    }
    // After the settings changed: a new worker reads the new settings and keychain entries.
    void restart()
    {
        stop();
        m_backoffSeconds = kFirstBackoff;
        check();
    }

private:
    enum class State { Off, Running, Missing, Restarting };
    static constexpr int kFirstBackoff = 5;
    static constexpr int kMaxBackoff = 300;

    void stop()
    {
        m_retry.stop();
        if (!m_process)
            return;
        QProcess *process = m_process;
        m_process = nullptr; // its exit is expected now
        QObject::disconnect(process, nullptr, this, nullptr);
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(10000)) {
                process->kill();
                process->waitForFinished(2000);
            }
        }
        qCInfo(lcMessagingWorker) << "messaging worker stopped";
        delete process;
    }

    void exited(int code, QProcess::ExitStatus how)
    {
        if (!m_process)
            return;
        m_process->deleteLater();
        m_process = nullptr;
        // A worker that ran a good while starts again soon; one that keeps failing, less often.
        if (m_started.isValid() && m_started.elapsed() > 2 * 60 * 1000)
            m_backoffSeconds = kFirstBackoff;
        qCWarning(lcMessagingWorker) << "messaging worker exited" << code << (how == QProcess::CrashExit ? "crash" : "")
                                     << "restart in" << m_backoffSeconds << "s";
        m_lastExit = code;
        m_state = State::Restarting;
        show();
        m_retry.start(m_backoffSeconds * 1000);
        m_backoffSeconds = std::min(m_backoffSeconds * 2, kMaxBackoff);
    }

    void show()
    {
        switch (m_state) {
        case State::Off:
            m_window.setMessagingWorkerStatus({}, false);
            break;
        case State::Running:
            m_window.setMessagingWorkerStatus(QApplication::translate("main", "Texts and e-mails: on"), false);
            break;
        case State::Missing:
            m_window.setMessagingWorkerStatus(
                    QApplication::translate("main", "Texts and e-mails cannot go from this desk: chairside-cli is "
                                                    "missing from %1")
                            .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())),
                    true);
            break;
        case State::Restarting:
            m_window.setMessagingWorkerStatus(
                    QApplication::translate("main", "Texts and e-mails: the worker stopped (exit %1), starting again")
                            .arg(m_lastExit),
                    true);
            break;
        }
    }

    QString m_dataDir;
    chairside::MainWindow &m_window;
    std::function<bool()> m_connected;
    QPointer<QProcess> m_process;
    QTimer m_retry;
    QTimer m_recheck;
    QElapsedTimer m_started;
    int m_backoffSeconds = kFirstBackoff;
    int m_lastExit = 0;
    State m_state = State::Off;
};

// Settings › Messaging…, a provider saved: the secret into this computer's keychain (the one
// kept there when none was typed), then the settings through MessagingService. The dialog
// shows the answer and focuses the field at fault.
void connectMessaging(chairside::PracticeCache &cache, chairside::PracticeServices &services,
                      const chairside::UserSession &session, const chairside::MessagingConnectForm &form,
                      chairside::MessagingDialog *dialog)
{
    using namespace chairside;
    using Field = MessagingConnectForm::Field;
    const bool sms = form.channel == MessagingConnectForm::Channel::Sms;
    auto answer = [&](bool ok, const QString &message, Field field) {
        if (dialog)
            dialog->showConnectResult(form.channel, ok, message, field);
    };
    // Nothing reaches the keychain for someone the service would refuse.
    if (!roleMay(session.role, Access::ManagePractice)) {
        answer(false, deniedMessage(session.role, Access::ManagePractice), Field::None);
        return;
    }
    const QUrl url(form.url, QUrl::StrictMode);
    if (form.url.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        answer(false, QApplication::translate("main", "Give the provider's address, like %1.")
                              .arg(sms ? u"https://api.twilio.com"_s : u"https://api.sendgrid.com"_s),
               Field::Url);
        return;
    }
    if (sms && form.accountSid.isEmpty()) {
        answer(false, QApplication::translate("main", "Give the Twilio Account SID (it starts with AC)."), Field::Account);
        return;
    }
    const QString key = sms ? sync::MessagingWorker::kTwilioSecrets : sync::MessagingWorker::kSendGridSecrets;
    sync::PmsCredentials secrets;
    QString error;
    if (form.secret.isEmpty()) {
        const std::optional<sync::PmsCredentials> kept = sync::PmsCredentialStore::read(cache.cacheId(), key, &error);
        if (!kept) {
            answer(false,
                   sms ? QApplication::translate("main", "Give the Twilio auth token: none is kept on this computer yet.")
                       : QApplication::translate("main", "Give the SendGrid API key: none is kept on this computer yet."),
                   Field::Secret);
            return;
        }
        secrets = *kept;
    } else if (sms) {
        secrets.secret = form.secret;
    } else {
        secrets.apiKey = form.secret;
    }
    if (sms)
        secrets.identity = form.accountSid;
    // The transport's own rules (HTTPS away from this computer) say whether the address will do.
    const QString unusable = sms ? sync::TwilioClient(url, secrets.identity, secrets.secret, 60).configurationError()
                                 : sync::SendGridClient(url, secrets.apiKey, 60).configurationError();
    if (!unusable.isEmpty()) {
        answer(false, unusable, Field::Url);
        return;
    }
    const bool stored = sync::PmsCredentialStore::write(cache.cacheId(), key, secrets, &error);
    secrets.secret.fill(u'\0');
    secrets.apiKey.fill(u'\0');
    if (!stored) {
        answer(false, QApplication::translate("main", "The secret could not be kept in the keychain: %1").arg(error),
               Field::Secret);
        return;
    }
    MessagingService &messaging = services.messaging();
    const bool connected = sms ? messaging.connectSms(form.provider, form.url, form.from, form.accountSid, session, &error)
                               : messaging.connectEmail(form.provider, form.url, form.from, session, &error);
    answer(connected, connected ? QString() : error, connected ? Field::None : Field::From);
}

// Settings › Messaging… › Send a test message: one text or e-mail straight to the provider with
// the saved settings and the keychain's secret, logged against no patient; the dialog shows
// what the provider said.
void sendTestMessage(chairside::PracticeCache &cache, chairside::PracticeServices &services,
                     const chairside::UserSession &session, bool email, const QString &to,
                     chairside::MessagingDialog *dialog, QObject *owner)
{
    using namespace chairside;
    QPointer<MessagingDialog> answer(dialog);
    auto say = [answer](bool ok, const QString &message) {
        if (answer)
            answer->showTestResult(ok, message);
    };
    if (!roleMay(session.role, Access::ManagePractice)) {
        say(false, deniedMessage(session.role, Access::ManagePractice));
        return;
    }
    QString error;
    const std::optional<MessagingSettings> s = services.messaging().settings(&error);
    if (!s) {
        say(false, error);
        return;
    }
    if (email ? !s->email() : !s->sms()) {
        say(false, email ? QApplication::translate("main", "E-mail is not connected: save the e-mail settings first.")
                         : QApplication::translate("main", "Texts are not connected: save the text settings first."));
        return;
    }
    const std::optional<sync::PmsCredentials> keys = sync::PmsCredentialStore::read(
            cache.cacheId(), email ? sync::MessagingWorker::kSendGridSecrets : sync::MessagingWorker::kTwilioSecrets,
            &error);
    if (!keys) {
        say(false, QApplication::translate("main", "The provider's secret is not in this computer's keychain (%1). "
                                                   "Save the settings again with it.")
                           .arg(error));
        return;
    }
    const QString body = QApplication::translate("main", "A test message from Chairside. No reply is needed.");
    auto report = [say, email](const sync::SendResult &r) {
        if (r.kind == sync::SendResult::Kind::Accepted) {
            say(true, QApplication::translate("main", "%1 accepted it: message id %2 (%3).")
                              .arg(email ? u"SendGrid"_s : u"Twilio"_s, r.providerId,
                                   r.status.isEmpty() ? QApplication::translate("main", "accepted") : r.status));
            return;
        }
        const QString why = email ? r.why : sync::TwilioClient::meaning(r.code, r.why);
        say(false, r.code.isEmpty() ? QApplication::translate("main", "Not sent: %1").arg(why)
                                    : QApplication::translate("main", "Not sent: %1 (code %2)").arg(why, r.code));
    };
    if (email) {
        auto *client = new sync::SendGridClient(QUrl(s->emailUrl), keys->apiKey, 60, owner);
        client->send(to, s->emailFrom, {}, QApplication::translate("main", "Chairside test message"), body,
                     QUuid::createUuid().toString(QUuid::WithoutBraces), [client, report](const sync::SendResult &r) {
                         client->deleteLater();
                         report(r);
                     });
        return;
    }
    QString why;
    const std::optional<QTimeZone> zone = services.booking().practiceZone(&why);
    const phonenumber::Reading number = phonenumber::read(to, phonenumber::regionOf(zone.value_or(QTimeZone::utc())));
    if (!number.ok()) {
        say(false, number.error);
        return;
    }
    auto *client = new sync::TwilioClient(QUrl(s->smsUrl), keys->identity, keys->secret, 60, owner);
    client->send(number.e164, s->smsFrom, body, [client, report](const sync::SendResult &r) {
        client->deleteLater();
        report(r);
    });
}

// The installed program's check of itself: a temporary encrypted cache (its key in memory
// only), the demo practice imported, the window built and its schedule drawn.
int selfTest()
{
    using namespace chairside;
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTemporaryDir dir;
    SystemClock clock;
    PracticeCache::Opened opened = PracticeCache::open(dir.path(), PracticeCache::Mode::CreateIfMissing, clock,
                                                       PracticeCache::KeyPlace::ProcessMemory);
    if (!opened.cache) {
        err << "self-test: cannot create a cache: " << opened.error << Qt::endl;
        return 1;
    }
    const PracticeImportService::Outcome imported =
            PracticeImportService(opened.cache->store(), clock).importDemo(operatingSystemSession());
    if (!imported.ok()) {
        err << "self-test: the demo practice did not import" << Qt::endl;
        return 1;
    }
    PracticeServices services(opened.cache->store(), clock);
    MainWindow window(services.booking(), services.desk(), clock, operatingSystemSession());
    window.setFillService(&services.fill());
    window.resize(1280, 800);
    window.showDate(DemoPractice::dayOf(clock.nowUtc()).addDays(1));
    const QImage image = window.grab().toImage();
    const int tiles = int(window.model()->page().appointments.size());
    if (image.isNull() || image.width() < 100) {
        err << "self-test: the schedule could not be drawn" << Qt::endl;
        return 1;
    }
    // Every built-in catalogue loads, then the language the program started in comes back.
    const QString started = language::current();
    QString languageError;
    for (const QString &l : language::available()) {
        if (!language::use(l, &languageError)) {
            err << "self-test: " << languageError << Qt::endl;
            return 1;
        }
    }
    if (!language::use(started, &languageError)) {
        err << "self-test: " << languageError << Qt::endl;
        return 1;
    }
    out << "self-test: ok (" << imported.appointments << " appointments imported, " << tiles
        << " on the day drawn, SQLCipher cache, catalogues " << language::available().join(u", "_s) << ", Qt "
        << qVersion() << ")" << Qt::endl;
    return 0;
}

int fail(const QString &title, const QString &message, int code)
{
    QMessageBox::critical(nullptr, title, message);
    return code;
}

// What the command line asked for.
struct Options
{
    bool demo = false;
    bool selfTest = false;
    bool reportFirstPaint = false;
    QString dataDir;
    QString providerId; // the dentist's day for one provider, when set
    QString userName;
};

Options parseOptions(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Chairside: the front-desk schedule."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(u"demo"_s, QApplication::translate("main", "Open the built-in demo practice."));
    const QCommandLineOption dataDirOption(u"data-dir"_s, QApplication::translate("main", "The folder holding the cache."),
                                           u"DIR"_s);
    const QCommandLineOption providerOption(
            u"provider"_s, QApplication::translate("main", "Open the dentist's day for one provider (by id)."), u"ID"_s);
    const QCommandLineOption firstPaintOption(
            u"report-first-paint"_s,
            QApplication::translate("main", "Print the time from start to the first painted schedule, then quit."));
    const QCommandLineOption userOption(
            u"user"_s,
            QApplication::translate("main", "Sign in as this account; the password is read from stdin when it is not "
                                            "a terminal, else asked for."),
            u"NAME"_s);
    const QCommandLineOption selfTestOption(
            u"self-test"_s,
            QApplication::translate("main", "Open a throw-away cache with the demo practice, draw its schedule "
                                            "offscreen and exit 0 when all went well (for installers)."));
    const QCommandLineOption langOption(
            u"lang"_s, QApplication::translate("main", "The language to use: es or en (else the one chosen in Settings, "
                                                       "else the system's)."),
            u"es|en"_s);
    parser.addOptions(
            {demoOption, dataDirOption, providerOption, firstPaintOption, userOption, selfTestOption, langOption});
    parser.process(app);
    Options o;
    o.demo = parser.isSet(demoOption);
    o.selfTest = parser.isSet(selfTestOption);
    o.reportFirstPaint = parser.isSet(firstPaintOption);
    o.dataDir = parser.value(dataDirOption);
    o.providerId = parser.isSet(providerOption) ? parser.value(providerOption) : QString();
    o.userName = parser.value(userOption);
    return o;
}

// The demo practice and its accounts, the first time a demo cache is opened.
std::optional<int> prepareDemo(chairside::PracticeCache &cache, chairside::PracticeServices &services,
                               const chairside::Clock &clock)
{
    using namespace chairside;
    PracticeImportService importer(cache.store(), clock);
    QString error;
    if (!importer.hasPractice(&error)) {
        if (!error.isEmpty())
            return fail(QApplication::translate("main", "Cannot open the schedule"), error, 4);
        const auto outcome = importer.importDemo(operatingSystemSession());
        if (!outcome.ok())
            return fail(QApplication::translate("main", "Cannot create the demo practice"),
                        outcome.storeError.isEmpty() ? outcome.issues.constFirst().toString() : outcome.storeError, 4);
    }
    UserAccounts &accounts = services.accounts();
    if (accounts.hasUsers(&error) == std::optional<bool>(false)
        && !accounts.createDemoAccounts(operatingSystemSession().workstation, &error))
        return fail(QApplication::translate("main", "Cannot create the demo accounts"), error, 4);
    return std::nullopt;
}

// Who works at this window: the first office manager on a new cache, then sign-in (the
// password from stdin when it is not a terminal). Empty with *code set when nobody did.
std::optional<chairside::SignedIn> signIn(chairside::UserAccounts &accounts, const QString &userName, int *code)
{
    using namespace chairside;
    QString error;
    const std::optional<bool> hasUsers = accounts.hasUsers(&error);
    if (!hasUsers) {
        *code = fail(QApplication::translate("main", "Cannot open the schedule"), error, 4);
        return std::nullopt;
    }
    *code = 0; // backing out of a sign-in window is not a failure
    const QString workstation = operatingSystemSession().workstation;
    std::optional<SignedIn> signedIn;
    if (!*hasUsers) {
        SignInDialog first(accounts, SignInDialog::Mode::FirstManager, workstation);
        if (first.exec() != QDialog::Accepted || !first.signedIn())
            return std::nullopt;
        signedIn = first.signedIn();
    }
    if (!userName.isEmpty() && !cli::stdinIsTerminal()) {
        QByteArray password = cli::readSecretLine({});
        signedIn = accounts.signIn(userName, password, workstation, &error);
        if (!signedIn)
            *code = fail(QApplication::translate("main", "Cannot sign in"), error, 7);
    } else if (!signedIn) {
        SignInDialog dialog(accounts, SignInDialog::Mode::SignIn, workstation, userName);
        if (dialog.exec() != QDialog::Accepted || !dialog.signedIn())
            return std::nullopt;
        signedIn = dialog.signedIn();
    }
    return signedIn;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    chairside::PracticeCache::hardenProcess(); // before any key or patient record is in memory
    // Debug output off by default; QT_LOGGING_RULES="chairside.*.debug=true" turns it on.
    QLoggingCategory::setFilterRules(QStringLiteral("chairside.*.debug=false"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Chairside"_s);
    QApplication::setApplicationName(u"chairside"_s);
    QApplication::setApplicationDisplayName(u"Chairside"_s);
    QApplication::setApplicationVersion(QStringLiteral(CHAIRSIDE_VERSION));
    // The language: --lang, else the one chosen in Settings on this computer, else the system's.
    QString languageError;
    const QString language =
            chairside::language::startLanguage(argc, argv, chairside::savedLanguage(), &languageError);
    if (language.isEmpty() || !chairside::language::use(language, &languageError)) {
        QTextStream(stderr) << "chairside: " << languageError << Qt::endl;
        return 2;
    }
    const Options options = parseOptions(app);
    if (options.selfTest)
        return selfTest();

    chairside::SystemClock clock;
    QString dataDir = options.dataDir;
    if (dataDir.isEmpty()) {
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        // The demo is generated around the day it is made, so each day gets its own.
        if (options.demo)
            dataDir += u"/demo/"_s + chairside::DemoPractice::dayOf(clock.nowUtc()).toString(Qt::ISODate);
    }

    chairside::PracticeCache::Opened opened = chairside::PracticeCache::open(
            dataDir,
            options.demo ? chairside::PracticeCache::Mode::CreateIfMissing : chairside::PracticeCache::Mode::OpenExisting,
            clock);
    if (!opened.cache)
        return fail(QApplication::translate("main", "Cannot open the schedule"), opened.error, 4);
    // On a full disk no sign-in can be recorded, so the window could show nothing; it says so
    // now rather than after a password, and does not hold the cache (opened alone) meanwhile.
    if (opened.cache->openedOnFullDisk())
        return fail(QApplication::translate("main", "Cannot open the schedule"), opened.notice, 4);

    // Every service of this cache, built once.
    chairside::PracticeServices services(opened.cache->store(), clock);
    if (options.demo) {
        if (const std::optional<int> failed = prepareDemo(*opened.cache, services, clock))
            return *failed;
    }
    int code = 0;
    const std::optional<chairside::SignedIn> signedIn = signIn(services.accounts(), options.userName, &code);
    if (!signedIn)
        return code;

    chairside::BookingService &booking = services.booking();
    QString error;
    const std::optional<QTimeZone> zone = booking.practiceZone(&error);
    if (!zone)
        return fail(QApplication::translate("main", "Cannot open the schedule"), error, 2);
    const QDate officeToday = clock.nowUtc().toTimeZone(*zone).date();

    const chairside::UserSession session = signedIn->session;
    FirstPaintReport report(sinceStart, options.reportFirstPaint);
    std::unique_ptr<chairside::MainWindow> window;
    std::unique_ptr<chairside::ProviderDayWindow> providerDay;
    if (!options.providerId.isEmpty()) {
        const std::optional<chairside::SchedulePage> page = booking.page(officeToday, 1, session, &error);
        QStringList known;
        for (const chairside::Provider &p : page ? page->providers : QList<chairside::Provider>())
            known.append(p.id);
        if (!known.contains(options.providerId))
            return fail(QApplication::translate("main", "Unknown provider"),
                        QApplication::translate("main", "There is no provider \"%1\" in this practice. Use one of: %2.")
                                .arg(options.providerId, known.join(u", "_s)),
                        2);
        providerDay = std::make_unique<chairside::ProviderDayWindow>(booking, services.desk(), clock,
                                                                     options.providerId, session);
        providerDay->setDashboardService(&services.dashboard());
        providerDay->setAttribute(Qt::WA_DeleteOnClose, false);
        providerDay->view()->viewport()->installEventFilter(&report);
        providerDay->show();
    } else {
        window = std::make_unique<chairside::MainWindow>(booking, services.desk(), clock, session);
        window->setAccounts(&services.accounts());
        window->setPatientRecords(&services.patients());
        window->setFillService(&services.fill());
        window->setReminderService(&services.reminders());
        window->setDashboardService(&services.dashboard());
        window->setOfficeDayServices(&services.series(), &services.family(), &services.absence());
        window->setRecallService(&services.recalls());
        window->setBlockoutService(&services.blockouts());
        window->view()->viewport()->installEventFilter(&report);
        window->show();
        if (!opened.notice.isEmpty())
            window->statusBar()->showMessage(opened.notice, 30000);
    }
    std::unique_ptr<chairside::sync::BackgroundSync> background;
    if (window && !options.reportFirstPaint)
        background = startSync(*opened.cache, services, *window);
    if (window)
        QObject::connect(window.get(), &chairside::MainWindow::pmsConnectRequested, window.get(),
                         [&](const chairside::PmsConnectForm &form, chairside::PmsConnectDialog *dialog) {
                             // Whoever is signed in at the window now, not who started it.
                             connectFromWindow(*opened.cache, services, *window, window->session(), background,
                                               form, dialog);
                         });
    // Texts and e-mails: Settings › Messaging…, the Messages panel, and the worker beside the window.
    std::unique_ptr<MessagingWorkerProcess> worker;
    if (window) {
        chairside::MessagingService &messaging = services.messaging();
        window->setMessagingService(&messaging);
        QObject::connect(window.get(), &chairside::MainWindow::messagingConnectRequested, window.get(),
                         [&](const chairside::MessagingConnectForm &form, chairside::MessagingDialog *dialog) {
                             connectMessaging(*opened.cache, services, window->session(), form, dialog);
                         });
        QObject::connect(window.get(), &chairside::MainWindow::messagingTestRequested, window.get(),
                         [&](bool email, const QString &to, chairside::MessagingDialog *dialog) {
                             sendTestMessage(*opened.cache, services, window->session(), email, to, dialog,
                                             window.get());
                         });
        if (!options.reportFirstPaint) {
            worker = std::make_unique<MessagingWorkerProcess>(dataDir, *window, [&messaging] {
                QString why;
                const std::optional<chairside::MessagingSettings> s = messaging.settings(&why);
                return s && (s->sms() || s->email());
            });
            worker->check();
            QObject::connect(window.get(), &chairside::MainWindow::messagingSettingsChanged, worker.get(),
                             [&worker] { worker->restart(); });
        }
    }
    const int exitCode = app.exec();
    worker.reset(); // stopped cleanly before the cache closes
    background.reset();
    return exitCode;
}
