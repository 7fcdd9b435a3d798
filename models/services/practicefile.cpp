#include "practicefile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::PracticeFile)
};

QString quoted(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNull())
        return u"null"_s;
    return v.isArray() ? u"an array"_s : u"an object"_s;
}

// Walks the document with a path for every value, so each problem says where it is.
class Reader
{
public:
    QList<PracticeFileIssue> issues;
    QTimeZone zone;
    bool zoneKnown = false;

    void error(const QString &path, const QString &message) { issues.append({path, message}); }

    static QString at(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString at(const QString &path, qsizetype index) { return path + u'[' + QString::number(index) + u']'; }

    void checkKeys(const QJsonObject &obj, const QString &path, const QStringList &allowed)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!allowed.contains(it.key()))
                error(at(path, it.key()), Text::tr("unknown field; expected one of: %1").arg(allowed.join(u", "_s)));
        }
    }

    std::optional<QString> string(const QJsonObject &obj, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(at(path, key), Text::tr("missing; this field is required"));
            return std::nullopt;
        }
        if (!v.isString()) {
            error(at(path, key), Text::tr("%1 is not text").arg(quoted(v)));
            return std::nullopt;
        }
        if (required && v.toString().trimmed().isEmpty()) {
            error(at(path, key), Text::tr("is empty; give a value"));
            return std::nullopt;
        }
        return v.toString();
    }

    QString id(const QJsonObject &obj, const QString &key, const QString &path, bool required)
    {
        const auto s = string(obj, key, path, required);
        if (!s)
            return {};
        static const QRegularExpression valid(u"^[A-Za-z0-9._:-]{1,64}$"_s);
        if (!valid.match(*s).hasMatch()) {
            error(at(path, key), Text::tr("\"%1\" is not a valid id; use 1 to 64 letters, digits, '.', '_', ':' or '-'").arg(*s));
            return {};
        }
        return *s;
    }

    std::optional<int> integer(const QJsonObject &obj, const QString &key, const QString &path, bool required,
                               int min, int max)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(at(path, key), Text::tr("missing; this field is required"));
            return std::nullopt;
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d))) {
            error(at(path, key), Text::tr("%1 is not a whole number").arg(quoted(v)));
            return std::nullopt;
        }
        if (d < min || d > max) {
            error(at(path, key), Text::tr("%1 is out of range; expected %2 to %3").arg(quoted(v)).arg(min).arg(max));
            return std::nullopt;
        }
        return int(d);
    }

    // An amount of US dollars written as a decimal number with at most two decimals (120,
    // 1199.5, 1200.00) -> whole cents, so sums of money never pass through floating point.
    std::optional<qint64> dollars(const QJsonObject &obj, const QString &key, const QString &path, qint64 maxDollars)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            error(at(path, key), Text::tr("%1 is not an amount; write dollars as a number, e.g. 120 or 1199.50")
                                         .arg(quoted(v)));
            return std::nullopt;
        }
        const double d = v.toDouble();
        const QString written = QString::number(d, 'g', 15); // every decimal given, not six digits
        if (d < 0 || d > double(maxDollars)) {
            error(at(path, key), Text::tr("%1 is out of range; expected 0 to %2 dollars").arg(written).arg(maxDollars));
            return std::nullopt;
        }
        // JSON has no decimal type: the nearest cent must be the number written, give or take
        // the last bits of the double it was read into.
        const qint64 cents = qRound64(d * 100.0);
        if (std::abs(d * 100.0 - double(cents)) > 1e-6) {
            error(at(path, key), Text::tr("%1 has more than two decimals; give dollars and cents, e.g. 1199.50")
                                         .arg(written));
            return std::nullopt;
        }
        return cents;
    }

    std::optional<bool> boolean(const QJsonObject &obj, const QString &key, const QString &path)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool()) {
            error(at(path, key), Text::tr("%1 is not true or false").arg(quoted(v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    QStringList stringList(const QJsonObject &obj, const QString &key, const QString &path)
    {
        QStringList out;
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            error(at(path, key), Text::tr("%1 is not a list").arg(quoted(v)));
            return out;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().isEmpty())
                error(at(at(path, key), i), Text::tr("%1 is not a name").arg(quoted(array.at(i))));
            else
                out << array.at(i).toString();
        }
        return out;
    }

    // "HH:MM" → minutes after midnight; "24:00" only where an end of day is meant.
    std::optional<int> timeOfDay(const QJsonObject &obj, const QString &key, const QString &path, bool allowEndOfDay)
    {
        const auto s = string(obj, key, path, true);
        if (!s)
            return std::nullopt;
        static const QRegularExpression re(u"^(\\d{2}):(\\d{2})$"_s);
        const auto m = re.match(*s);
        const int h = m.hasMatch() ? m.captured(1).toInt() : -1;
        const int min = m.hasMatch() ? m.captured(2).toInt() : -1;
        const bool endOfDay = allowEndOfDay && h == 24 && min == 0;
        if (!m.hasMatch() || ((h > 23 || min > 59) && !endOfDay)) {
            error(at(path, key), Text::tr("\"%1\" is not a time of day; use HH:MM, 00:00 to 23:59").arg(*s));
            return std::nullopt;
        }
        return h * 60 + min;
    }

    std::optional<QDate> date(const QJsonObject &obj, const QString &key, const QString &path, bool required)
    {
        const auto s = string(obj, key, path, required);
        if (!s)
            return std::nullopt;
        static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QDate d = QDate::fromString(*s, u"yyyy-MM-dd"_s);
        if (!re.match(*s).hasMatch() || !d.isValid()) {
            error(at(path, key), Text::tr("\"%1\" is not a date; use YYYY-MM-DD").arg(*s));
            return std::nullopt;
        }
        return d;
    }

    // Office wall-clock "YYYY-MM-DDTHH:MM" in the practice time zone → UTC instant.
    std::optional<QDateTime> localDateTime(const QJsonObject &obj, const QString &key, const QString &path, bool required)
    {
        const auto s = string(obj, key, path, required);
        if (!s)
            return std::nullopt;
        static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$"_s);
        // Date and time apart: a wall-clock time the local zone skips is still a time.
        const QDate date = QDate::fromString(s->left(10), u"yyyy-MM-dd"_s);
        const QTime time = QTime::fromString(s->mid(11), u"HH:mm"_s);
        if (!re.match(*s).hasMatch() || !date.isValid() || !time.isValid()) {
            error(at(path, key), Text::tr("\"%1\" is not a date and time; use YYYY-MM-DDTHH:MM in office time").arg(*s));
            return std::nullopt;
        }
        if (!zoneKnown)
            return std::nullopt; // the practice's zone problem is reported once, at practice.timeZone
        const QDateTime inZone(date, time, zone);
        if (!inZone.isValid() || inZone.time() != time || inZone.date() != date) {
            error(at(path, key), Text::tr("\"%1\" does not exist in %2 (the clocks skip it for daylight saving)")
                                         .arg(*s, QString::fromUtf8(zone.id())));
            return std::nullopt;
        }
        return inZone.toUTC();
    }

    Weekdays days(const QJsonObject &obj, const QString &key, const QString &path, bool required)
    {
        Weekdays out;
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(at(path, key), Text::tr("missing; list the weekdays, e.g. [\"mon\", \"tue\"]"));
            return out;
        }
        if (!v.isArray()) {
            error(at(path, key), Text::tr("%1 is not a list of weekdays").arg(quoted(v)));
            return out;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto day = Weekdays::parseDayName(array.at(i).toString());
            if (!day)
                error(at(at(path, key), i), Text::tr("%1 is not a weekday; use mon, tue, wed, thu, fri, sat or sun")
                                                    .arg(quoted(array.at(i))));
            else
                out.insert(*day);
        }
        if (required && out.isEmpty() && array.isEmpty())
            error(at(path, key), Text::tr("is empty; list at least one weekday"));
        return out;
    }

    QJsonArray array(const QJsonObject &root, const QString &key, bool required)
    {
        const QJsonValue v = root.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(key, Text::tr("missing; this list is required"));
            return {};
        }
        if (!v.isArray()) {
            error(key, Text::tr("%1 is not a list").arg(quoted(v)));
            return {};
        }
        return v.toArray();
    }

    bool object(const QJsonValue &v, const QString &path, QJsonObject *out)
    {
        if (!v.isObject()) {
            error(path, Text::tr("%1 is not an object").arg(quoted(v)));
            return false;
        }
        *out = v.toObject();
        return true;
    }

    void color(const QJsonObject &obj, const QString &path, QString *out)
    {
        const auto s = string(obj, u"color"_s, path, false);
        if (!s)
            return;
        static const QRegularExpression re(u"^#[0-9A-Fa-f]{6}$"_s);
        if (!re.match(*s).hasMatch())
            error(at(path, u"color"_s), Text::tr("\"%1\" is not a colour; use #RRGGBB").arg(*s));
        else
            *out = *s;
    }

    void uniqueId(QSet<QString> &seen, const QString &id, const QString &path)
    {
        if (id.isEmpty())
            return;
        if (seen.contains(id))
            error(at(path, u"id"_s), Text::tr("\"%1\" is used twice in this list; ids must be unique").arg(id));
        seen.insert(id);
    }

    void reference(const QSet<QString> &known, const QString &id, const QString &path, const char *what)
    {
        if (!id.isEmpty() && !known.contains(id))
            error(path, Text::tr("\"%1\" is not a known %2; define it in this file or import it first").arg(id, Text::tr(what)));
    }

    // An id field that must name a record defined in the file or already stored.
    QString referenceTo(const QJsonObject &obj, const QString &key, const QString &path, bool required,
                        const QSet<QString> &known, const char *what)
    {
        const QString value = id(obj, key, path, required);
        reference(known, value, at(path, key), what);
        return value;
    }

    WorkingSpan span(const QJsonObject &o, const QString &path, const QSet<QString> &chairs, const QSet<QString> &types,
                     const QSet<QString> &clinics)
    {
        WorkingSpan s;
        const auto start = timeOfDay(o, u"start"_s, path, false);
        const auto end = timeOfDay(o, u"end"_s, path, true);
        if (start && end && *start >= *end)
            error(at(path, u"end"_s), Text::tr("ends at or before its start"));
        s.startMinute = start.value_or(0);
        s.endMinute = end.value_or(0);
        s.chairIds = stringList(o, u"chairs"_s, path);
        for (qsizetype i = 0; i < s.chairIds.size(); ++i)
            reference(chairs, s.chairIds.at(i), at(at(path, u"chairs"_s), i), "chair");
        s.typeIds = stringList(o, u"types"_s, path);
        for (qsizetype i = 0; i < s.typeIds.size(); ++i)
            reference(types, s.typeIds.at(i), at(at(path, u"types"_s), i), "appointment type");
        s.clinicId = referenceTo(o, u"clinic"_s, path, false, clinics, "clinic");
        return s;
    }
};

