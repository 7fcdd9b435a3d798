#include "translations/language.h"
#include "ui/pmsconnectdialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

Q_DECLARE_METATYPE(chairside::PmsConnectForm)

// The connect dialog on its own: the systems as a practice names them, only the fields each
// needs, what Connect hands on, and a refusal shown without losing what was typed.
class TestPmsConnectDialog : public QObject
{
    Q_OBJECT

private:
    // With CHAIRSIDE_SHOT_DIR set, the dialog as staff see it, for a person to look at.
    static void keepPicture(QDialog &dialog, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CHAIRSIDE_SHOT_DIR");
        if (dir.isEmpty())
            return;
        dialog.show();
        QTest::qWait(50);
        dialog.grab().save(QDir(dir).filePath(name));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PmsConnectForm>(); }

    void offersTheSystemsByTheirNames()
    {
        PmsConnectDialog dialog;
        auto *system = dialog.findChild<QComboBox *>(u"pmsSystemCombo"_s);
        QVERIFY(system);
        QStringList names;
        for (int i = 0; i < system->count(); ++i)
            names << system->itemText(i);
        QCOMPARE(names.mid(0, 4), QStringList({u"Dentrix (through NexHealth)"_s, u"Eaglesoft (through NexHealth)"_s,
                                               u"Open Dental (direct)"_s, u"Open Dental (through NexHealth)"_s}));
        QVERIFY(names.at(4).contains(u"for testing"_s));
        QVERIFY(names.at(5).contains(u"for testing"_s));
    }

    void connectHandsOnWhatThatSystemNeeds()
    {
        PmsConnectDialog dialog;
        dialog.show();
        QSignalSpy asked(&dialog, &PmsConnectDialog::connectRequested);
        auto *system = dialog.findChild<QComboBox *>(u"pmsSystemCombo"_s);
        auto field = [&](const char *name) { return dialog.findChild<QLineEdit *>(QString::fromLatin1(name)); };
        // Dentrix through NexHealth: address, subdomain, location and the API key only.
        system->setCurrentIndex(0);
        QVERIFY(field("pmsSubdomainField")->isVisible());
        QVERIFY(field("pmsApiKeyField")->isVisible());
        QVERIFY(!field("pmsIdentityField")->isVisible());
        QCOMPARE(field("pmsUrlField")->text(), u"https://nexhealth.info"_s);
        QCOMPARE(field("pmsApiKeyField")->echoMode(), QLineEdit::Password);
        field("pmsSubdomainField")->setText(u" lakeside "_s);
        field("pmsLocationField")->setText(u"4321"_s);
        field("pmsApiKeyField")->setText(u"the-key"_s);
        field("pmsIdentityField")->setText(u"left from before"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"pmsConnectButton"_s), Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        PmsConnectForm form = asked.takeFirst().at(0).value<PmsConnectForm>();
        QCOMPARE(form.system, u"nexhealth"_s);
        QCOMPARE(form.subdomain, u"lakeside"_s);
        QCOMPARE(form.locationId, u"4321"_s);
        QCOMPARE(form.apiKey, u"the-key"_s);
        QVERIFY(form.identity.isEmpty());
        // While it connects, Connect waits; a refusal says why and keeps what was typed.
        QVERIFY(!dialog.findChild<QPushButton *>(u"pmsConnectButton"_s)->isEnabled());
        dialog.showResult(false, u"NexHealth has no location 4321 for the practice \"lakeside\"."_s);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(u"pmsConnectButton"_s)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"pmsConnectResult"_s)->text().contains(u"4321"_s));
        QCOMPARE(field("pmsApiKeyField")->text(), u"the-key"_s);
        keepPicture(dialog, u"connect-refused-en.png"_s);

        // Open Dental direct: its two keys, no subdomain.
        system->setCurrentIndex(2);
        QVERIFY(!field("pmsSubdomainField")->isVisible());
        QVERIFY(field("pmsIdentityField")->isVisible());
        QVERIFY(field("pmsSecretField")->isVisible());
        QVERIFY(!field("pmsApiKeyField")->isVisible());
        field("pmsIdentityField")->setText(u"dev"_s);
        field("pmsSecretField")->setText(u"customer"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"pmsConnectButton"_s), Qt::LeftButton);
        form = asked.takeFirst().at(0).value<PmsConnectForm>();
        QCOMPARE(form.system, u"opendental"_s);
        QCOMPARE(form.identity, u"dev"_s);
        QCOMPARE(form.secret, u"customer"_s);
        QVERIFY(form.apiKey.isEmpty() && form.subdomain.isEmpty());
        dialog.showResult(true, {});
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void speaksSpanish()
    {
        QString error;
        QVERIFY2(language::use(u"es"_s, &error), qPrintable(error));
        {
            PmsConnectDialog dialog;
            auto *system = dialog.findChild<QComboBox *>(u"pmsSystemCombo"_s);
            QCOMPARE(system->itemText(0), u"Dentrix (a través de NexHealth)"_s);
            QCOMPARE(dialog.windowTitle(), u"Conectar con el sistema del consultorio"_s);
            keepPicture(dialog, u"connect-es.png"_s);
        }
        QVERIFY(language::use(u"en"_s, &error));
        PmsConnectDialog dialog;
        keepPicture(dialog, u"connect-en.png"_s);
    }
};

QTEST_MAIN(TestPmsConnectDialog)
#include "tst_pmsconnectdialog.moc"
