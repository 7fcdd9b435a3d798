#include "localformat.h"

#include "phonenumber.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace chairside::localformat {

namespace {

QString timeFormatOf(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    // Spanish writes "p. m." in lower case; Qt's AP would print "P. M.".
    if (locale.language() == QLocale::Spanish)
        format.replace(u"AP"_s, u"ap"_s);
    return format;
}

} // namespace

QString time(int minuteOfDay)
{
    return time(QTime(0, 0).addSecs(qint64(((minuteOfDay % 1440) + 1440) % 1440) * 60));
}

QString time(const QTime &t)
{
    return time(t, QLocale());
}

QString time(const QTime &t, const QLocale &locale)
{
    return locale.toString(t, timeFormatOf(locale));
}

QString timeFormat()
{
    return timeFormatOf(QLocale());
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString shortDay(const QDate &date)
{
    const QLocale locale;
    const QString numeric = locale.dateFormat(QLocale::ShortFormat);
    const bool monthFirst = numeric.indexOf(u'M') >= 0 && numeric.indexOf(u'M') < numeric.indexOf(u'd');
    return locale.toString(date, monthFirst ? u"ddd MMM d"_s : u"ddd d MMM"_s);
}

QString dateTime(const QDateTime &local)
{
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + time(local.time());
}

QString dollars(qint64 cents)
{
    // Half a dollar and up rounds away from zero.
    const qint64 whole = cents >= 0 ? (cents + 50) / 100 : -((-cents + 50) / 100);
    return QLocale().toCurrencyString(qlonglong(whole), u"$"_s);
}

QString excerpt(const QString &typed)
{
    constexpr qsizetype kLongest = 80;
    return typed.size() <= kLongest ? typed : typed.left(kLongest - 1) + QChar(0x2026);
}

QString birthdate(const QDate &date)
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return QLocale().toString(date, format);
}

QString date(const QDate &date)
{
    return birthdate(date);
}

QString phone(const QString &stored, const QString &region)
{
    return phonenumber::display(stored, region);
}

} // namespace chairside::localformat