// The document's sections, each read by one step into `data`, in the order their ids are
// needed: the practice (its time zone dates everything), then the records that refer to each
// other by the ids collected first.
class Sections
{
public:
    Sections(Reader &reader, const QJsonObject &document, PracticeData &out, const ExistingPractice &known)
        : r(reader), root(document), data(out), existing(known)
    {
    }

    void practice();
    void collectIds();
    void clinics();
    void chairs();
    void providers();
    void types();
    void patients();
    void appointments();
    void blocks();
    void productionBlocks();
    void waitlist();
    void recallTypes();
    void recalls();

private:
    Reader &r;
    const QJsonObject &root;
    PracticeData &data;
    const ExistingPractice &existing;
    QSet<QString> clinicIds;
    QSet<QString> chairIds;
    QSet<QString> providerIds;
    QSet<QString> typeIds;
    QSet<QString> patientIds;
    QHash<QString, int> typeMinutes;
    QHash<QString, RecallType> recallTypeById;
};

void Sections::practice()
{
    // Practice first: its time zone gives every date-time in the file its meaning.
    if (root.contains(u"practice"_s)) {
        QJsonObject o;
        const QString path = u"practice"_s;
        if (r.object(root.value(path), path, &o)) {
            r.checkKeys(o, path,
                        {u"name"_s, u"timeZone"_s, u"gridMinutes"_s, u"chairTurnoverMinutes"_s,
                         u"providerBufferMinutes"_s, u"maxDailyComplexity"_s, u"noShowGraceMinutes"_s,
                         u"productionReleaseDays"_s});
            Practice p;
            p.name = r.string(o, u"name"_s, path, true).value_or(QString());
            if (const auto tz = r.string(o, u"timeZone"_s, path, true)) {
                if (!QTimeZone::isTimeZoneIdAvailable(tz->toUtf8()))
                    r.error(u"practice.timeZone"_s, Text::tr("\"%1\" is not a known IANA time zone, e.g. America/Chicago").arg(*tz));
                else
                    p.timeZoneId = tz->toUtf8();
            }
            if (const auto grid = r.integer(o, u"gridMinutes"_s, path, true, 5, 15)) {
                if (*grid != 5 && *grid != 10 && *grid != 15)
                    r.error(u"practice.gridMinutes"_s, Text::tr("%1 is not a grid step; use 5, 10 or 15").arg(*grid));
                p.gridMinutes = *grid;
            }
            p.chairTurnoverMinutes = r.integer(o, u"chairTurnoverMinutes"_s, path, false, 0, 120).value_or(15);
            p.providerBufferMinutes = r.integer(o, u"providerBufferMinutes"_s, path, false, 0, 120).value_or(10);
            p.maxDailyComplexity = r.integer(o, u"maxDailyComplexity"_s, path, false, 1, 1000).value_or(24);
            p.noShowGraceMinutes = r.integer(o, u"noShowGraceMinutes"_s, path, false, 0, 240).value_or(15);
            p.productionReleaseDays = r.integer(o, u"productionReleaseDays"_s, path, false, 0, 365).value_or(2);
            data.practice = p;
        }
    } else if (!existing.practice) {
        r.error(u"practice"_s, Text::tr("missing; the first import into a cache must set up the practice"));
    }
    const std::optional<Practice> &practice = data.practice ? data.practice : existing.practice;
    if (practice && !practice->timeZoneId.isEmpty()) {
        r.zone = practice->timeZone();
        r.zoneKnown = r.zone.isValid();
    }
}

