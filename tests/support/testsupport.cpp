#include "testsupport.h"

#include <QTimeZone>

#include "store/cachekeystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace chairside::test {

namespace {
void redirectUserDirectories()
{
    QStandardPaths::setTestModeEnabled(true);
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(redirectUserDirectories)

bool keychainReachable(QString *why)
{
    store::KeychainCacheKeyStore keys;
    QString error;
    const QString probe = QStringLiteral("probe-keychain");
    if (keys.writeKey(probe, QByteArray(32, 'k'), &error) != store::CacheKeyStore::Status::Ok) {
        *why = QStringLiteral("no usable keychain (%1); run the tests through scripts/test.sh, which starts one").arg(error);
        return false;
    }
    (void)keys.deleteKey(probe, nullptr);
    return true;
}

QByteArray allBytesUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QByteArray sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QDateTime chicago(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
    return QDateTime(t.date(), t.time(), QTimeZone("America/Chicago")).toUTC();
}

QDate officeToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Chicago")).date();
}

QDate weekdayAhead(int daysAhead, int weekday)
{
    QDate d = officeToday().addDays(daysAhead);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    return d;
}

QDate workdayAhead(int daysAhead)
{
    QDate d = officeToday().addDays(daysAhead);
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

QString localStamp(const QDate &date, int hour, int minute)
{
    return date.toString(Qt::ISODate) + QStringLiteral("T%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

} // namespace chairside::test
