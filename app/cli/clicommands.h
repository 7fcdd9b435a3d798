#pragma once

#include <QStringList>
#include <QTextStream>

namespace chairside::cli {

// Exit codes, kept stable for scripts.
enum ExitCode {
    Done = 0,
    BadInput = 2,       // usage, malformed file, unknown id
    BookingRefused = 3, // a booking broke a scheduling rule
    LikelyDuplicate = 3, // `patient add` found a patient on file who looks the same
    AuditBroken = 3,
    CacheDamaged = 3,   // `check` (or `audit verify`, `backup`) found a damaged page
    NewerCacheKept = 3, // `restore` would replace a cache changed after the backup (see --force)    // `audit verify` found a changed, removed or reordered record
    CacheUnavailable = 4,
    SyncIncomplete = 5,
    Denied = 6,         // the signed-in user's role may not do that
    SignInFailed = 7,   // no --user on a cache with accounts, a wrong password or a locked account
};

// Runs one chairside-cli invocation; arguments include the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace chairside::cli
