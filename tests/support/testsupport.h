#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

// Test startup: settings and data locations go to a temporary folder before any test code
// runs, so no test touches a real profile.
namespace chairside::test {

// Fails the current test when no keychain is reachable: the suites use the real one.
bool keychainReachable(QString *why);

// Every file under dir concatenated (the cache, its WAL and journal files).
QByteArray allBytesUnder(const QString &dir);

QByteArray sha256OfFile(const QString &path);

// "2026-11-30T09:00" read as wall-clock time in Chicago (the fixture practices' zone), in UTC.
QDateTime chicago(const QString &text);

// Tests that start a real program (chairside-cli, chairside, chairside-pms-sim) give it no
// clock of its own: such a program reads the real one, as in an office. These turn the real
// "now" into the dates such a test uses, in the fixture practices' zone, so a test passes on
// any date, at any time of day and across a DST change.

// Today's date in Chicago.
QDate officeToday();

// The first Monday-to-Friday date at least `daysAhead` days after officeToday(): a working
// day for every fixture practice and the demo, far enough ahead that no lead time refuses it
// even when the test runs just before midnight.
QDate workdayAhead(int daysAhead);

// The first date at least `daysAhead` days after officeToday() that falls on `weekday`
// (1 = Monday ... 7 = Sunday).
QDate weekdayAhead(int daysAhead, int weekday);

// "yyyy-MM-ddTHH:mm" for a local date and time, as the command line takes it.
QString localStamp(const QDate &date, int hour, int minute = 0);

} // namespace chairside::test
