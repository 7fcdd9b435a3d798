#include "practicecache.h"
#include "testsupport.h"

#include "domain/clock.h"
#include "services/bookingservice.h"
#include "services/frontdesk.h"
#include "services/pmsmirror.h"
#include "store/cachekeystore.h"
#include "ui/syncissuespanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Panel Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1", "equipment": ["standard"] } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "skills": ["general"], "maxDailyPatients": 12,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [
    { "id": "exam", "name": "Exam", "minutes": 30, "skill": "general", "equipment": ["standard"] } ],
  "patients": [ { "id": "pt1", "name": "Ana Ruiz" } ]
})";

} // namespace

// The sync issues panel on its own: what it lists, that its model behaves as Qt's views
// expect, who may resolve, and that resolving goes through FrontDesk.
class TestSyncIssuesPanel : public QObject
{
    Q_OBJECT

    store::MemoryCacheKeyStore m_keys;
    // Monday 2026-11-30 08:00 Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_desk{u"frontdesk-1"_s, u"s"_s, u"ws"_s, Role::FrontDesk};

private Q_SLOTS:
    void listsResolvesAndKeepsTheModelSound()
    {
        QTemporaryDir dir;
        QString why;
        std::unique_ptr<store::Cache> cache = test::practiceCache(dir.path(), m_keys, m_clock, kPractice, &why);
        QVERIFY2(cache, qPrintable(why));
        BookingService booking(*cache, m_clock);
        FrontDesk desk(*cache, m_clock);

        SyncIssuesPanel panel(desk);
        auto *view = panel.findChild<QTreeWidget *>(u"syncIssuesView"_s);
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setSession(m_desk);
        panel.setPlaces(QTimeZone("America/Chicago"), {{u"c1"_s, u"Chair 1"_s}});
        QCOMPARE(panel.reload(), 0);
        QVERIFY(!panel.findChild<QPushButton *>(u"keepMineButton"_s)->isVisibleTo(&panel));
        QVERIFY(panel.findChild<QLabel *>(u"syncIssuesEmptyLabel"_s)->isVisibleTo(&panel));

        // A booking the practice system refused.
        BookRequest r;
        r.patientId = u"pt1"_s;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = u"c1"_s;
        r.startUtc = test::chicago(u"2026-12-01T09:00"_s);
        const BookingOutcome booked = booking.book(r, m_desk);
        QVERIFY(booked.ok());
        PmsMirror mirror(*cache, m_clock);
        QString error;
        const QList<PendingOutboxEntry> due = mirror.dueOutbox(10, &error);
        QCOMPARE(due.size(), 1);
        QVERIFY(mirror.refuse(u"opendental"_s, due.constFirst(), u"Chair 1 is already booked."_s, std::nullopt, &error));

        QCOMPARE(panel.reload(), 1);
        QCOMPARE(view->topLevelItemCount(), 1);
        const QStringList lines = view->topLevelItem(0)->text(0).split(u'\n');
        QCOMPARE(lines.constFirst(), u"Ana Ruiz"_s);
        QVERIFY2(lines.at(1).contains(u"Chair 1"_s), qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).contains(u"not booked there"_s));

        // A viewer reads the issue but has no way out to offer; the front desk may decide.
        auto *theirs = panel.findChild<QPushButton *>(u"takeTheirsButton"_s);
        panel.setSession({u"viewer"_s, u"s"_s, u"ws"_s, Role::ReadOnly});
        QCOMPARE(panel.reload(), 1);
        QVERIFY(!theirs->isVisibleTo(&panel));
        panel.setSession(m_desk);
        QCOMPARE(panel.reload(), 1);
        QVERIFY(theirs->isVisibleTo(&panel));
        QSignalSpy resolved(&panel, &SyncIssuesPanel::resolved);
        theirs->click();
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(panel.reload(), 0);
        // Never booked there: the booking made here is withdrawn.
        QCOMPARE(booking.find(booked.appointment.id, &error)->status, AppointmentStatus::Cancelled);
    }
};

QTEST_MAIN(TestSyncIssuesPanel)
#include "tst_syncissuespanel.moc"