void Sections::collectIds()
{
    // Ids defined anywhere in the file may be referred to anywhere in it.
    auto idsIn = [&](const QString &key, QSet<QString> known) {
        const QJsonArray array = root.value(key).toArray();
        for (const QJsonValue &v : array) {
            const QString id = v.toObject().value(u"id"_s).toString();
            if (!id.isEmpty())
                known.insert(id);
        }
        return known;
    };
    clinicIds = idsIn(u"clinics"_s, existing.clinicIds);
    chairIds = idsIn(u"chairs"_s, existing.chairIds);
    providerIds = idsIn(u"providers"_s, existing.providerIds);
    typeIds = idsIn(u"appointmentTypes"_s, existing.typeIds);
    patientIds = idsIn(u"patients"_s, existing.patientIds);
}

void Sections::clinics()
{
    QSet<QString> seen;
    const QJsonArray clinics = r.array(root, u"clinics"_s, false);
    for (qsizetype i = 0; i < clinics.size(); ++i) {
        const QString path = Reader::at(u"clinics"_s, i);
        QJsonObject o;
        if (!r.object(clinics.at(i), path, &o))
            continue;
        r.checkKeys(o, path, {u"id"_s, u"name"_s});
        Clinic c{r.id(o, u"id"_s, path, true), r.string(o, u"name"_s, path, true).value_or(QString())};
        r.uniqueId(seen, c.id, path);
        data.clinics.append(c);
    }
}

void Sections::chairs()
{
    QSet<QString> seen;
    const QJsonArray chairs = r.array(root, u"chairs"_s, !existing.practice);
    for (qsizetype i = 0; i < chairs.size(); ++i) {
        const QString path = Reader::at(u"chairs"_s, i);
        QJsonObject o;
        if (!r.object(chairs.at(i), path, &o))
            continue;
        r.checkKeys(o, path, {u"id"_s, u"name"_s, u"equipment"_s, u"clinicId"_s});
        Chair c;
        c.id = r.id(o, u"id"_s, path, true);
        c.name = r.string(o, u"name"_s, path, true).value_or(QString());
        c.equipment = r.stringList(o, u"equipment"_s, path);
        c.clinicId = r.referenceTo(o, u"clinicId"_s, path, false, clinicIds, "clinic");
        r.uniqueId(seen, c.id, path);
        data.chairs.append(c);
    }
}

