#pragma once

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

} // namespace chairside::test
