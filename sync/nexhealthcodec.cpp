#include "nexhealthcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::sync::NexHealthCodec)
};

// An id as NexHealth sends it (a number; a string is accepted), empty when absent or null.
QString idOf(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isString())
        return v.toString();
    return {};
}

QDateTime timeOf(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// The envelope's `data`, when the reply is one with code true.
std::optional<QJsonValue> data(const QByteArray &body, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Text::tr("NexHealth's reply is not the JSON envelope it documents (%1).").arg(parse.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (!o.value(u"code"_s).toBool()) {
        *error = Text::tr("NexHealth answered without success: %1").arg(NexHealthCodec::errorMessage(body));
        return std::nullopt;
    }
    return o.value(u"data"_s);
}

// The rows of a list reply and its paging, each row read by `read` (which may skip one by
// returning nullopt with no error, or refuse the reply by setting the error).
template<typename Row, typename Read>
std::optional<NexHealthPage<Row>> page(const QByteArray &body, QString *error, Read read)
{
    const std::optional<QJsonValue> d = data(body, error);
    if (!d)
        return std::nullopt;
    if (!d->isArray()) {
        *error = Text::tr("NexHealth's list reply has no list in \"data\".");
        return std::nullopt;
    }
    const QJsonArray rows = d->toArray();
    NexHealthPage<Row> out;
    out.received = int(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject()) {
            *error = Text::tr("Row %1 of NexHealth's list is not an object.").arg(i + 1);
            return std::nullopt;
        }
        const QJsonObject o = rows.at(i).toObject();
        const QDateTime changed = timeOf(o.value(u"updated_at"_s));
        if (changed.isValid() && (!out.newest.isValid() || changed > out.newest))
            out.newest = changed;
        QString why;
        std::optional<Row> r = read(o, int(i + 1), &why);
        if (!why.isEmpty()) {
            *error = why;
            return std::nullopt;
        }
        if (r)
            out.rows.append(std::move(*r));
    }
    const QJsonObject info = QJsonDocument::fromJson(body).object().value(u"page_info"_s).toObject();
    if (info.value(u"has_next_page"_s).toBool())
        out.nextCursor = info.value(u"end_cursor"_s).toString();
    if (info.value(u"has_next_page"_s).toBool() && out.nextCursor.isEmpty()) {
        *error = Text::tr("NexHealth said another page follows but gave no cursor for it.");
        return std::nullopt;
    }
    return out;
}

QString missing(const char *field, int row)
{
    return Text::tr("Row %1 of NexHealth's reply has no \"%2\".").arg(row).arg(QString::fromLatin1(field));
}

} // namespace

QString NexHealthCodec::utc(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QString NexHealthCodec::errorMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QStringList parts;
    for (const QJsonValue &e : o.value(u"error"_s).toArray()) {
        if (e.isString())
            parts << e.toString();
        else if (e.isArray()) // older replies nest the messages
            for (const QJsonValue &inner : e.toArray())
                parts << inner.toString();
    }
    if (parts.isEmpty() && o.value(u"description"_s).isString())
        parts << o.value(u"description"_s).toString();
    if (parts.isEmpty())
        return QString::fromUtf8(body.left(200)).simplified();
    return parts.join(u"; "_s);
}

std::optional<QString> NexHealthCodec::token(const QByteArray &body, QString *error)
{
    const std::optional<QJsonValue> d = data(body, error);
    if (!d)
        return std::nullopt;
    const QString token = d->toObject().value(u"token"_s).toString();
    if (token.isEmpty()) {
        *error = Text::tr("NexHealth's authentication reply has no token.");
        return std::nullopt;
    }
    return token;
}

std::optional<NexHealthLocation> NexHealthCodec::location(const QByteArray &body, QString *error)
{
    const std::optional<QJsonValue> d = data(body, error);
    if (!d)
        return std::nullopt;
    const QJsonObject o = d->toObject();
    NexHealthLocation l;
    l.id = idOf(o.value(u"id"_s));
    l.name = o.value(u"name"_s).toString();
    l.timeZone = o.value(u"tz"_s).toString();
    l.inactive = o.value(u"inactive"_s).toBool();
    if (l.id.isEmpty() || l.timeZone.isEmpty()) {
        *error = Text::tr("NexHealth's location reply has no id or time zone (\"tz\").");
        return std::nullopt;
    }
    return l;
}