void Sections::providers()
{
    QSet<QString> seen;
    const QJsonArray providers = r.array(root, u"providers"_s, !existing.practice);
    for (qsizetype i = 0; i < providers.size(); ++i) {
        const QString path = Reader::at(u"providers"_s, i);
        QJsonObject o;
        if (!r.object(providers.at(i), path, &o))
            continue;
        r.checkKeys(o, path,
                    {u"id"_s, u"name"_s, u"role"_s, u"skills"_s, u"color"_s, u"maxDailyPatients"_s,
                     u"maxDailyComplexity"_s, u"bufferMinutes"_s, u"dailyGoal"_s, u"hours"_s, u"breaks"_s,
                     u"overrides"_s});
        Provider p;
        p.id = r.id(o, u"id"_s, path, true);
        p.name = r.string(o, u"name"_s, path, true).value_or(QString());
        if (const auto role = r.string(o, u"role"_s, path, true)) {
            if (const auto parsed = parseProviderRole(*role))
                p.role = *parsed;
            else
                r.error(Reader::at(path, u"role"_s),
                        Text::tr("\"%1\" is not a role; use dentist, hygienist or specialist").arg(*role));
        }
        p.skills = r.stringList(o, u"skills"_s, path);
        r.color(o, path, &p.color);
        p.maxDailyPatients = r.integer(o, u"maxDailyPatients"_s, path, true, 1, 200).value_or(1);
        p.maxDailyComplexity = r.integer(o, u"maxDailyComplexity"_s, path, false, 1, 1000);
        p.bufferMinutes = r.integer(o, u"bufferMinutes"_s, path, false, 0, 120);
        p.dailyGoalCents = r.dollars(o, u"dailyGoal"_s, path, 1'000'000).value_or(0);

        const QJsonArray hours = o.value(u"hours"_s).toArray();
        if (!o.value(u"hours"_s).isArray())
            r.error(Reader::at(path, u"hours"_s), Text::tr("missing; list the provider's working hours"));
        for (qsizetype h = 0; h < hours.size(); ++h) {
            const QString hp = Reader::at(Reader::at(path, u"hours"_s), h);
            QJsonObject ho;
            if (!r.object(hours.at(h), hp, &ho))
                continue;
            r.checkKeys(ho, hp, {u"days"_s, u"start"_s, u"end"_s, u"chairs"_s, u"types"_s, u"clinic"_s});
            WorkingHours wh;
            wh.days = r.days(ho, u"days"_s, hp, true);
            if (!ho.contains(u"start"_s))
                r.error(Reader::at(hp, u"start"_s), Text::tr("missing; this field is required"));
            wh.span = r.span(ho, hp, chairIds, typeIds, clinicIds);
            p.hours.append(wh);
        }

        const QJsonArray breaks = o.value(u"breaks"_s).toArray();
        for (qsizetype b = 0; b < breaks.size(); ++b) {
            const QString bp = Reader::at(Reader::at(path, u"breaks"_s), b);
            QJsonObject bo;
            if (!r.object(breaks.at(b), bp, &bo))
                continue;
            r.checkKeys(bo, bp, {u"days"_s, u"start"_s, u"end"_s, u"label"_s});
            ProviderBreak pb;
            pb.days = r.days(bo, u"days"_s, bp, true);
            const auto start = r.timeOfDay(bo, u"start"_s, bp, false);
            const auto end = r.timeOfDay(bo, u"end"_s, bp, true);
            if (start && end && *start >= *end)
                r.error(Reader::at(bp, u"end"_s), Text::tr("ends at or before its start"));
            pb.startMinute = start.value_or(0);
            pb.endMinute = end.value_or(0);
            pb.label = r.string(bo, u"label"_s, bp, false).value_or(QString());
            p.breaks.append(pb);
        }

        QSet<QDate> overrideDates;
        const QJsonArray overrides = o.value(u"overrides"_s).toArray();
        for (qsizetype v = 0; v < overrides.size(); ++v) {
            const QString op = Reader::at(Reader::at(path, u"overrides"_s), v);
            QJsonObject oo;
            if (!r.object(overrides.at(v), op, &oo))
                continue;
            r.checkKeys(oo, op, {u"date"_s, u"closed"_s, u"hours"_s});
            ScheduleOverride so;
            so.date = r.date(oo, u"date"_s, op, true).value_or(QDate());
            if (so.date.isValid() && overrideDates.contains(so.date))
                r.error(Reader::at(op, u"date"_s), Text::tr("%1 has another override already; merge them").arg(so.date.toString(Qt::ISODate)));
            overrideDates.insert(so.date);
            so.closed = r.boolean(oo, u"closed"_s, op).value_or(false);
            const bool hasHours = oo.value(u"hours"_s).isArray();
            if (so.closed == hasHours)
                r.error(op, Text::tr("give either \"closed\": true or an \"hours\" list, not both or neither"));
            const QJsonArray spans = oo.value(u"hours"_s).toArray();
            for (qsizetype s = 0; s < spans.size(); ++s) {
                const QString sp = Reader::at(Reader::at(op, u"hours"_s), s);
                QJsonObject so2;
                if (!r.object(spans.at(s), sp, &so2))
                    continue;
                r.checkKeys(so2, sp, {u"start"_s, u"end"_s, u"chairs"_s, u"types"_s, u"clinic"_s});
                if (!so2.contains(u"start"_s))
                    r.error(Reader::at(sp, u"start"_s), Text::tr("missing; this field is required"));
                so.spans.append(r.span(so2, sp, chairIds, typeIds, clinicIds));
            }
            p.overrides.append(so);
        }
        r.uniqueId(seen, p.id, path);
        data.providers.append(p);
    }
}

