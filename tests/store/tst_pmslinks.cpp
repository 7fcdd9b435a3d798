#include "testsupport.h"

#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/pmslinkrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

// PMS links and sync cursors, on a real encrypted cache.
class TestPmsLinks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::MemoryCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = store::Cache::open(m_dir.path(), m_keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY2(opened.cache, qPrintable(opened.error.message));
        m_cache = std::move(opened.cache);
    }

    void linksBothWaysOnePerSide()
    {
        store::PmsLinkRepository links(m_cache->database());
        QSqlError error;
        QVERIFY(links.link(u"opendental"_s, u"appointment"_s, u"a-1"_s, u"18"_s, 100, &error));
        QVERIFY(links.link(u"opendental"_s, u"appointment"_s, u"a-1"_s, u"18"_s, 101, &error)); // the same again
        QCOMPARE(links.localId(u"opendental"_s, u"appointment"_s, u"18"_s).value(), u"a-1"_s);
        QCOMPARE(links.pmsId(u"opendental"_s, u"appointment"_s, u"a-1"_s).value(), u"18"_s);
        // Neither side can be linked to something else.
        QVERIFY(!links.link(u"opendental"_s, u"appointment"_s, u"a-1"_s, u"19"_s, 102, &error));
        QVERIFY(error.text().contains(u"already linked"_s));
        error = {};
        QVERIFY(!links.link(u"opendental"_s, u"appointment"_s, u"a-2"_s, u"18"_s, 102, &error));
        QVERIFY(error.isValid());
        // Kinds and systems are separate.
        QVERIFY(links.link(u"opendental"_s, u"patient"_s, u"pt-1"_s, u"18"_s, 103, &error));
        QVERIFY(links.link(u"dentrix"_s, u"appointment"_s, u"a-1"_s, u"APT-9"_s, 103, &error));
        QVERIFY(!links.localId(u"eaglesoft"_s, u"appointment"_s, u"18"_s));
    }

    void cursorsMoveOn()
    {
        store::PmsLinkRepository links(m_cache->database());
        QSqlError error;
        QVERIFY(!links.cursor(u"opendental"_s, u"appointment"_s));
        QVERIFY(links.setCursor(u"opendental"_s, u"appointment"_s, u"2026-11-24 10:02:45"_s, 1, &error));
        QVERIFY(links.setCursor(u"opendental"_s, u"appointment"_s, u"2026-11-24 10:05:00"_s, 2, &error));
        QCOMPARE(links.cursor(u"opendental"_s, u"appointment"_s).value(), u"2026-11-24 10:05:00"_s);
        QVERIFY(!links.cursor(u"opendental"_s, u"patient"_s));
    }
};

QTEST_GUILESS_MAIN(TestPmsLinks)
#include "tst_pmslinks.moc"
