#pragma once

#include <QString>
#include <QTextStream>

namespace chairside::cli {

// `pms connect`: keys from the first line of stdin ("DEVELOPER/CUSTOMER"), kept in the
// keychain; the address in the cache; the practice's records linked to the PMS's.
int pmsConnect(const QString &dataDir, const QString &pms, const QString &url, QTextStream &in, QTextStream &out,
               QTextStream &err, bool json);
// `sync`: once (the default) or --status only.
int sync(const QString &dataDir, bool statusOnly, QTextStream &out, QTextStream &err, bool json);

} // namespace chairside::cli
