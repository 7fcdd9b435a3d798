#pragma once

#include <QString>

class QDate;
class QDateTime;
class QLocale;
class QTime;

// Dates and times as the current locale (QLocale(), set from the chosen language) writes them:
// its order, month and weekday names and 12- or 24-hour clock. Never seconds: nothing in a
// schedule is that precise.

namespace chairside::localformat {

// "8:30 AM" (en_US), "8:30 a. m." (es_US), "08:30" (es_ES, en_GB).
QString time(int minuteOfDay);
// The pattern time() uses, for time editors: "h:mm AP", "h:mm ap", "HH:mm".
QString timeFormat();
QString time(const QTime &time);
// The same in another locale than the program's (a patient's language).
QString time(const QTime &time, const QLocale &locale);
// "Tuesday, November 24, 2026" / "martes, 24 de noviembre de 2026".
QString longDate(const QDate &date);
// A lane or list heading: "Tue Nov 24" / "mar 24 nov".
QString shortDay(const QDate &date);
// A short date with a time: "11/24/26 8:30 AM" / "24/11/26 8:30 a.m.".
QString dateTime(const QDateTime &local);
// A birthdate: the locale's short date with the whole year ("3/7/1984", "7/3/1984"), since
// "3/7/84" could be a child's.
QString birthdate(const QDate &date);
// Any calendar date in a list or message, the same way ("12/7/2026", "7/12/2026").
QString date(const QDate &date);
// A phone number as people dial it in `region` ("(312) 555-0123" in the US; a number from
// abroad with + and its country code), read by libphonenumber however it is stored; text
// that is not a number is shown as written.
[[nodiscard]] QString phone(const QString &stored, const QString &region = QStringLiteral("US"));
// An amount of US dollars (the practice's money) from whole cents, rounded to the dollar, in the
// locale's way of writing money: "$4,250" (en_US, es_US); no floating point on the way.
QString dollars(qint64 cents);
// What a person typed, quoted back in a message: at most 80 characters, the rest cut with
// "…", so a pasted page or a stray file never floods the screen.
QString excerpt(const QString &typed);

} // namespace chairside::localformat
