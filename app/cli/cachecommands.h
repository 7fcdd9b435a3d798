#pragma once

#include <QString>
#include <QTextStream>

namespace chairside::cli {

// `rekey`, `backup --out FILE`, `restore --from FILE [--force]` and `users add`: the office
// manager's care of the cache. Each signs in as `user` first (see actAs); passphrases and new
// passwords are read after the password, from the terminal or the next lines of stdin.
int rekey(const QString &dataDir, const QString &user, QTextStream &out, QTextStream &err);
int backup(const QString &dataDir, const QString &user, const QString &outPath, QTextStream &out, QTextStream &err);
int restore(const QString &dataDir, const QString &user, const QString &backupPath, bool force, QTextStream &out,
            QTextStream &err);
// `check`: reads every page in use (see store::checkCache); exit 3 when damaged.
int check(const QString &dataDir, const QString &user, bool json, QTextStream &out, QTextStream &err);
int addUser(const QString &dataDir, const QString &user, const QString &name, const QString &role,
            const QString &providerId, QTextStream &out, QTextStream &err);
// `users list|disable|enable|reset-password|password`: the accounts, for the office manager
// (each signs in first); `password` changes the signed-in person's own (current, then new,
// on the lines after the sign-in password).
int listUsers(const QString &dataDir, const QString &user, bool json, QTextStream &out, QTextStream &err);
int setUserDisabled(const QString &dataDir, const QString &user, const QString &name, bool disabled,
                    QTextStream &out, QTextStream &err);
int resetUserPassword(const QString &dataDir, const QString &user, const QString &name, QTextStream &out,
                      QTextStream &err);
int changeOwnPassword(const QString &dataDir, const QString &user, QTextStream &out, QTextStream &err);

} // namespace chairside::cli
