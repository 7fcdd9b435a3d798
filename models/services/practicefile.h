#pragma once

#include "domain/practicedata.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace chairside {

// One problem found in a practice file, at a JSON path such as `providers[2].hours[0].start`.
struct PracticeFileIssue
{
    QString path;
    QString message;

    [[nodiscard]] QString toString() const { return path.isEmpty() ? message : path + u": " + message; }
};

// Ids and settings a practice file may refer to that are already in the cache.
struct ExistingPractice
{
    std::optional<Practice> practice;
    QSet<QString> clinicIds, chairIds, providerIds, typeIds, patientIds;
    QHash<QString, int> typeMinutes; // an appointment without minutes takes its type's
    QHash<QString, RecallType> recallTypes; // a recall given only its last visit counts from its type's interval
};

// Reads the `chairside-practice/2` format (see docs/practice-file.md) into plain data,
// collecting every problem with its path rather than stopping at the first. Version 1 files
// stay readable: version 2 only added sections and fields, all optional.
class PracticeFileReader
{
public:
    static constexpr QStringView kFormat = u"chairside-practice/2";
    static constexpr QStringView kFormatV1 = u"chairside-practice/1";

    struct Result
    {
        PracticeData data;
        QList<PracticeFileIssue> issues;
        [[nodiscard]] bool ok() const { return issues.isEmpty(); }
    };

    [[nodiscard]] static Result read(const QByteArray &json, const ExistingPractice &existing);
};

} // namespace chairside