void Sections::types()
{
    QSet<QString> seen;
    typeMinutes = existing.typeMinutes;
    const QJsonArray types = r.array(root, u"appointmentTypes"_s, !existing.practice);
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString path = Reader::at(u"appointmentTypes"_s, i);
        QJsonObject o;
        if (!r.object(types.at(i), path, &o))
            continue;
        r.checkKeys(o, path,
                    {u"id"_s, u"name"_s, u"minutes"_s, u"minMinutes"_s, u"maxMinutes"_s, u"pattern"_s, u"skill"_s,
                     u"equipment"_s, u"complexity"_s, u"emergency"_s, u"minLeadHours"_s, u"maxAdvanceDays"_s,
                     u"color"_s, u"fee"_s});
        AppointmentType t;
        t.id = r.id(o, u"id"_s, path, true);
        t.name = r.string(o, u"name"_s, path, true).value_or(QString());
        t.minutes = r.integer(o, u"minutes"_s, path, true, 5, 600).value_or(0);
        if (t.minutes % 5 != 0)
            r.error(Reader::at(path, u"minutes"_s), Text::tr("%1 is not a multiple of 5 minutes").arg(t.minutes));
        t.minMinutes = r.integer(o, u"minMinutes"_s, path, false, 5, 600).value_or(t.minutes);
        t.maxMinutes = r.integer(o, u"maxMinutes"_s, path, false, 5, 600).value_or(t.minutes);
        if (t.minutes && !(t.minMinutes <= t.minutes && t.minutes <= t.maxMinutes))
            r.error(path, Text::tr("minMinutes ≤ minutes ≤ maxMinutes does not hold (%1 ≤ %2 ≤ %3)")
                                  .arg(t.minMinutes)
                                  .arg(t.minutes)
                                  .arg(t.maxMinutes));
        t.pattern = r.string(o, u"pattern"_s, path, false).value_or(QString());
        static const QRegularExpression patternRe(u"^[X/]+$"_s);
        if (!t.pattern.isEmpty()) {
            if (!patternRe.match(t.pattern).hasMatch())
                r.error(Reader::at(path, u"pattern"_s), Text::tr("\"%1\" may hold only X (provider time) and / (assistant time)").arg(t.pattern));
            else if (t.minutes && t.pattern.size() * 5 != t.minutes)
                r.error(Reader::at(path, u"pattern"_s), Text::tr("has %1 cells (%2 minutes) but the type lasts %3 minutes")
                                                               .arg(t.pattern.size())
                                                               .arg(t.pattern.size() * 5)
                                                               .arg(t.minutes));
        }
        t.skill = r.string(o, u"skill"_s, path, false).value_or(QString());
        t.equipment = r.stringList(o, u"equipment"_s, path);
        t.complexity = r.integer(o, u"complexity"_s, path, false, 0, 100).value_or(2);
        t.emergency = r.boolean(o, u"emergency"_s, path).value_or(false);
        t.minLeadHours = r.integer(o, u"minLeadHours"_s, path, false, 0, 24 * 365).value_or(0);
        t.maxAdvanceDays = r.integer(o, u"maxAdvanceDays"_s, path, false, 1, 3650).value_or(365);
        r.color(o, path, &t.color);
        t.feeCents = r.dollars(o, u"fee"_s, path, 100'000).value_or(0);
        r.uniqueId(seen, t.id, path);
        typeMinutes.insert(t.id, t.minutes);
        data.appointmentTypes.append(t);
    }
}

void Sections::patients()
{
    QSet<QString> seen;
    const QJsonArray patients = r.array(root, u"patients"_s, false);
    for (qsizetype i = 0; i < patients.size(); ++i) {
        const QString path = Reader::at(u"patients"_s, i);
        QJsonObject o;
        if (!r.object(patients.at(i), path, &o))
            continue;
        r.checkKeys(o, path,
                    {u"id"_s, u"name"_s, u"birthdate"_s, u"phone"_s, u"email"_s, u"language"_s, u"familyId"_s,
                     u"contact"_s, u"preferences"_s});
        Patient p;
        p.id = r.id(o, u"id"_s, path, true);
        p.name = r.string(o, u"name"_s, path, true).value_or(QString());
        p.birthdate = r.date(o, u"birthdate"_s, path, false).value_or(QDate());
        if (p.birthdate.isValid() && p.birthdate.year() < 1900)
            r.error(Reader::at(path, u"birthdate"_s), Text::tr("is before 1900; check the year"));
        p.phone = r.string(o, u"phone"_s, path, false).value_or(QString());
        p.email = r.string(o, u"email"_s, path, false).value_or(QString());
        if (!p.email.isEmpty() && !p.email.contains(u'@'))
            r.error(Reader::at(path, u"email"_s), Text::tr("is not an email address"));
        p.language = r.string(o, u"language"_s, path, false).value_or(u"en"_s);
        if (p.language != u"en" && p.language != u"es")
            r.error(Reader::at(path, u"language"_s), Text::tr("\"%1\" is not a supported language; use en or es").arg(p.language));
        p.familyId = r.id(o, u"familyId"_s, path, false);
        if (o.contains(u"contact"_s)) {
            const QString cp = Reader::at(path, u"contact"_s);
            QJsonObject c;
            if (r.object(o.value(u"contact"_s), cp, &c)) {
                r.checkKeys(c, cp, {u"preferred"_s, u"doNotContact"_s});
                if (const auto pref = r.string(c, u"preferred"_s, cp, false)) {
                    if (const auto ch = parseContactChannel(*pref))
                        p.preferredContact = *ch;
                    else
                        r.error(Reader::at(cp, u"preferred"_s), Text::tr("\"%1\" is not a channel; use sms, email, phone or none").arg(*pref));
                }
                p.doNotContact = r.boolean(c, u"doNotContact"_s, cp).value_or(false);
            }
        }
        if (o.contains(u"preferences"_s)) {
            const QString pp = Reader::at(path, u"preferences"_s);
            QJsonObject pr;
            if (r.object(o.value(u"preferences"_s), pp, &pr)) {
                r.checkKeys(pr, pp, {u"timeOfDay"_s, u"days"_s, u"providerId"_s});
                if (const auto tod = r.string(pr, u"timeOfDay"_s, pp, false)) {
                    const auto parsed = parseTimeOfDay(*tod);
                    if (parsed && *parsed != TimeOfDay::Any)
                        p.preferredTimeOfDay = *parsed;
                    else
                        r.error(Reader::at(pp, u"timeOfDay"_s), Text::tr("\"%1\" is not a time of day; use morning, afternoon or evening").arg(*tod));
                }
                p.preferredDays = r.days(pr, u"days"_s, pp, false);
                p.preferredProviderId = r.id(pr, u"providerId"_s, pp, false);
                r.reference(providerIds, p.preferredProviderId, Reader::at(pp, u"providerId"_s), "provider");
            }
        }
        r.uniqueId(seen, p.id, path);
        data.patients.append(p);
    }
}

