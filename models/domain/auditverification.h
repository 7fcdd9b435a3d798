#pragma once

#include <QString>

namespace chairside {

// What walking the audit trail's hash chain found: intact, or the first record that breaks it.
struct AuditVerification
{
    bool intact = true;
    qint64 checked = 0;
    qint64 firstBadSeq = 0;
    QString firstBadAuditId;
    QString problem; // what is wrong with that record, in words
};

} // namespace chairside