std::optional<NexHealthPage<PmsProvider>> NexHealthCodec::providers(const QByteArray &body, QString *error) const
{
    return page<PmsProvider>(body, error, [](const QJsonObject &o, int row, QString *why) -> std::optional<PmsProvider> {
        PmsProvider p;
        p.pmsId = idOf(o.value(u"id"_s));
        if (p.pmsId.isEmpty()) {
            *why = missing("id", row);
            return std::nullopt;
        }
        p.firstName = o.value(u"first_name"_s).toString();
        p.lastName = o.value(u"last_name"_s).toString();
        if (p.firstName.isEmpty() && p.lastName.isEmpty())
            p.lastName = o.value(u"name"_s).toString();
        p.hidden = o.value(u"inactive"_s).toBool();
        return p;
    });
}

std::optional<NexHealthPage<PmsChair>> NexHealthCodec::operatories(const QByteArray &body, QString *error) const
{
    return page<PmsChair>(body, error, [](const QJsonObject &o, int row, QString *why) -> std::optional<PmsChair> {
        PmsChair c;
        c.pmsId = idOf(o.value(u"id"_s));
        if (c.pmsId.isEmpty()) {
            *why = missing("id", row);
            return std::nullopt;
        }
        c.name = o.value(u"display_name"_s).toString();
        if (c.name.isEmpty())
            c.name = o.value(u"name"_s).toString();
        // Operatories say "active"; a missing one is taken as in use.
        c.hidden = !o.value(u"active"_s).toBool(true);
        return c;
    });
}

std::optional<NexHealthPage<PmsAppointmentType>> NexHealthCodec::appointmentTypes(const QByteArray &body,
                                                                                 QString *error) const
{
    return page<PmsAppointmentType>(body, error,
                                    [](const QJsonObject &o, int row, QString *why) -> std::optional<PmsAppointmentType> {
                                        PmsAppointmentType t;
                                        t.pmsId = idOf(o.value(u"id"_s));
                                        if (t.pmsId.isEmpty()) {
                                            *why = missing("id", row);
                                            return std::nullopt;
                                        }
                                        t.name = o.value(u"name"_s).toString();
                                        const int minutes = o.value(u"minutes"_s).toInt();
                                        if (minutes > 0)
                                            t.pattern = QString(std::max(1, minutes / 5), u'X');
                                        return t;
                                    });
}

namespace {

// NexHealth's interval: a number and a unit ("month", "months", "week", "day", "year").
void readInterval(const QJsonObject &o, int *months, int *days)
{
    const int n = o.value(u"interval_num"_s).toInt();
    const QString unit = o.value(u"interval_unit"_s).toString().toLower();
    *months = 0;
    *days = 0;
    if (n <= 0)
        return;
    if (unit.startsWith(u"year"_s))
        *months = 12 * n;
    else if (unit.startsWith(u"month"_s))
        *months = n;
    else if (unit.startsWith(u"week"_s))
        *days = 7 * n;
    else if (unit.startsWith(u"day"_s))
        *days = n;
}

std::optional<PmsRecallType> recallTypeFrom(const QJsonObject &o, int row, QString *why)
{
    PmsRecallType t;
    t.pmsId = idOf(o.value(u"id"_s));
    if (t.pmsId.isEmpty()) {
        *why = missing("id", row);
        return std::nullopt;
    }
    t.name = o.value(u"name"_s).toString().trimmed();
    readInterval(o, &t.intervalMonths, &t.intervalDays);
    return t;
}

} // namespace

std::optional<NexHealthPage<PmsRecallType>> NexHealthCodec::recallTypes(const QByteArray &body, QString *error) const
{
    return page<PmsRecallType>(body, error, recallTypeFrom);
}

