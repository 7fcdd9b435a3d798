#pragma once

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

} // namespace chairside::test