void Sections::appointments()
{
    QSet<QString> seen;
    const QJsonArray appointments = r.array(root, u"appointments"_s, false);
    for (qsizetype i = 0; i < appointments.size(); ++i) {
        const QString path = Reader::at(u"appointments"_s, i);
        QJsonObject o;
        if (!r.object(appointments.at(i), path, &o))
            continue;
        r.checkKeys(o, path,
                    {u"id"_s, u"patientId"_s, u"typeId"_s, u"providerId"_s, u"chairId"_s, u"start"_s, u"minutes"_s,
                     u"status"_s, u"notes"_s});
        Appointment a;
        a.id = r.id(o, u"id"_s, path, true);
        a.patientId = r.referenceTo(o, u"patientId"_s, path, true, patientIds, "patient");
        a.typeId = r.referenceTo(o, u"typeId"_s, path, true, typeIds, "appointment type");
        a.providerId = r.referenceTo(o, u"providerId"_s, path, true, providerIds, "provider");
        a.chairId = r.referenceTo(o, u"chairId"_s, path, true, chairIds, "chair");
        a.startUtc = r.localDateTime(o, u"start"_s, path, true).value_or(QDateTime());
        const auto minutes = r.integer(o, u"minutes"_s, path, false, 5, 720);
        if (minutes)
            a.minutes = *minutes;
        else if (!o.contains(u"minutes"_s) && typeMinutes.contains(a.typeId))
            a.minutes = typeMinutes.value(a.typeId);
        else if (!o.contains(u"minutes"_s))
            r.error(Reader::at(path, u"minutes"_s), Text::tr("missing, and the type's length is not in this file"));
        if (const auto status = r.string(o, u"status"_s, path, false)) {
            if (const auto parsed = parseAppointmentStatus(*status))
                a.status = *parsed;
            else
                r.error(Reader::at(path, u"status"_s),
                        Text::tr("\"%1\" is not a status; use scheduled, confirmed, arrived, in_chair, completed, cancelled or no_show")
                                .arg(*status));
        }
        a.notes = r.string(o, u"notes"_s, path, false).value_or(QString());
        // No practice system has acknowledged a record read from a file: it is Chairside's own.
        a.syncState = SyncState::Local;
        r.uniqueId(seen, a.id, path);
        data.appointments.append(a);
    }
}

void Sections::blocks()
{
    QSet<QString> seen;
    const QJsonArray blocks = r.array(root, u"blocks"_s, false);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString path = Reader::at(u"blocks"_s, i);
        QJsonObject o;
        if (!r.object(blocks.at(i), path, &o))
            continue;
        r.checkKeys(o, path, {u"id"_s, u"chairId"_s, u"providerId"_s, u"start"_s, u"end"_s, u"label"_s, u"repeat"_s});
        Block b;
        b.id = r.id(o, u"id"_s, path, true);
        b.chairId = r.referenceTo(o, u"chairId"_s, path, false, chairIds, "chair");
        b.providerId = r.referenceTo(o, u"providerId"_s, path, false, providerIds, "provider");
        b.startUtc = r.localDateTime(o, u"start"_s, path, true).value_or(QDateTime());
        b.endUtc = r.localDateTime(o, u"end"_s, path, true).value_or(QDateTime());
        if (b.startUtc.isValid() && b.endUtc.isValid() && b.endUtc <= b.startUtc)
            r.error(Reader::at(path, u"end"_s), Text::tr("ends at or before its start"));
        b.label = r.string(o, u"label"_s, path, false).value_or(QString());
        if (o.contains(u"repeat"_s)) {
            const QString rp = Reader::at(path, u"repeat"_s);
            QJsonObject ro;
            if (r.object(o.value(u"repeat"_s), rp, &ro)) {
                r.checkKeys(ro, rp, {u"days"_s, u"until"_s, u"skip"_s});
                BlockRepeat repeat;
                repeat.days = r.days(ro, u"days"_s, rp, true);
                repeat.until = r.date(ro, u"until"_s, rp, false).value_or(QDate());
                const QJsonArray skip = r.array(ro, u"skip"_s, false);
                for (qsizetype k = 0; k < skip.size(); ++k) {
                    const QDate d = QDate::fromString(skip.at(k).toString(), u"yyyy-MM-dd"_s);
                    if (!d.isValid())
                        r.error(Reader::at(Reader::at(rp, u"skip"_s), k),
                                Text::tr("%1 is not a date; use YYYY-MM-DD").arg(skip.at(k).toString()));
                    else
                        repeat.skipped.append(d);
                }
                if (b.startUtc.isValid() && b.endUtc.isValid() && r.zoneKnown) {
                    const QDateTime s = b.startUtc.toTimeZone(r.zone), e = b.endUtc.toTimeZone(r.zone);
                    const bool sameDay = e.date() == s.date() || (e.date() == s.date().addDays(1) && e.time() == QTime(0, 0));
                    if (!sameDay)
                        r.error(Reader::at(path, u"end"_s),
                                Text::tr("a repeating block ends on the day it starts (by 24:00); split a longer one"));
                    if (repeat.until.isValid() && repeat.until < s.date())
                        r.error(Reader::at(rp, u"until"_s), Text::tr("is before the block's first date"));
                }
                b.repeat = repeat;
            }
        }
        r.uniqueId(seen, b.id, path);
        data.blocks.append(b);
    }
}