std::optional<NexHealthPage<PmsRecall>> NexHealthCodec::patientRecalls(const QByteArray &body, QString *error) const
{
    return page<PmsRecall>(body, error, [](const QJsonObject &o, int row, QString *why) -> std::optional<PmsRecall> {
        PmsRecall r;
        r.pmsId = idOf(o.value(u"id"_s));
        r.patientPmsId = idOf(o.value(u"patient_id"_s));
        const QJsonObject type = o.value(u"recall_type"_s).toObject();
        r.recallTypePmsId = idOf(type.value(u"id"_s));
        if (r.recallTypePmsId.isEmpty())
            r.recallTypePmsId = idOf(o.value(u"recall_type_id"_s));
        if (r.pmsId.isEmpty() || r.patientPmsId.isEmpty() || r.recallTypePmsId.isEmpty()) {
            *why = missing(r.pmsId.isEmpty() ? "id" : r.patientPmsId.isEmpty() ? "patient_id" : "recall_type", row);
            return std::nullopt;
        }
        r.due = QDate::fromString(o.value(u"date_due"_s).toString().left(10), Qt::ISODate);
        r.disabled = !r.due.isValid();
        return r;
    });
}

namespace {

std::optional<PmsPatient> patientFrom(const QJsonObject &o, int row, QString *why)
{
    PmsPatient p;
    p.pmsId = idOf(o.value(u"id"_s));
    if (p.pmsId.isEmpty()) {
        *why = missing("id", row);
        return std::nullopt;
    }
    p.firstName = o.value(u"first_name"_s).toString();
    p.lastName = o.value(u"last_name"_s).toString();
    p.email = o.value(u"email"_s).toString();
    const QJsonObject bio = o.value(u"bio"_s).toObject();
    const QDate born = QDate::fromString(bio.value(u"date_of_birth"_s).toString().left(10), Qt::ISODate);
    if (born.isValid() && born.year() >= 1900)
        p.birthdate = born;
    for (const QString &field : {u"cell_phone_number"_s, u"phone_number"_s, u"home_phone_number"_s,
                                 u"work_phone_number"_s}) {
        if (p.phone.isEmpty())
            p.phone = bio.value(field).toString();
    }
    const QString language = o.value(u"preferred_language"_s).toString().left(2).toLower();
    if (language == u"en" || language == u"es")
        p.language = language;
    p.familyPmsId = idOf(o.value(u"guarantor_id"_s));
    p.contact = u"phone"_s;
    p.active = !o.value(u"inactive"_s).toBool();
    return p;
}

} // namespace

std::optional<NexHealthPage<PmsPatient>> NexHealthCodec::patients(const QByteArray &body, QString *error) const
{
    return page<PmsPatient>(body, error, patientFrom);
}

std::optional<PmsPatient> NexHealthCodec::patient(const QByteArray &body, QString *error) const
{
    const std::optional<QJsonValue> d = data(body, error);
    if (!d)
        return std::nullopt;
    QJsonObject o = d->toObject();
    if (o.value(u"user"_s).isObject())
        o = o.value(u"user"_s).toObject();
    QString why;
    std::optional<PmsPatient> p = patientFrom(o, 1, &why);
    if (!p)
        *error = Text::tr("NexHealth's reply to a new patient has no patient id.");
    return p;
}

QJsonObject NexHealthCodec::patientBody(const PmsPatient &p) const
{
    QJsonObject bio{{u"date_of_birth"_s, p.birthdate.toString(Qt::ISODate)},
                    {u"phone_number"_s, p.phone},
                    {u"cell_phone_number"_s, p.phone}};
    if (!p.sex.isEmpty())
        bio.insert(u"gender"_s, p.sex == u"male" ? u"Male"_s : u"Female"_s);
    QJsonObject patient{{u"first_name"_s, p.firstName}, {u"last_name"_s, p.lastName}, {u"bio"_s, bio}};
    if (!p.email.isEmpty())
        patient.insert(u"email"_s, p.email);
    return QJsonObject{{u"provider"_s, QJsonObject{{u"provider_id"_s, p.providerPmsId.toLongLong()}}},
                       {u"patient"_s, patient}};
}

