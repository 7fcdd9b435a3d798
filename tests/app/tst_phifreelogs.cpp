#include "opendentalsimulator.h"

#include "domain/clock.h"
#include "itemmodels/schedulemodel.h"
#include "services/bookingservice.h"
#include "services/practiceimportservice.h"
#include "services/schedulepage.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "sync/adapterfactory.h"
#include "sync/syncrun.h"
#include "ui/daysheet.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// A patient whose name, phone and email appear nowhere else.
const QString kName = u"Zebulon Quillfeather"_s;
const QString kPhone = u"+1 312 867 5309"_s;
const QString kEmail = u"zq.unique@example.org"_s;
const QString kNote = u"Prefers the window seat"_s;

QByteArray practice(bool withAppointments)
{
    const QByteArray appointments = withAppointments ? QByteArray(R"(
    { "id": "a1", "patientId": "p2", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-12-01T09:00" })")
                                                     : QByteArray();
    return R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Log Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" }, { "id": "c2", "name": "Chair 2" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. Ana Alvarez", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 30, "maxMinutes": 60 } ],
  "patients": [ { "id": "p1", "name": ")" + kName.toUtf8() + R"(", "phone": ")" + kPhone.toUtf8()
            + R"(", "email": ")" + kEmail.toUtf8() + R"(" },
                { "id": "p2", "name": "Ben Ruiz" } ],
  "appointments": [ )" + appointments + R"( ]
})";
}

QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s + message);
}

} // namespace

// A whole front-desk workflow at debug log level — import, book, move, cancel, print the day
// sheet, sync with the PMS — and not one log line names the patient, their phone, email or
// the visit's note. Logs carry ids only.
class TestPhiFreeLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWholeWorkflowLogsIdsOnly()
    {
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        auto restore = qScopeGuard([previous] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
        });

        pmssim::OpenDentalSimulator sim;
        QString error;
        QVERIFY(sim.loadPractice(practice(true), &error));
        QVERIFY(sim.listen() != 0);
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        store::Cache &cache = *opened.cache;
        FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
        const UserSession desk{u"frontdesk"_s, u"s"_s, u"ws"_s};
        QVERIFY(PracticeImportService(cache, clock).importDocument(practice(false), desk).ok());

        BookingService booking(cache, clock);
        BookRequest r;
        r.patientId = u"p1"_s;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = u"c2"_s;
        r.startUtc = QDateTime(QDate(2026, 12, 1), QTime(16, 0), Qt::UTC);
        r.notes = kNote;
        BookingOutcome b = booking.book(r, desk);
        QVERIFY2(b.ok(), qPrintable(b.message));
        MoveRequest move;
        move.appointmentId = b.appointment.id;
        move.expectedVersion = b.appointment.version;
        move.startUtc = r.startUtc.addSecs(3600);
        b = booking.move(move, desk);
        QVERIFY(b.ok());
        // A refused move logs too: still no names.
        MoveRequest clash = move;
        clash.expectedVersion = b.appointment.version;
        clash.startUtc = QDateTime(QDate(2026, 12, 2), QTime(3, 0), Qt::UTC); // 21:00: the office is closed
        QVERIFY(!booking.move(clash, desk).ok());

        std::optional<SchedulePage> page = booking.page(QDate(2026, 12, 1), 1, desk, &error);
        QVERIFY(page);
        ScheduleModel model;
        model.setPage(std::move(*page));
        const QString sheet = DaySheet::html(model, false);
        QVERIFY(sheet.contains(u"Quillfeather"_s) && sheet.contains(kNote)); // the sheet shows them; logs must not
        QVERIFY2(DaySheet::writePdf(model, dir.filePath(u"day.pdf"_s), false, &error), qPrintable(error));

        sync::PmsConnection c;
        c.system = u"opendental"_s;
        c.url = QUrl(sim.baseUrl());
        c.office = QTimeZone("America/Chicago");
        std::unique_ptr<sync::PmsAdapter> adapter = sync::makePmsAdapter(c, {u"dev"_s, u"customer"_s, {}}, clock, &error);
        auto syncOnce = [&]() -> sync::SyncSummary {
            sync::SyncRun run(*adapter, cache, clock, {u"sync"_s, u"s"_s, u"ws"_s});
            bool done = false;
            sync::SyncSummary summary;
            run.run([&](const sync::SyncSummary &s) {
                summary = s;
                done = true;
            });
            QElapsedTimer t;
            t.start();
            while (!done && t.elapsed() < 30000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            return summary;
        };
        QVERIFY(syncOnce().complete());
        const Appointment now = *booking.find(b.appointment.id, nullptr);
        QVERIFY(booking.cancel(now.id, now.version, CancelReason::Patient, desk).ok());
        QVERIFY(syncOnce().complete());

        restore.dismiss();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(g_log.size() > 10, qPrintable(QString::number(g_log.size()))); // the workflow did log
        const QString all = g_log.join(u'\n');
        for (const QString &secret : {kName, kName.section(u' ', 0, 0), kName.section(u' ', 1), kPhone,
                                      QString(kPhone).remove(u' '), kEmail, kNote})
            QVERIFY2(!all.contains(secret, Qt::CaseInsensitive), qPrintable(u"the log names "_s + secret));
    }
};

QTEST_MAIN(TestPhiFreeLogs)
#include "tst_phifreelogs.moc"