void Sections::productionBlocks()
{
    QSet<QString> seen;
    const QJsonArray blocks = r.array(root, u"productionBlocks"_s, false);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString path = Reader::at(u"productionBlocks"_s, i);
        QJsonObject o;
        if (!r.object(blocks.at(i), path, &o))
            continue;
        r.checkKeys(o, path,
                    {u"id"_s, u"name"_s, u"providerId"_s, u"chairId"_s, u"days"_s, u"start"_s, u"end"_s, u"types"_s,
                     u"category"_s, u"color"_s});
        ProductionBlock b;
        b.id = r.id(o, u"id"_s, path, true);
        b.name = r.string(o, u"name"_s, path, true).value_or(QString());
        b.providerId = r.referenceTo(o, u"providerId"_s, path, false, providerIds, "provider");
        b.chairId = r.referenceTo(o, u"chairId"_s, path, false, chairIds, "chair");
        if (!o.contains(u"providerId"_s) && !o.contains(u"chairId"_s))
            r.error(path, Text::tr("names neither a provider nor a chair; give providerId, chairId or both"));
        b.days = r.days(o, u"days"_s, path, true);
        const auto start = r.timeOfDay(o, u"start"_s, path, false);
        const auto end = r.timeOfDay(o, u"end"_s, path, true);
        if (start && end && *start >= *end)
            r.error(Reader::at(path, u"end"_s), Text::tr("is not after start"));
        b.startMinute = start.value_or(0);
        b.endMinute = end.value_or(0);
        b.typeIds = r.stringList(o, u"types"_s, path);
        for (qsizetype k = 0; k < b.typeIds.size(); ++k)
            r.reference(typeIds, b.typeIds.at(k), Reader::at(Reader::at(path, u"types"_s), k), "appointment type");
        b.category = r.string(o, u"category"_s, path, false).value_or(QString());
        if (b.typeIds.isEmpty() && b.category.isEmpty())
            r.error(path, Text::tr("says no visit it is for; give types (appointment type ids) or a category (a skill, "
                                   "e.g. \"hygiene\")"));
        r.color(o, path, &b.color);
        r.uniqueId(seen, b.id, path);
        data.productionBlocks.append(b);
    }
}

void Sections::waitlist()
{
    QSet<QString> seen;
    const QJsonArray waitlist = r.array(root, u"waitlist"_s, false);
    for (qsizetype i = 0; i < waitlist.size(); ++i) {
        const QString path = Reader::at(u"waitlist"_s, i);
        QJsonObject o;
        if (!r.object(waitlist.at(i), path, &o))
            continue;
        r.checkKeys(o, path,
                    {u"id"_s, u"patientId"_s, u"typeId"_s, u"providerId"_s, u"earliest"_s, u"latest"_s, u"urgency"_s,
                     u"since"_s});
        WaitlistEntry w;
        w.id = r.id(o, u"id"_s, path, true);
        w.patientId = r.referenceTo(o, u"patientId"_s, path, true, patientIds, "patient");
        w.typeId = r.referenceTo(o, u"typeId"_s, path, true, typeIds, "appointment type");
        w.providerId = r.referenceTo(o, u"providerId"_s, path, false, providerIds, "provider");
        w.earliest = r.date(o, u"earliest"_s, path, true).value_or(QDate());
        w.latest = r.date(o, u"latest"_s, path, true).value_or(QDate());
        if (w.earliest.isValid() && w.latest.isValid() && w.latest < w.earliest)
            r.error(Reader::at(path, u"latest"_s), Text::tr("is before earliest"));
        w.urgency = r.integer(o, u"urgency"_s, path, true, 1, 10).value_or(5);
        w.sinceUtc = r.localDateTime(o, u"since"_s, path, true).value_or(QDateTime());
        r.uniqueId(seen, w.id, path);
        data.waitlist.append(w);
    }
}

void Sections::recallTypes()
{
    QSet<QString> seen;
    recallTypeById = existing.recallTypes;
    const QJsonArray types = r.array(root, u"recallTypes"_s, false);
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString path = Reader::at(u"recallTypes"_s, i);
        QJsonObject o;
        if (!r.object(types.at(i), path, &o))
            continue;
        r.checkKeys(o, path,
                    {u"id"_s, u"name"_s, u"kind"_s, u"intervalMonths"_s, u"intervalDays"_s, u"appointmentTypes"_s});
        RecallType t;
        t.id = r.id(o, u"id"_s, path, true);
        t.name = r.string(o, u"name"_s, path, true).value_or(QString());
        if (const auto kind = r.string(o, u"kind"_s, path, true)) {
            if (const auto parsed = parseRecallKind(*kind))
                t.kind = *parsed;
            else
                r.error(Reader::at(path, u"kind"_s),
                        Text::tr("\"%1\" is not a recall kind; use prophy, child_prophy, perio_maintenance or custom")
                                .arg(*kind));
        }
        const auto months = r.integer(o, u"intervalMonths"_s, path, false, 0, 120);
        const auto days = r.integer(o, u"intervalDays"_s, path, false, 0, 3650);
        t.intervalMonths = months.value_or(0);
        t.intervalDays = days.value_or(0);
        if (t.intervalMonths == 0 && t.intervalDays == 0 && !(o.contains(u"intervalMonths"_s) && !months)
            && !(o.contains(u"intervalDays"_s) && !days))
            r.error(path, Text::tr("has no interval; give intervalMonths (e.g. 6) and/or intervalDays"));
        t.appointmentTypeIds = r.stringList(o, u"appointmentTypes"_s, path);
        if (!o.contains(u"appointmentTypes"_s))
            r.error(Reader::at(path, u"appointmentTypes"_s),
                    Text::tr("missing; list the appointment types whose completion satisfies this recall"));
        for (qsizetype k = 0; k < t.appointmentTypeIds.size(); ++k)
            r.reference(typeIds, t.appointmentTypeIds.at(k), Reader::at(Reader::at(path, u"appointmentTypes"_s), k),
                        "appointment type");
        r.uniqueId(seen, t.id, path);
        if (!t.id.isEmpty())
            recallTypeById.insert(t.id, t);
        data.recallTypes.append(t);
    }
}

