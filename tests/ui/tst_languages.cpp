#include "testsupport.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "itemmodels/schedulemodel.h"
#include "services/bookingservice.h"
#include "services/frontdesk.h"
#include "services/practiceimportservice.h"
#include "services/useraccounts.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "translations/language.h"
#include "ui/appointmentdialog.h"
#include "ui/mainwindow.h"
#include "ui/providerdaywindow.h"
#include "ui/schedulechanger.h"
#include "ui/scheduleview.h"
#include "ui/signindialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSet>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <functional>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// One message of a .ts catalogue.
struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            m = Message{context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"};
        } else if (xml.name() == u"source") {
            m.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (!m.numerus) {
                m.translations = {xml.readElementText()};
                out.append(m);
            }
        } else if (xml.name() == u"numerusform") {
            m.translations.append(xml.readElementText());
            // The message ends after its last form; it is appended when the next begins or at the end.
            if (!out.isEmpty() && out.constLast().numerus && out.constLast().source == m.source
                && out.constLast().context == m.context)
                out.last() = m;
            else
                out.append(m);
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(n|\\d+)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found << m.captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

QString sourceDir()
{
    return qEnvironmentVariable("CHAIRSIDE_SOURCE_DIR");
}

QString withoutAccelerators(QString text)
{
    text.remove(QRegularExpression(u"&(?=[^&\\s])"_s));
    return text;
}

// Every text a person could meet in these windows, shown or one click away: window titles,
// tooltips, accessible names, labels, buttons, fields and placeholders, combo items, tree
// headers, menu titles and every action (menus need not be open), tool bars, dock titles, and
// what every item view's model says (display, tooltip and accessible text).
QStringList textsOf(const QList<QWidget *> &roots)
{
    QStringList texts;
    QList<QWidget *> widgets;
    for (QWidget *root : roots) {
        widgets << root;
        widgets << root->findChildren<QWidget *>();
    }
    QList<QAction *> actions;
    for (QWidget *w : std::as_const(widgets)) {
        texts << w->windowTitle() << w->toolTip() << w->accessibleName() << w->accessibleDescription()
              << w->whatsThis();
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            texts << e->text() << e->placeholderText();
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
        }
        if (auto *m = qobject_cast<QMenu *>(w))
            texts << m->title();
        if (auto *t = qobject_cast<QTreeWidget *>(w)) {
            for (int c = 0; c < t->columnCount(); ++c)
                texts << t->headerItem()->text(c);
        }
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *model = v->model();
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; r < model->rowCount(parent); ++r) {
                    for (int c = 0; c < model->columnCount(parent); ++c) {
                        const QModelIndex i = model->index(r, c, parent);
                        texts << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString()
                              << i.data(Qt::AccessibleTextRole).toString();
                        walk(i);
                    }
                }
            };
            walk(v->rootIndex());
        }
        actions << w->actions();
    }
    for (QWidget *root : roots)
        actions << root->findChildren<QAction *>();
    for (QAction *a : std::as_const(actions))
        texts << a->text() << a->toolTip() << a->statusTip();
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::KeychainCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};
    const QDate m_day{2026, 11, 30};
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<FrontDesk> m_desk;
    QSet<QString> m_practiceNames;
    std::unique_ptr<UserAccounts> m_accounts;
    UserSession m_session{u"tester"_s, u"session"_s, u"ws"_s};
    QList<Message> m_spanish;

    // The catalogue's English: every source text whose Spanish differs, accelerators removed.
    // Templates ("Week of %1") become patterns; a text matching one in full is English.
    struct EnglishTexts
    {
        QSet<QString> plain;
        QList<QRegularExpression> templates;
    };
    EnglishTexts m_english;

    EnglishTexts englishOf(const QList<Message> &catalogue)
    {
        EnglishTexts e;
        for (const Message &m : catalogue) {
            if (m.translations.contains(m.source))
                continue;
            // The demo's chair and visit names are practice data, fixed in the language the demo
            // was created in; a window in another language shows them as they are.
            if (m.context == u"chairside::DemoPractice")
                continue;
            const QString source = withoutAccelerators(m.source).trimmed();
            if (placeholders(source).isEmpty()) {
                // One-word texts shared by both languages (units, names) say nothing.
                if (source.size() > 2)
                    e.plain.insert(source);
                continue;
            }
            QString literal = source;
            literal.remove(QRegularExpression(u"%(n|\\d+)"_s));
            // Templates with too little of their own words would match Spanish as well.
            if (literal.count(QRegularExpression(u"[A-Za-z]"_s)) < 6)
                continue;
            QString pattern = QRegularExpression::escape(source);
            pattern.replace(QRegularExpression(u"%(n|\\d+)"_s), u".*"_s);
            e.templates.append(QRegularExpression(u"^"_s + pattern + u"$"_s,
                                                  QRegularExpression::DotMatchesEverythingOption));
        }
        return e;
    }

    QStringList english(const QStringList &texts) const
    {
        QStringList found;
        for (const QString &raw : texts) {
            const QString t = withoutAccelerators(raw).trimmed();
            if (m_practiceNames.contains(t))
                continue; // the practice's own name for a visit or a person, not the catalogue's
            if (m_english.plain.contains(t)) {
                found << raw;
                continue;
            }
            for (const QRegularExpression &re : m_english.templates) {
                if (re.match(t).hasMatch()) {
                    found << raw + u"  ~  "_s + re.pattern();
                    break;
                }
            }
        }
        return found;
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(*m_booking, *m_desk, m_clock, m_session);
        window->setAccounts(m_accounts.get());
        window->resize(1400, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        window->setWeekView(false);
        window->showDate(m_day);
        return window;
    }

    static void use(const QString &language)
    {
        QString error;
        QVERIFY2(language::use(language, &error), qPrintable(error));
    }

    // Runs `open` (which shows a modal dialog and returns when it closes); while it is up,
    // `inspect` sees the dialog, which is then rejected.
    static void whileModal(const std::function<void()> &open, const std::function<void(QWidget *)> &inspect)
    {
        bool seen = false;
        QTimer::singleShot(0, qApp, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
            QWidget *dialog = QApplication::activeModalWidget();
            inspect(dialog);
            seen = true;
            if (auto *d = qobject_cast<QDialog *>(dialog))
                d->reject();
            else
                dialog->close();
        });
        open();
        QVERIFY(seen);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::keychainReachable(&why))
            QFAIL(qPrintable(why));
        auto opened = store::Cache::open(m_dir.path(), m_keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        m_cache = std::move(opened.cache);
        QVERIFY(PracticeImportService(*m_cache, m_clock).importDemo({u"t"_s, u"s"_s, u"w"_s}).ok());
        m_booking = std::make_unique<BookingService>(*m_cache, m_clock);
        m_desk = std::make_unique<FrontDesk>(*m_cache, m_clock);
        m_accounts = std::make_unique<UserAccounts>(*m_cache, m_clock);
        QString error;
        QVERIFY2(m_accounts->createDemoAccounts(u"ws"_s, &error), qPrintable(error));
        // Tables show the practice's names on their own (a type named "Emergency"); they are
        // the practice system's words, the same in either language.
        const std::optional<SchedulePage> page = m_booking->page(m_day, 1, m_session, &error);
        QVERIFY2(page, qPrintable(error));
        for (const AppointmentType &t : page->types)
            m_practiceNames.insert(t.name);
        for (const Provider &p : page->providers)
            m_practiceNames.insert(p.name);
        QSettings().clear();
        m_spanish = readCatalogue(sourceDir() + u"/translations/chairside_es.ts"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_spanish.size() > 400);
        m_english = englishOf(m_spanish);
        QVERIFY(m_english.plain.contains(u"Waitlist"_s));
    }

    void cleanup()
    {
        use(u"en"_s);
    }

    // Both catalogues are finished: nothing unfinished, vanished or obsolete, every message
    // translated, the same placeholders in the translation as in the source, and the plural
    // forms Spanish and English need.
    void cataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << u"es"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void cataloguesAreComplete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> catalogue =
                readCatalogue(sourceDir() + u"/translations/chairside_"_s + language + u".ts"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!catalogue.isEmpty());
        int plurals = 0;
        for (const Message &m : catalogue) {
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + u" — "_s + where));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
            if (m.numerus) {
                ++plurals;
                QCOMPARE(m.translations.size(), 2); // singular and plural in both languages
            }
            for (const QString &t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty() || m.source.trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(t) == placeholders(m.source),
                         qPrintable(where + u" → "_s + t + u" (placeholders differ)"_s));
            }
        }
        QVERIFY(plurals >= 10);
        if (language == u"en") {
            // English carries the plural forms only, and says "1 change" / "2 changes".
            for (const Message &m : catalogue)
                QVERIFY2(m.numerus, qPrintable(m.source));
            const auto it = std::find_if(catalogue.cbegin(), catalogue.cend(),
                                         [](const Message &m) { return m.source == u"%n change(s) waiting"; });
            QVERIFY(it != catalogue.cend());
            QCOMPARE(it->translations, QStringList({u"%n change waiting"_s, u"%n changes waiting"_s}));
        }
    }

    // The catalogues match the sources: lupdate over the code finds no string the Spanish
    // catalogue lacks, and none the catalogue holds that the code no longer has.
    void cataloguesMatchTheSources()
    {
        QTemporaryDir work;
        const QString copy = work.filePath(u"chairside_es.ts"_s);
        QVERIFY(QFile::copy(sourceDir() + u"/translations/chairside_es.ts"_s, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir());
        lupdate.start(QStringLiteral(CHAIRSIDE_LUPDATE),
                      {u"-silent"_s, u"-locations"_s, u"none"_s, u"app"_s, u"ui"_s, u"models"_s, u"sync"_s,
                       u"translations"_s, u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        const QList<Message> updated = readCatalogue(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message &m : updated) {
            if (!m.type.isEmpty())
                problems << m.type + u": "_s + m.context + u" / "_s + m.source;
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"run `cmake --build <dir> --target chairside_lupdate` and translate:\n"_s
                            + problems.join(u'\n')));
        QCOMPARE(updated.size(), m_spanish.size());
    }

    // Dates, weekday and month names and the week's first day follow the language.
    void datesFollowTheLanguage()
    {
        use(u"es"_s);
        QCOMPARE(localformat::longDate(QDate(2026, 11, 24)), u"martes, 24 de noviembre de 2026"_s);
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QVERIFY(localformat::shortDay(QDate(2026, 11, 24)).startsWith(u"mar"_s));
        QVERIFY(localformat::shortDay(QDate(2026, 11, 24)).contains(u"nov"_s));
        // The clock never shows seconds, and says the same time either way.
        QVERIFY(!localformat::time(13 * 60 + 5).contains(u":00"_s));
        QVERIFY(localformat::time(13 * 60 + 5).contains(u"1:05"_s));
        use(u"en"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
        QVERIFY(localformat::longDate(QDate(2026, 11, 24)).contains(u"Tuesday"_s));
        QVERIFY(localformat::longDate(QDate(2026, 11, 24)).contains(u"November"_s));

        // The locale: the system's when it speaks the language, else the language where the
        // system is, else the United States.
        QCOMPARE(language::localeFor(u"es"_s).language(), QLocale::Spanish);
        QCOMPARE(language::localeFor(u"en"_s).language(), QLocale::English);
        QCOMPARE(language::parse(u"es_MX.UTF-8"_s), std::optional<QString>(u"es"_s));
        QCOMPARE(language::parse(u"Español"_s), std::optional<QString>(u"es"_s));
        QCOMPARE(language::parse(u"fr"_s), std::nullopt);
        QString error;
        QVERIFY(!language::use(u"fr"_s, &error));
        QVERIFY(error.contains(u"fr"_s));
        QCOMPARE(language::current(), u"en"_s); // a refused language leaves the current one
    }

    // The main window and each of its dialogs, opened in Spanish, show no English from the
    // catalogue: widgets, actions, menus, panels, tiles and their tooltips.
    void windowAndDialogsInSpanish()
    {
        use(u"es"_s);
        auto window = openWindow();
        QVERIFY(window);
        QStringList texts = textsOf({window.get()});
        QVERIFY(texts.contains(u"&Archivo"_s));
        QVERIFY(texts.contains(u"Lista de espera"_s));
        QVERIFY(texts.size() > 200); // the walk reaches tiles and panels
        QStringList leaked = english(texts);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));

        // The week starts where the locale says.
        window->setWeekView(true);
        QCOMPARE(window->model()->lane(0).date.dayOfWeek(), int(QLocale().firstDayOfWeek()));
        window->setWeekView(false);

        auto check = [&](QWidget *w, const char *what) {
            const QStringList t = textsOf({w});
            QVERIFY2(!t.isEmpty(), what);
            const QStringList bad = english(t);
            QVERIFY2(bad.isEmpty(), qPrintable(QString::fromLatin1(what) + u":\n"_s + bad.join(u'\n')));
        };

        // Booking a new appointment, and opening an existing one.
        {
            AppointmentDialog dialog(*window->changer(), *m_booking, *m_desk, window->model()->page(), window.get());
            dialog.prefillNew({}, {}, m_day, 9 * 60, 0);
            dialog.show();
            check(&dialog, "new appointment");
        }
        {
            const PageAppointment &first = window->model()->page().appointments.constFirst();
            AppointmentDialog dialog(*window->changer(), *m_booking, *m_desk, window->model()->page(), window.get());
            dialog.showExisting(first.shown.appointment, first.shown.patientName);
            dialog.show();
            check(&dialog, "existing appointment");
        }
        // Sign-in in its three forms.
        for (const SignInDialog::Mode mode :
             {SignInDialog::Mode::FirstManager, SignInDialog::Mode::SignIn, SignInDialog::Mode::Unlock}) {
            SignInDialog dialog(*m_accounts, mode, u"ws"_s);
            dialog.show();
            check(&dialog, "sign in");
        }
        // The dentist's day.
        {
            ProviderDayWindow *day = window->openProviderDay(window->model()->page().providers.constFirst().id);
            QVERIFY(QTest::qWaitForWindowExposed(day));
            check(day, "dentist's day");
            day->close();
        }
        // Dialogs the window opens itself: adding an account (as an office manager), the
        // idle-lock setting, cancelling a tile (reason, then confirmation).
        auto trigger = [&](const char *name) {
            auto *action = window->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            action->trigger();
        };
        const UserSession manager{u"manager"_s, u"s2"_s, u"ws"_s, Role::OfficeManager, {}};
        auto asManager = std::make_unique<MainWindow>(*m_booking, *m_desk, m_clock, manager);
        asManager->setAccounts(m_accounts.get());
        asManager->show();
        QVERIFY(QTest::qWaitForWindowExposed(asManager.get()));
        whileModal([&] { asManager->findChild<QAction *>(u"addAccountAction"_s)->trigger(); },
                   [&](QWidget *d) { check(d, "add account"); });
        whileModal([&] { asManager->findChild<QAction *>(u"idleLockAction"_s)->trigger(); },
                   [&](QWidget *d) { check(d, "idle lock"); });
        asManager.reset();
        const QModelIndex tile = window->model()->index(0, 0, window->model()->laneIndex(0));
        QVERIFY(tile.isValid());
        whileModal([&] { Q_EMIT window->view()->cancelRequested(tile); },
                   [&](QWidget *d) { check(d, "cancel: why"); });
        // Every other window open now (the dentist's day from the View menu).
        trigger("dentistDayAction");
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w != window.get())
                check(w, "another window");
        }
    }

    // Choosing Español in Settings retranslates the open window at once, and English brings
    // every word back; the choice is kept for the next start.
    void settingsSwitchesLanguageLive()
    {
        use(u"en"_s);
        auto window = openWindow();
        QVERIFY(window);
        const QStringList before = textsOf({window.get()});
        QVERIFY(before.contains(u"&File"_s));
        QVERIFY(!english(before).isEmpty()); // the check does find English when it is there
        const QString englishDay = window->findChild<QLabel *>(u"dayLabel"_s)->text();

        auto *spanish = window->findChild<QAction *>(u"language_esAction"_s);
        QVERIFY(spanish);
        spanish->trigger();
        QCOMPARE(language::current(), u"es"_s);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"es"_s);
        // The change reaches every widget as a posted LanguageChange event.
        QTRY_VERIFY(textsOf({window.get()}).contains(u"&Archivo"_s));
        const QStringList after = textsOf({window.get()});
        const QStringList leaked = english(after);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));
        QVERIFY(after.contains(u"&Archivo"_s));
        const QString spanishDay = window->findChild<QLabel *>(u"dayLabel"_s)->text();
        QCOMPARE(spanishDay, u"lunes, 30 de noviembre de 2026"_s);
        auto *calendar = window->findChild<QCalendarWidget *>(u"monthCalendar"_s);
        QVERIFY(calendar);
        QCOMPARE(calendar->locale().language(), QLocale::Spanish);
        QCOMPARE(calendar->firstDayOfWeek(), QLocale().firstDayOfWeek());
        QVERIFY(spanishDay != englishDay);

        window->findChild<QAction *>(u"language_enAction"_s)->trigger();
        QCOMPARE(language::current(), u"en"_s);
        QTRY_VERIFY(textsOf({window.get()}).contains(u"&File"_s));
        const QStringList back = textsOf({window.get()});
        QVERIFY(back.contains(u"&File"_s));
        QVERIFY(!back.contains(u"&Archivo"_s));
        QCOMPARE(window->findChild<QLabel *>(u"dayLabel"_s)->text(), englishDay);

        // "Same as the computer" forgets the choice.
        window->findChild<QAction *>(u"languageSystemAction"_s)->trigger();
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), QString());
        QCOMPARE(language::current(), language::systemLanguage());
    }

    // The command line speaks Spanish with --lang es, JSON keys stay English, and a language
    // it does not have is refused with what to use.
    void commandLineInSpanish()
    {
        const QString cli = qEnvironmentVariable("CHAIRSIDE_BIN_DIR") + u"/chairside-cli"_s;
        QProcess help;
        help.start(cli, {u"--lang"_s, u"es"_s, u"--help"_s});
        QVERIFY(help.waitForFinished(30000));
        const QString helpText = QString::fromUtf8(help.readAllStandardOutput());
        QVERIFY2(helpText.contains(u"Uso: chairside-cli <comando> [opciones]"_s), qPrintable(helpText));
        QVERIFY(helpText.contains(u"crear una caché cifrada"_s));

        QTemporaryDir dir;
        QProcess init;
        init.start(cli, {u"init"_s, u"--data-dir"_s, dir.path(), u"--demo"_s, u"--lang"_s, u"es"_s});
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 0);
        QVERIFY(QString::fromUtf8(init.readAllStandardOutput()).contains(u"Se creó la caché cifrada"_s));

        auto run = [&](const QStringList &args) {
            auto p = std::make_unique<QProcess>();
            p->start(cli, args);
            p->write("chairside-demo\n");
            p->closeWriteChannel();
            p->waitForFinished(60000);
            return p;
        };
        // The first day of the coming week with appointments: its JSON keeps the English keys
        // and the stable status names.
        QJsonArray listed;
        for (int d = 1; d <= 10 && listed.isEmpty(); ++d) {
            auto json = run({u"day"_s, u"--data-dir"_s, dir.path(), u"--user"_s, u"frontdesk"_s, u"--date"_s,
                             test::officeToday().addDays(d).toString(Qt::ISODate), u"--json"_s, u"--lang"_s,
                             u"es"_s});
            QCOMPARE(json->exitCode(), 0);
            const QJsonDocument doc = QJsonDocument::fromJson(json->readAllStandardOutput());
            QVERIFY(doc.isArray());
            listed = doc.array();
        }
        QVERIFY(!listed.isEmpty());
        const QJsonObject first = listed.first().toObject();
        for (const QString &key : {u"id"_s, u"start"_s, u"patientId"_s, u"providerId"_s, u"chairId"_s, u"status"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
        QVERIFY(parseAppointmentStatus(first.value(u"status"_s).toString()).has_value());
        // Created in Spanish, the demo's chairs and visits are named in Spanish too.
        bool spanishChair = false;
        for (const QJsonValue &v : std::as_const(listed)) {
            const QJsonObject o = v.toObject();
            spanishChair = spanishChair || o.value(u"chair"_s).toString().startsWith(u"Sillón"_s);
            for (const QString &english : {u"Cleaning"_s, u"Filling"_s, u"Periodic exam"_s, u"Crown prep"_s})
                QVERIFY2(o.value(u"type"_s).toString() != english, qPrintable(english));
        }
        QVERIFY(spanishChair);

        auto bad = run({u"day"_s, u"--data-dir"_s, dir.path(), u"--user"_s, u"frontdesk"_s, u"--date"_s,
                        u"2026-13-01"_s, u"--lang"_s, u"es"_s});
        QCOMPARE(bad->exitCode(), 2);
        QVERIFY2(QString::fromUtf8(bad->readAllStandardError()).contains(u"no es una fecha"_s),
                 "the error is in Spanish");

        auto unknown = run({u"--lang"_s, u"fr"_s, u"--help"_s});
        QCOMPARE(unknown->exitCode(), 2);
        QVERIFY(QString::fromUtf8(unknown->readAllStandardError()).contains(u"use es or en"_s));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