std::optional<PmsAppointment> NexHealthCodec::fromObject(const QJsonObject &o, int row, QString *error) const
{
    PmsAppointment a;
    a.pmsId = idOf(o.value(u"id"_s));
    a.startUtc = timeOf(o.value(u"start_time"_s));
    if (a.pmsId.isEmpty() || !a.startUtc.isValid()) {
        *error = missing(a.pmsId.isEmpty() ? "id" : "start_time", row);
        return std::nullopt;
    }
    a.patientPmsId = idOf(o.value(u"patient_id"_s));
    a.providerPmsId = idOf(o.value(u"provider_id"_s));
    a.operatoryPmsId = idOf(o.value(u"operatory_id"_s));
    // Type 0 is "none": the length comes from the end time then.
    a.typePmsId = idOf(o.value(u"appointment_type_id"_s));
    if (a.typePmsId == u"0")
        a.typePmsId.clear();
    const QDateTime end = timeOf(o.value(u"end_time"_s));
    a.minutes = end.isValid() && end > a.startUtc ? int(a.startUtc.secsTo(end) / 60) : 0;
    if (a.minutes <= 0) {
        *error = missing("end_time", row);
        return std::nullopt;
    }
    a.pattern = QString(std::max(1, a.minutes / 5), u'X');
    a.notes = o.value(u"note"_s).toString();
    a.changedUtc = timeOf(o.value(u"updated_at"_s));
    const bool cancelled = o.value(u"cancelled"_s).toBool();
    if (cancelled)
        a.status = o.value(u"patient_missed"_s).toBool() ? AppointmentStatus::NoShow : AppointmentStatus::Cancelled;
    else if (o.value(u"checked_out"_s).toBool())
        a.status = AppointmentStatus::Completed;
    else if (!o.value(u"checkin_at"_s).isNull() && o.value(u"checkin_at"_s).isString())
        a.status = AppointmentStatus::Arrived;
    else if (o.value(u"confirmed"_s).toBool())
        a.status = AppointmentStatus::Confirmed;
    // Not in the practice's system yet: accepted and on its way, or (cancelled while still
    // not written) given up by NexHealth.
    const bool written = !idOf(o.value(u"foreign_id"_s)).isEmpty();
    a.write = written ? PmsAppointment::Write::Written
            : cancelled ? PmsAppointment::Write::Failed
                        : PmsAppointment::Write::Pending;
    return a;
}

std::optional<NexHealthPage<PmsAppointment>> NexHealthCodec::appointments(const QByteArray &body,
                                                                          QString *error) const
{
    return page<PmsAppointment>(body, error,
                                [this](const QJsonObject &o, int row, QString *why) -> std::optional<PmsAppointment> {
                                    if (o.value(u"unavailable"_s).toBool())
                                        return std::nullopt; // blocked time, read with the schedule
                                    return fromObject(o, row, why);
                                });
}

std::optional<NexHealthPage<PmsSchedule>> NexHealthCodec::blocks(const QByteArray &body, QString *error) const
{
    return page<PmsSchedule>(body, error, [this](const QJsonObject &o, int row, QString *why) -> std::optional<PmsSchedule> {
        if (!o.value(u"unavailable"_s).toBool() || o.value(u"cancelled"_s).toBool())
            return std::nullopt;
        const QDateTime start = timeOf(o.value(u"start_time"_s));
        const QDateTime end = timeOf(o.value(u"end_time"_s));
        if (!start.isValid() || !end.isValid() || end <= start) {
            *why = missing(start.isValid() ? "end_time" : "start_time", row);
            return std::nullopt;
        }
        PmsSchedule s;
        s.pmsId = idOf(o.value(u"id"_s));
        s.kind = PmsSchedule::Kind::Blockout;
        const QDateTime localStart = start.toTimeZone(m_office);
        const QDateTime localEnd = end.toTimeZone(m_office);
        s.date = localStart.date();
        s.start = localStart.time();
        s.stop = localEnd.date() == s.date ? localEnd.time() : QTime(23, 59);
        s.providerPmsId = idOf(o.value(u"provider_id"_s));
        const QString op = idOf(o.value(u"operatory_id"_s));
        if (!op.isEmpty())
            s.operatoryPmsIds << op;
        s.label = o.value(u"note"_s).toString();
        return s;
    });
}

