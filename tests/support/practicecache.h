#pragma once

#include "domain/clock.h"
#include "domain/session.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"

#include <QStringList>

#include <memory>

namespace chairside::test {

// A new encrypted cache in `dir` with the practice file `json` imported (as a set-up
// session); empty with the reason in `why` when the cache or the file was refused. For the
// service suites, which link the services.
inline std::unique_ptr<store::Cache> practiceCache(const QString &dir, store::CacheKeyStore &keys, const Clock &clock,
                                                   const QByteArray &json, QString *why)
{
    auto opened = store::Cache::open(dir, keys, store::Cache::OpenMode::CreateIfMissing);
    if (!opened.cache) {
        *why = opened.error.message;
        return nullptr;
    }
    const auto outcome = PracticeImportService(*opened.cache, clock)
                                 .importDocument(json, {QStringLiteral("setup"), QStringLiteral("s"), QStringLiteral("w")});
    if (!outcome.ok()) {
        QStringList reasons{outcome.storeError};
        for (const PracticeFileIssue &issue : outcome.issues)
            reasons << issue.toString();
        *why = reasons.join(u'\n');
        return nullptr;
    }
    return std::move(opened.cache);
}

} // namespace chairside::test
