#include "store/processhardening.h"

#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

// Core dumps would carry the cache key and patient records out of the process: both
// executables turn them off first thing, unless a developer asks to keep them.
class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leftOnOnlyWhenAskedThenOff()
    {
        qputenv("CHAIRSIDE_ALLOW_CORE_DUMPS", "1");
        QVERIFY(chairside::store::disableCoreDumps().contains(u"left on"_s));
        struct rlimit before = {};
        QVERIFY(getrlimit(RLIMIT_CORE, &before) == 0);
        qunsetenv("CHAIRSIDE_ALLOW_CORE_DUMPS");
        QCOMPARE(chairside::store::disableCoreDumps(), u"core dumps off"_s);
        QVERIFY(chairside::store::coreDumpsDisabled());
        struct rlimit after = {};
        QVERIFY(getrlimit(RLIMIT_CORE, &after) == 0);
        QCOMPARE(after.rlim_cur, rlim_t(0));
        QCOMPARE(after.rlim_max, rlim_t(0)); // and it cannot be raised again
        struct rlimit raise = {before.rlim_cur, before.rlim_max};
        QVERIFY(before.rlim_max == 0 || setrlimit(RLIMIT_CORE, &raise) != 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
