#pragma once

#include "practicefile.h"

#include "domain/session.h"

class QDateTime;
class QSqlError;

namespace chairside {

class Clock;
struct PracticeData;
namespace store { class Cache; }

// Loads a `chairside-practice/1` document into the cache all-or-nothing: every problem is
// reported with its JSON path and nothing is written unless the whole file is valid. The
// import and its audit record are one transaction.
class PracticeImportService
{
public:
    struct Outcome
    {
        QList<PracticeFileIssue> issues; // problems in the file; nothing was written
        QString storeError;              // the cache refused the write; nothing was written
        int appointments = 0;
        int patients = 0;
        int providers = 0;
        int chairs = 0;

        [[nodiscard]] bool ok() const { return issues.isEmpty() && storeError.isEmpty(); }
    };

    PracticeImportService(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

    [[nodiscard]] Outcome importDocument(const QByteArray &json, const UserSession &session);
    // The built-in demo practice, generated around the clock's today.
    [[nodiscard]] Outcome importDemo(const UserSession &session);
    // Whether the cache holds a practice yet; false with storeError set when it cannot tell.
    [[nodiscard]] bool hasPractice(QString *storeError) const;

private:
    [[nodiscard]] bool planReminders(const PracticeData &data, const QDateTime &nowUtc, QSqlError *error);

    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
