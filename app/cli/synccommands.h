#pragma once

#include <QString>
#include <QTextStream>

namespace chairside::cli {

// `pms connect`: secrets from stdin (see sync::parseCredentials), kept in the keychain; the
// address and CA file in the cache; the practice's records linked to the PMS's.
// A cache without practice settings takes them from `practiceName` and `timeZone` (through
// NexHealth: from the practice's location there, whose time zone must match).
// Each signs in as `user` first (see actAs).
struct PmsConnectArgs
{
    QString pms;
    QString url;
    QString caFile;
    QString practiceName;
    QString timeZone;
    QString rate;
    QString subdomain;  // NexHealth
    QString locationId; // NexHealth
};
int pmsConnect(const QString &dataDir, const QString &user, const PmsConnectArgs &args, QTextStream &in,
               QTextStream &out, QTextStream &err, bool json);
// `sync --keep-mine ID` / `--take-theirs ID`: resolves a sync issue.
int resolveIssue(const QString &dataDir, const QString &user, qint64 issue, bool keepMine, QTextStream &out, QTextStream &err);
// `sync`: once (the default) or --status only.
int sync(const QString &dataDir, const QString &user, bool statusOnly, QTextStream &out, QTextStream &err, bool json);

} // namespace chairside::cli
