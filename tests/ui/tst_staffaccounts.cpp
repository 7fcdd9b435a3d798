#include "domain/clock.h"
#include "itemmodels/staffaccountsmodel.h"
#include "services/practiceimportservice.h"
#include "services/useraccounts.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "ui/staffaccountsdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace chairside;

// Settings › Staff accounts…: the office manager sees every account with its role and
// whether it can sign in, disables and enables one, and resets a forgotten password; the
// service decides, the dialog asks and shows.
class TestStaffAccounts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::MemoryCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};

    // Fills the password dialog that is about to open, then accepts it.
    void answerPassword(const QString &next, const QString &again)
    {
        QTimer::singleShot(100, this, [next, again] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), u"passwordDialog"_s);
            dialog->findChild<QLineEdit *>(u"newPasswordLineEdit"_s)->setText(next);
            dialog->findChild<QLineEdit *>(u"againPasswordLineEdit"_s)->setText(again);
            dialog->accept();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = store::Cache::open(m_dir.path(), m_keys, store::Cache::OpenMode::CreateIfMissing).cache;
        QVERIFY(m_cache);
        QVERIFY(PracticeImportService(*m_cache, m_clock).importDemo({u"t"_s, u"s"_s, u"w"_s}).ok());
    }

    void listsDisablesAndResets()
    {
        UserAccounts accounts(*m_cache, m_clock);
        QString error;
        QVERIFY2(accounts.createDemoAccounts(u"ws"_s, &error), qPrintable(error));
        QByteArray password(UserAccounts::kDemoPassword);
        const std::optional<SignedIn> manager = accounts.signIn(u"manager"_s, password, u"ws"_s, &error);
        QVERIFY(manager);

        StaffAccountsDialog dialog(accounts, manager->session);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableView *>(u"staffAccountsView"_s);
        QCOMPARE(dialog.model()->rowCount(), 4);
        // Roles in words, never ids.
        int row = -1;
        for (int r = 0; r < dialog.model()->rowCount(); ++r) {
            const QString shown = dialog.model()->index(r, StaffAccountsModel::RoleColumn).data().toString();
            QVERIFY2(!shown.contains(u'_'), qPrintable(shown));
            if (dialog.model()->index(r, 0).data().toString() == u"frontdesk")
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(dialog.model()->index(row, StaffAccountsModel::StateColumn).data().toString(), u"Can sign in"_s);

        table->selectRow(row);
        auto *disable = dialog.findChild<QPushButton *>(u"disableAccountButton"_s);
        QCOMPARE(disable->text(), u"&Disable"_s);
        QTest::mouseClick(disable, Qt::LeftButton);
        QCOMPARE(dialog.model()->index(row, StaffAccountsModel::StateColumn).data().toString(),
                 u"Disabled: cannot sign in"_s);
        QCOMPARE(disable->text(), u"&Enable"_s);
        QByteArray deskPassword(UserAccounts::kDemoPassword);
        QVERIFY(!accounts.signIn(u"frontdesk"_s, deskPassword, u"ws"_s, &error));
        QTest::mouseClick(disable, Qt::LeftButton);
        QCOMPARE(dialog.model()->index(row, StaffAccountsModel::StateColumn).data().toString(), u"Can sign in"_s);

        // Two different new passwords: nothing changes, and the dialog says why.
        auto *reset = dialog.findChild<QPushButton *>(u"resetPasswordButton"_s);
        answerPassword(u"a new desk password"_s, u"another one entirely"_s);
        QTest::mouseClick(reset, Qt::LeftButton);
        auto *message = dialog.findChild<QLabel *>(u"staffAccountsMessageLabel"_s);
        QVERIFY2(message->text().contains(u"differ"_s), qPrintable(message->text()));
        answerPassword(u"a new desk password"_s, u"a new desk password"_s);
        QTest::mouseClick(reset, Qt::LeftButton);
        QVERIFY2(message->text().contains(u"new password"_s), qPrintable(message->text()));
        QByteArray fresh("a new desk password");
        QVERIFY2(accounts.signIn(u"frontdesk"_s, fresh, u"ws"_s, &error), qPrintable(error));
    }
};

QTEST_MAIN(TestStaffAccounts)
#include "tst_staffaccounts.moc"
