#include "domain/clock.h"
#include "domain/localformat.h"
#include "services/frontdesk.h"
#include "services/patientrecords.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/pmslinkrepository.h"
#include "ui/patientformdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace chairside;

// The new-patient form a receptionist fills with a caller on the line: the service's answer
// shown at the field it names, nothing saved until it is right, a likely duplicate offered,
// and the form not offered at all where the practice system makes its own patients.
class TestPatientForm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::MemoryCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};
    const UserSession m_desk{u"frontdesk"_s, u"s"_s, u"ws"_s, Role::FrontDesk};

    static void fill(PatientFormDialog &form, const QString &first, const QString &last, const QString &born,
                     const QString &phone)
    {
        form.findChild<QLineEdit *>(u"firstNameLineEdit"_s)->setText(first);
        form.findChild<QLineEdit *>(u"lastNameLineEdit"_s)->setText(last);
        form.findChild<QLineEdit *>(u"birthdateLineEdit"_s)->setText(born);
        form.findChild<QLineEdit *>(u"phoneLineEdit"_s)->setText(phone);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_cache = store::Cache::open(m_dir.path(), m_keys, store::Cache::OpenMode::CreateIfMissing).cache;
        QVERIFY(m_cache);
        const QByteArray practice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Form Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. Ana Alvarez", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 30, "maxMinutes": 30 } ],
  "patients": [ { "id": "p1", "name": "Ana Ruiz", "phone": "512-555-0142", "birthdate": "1980-02-03" } ],
  "appointments": [ ]
})";
        QVERIFY(PracticeImportService(*m_cache, m_clock).importDocument(practice, UserSession{}).ok());
    }

    void showsWhatIsWrongAtItsFieldThenSaves()
    {
        PatientRecords records(*m_cache, m_clock);
        PatientFormDialog form(records, m_desk, nullptr);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *problem = form.findChild<QLabel *>(u"problemLabel"_s);
        auto *phone = form.findChild<QLineEdit *>(u"phoneLineEdit"_s);
        // Tab goes down the form in the order it reads.
        QStringList order;
        for (QWidget *w = form.findChild<QLineEdit *>(u"firstNameLineEdit"_s); order.size() < 8; w = w->nextInFocusChain()) {
            if (w->focusPolicy() & Qt::TabFocus && !w->objectName().isEmpty())
                order << w->objectName();
        }
        QCOMPARE(order, QStringList({u"firstNameLineEdit"_s, u"lastNameLineEdit"_s, u"birthdateLineEdit"_s,
                                     u"sexComboBox"_s, u"phoneLineEdit"_s, u"emailLineEdit"_s, u"languageComboBox"_s,
                                     u"contactComboBox"_s}));
        fill(form, u"Luis"_s, u"Peña"_s, u"4/5/1991"_s, u"555-01"_s);
        form.findChild<QPushButton *>(u"saveButton"_s)->click();
        QVERIFY(form.isVisible());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"555-01"_s), qPrintable(problem->text()));
        QCOMPARE(QApplication::focusWidget(), phone);
        // A birthdate that is not a date is said so, in the locale's own way.
        form.findChild<QLineEdit *>(u"birthdateLineEdit"_s)->setText(u"yesterday"_s);
        form.findChild<QPushButton *>(u"saveButton"_s)->click();
        QVERIFY2(problem->text().contains(u"3/27/1984"_s), qPrintable(problem->text()));
        QVERIFY(FrontDesk(*m_cache, m_clock).findPatients(u"pena"_s, 5, m_desk, nullptr).found.isEmpty());

        fill(form, u"Luis"_s, u"Peña"_s, u"4/5/1991"_s, u"512 555 0160"_s);
        form.findChild<QComboBox *>(u"contactComboBox"_s)->setCurrentIndex(1); // a text message
        form.findChild<QPushButton *>(u"saveButton"_s)->click();
        QVERIFY(!form.isVisible());
        QCOMPARE(form.result(), int(QDialog::Accepted));
        QCOMPARE(form.patientName(), u"Luis Peña"_s);
        const std::optional<Patient> saved = FrontDesk(*m_cache, m_clock).patient(form.patientId(), m_desk, nullptr);
        QVERIFY(saved);
        QCOMPARE(saved->birthdate, QDate(1991, 4, 5));
        QCOMPARE(saved->phone, u"+15125550160"_s);
        QCOMPARE(saved->preferredContact, ContactChannel::Sms);
    }

    // The guarantor is a family member found by name as the window's search finds them; a
    // name typed but not chosen from the list is said so, not saved as nobody.
    void aGuarantorIsChosenByName()
    {
        PatientRecords records(*m_cache, m_clock);
        PatientFormDialog form(records, m_desk, nullptr);
        QStringList asked;
        form.setGuarantorLookup([&asked](const QString &typed) {
            asked << typed;
            return QList<std::pair<QString, QString>>{{u"p1"_s, u"Ana Ruiz, born 2/3/1980"_s}};
        });
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        fill(form, u"Pablo"_s, u"Ruiz"_s, u"8/9/2015"_s, u"512-555-0142"_s);
        auto *guarantor = form.findChild<QLineEdit *>(u"guarantorLineEdit"_s);
        QVERIFY(guarantor->isVisible());
        guarantor->setFocus();
        QTest::keyClicks(guarantor, u"ana r"_s);
        QCOMPARE(asked.last(), u"ana r"_s);
        form.findChild<QPushButton *>(u"saveButton"_s)->click();
        QVERIFY(form.isVisible()); // typed, not chosen
        QVERIFY2(form.findChild<QLabel *>(u"problemLabel"_s)->text().contains(u"list"_s),
                 qPrintable(form.findChild<QLabel *>(u"problemLabel"_s)->text()));
        Q_EMIT guarantor->completer()->activated(u"Ana Ruiz, born 2/3/1980"_s);
        QCOMPARE(form.details().guarantorId, u"p1"_s);
        // The same phone as Ana's: a family sharing a number is offered as a likely duplicate.
        QTimer::singleShot(100, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->findChild<QPushButton *>(u"addAnywayButton"_s)->click();
        });
        form.findChild<QPushButton *>(u"saveButton"_s)->click();
        QCOMPARE(form.result(), int(QDialog::Accepted));
        const Patient pablo = *FrontDesk(*m_cache, m_clock).patient(form.patientId(), m_desk, nullptr);
        QCOMPARE(pablo.guarantorId, u"p1"_s);
    }

    void offersThePatientOnFile()
    {
        PatientRecords records(*m_cache, m_clock);
        PatientFormDialog form(records, m_desk, nullptr);
        form.show();
        fill(form, u"ana"_s, u"RUIZ"_s, u"2/3/1980"_s, u"(512) 555-0199"_s);
        bool asked = false;
        QTimer::singleShot(100, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), u"duplicateBox"_s);
            QVERIFY2(box->text().contains(u"Ana Ruiz"_s), qPrintable(box->text()));
            asked = true;
            box->findChild<QPushButton *>(u"useExistingButton"_s)->click();
        });
        form.findChild<QPushButton *>(u"saveButton"_s)->click();
        QVERIFY(asked);
        QCOMPARE(form.result(), int(QDialog::Accepted));
        QCOMPARE(form.patientId(), u"p1"_s);
        QCOMPARE(FrontDesk(*m_cache, m_clock).findPatients(u"ruiz ana"_s, 5, m_desk, nullptr).found.size(), 1);
    }

    void editsShowTheRecordAsPeopleReadIt()
    {
        PatientRecords records(*m_cache, m_clock);
        const Patient ana = *FrontDesk(*m_cache, m_clock).patient(u"p1"_s, m_desk, nullptr);
        PatientFormDialog form(records, m_desk, &ana);
        QCOMPARE(form.findChild<QLineEdit *>(u"firstNameLineEdit"_s)->text(), u"Ana"_s);
        QCOMPARE(form.findChild<QLineEdit *>(u"lastNameLineEdit"_s)->text(), u"Ruiz"_s);
        QCOMPARE(form.findChild<QLineEdit *>(u"birthdateLineEdit"_s)->text(), localformat::birthdate(QDate(1980, 2, 3)));
        QCOMPARE(form.findChild<QLineEdit *>(u"phoneLineEdit"_s)->text(), u"(512) 555-0142"_s);
        form.findChild<QLineEdit *>(u"emailLineEdit"_s)->setText(u"ana.ruiz@example.com"_s);
        form.show();
        form.findChild<QPushButton *>(u"saveButton"_s)->click();
        QCOMPARE(form.result(), int(QDialog::Accepted));
        const Patient after = *FrontDesk(*m_cache, m_clock).patient(u"p1"_s, m_desk, nullptr);
        QCOMPARE(after.email, u"ana.ruiz@example.com"_s);
        QCOMPARE(after.phone, u"+15125550142"_s);
    }

    void notOfferedWhereThePracticeSystemMakesPatients()
    {
        QSqlError error;
        QVERIFY(store::PmsLinkRepository(m_cache->database()).setConnection(u"eaglesoft"_s, u"http://127.0.0.1:1"_s, &error));
        PatientRecords records(*m_cache, m_clock);
        QString why;
        QVERIFY(!PatientFormDialog::available(records, true, &why));
        QCOMPARE(why, u"New patients are created in Eaglesoft; they appear here at the next sync."_s);
        QVERIFY(!PatientFormDialog::available(records, false, &why));
        QVERIFY2(why.contains(u"Eaglesoft"_s), qPrintable(why));
    }
};

QTEST_MAIN(TestPatientForm)
#include "tst_patientform.moc"
