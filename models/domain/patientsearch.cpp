#include "patientsearch.h"

#include <QLocale>

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

// A short date read with a two-digit year: the latest century that puts it on or before today.
QDate withCentury(const QDate &read, const QString &format, const QDate &today)
{
    if (!read.isValid() || format.contains(u"yyyy"_s))
        return read;
    const QDate later = read.addYears(100);
    return later <= today ? later : read;
}

QDate readDate(const QString &text, const QLocale &locale, const QDate &today)
{
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    QString fullYear = shortFormat;
    if (!fullYear.contains(u"yyyy"_s))
        fullYear.replace(u"yy"_s, u"yyyy"_s);
    for (const QString &format : {u"yyyy-MM-dd"_s, fullYear, shortFormat}) {
        const QDate read = withCentury(QDate::fromString(text, format), format, today);
        if (read.isValid() && read.year() >= 1900 && read <= today)
            return read;
    }
    return {};
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
        // The birthdate as the locale writes a month name ("Mar 7, 1984") is not a name.
        if (const QDate date = readDate(trimmed, locale, today); date.isValid()) {
            q.kind = Query::Kind::Birthdate;
            q.birthdate = date;
            q.words.clear();
            return q;
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
            r.score = f.chartNumber == query.digits ? 1 : 0;
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