void Sections::recalls()
{
    QSet<QString> seen;
    QSet<std::pair<QString, QString>> seenPairs;
    const QJsonArray recalls = r.array(root, u"recalls"_s, false);
    for (qsizetype i = 0; i < recalls.size(); ++i) {
        const QString path = Reader::at(u"recalls"_s, i);
        QJsonObject o;
        if (!r.object(recalls.at(i), path, &o))
            continue;
        r.checkKeys(o, path,
                    {u"id"_s, u"patientId"_s, u"recallTypeId"_s, u"due"_s, u"lastDone"_s, u"providerId"_s,
                     u"chairId"_s, u"disabled"_s});
        Recall rc;
        rc.patientId = r.referenceTo(o, u"patientId"_s, path, true, patientIds, "patient");
        rc.recallTypeId = r.id(o, u"recallTypeId"_s, path, true);
        if (!rc.recallTypeId.isEmpty() && !recallTypeById.contains(rc.recallTypeId))
            r.error(Reader::at(path, u"recallTypeId"_s),
                    Text::tr("\"%1\" is not a known recall type; define it in recallTypes or import it first")
                            .arg(rc.recallTypeId));
        rc.id = r.id(o, u"id"_s, path, false);
        if (rc.id.isEmpty() && !rc.patientId.isEmpty() && !rc.recallTypeId.isEmpty())
            rc.id = recallIdFor(rc.patientId, rc.recallTypeId);
        rc.lastDone = r.date(o, u"lastDone"_s, path, false).value_or(QDate());
        if (const auto due = r.date(o, u"due"_s, path, false)) {
            rc.due = *due;
        } else if (!o.contains(u"due"_s)) {
            if (rc.lastDone.isValid() && recallTypeById.contains(rc.recallTypeId))
                rc.due = recallTypeById.value(rc.recallTypeId).nextDue(rc.lastDone);
            else if (!o.contains(u"lastDone"_s))
                r.error(Reader::at(path, u"due"_s), Text::tr("missing; give the due date, or lastDone to count from"));
        }
        if (rc.lastDone.isValid() && rc.due.isValid() && rc.due < rc.lastDone)
            r.error(Reader::at(path, u"due"_s), Text::tr("is before lastDone; check the dates"));
        rc.providerId = r.referenceTo(o, u"providerId"_s, path, false, providerIds, "provider");
        rc.chairId = r.referenceTo(o, u"chairId"_s, path, false, chairIds, "chair");
        rc.disabled = r.boolean(o, u"disabled"_s, path).value_or(false);
        if (!rc.patientId.isEmpty() && !rc.recallTypeId.isEmpty()) {
            const std::pair<QString, QString> key{rc.patientId, rc.recallTypeId};
            if (seenPairs.contains(key))
                r.error(path, Text::tr("the patient has another %1 recall in this list; keep one").arg(rc.recallTypeId));
            seenPairs.insert(key);
        }
        r.uniqueId(seen, rc.id, path);
        data.recalls.append(rc);
    }
}

} // namespace

PracticeFileReader::Result PracticeFileReader::read(const QByteArray &json, const ExistingPractice &existing)
{
    Result result;
    Reader r;
    PracticeData &data = result.data;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report the line and column, which is what an editor shows.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        r.error({}, Text::tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
        result.issues = r.issues;
        return result;
    }
    if (!doc.isObject()) {
        r.error({}, Text::tr("the document must be a JSON object"));
        result.issues = r.issues;
        return result;
    }
    const QJsonObject root = doc.object();
    r.checkKeys(root, {},
                {u"format"_s, u"practice"_s, u"clinics"_s, u"chairs"_s, u"providers"_s, u"appointmentTypes"_s,
                 u"patients"_s, u"appointments"_s, u"blocks"_s, u"waitlist"_s, u"recallTypes"_s, u"recalls"_s,
                 u"productionBlocks"_s});
    const auto format = r.string(root, u"format"_s, {}, true);
    if (format && *format != kFormat && *format != kFormatV1)
        r.error(u"format"_s, Text::tr("\"%1\" is not a format this version reads; expected \"%2\"").arg(*format, kFormat.toString()));

    Sections sections(r, root, data, existing);
    sections.practice();
    sections.collectIds();
    sections.clinics();
    sections.chairs();
    sections.providers();
    sections.types();
    sections.patients();
    sections.appointments();
    sections.blocks();
    sections.productionBlocks();
    sections.waitlist();
    sections.recallTypes();
    sections.recalls();

    result.issues = r.issues;
    return result;
}

} // namespace chairside
