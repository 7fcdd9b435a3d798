#include "patientsearch.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside::patientsearch {

namespace {

// Phone terms start with a character no folded name word holds.
constexpr QChar kPhoneMark = u'#';

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing;
}

QString digitsOf(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue()));
    }
    return out;
}

// Words of folded text: runs of letters and digits; a hyphen or apostrophe inside a word
// splits it and also joins it ("o'brien" → "o", "brien" and "obrien").
QStringList wordsOf(const QString &folded, bool joined)
{
    QStringList out;
    QString word;
    QString whole;
    auto endWord = [&] {
        if (!word.isEmpty())
            out.append(word);
        word.clear();
    };
    auto endWhole = [&] {
        endWord();
        if (joined && !whole.isEmpty() && !out.contains(whole))
            out.append(whole);
        whole.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word.append(c);
            whole.append(c);
        } else if (c == u'-' || c == u'\'' || c == u'\u2019') {
            endWord();
        } else {
            endWhole();
        }
    }
    endWhole();
    return out;
}

// A date typed as numbers in the order the locale writes its short date ("3/7/84",
// "7-3-1984"), or year first (ISO). A two-digit year is the latest one that is not after
// today, so "3/7/84" is 1984 and "6/30/15" 2015.
QDate readDate(const QString &text, const QLocale &locale, const QDate &today)
{
    static const QRegularExpression shape(u"^(\\d{1,4})\\D{1,2}(\\d{1,2})\\D{1,2}(\\d{1,4})$"_s);
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QStringList parts{m.captured(1), m.captured(2), m.captured(3)};
    int year = 0, month = 0, day = 0;
    int yearDigits = 0;
    if (parts.at(0).size() == 4) { // ISO: year, month, day
        year = parts.at(0).toInt();
        yearDigits = 4;
        month = parts.at(1).toInt();
        day = parts.at(2).toInt();
    } else {
        // The order of day, month and year in the locale's short date ("M/d/yy", "d/M/yy").
        const QString format = locale.dateFormat(QLocale::ShortFormat);
        QList<std::pair<qsizetype, QChar>> order{{format.indexOf(u'd'), u'd'},
                                                  {format.indexOf(u'M'), u'M'},
                                                  {format.indexOf(u'y'), u'y'}};
        if (order.at(0).first < 0 || order.at(1).first < 0 || order.at(2).first < 0)
            return {};
        std::sort(order.begin(), order.end());
        for (int i = 0; i < 3; ++i) {
            const int value = parts.at(i).toInt();
            switch (order.at(i).second.unicode()) {
            case u'd': day = value; break;
            case u'M': month = value; break;
            default:
                year = value;
                yearDigits = int(parts.at(i).size());
            }
        }
    }
    if (yearDigits == 2) {
        const int century = today.year() / 100 * 100;
        year += century;
        if (QDate(year, month, day).isValid() && QDate(year, month, day) > today)
            year -= 100;
        else if (!QDate(year, month, day).isValid() && year > today.year())
            year -= 100;
    } else if (yearDigits != 4) {
        return {};
    }
    const QDate read(year, month, day);
    return read.isValid() && read.year() >= 1900 && read <= today ? read : QDate();
}

} // namespace

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (isMark(c))
            continue;
        const QChar lower = c.toLower();
        switch (lower.unicode()) {
        case 0x00F8: out.append(u'o'); break;         // ø
        case 0x00E6: out.append(u"ae"_s); break;      // æ
        case 0x0153: out.append(u"oe"_s); break;      // œ
        case 0x00DF: out.append(u"ss"_s); break;      // ß
        case 0x0142: out.append(u'l'); break;         // ł
        case 0x0111: out.append(u'd'); break;         // đ
        case 0x00F0: out.append(u'd'); break;         // ð
        case 0x00FE: out.append(u"th"_s); break;      // þ
        case 0x0131: out.append(u'i'); break;         // dotless ı
        default: out.append(lower);
        }
    }
    return out;
}

QStringList nameTerms(const QString &name)
{
    QStringList terms = wordsOf(fold(name), true);
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    return terms;
}

QString phoneEnding(const QString &digits)
{
    QString out(kPhoneMark);
    for (qsizetype i = digits.size() - 1; i >= 0; --i)
        out.append(digits.at(i));
    return out;
}

QString phoneTerm(const QString &phone)
{
    const QString digits = digitsOf(phone);
    return digits.size() < 4 ? QString() : phoneEnding(digits);
}

Query parse(const QString &text, const QLocale &locale, const QDate &today)
{
    Query q;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return q;
    const bool hasLetter = std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isLetter(); });
    if (hasLetter) {
        // Only words with a letter: "Ana 2" is Ana.
        for (const QString &w : wordsOf(fold(trimmed), false)) {
            if (std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); }))
                q.words.append(w);
        }
        q.kind = q.words.isEmpty() ? Query::Kind::Nothing : Query::Kind::Name;
        return q;
    }
    if (const QDate date = readDate(trimmed, locale, today); date.isValid()) {
        q.kind = Query::Kind::Birthdate;
        q.birthdate = date;
        return q;
    }
    q.digits = digitsOf(trimmed);
    q.kind = q.digits.isEmpty() ? Query::Kind::Nothing : Query::Kind::Phone;
    return q;
}

void rank(QList<FoundPatient> &found, const Query &query)
{
    struct Ranked
    {
        int score = 0;
        QString name;
        FoundPatient found;
    };
    QList<Ranked> ranked;
    ranked.reserve(found.size());
    for (FoundPatient &f : found) {
        Ranked r;
        r.name = fold(f.patient.name);
        if (query.kind == Query::Kind::Name) {
            const QStringList terms = nameTerms(f.patient.name);
            for (const QString &w : query.words)
                r.score += terms.contains(w) ? 1 : 0;
        } else if (query.kind == Query::Kind::Phone) {
            r.score = f.pmsNumber == query.digits ? 1 : 0;
        }
        r.found = std::move(f);
        ranked.append(std::move(r));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.name < b.name;
    });
    found.clear();
    QList<bool> placed(ranked.size(), false);
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        if (placed.at(i))
            continue;
        placed[i] = true;
        found.append(ranked.at(i).found);
        const QString family = ranked.at(i).found.patient.familyId;
        if (family.isEmpty())
            continue;
        for (qsizetype j = i + 1; j < ranked.size(); ++j) {
            if (!placed.at(j) && ranked.at(j).found.patient.familyId == family) {
                placed[j] = true;
                found.append(ranked.at(j).found);
            }
        }
    }
}

QString prefixEnd(const QString &prefix)
{
    // U+10FFFF sorts after every character in UTF-8 byte order, as SQLite compares text.
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

} // namespace chairside::patientsearch