std::optional<NexHealthPage<PmsSchedule>> NexHealthCodec::workingHours(const QByteArray &body, const QDate &from,
                                                                       const QDate &to, QString *error) const
{
    static const QStringList kDays = {u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s,
                                      u"friday"_s, u"saturday"_s, u"sunday"_s};
    // One row can cover many dates: the rows are expanded into a list read afterwards.
    QList<PmsSchedule> expanded;
    auto read = page<PmsSchedule>(body, error, [&](const QJsonObject &o, int row, QString *why) -> std::optional<PmsSchedule> {
        if (!o.value(u"active"_s).toBool(true))
            return std::nullopt;
        const QTime begin = QTime::fromString(o.value(u"begin_time"_s).toString(), u"HH:mm"_s);
        const QTime end = QTime::fromString(o.value(u"end_time"_s).toString(), u"HH:mm"_s);
        if (!begin.isValid() || !end.isValid()) {
            *why = missing(begin.isValid() ? "end_time" : "begin_time", row);
            return std::nullopt;
        }
        PmsSchedule s;
        s.pmsId = idOf(o.value(u"id"_s));
        s.kind = PmsSchedule::Kind::Provider;
        s.start = begin;
        s.stop = end;
        s.providerPmsId = idOf(o.value(u"provider_id"_s));
        const QString op = idOf(o.value(u"operatory_id"_s));
        if (!op.isEmpty())
            s.operatoryPmsIds << op;
        const QDate specific = QDate::fromString(o.value(u"specific_date"_s).toString(), Qt::ISODate);
        if (specific.isValid()) {
            if (specific >= from && specific <= to) {
                s.date = specific;
                expanded.append(s);
            }
            return std::nullopt;
        }
        QList<int> weekdays;
        for (const QJsonValue &d : o.value(u"days"_s).toArray()) {
            const qsizetype at = kDays.indexOf(d.toString().toLower());
            if (at >= 0)
                weekdays << int(at + 1);
        }
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (weekdays.contains(d.dayOfWeek())) {
                s.date = d;
                expanded.append(s);
            }
        }
        return std::nullopt;
    });
    if (read)
        read->rows = expanded;
    return read;
}

std::optional<PmsAppointment> NexHealthCodec::appointment(const QByteArray &body, QString *error) const
{
    const std::optional<QJsonValue> d = data(body, error);
    if (!d)
        return std::nullopt;
    QJsonObject o = d->toObject();
    if (o.contains(u"appt"_s))
        o = o.value(u"appt"_s).toObject();
    return fromObject(o, 1, error);
}

QJsonObject NexHealthCodec::createBody(const PmsAppointment &a) const
{
    QJsonObject appt{{u"patient_id"_s, a.patientPmsId.toLongLong()},
                     {u"provider_id"_s, a.providerPmsId.toLongLong()},
                     {u"operatory_id"_s, a.operatoryPmsId.toLongLong()},
                     {u"start_time"_s, utc(a.startUtc)},
                     {u"end_time"_s, utc(a.startUtc.addSecs(qint64(a.minutes) * 60))}};
    if (!a.typePmsId.isEmpty())
        appt.insert(u"appointment_type_id"_s, a.typePmsId.toLongLong());
    // NexHealth writes the note into the practice's system and keeps 128 characters.
    if (!a.notes.isEmpty())
        appt.insert(u"note"_s, a.notes.left(128));
    return QJsonObject{{u"appt"_s, appt}};
}

QJsonObject NexHealthCodec::moveBody(const PmsAppointment &a) const
{
    return QJsonObject{{u"appt"_s, QJsonObject{{u"start_time"_s, utc(a.startUtc)},
                                               {u"end_time"_s, utc(a.startUtc.addSecs(qint64(a.minutes) * 60))},
                                               {u"operatory_id"_s, a.operatoryPmsId.toLongLong()}}}};
}

} // namespace chairside::sync
