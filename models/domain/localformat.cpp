#include "localformat.h"

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

QString phone(const QString &stored)
{
    QString digits;
    for (const QChar c : stored) {
        if (c.isDigit())
            digits.append(c);
        else if (c.isLetter())
            return stored; // an extension or a vanity number: as written
    }
    if (digits.size() == 11 && digits.startsWith(u'1') && (stored.trimmed().startsWith(u'+') || !stored.contains(u'+')))
        digits.remove(0, 1);
    else if (stored.contains(u'+'))
        return stored; // another country's number
    if (digits.size() != 10)
        return stored;
    return u"(%1) %2-%3"_s.arg(digits.first(3), digits.sliced(3, 3), digits.sliced(6));
}

} // namespace chairside::localformat
