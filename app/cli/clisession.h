#pragma once

#include "services/access.h"

#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace chairside {
class Clock;
class PracticeCache;
namespace store {
class Cache;
}
} // namespace chairside

namespace chairside::cli {

// Whom one invocation acts as on `cache`. A cache with staff accounts needs `--user NAME`;
// the password comes from the terminal without echo, or from the first line of stdin. A
// cache without accounts yet is worked by the computer's own user (role "system").
// With `access`, a role that may not do it is refused (audited) with exit code Denied.
// Empty, with the exit code in *exitCode and the reason on `err`, when that fails.
[[nodiscard]] std::optional<UserSession> actAs(store::Cache &cache, const Clock &clock, const QString &userName,
                                               std::optional<Access> access, QTextStream &err, int *exitCode);

// Opens the cache in `dataDir` and signs in as above; empty with *exitCode set when either fails.
[[nodiscard]] std::unique_ptr<PracticeCache> openSignedIn(const QString &dataDir, const Clock &clock,
                                                          const QString &userName, std::optional<Access> access,
                                                          UserSession *session, QTextStream &err, int *exitCode);

} // namespace chairside::cli
