#pragma once

#include "practice.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QLocale;

namespace chairside {

// A patient found, with what the desk needs to tell which one it is and when they come next.
struct FoundPatient
{
    Patient patient;
    QString pmsNumber; // the patient's number in the practice system, when linked
    QString nextAppointmentId;
    QDateTime nextStartUtc; // invalid: nothing booked ahead
    QString nextTypeName;
    QString nextProviderName;
    bool textsStopped = false; // the patient's mobile texted STOP: no texts go to it
};

// What a search found: by family, then name; `more` when there were more than asked for.
struct PatientSearchResult
{
    QList<FoundPatient> found;
    bool more = false;
};

} // namespace chairside

// How a patient is found from what a receptionist types: names folded so that case and
// accents do not matter ("munoz" finds "Muñoz"), phones by their last digits in any
// formatting, a birthdate in the locale's short form or ISO, or the patient's number in the
// practice system (Open Dental's PatNum, NexHealth's id; a separate chart-number field is not
// read from any system yet). The store keeps each patient's terms in an index; this says what those terms are
// and what a typed text asks for.

namespace chairside::patientsearch {

// Lower case, accents and other marks removed, a few letters without a decomposition
// spelled out ("ø" → "o", "æ" → "ae", "ß" → "ss").
[[nodiscard]] QString fold(const QString &text);
// The words of a name, folded, each also without its inner hyphens and apostrophes
// ("O'Brien-Díaz" → "o", "brien", "diaz", "obriendiaz"). Sorted, without repeats.
[[nodiscard]] QStringList nameTerms(const QString &name);
// A phone's digits last to first, marked so that no name term equals it: the index then
// finds a phone by any ending ("0142", "555-0142", "(512) 555-0142"). Empty for fewer than
// four digits.
[[nodiscard]] QString phoneTerm(const QString &phone);
// The digits of `text` last to first, marked as phoneTerm() marks them.
[[nodiscard]] QString phoneEnding(const QString &digits);

// What a typed text asks for.
struct Query
{
    enum class Kind { Nothing, Name, Phone, Birthdate };
    Kind kind = Kind::Nothing;
    QStringList words; // Name: the folded words, each a prefix of one of the patient's name terms
    QString digits;    // Phone: the digits typed (also tried as the practice system's number)
    QDate birthdate;   // Birthdate
};

// A text with a letter is a name; one that reads as a date (ISO, or the locale's short
// date with a two- or four-digit year, a two-digit year never after `today`) is a
// birthdate; anything else with digits is a phone ending or the practice system's number.
[[nodiscard]] Query parse(const QString &text, const QLocale &locale, const QDate &today);

// Puts what was found in the order a person reads it: the closest matches first (every word
// typed a whole name word; the practice system's number typed whole), then by name; the members of one
// family together, where the first of them stands.
void rank(QList<FoundPatient> &found, const Query &query);

// The smallest text greater than every text that starts with `prefix` (for index ranges).
[[nodiscard]] QString prefixEnd(const QString &prefix);

} // namespace chairside::patientsearch
