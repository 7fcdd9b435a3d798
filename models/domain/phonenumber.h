#pragma once

#include <QString>

class QTimeZone;

// Phone numbers as people type them and as the cache keeps them: read and checked by
// libphonenumber against the practice's region, kept in E.164 ("+15125550100"), shown in the
// region's own way ("(512) 555-0100"; a number from abroad in the international way).
namespace chairside::phonenumber {

struct Reading
{
    QString e164;  // empty when the text is not a phone number
    QString error; // why not, in the program's language, with what to do

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Reads `typed` (any punctuation, spaces, a leading + and country code for a number from
// abroad) as a number of `region` (ISO 3166 two letters, "US"); refuses text that cannot be
// a real, dialable number there.
[[nodiscard]] Reading read(const QString &typed, const QString &region);

// A stored number as the region's people write it; text that is not a number (an older
// record) is shown as it is.
[[nodiscard]] QString display(const QString &stored, const QString &region);

// The region a practice's numbers are in, from its time zone's country ("US" when the zone
// names none).
[[nodiscard]] QString regionOf(const QTimeZone &zone);

} // namespace chairside::phonenumber
