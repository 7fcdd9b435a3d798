#include "dentrixcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "domain/practice.h"
#include "domain/weekdays.h"

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::sync::DentrixCodec)
};

QString idField(const QJsonObject &o, const QString &name)
{
    const QJsonValue v = o.value(name);
    if (v.isDouble()) {
        const qint64 n = qint64(v.toDouble());
        return n > 0 ? QString::number(n) : QString();
    }
    return v.isString() ? v.toString().trimmed() : QString();
}

QDateTime timeField(const QJsonObject &o, const QString &name)
{
    const QDateTime t = QDateTime::fromString(o.value(name).toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// The body as a JSON object; `what` names the reply in the message.
std::optional<QJsonObject> objectOf(const QByteArray &body, const QString &what, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = Text::tr("Dentrix's reply about %1 is not valid JSON (%2 at byte %3); nothing was read from it.")
                         .arg(what, parse.errorString())
                         .arg(parse.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = Text::tr("Dentrix's reply about %1 is not a JSON object; nothing was read from it.").arg(what);
        return std::nullopt;
    }
    return doc.object();
}

// The rows and paging of a list reply, each row handed to `read`.
template<typename Row, typename Read>
std::optional<DentrixPage<Row>> listOf(const QByteArray &body, const QString &what, QString *error, Read read)
{
    const std::optional<QJsonObject> o = objectOf(body, what, error);
    if (!o)
        return std::nullopt;
    if (!o->value(u"data"_s).isArray()) {
        *error = Text::tr("Dentrix's reply about %1 has no \"data\" list; nothing was read from it.").arg(what);
        return std::nullopt;
    }
    const QJsonArray rows = o->value(u"data"_s).toArray();
    const QJsonObject meta = o->value(u"meta"_s).toObject();
    DentrixPage<Row> page;
    page.received = int(rows.size());
    page.total = qint64(meta.value(u"total"_s).toDouble(double(rows.size())));
    page.serverTime = meta.value(u"serverTime"_s).toString();
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject()) {
            *error = Text::tr("Row %1 of Dentrix's %2 is not an object; nothing was read from the reply.")
                             .arg(i + 1)
                             .arg(what);
            return std::nullopt;
        }
        std::optional<Row> row = read(rows.at(i).toObject(), i + 1);
        if (!row)
            return std::nullopt;
        page.rows.append(*row);
    }
    return page;
}

QString colorField(const QJsonObject &o)
{
    const QString c = o.value(u"color"_s).toString().trimmed().toLower();
    return c.size() == 7 && c.startsWith(u'#') ? c : QString();
}

} // namespace

QString DentrixCodec::officeTime(const QDateTime &utc) const
{
    return utc.toTimeZone(m_office).toString(Qt::ISODate);
}

std::optional<PmsAppointment> DentrixCodec::fromObject(const QJsonObject &o, int row, QString *error) const
{
    PmsAppointment a;
    a.pmsId = idField(o, u"id"_s);
    a.patientPmsId = idField(o, u"patientId"_s);
    a.operatoryPmsId = idField(o, u"operatoryId"_s);
    a.providerPmsId = idField(o, u"providerId"_s);
    a.typePmsId = idField(o, u"appointmentTypeId"_s);
    a.startUtc = timeField(o, u"start"_s);
    a.minutes = o.value(u"duration"_s).toInt();
    const auto missing = [&](const QString &field) {
        *error = Text::tr("Appointment %1 (row %2) from Dentrix has no valid \"%3\"; nothing was read from the reply.")
                         .arg(a.pmsId.isEmpty() ? u"?"_s : a.pmsId)
                         .arg(row)
                         .arg(field);
        return std::nullopt;
    };
    if (a.pmsId.isEmpty())
        return missing(u"id"_s);
    if (a.patientPmsId.isEmpty())
        return missing(u"patientId"_s);
    if (!a.startUtc.isValid())
        return missing(u"start"_s);
    if (a.minutes <= 0 || a.minutes > 24 * 60)
        return missing(u"duration"_s);
    const QString status = o.value(u"status"_s).toString(u"scheduled"_s);
    const std::optional<AppointmentStatus> parsed = parseAppointmentStatus(status);
    if (!parsed)
        return missing(u"status"_s);
    a.status = *parsed;
    a.hygiene = o.value(u"isHygiene"_s).toBool();
    a.notes = o.value(u"notes"_s).toString();
    a.pattern = o.value(u"pattern"_s).toString();
    if (a.pattern.isEmpty())
        a.pattern = QString((a.minutes + 4) / 5, u'X');
    a.changedUtc = timeField(o, u"lastModified"_s);
    return a;
}

std::optional<DentrixPage<PmsAppointment>> DentrixCodec::appointments(const QByteArray &body, QString *error) const
{
    return listOf<PmsAppointment>(body, Text::tr("appointments"), error,
                                  [&](const QJsonObject &o, int row) { return fromObject(o, row, error); });
}

std::optional<PmsAppointment> DentrixCodec::appointment(const QByteArray &body, QString *error) const
{
    const std::optional<QJsonObject> o = objectOf(body, Text::tr("an appointment"), error);
    if (!o)
        return std::nullopt;
    return fromObject(*o, 1, error);
}

std::optional<DentrixPage<PmsChair>> DentrixCodec::operatories(const QByteArray &body, QString *error) const
{
    return listOf<PmsChair>(body, Text::tr("operatories"), error, [&](const QJsonObject &o, int row) -> std::optional<PmsChair> {
        PmsChair c;
        c.pmsId = idField(o, u"id"_s);
        c.name = o.value(u"name"_s).toString().trimmed();
        if (c.pmsId.isEmpty() || c.name.isEmpty()) {
            *error = Text::tr("Operatory row %1 from Dentrix has no id or name; nothing was read from the reply.").arg(row);
            return std::nullopt;
        }
        c.abbreviation = o.value(u"abbreviation"_s).toString();
        c.hidden = o.value(u"hidden"_s).toBool();
        c.hygiene = o.value(u"isHygiene"_s).toBool();
        c.order = o.value(u"order"_s).toInt(row);
        return c;
    });
}

std::optional<DentrixPage<PmsProvider>> DentrixCodec::providers(const QByteArray &body, QString *error) const
{
    return listOf<PmsProvider>(body, Text::tr("providers"), error,
                               [&](const QJsonObject &o, int row) -> std::optional<PmsProvider> {
                                   PmsProvider p;
                                   p.pmsId = idField(o, u"id"_s);
                                   p.firstName = o.value(u"firstName"_s).toString().trimmed();
                                   p.lastName = o.value(u"lastName"_s).toString().trimmed();
                                   if (p.pmsId.isEmpty() || p.lastName.isEmpty()) {
                                       *error = Text::tr("Provider row %1 from Dentrix has no id or last name; nothing was "
                                                         "read from the reply.")
                                                        .arg(row);
                                       return std::nullopt;
                                   }
                                   p.abbreviation = o.value(u"abbreviation"_s).toString();
                                   p.hygienist = o.value(u"type"_s).toString() == u"hygienist";
                                   p.hidden = !o.value(u"active"_s).toBool(true);
                                   p.color = colorField(o);
                                   return p;
                               });
}

std::optional<DentrixPage<PmsAppointmentType>> DentrixCodec::appointmentTypes(const QByteArray &body,
                                                                              QString *error) const
{
    return listOf<PmsAppointmentType>(
            body, Text::tr("appointment types"), error, [&](const QJsonObject &o, int row) -> std::optional<PmsAppointmentType> {
                PmsAppointmentType t;
                t.pmsId = idField(o, u"id"_s);
                t.name = o.value(u"name"_s).toString().trimmed();
                if (t.pmsId.isEmpty() || t.name.isEmpty()) {
                    *error = Text::tr("Appointment type row %1 from Dentrix has no id or name; nothing was read from the "
                                      "reply.")
                                     .arg(row);
                    return std::nullopt;
                }
                t.pattern = o.value(u"pattern"_s).toString();
                const int minutes = o.value(u"duration"_s).toInt();
                if (t.pattern.isEmpty() && minutes > 0)
                    t.pattern = QString((minutes + 4) / 5, u'X');
                t.color = colorField(o);
                t.hidden = !o.value(u"active"_s).toBool(true);
                return t;
            });
}

std::optional<DentrixPage<PmsPatient>> DentrixCodec::patients(const QByteArray &body, QString *error) const
{
    return listOf<PmsPatient>(body, Text::tr("patients"), error, [&](const QJsonObject &o, int row) -> std::optional<PmsPatient> {
        PmsPatient p;
        p.pmsId = idField(o, u"id"_s);
        p.firstName = o.value(u"firstName"_s).toString().trimmed();
        p.lastName = o.value(u"lastName"_s).toString().trimmed();
        if (p.pmsId.isEmpty() || (p.firstName.isEmpty() && p.lastName.isEmpty())) {
            // The row number only: no patient details in messages.
            *error = Text::tr("Patient row %1 from Dentrix has no id or name; nothing was read from the reply.").arg(row);
            return std::nullopt;
        }
        p.preferredName = o.value(u"preferredName"_s).toString();
        for (const QString &field : {u"mobilePhone"_s, u"homePhone"_s, u"workPhone"_s}) {
            if (p.phone.isEmpty())
                p.phone = o.value(field).toString().trimmed();
        }
        p.email = o.value(u"email"_s).toString().trimmed();
        const QString language = o.value(u"language"_s).toString().trimmed().toLower().left(2);
        if (language == u"es" || language == u"en")
            p.language = language;
        p.familyPmsId = idField(o, u"guarantorId"_s);
        const QString contact = o.value(u"preferredContact"_s).toString();
        p.contact = contact == u"sms" || contact == u"email" || contact == u"none" ? contact : u"phone"_s;
        p.active = o.value(u"status"_s).toString(u"active"_s) == u"active";
        return p;
    });
}

std::optional<DentrixPage<PmsSlot>> DentrixCodec::slots(const QByteArray &body, QString *error) const
{
    return listOf<PmsSlot>(body, Text::tr("availability"), error, [&](const QJsonObject &o, int row) -> std::optional<PmsSlot> {
        PmsSlot slot;
        slot.startUtc = timeField(o, u"start"_s);
        slot.minutes = o.value(u"duration"_s).toInt();
        slot.providerPmsId = idField(o, u"providerId"_s);
        slot.operatoryPmsId = idField(o, u"operatoryId"_s);
        if (!slot.startUtc.isValid() || slot.minutes <= 0) {
            *error = Text::tr("Opening row %1 from Dentrix has no valid start or duration; nothing was read from the reply.")
                             .arg(row);
            return std::nullopt;
        }
        return slot;
    });
}

std::optional<PmsPreferences> DentrixCodec::preferences(const QByteArray &body, QString *error) const
{
    const std::optional<QJsonObject> o = objectOf(body, Text::tr("patient preferences"), error);
    if (!o)
        return std::nullopt;
    PmsPreferences p;
    p.patientPmsId = idField(*o, u"patientId"_s);
    if (p.patientPmsId.isEmpty()) {
        *error = Text::tr("Dentrix's patient preferences have no patientId; nothing was read from them.");
        return std::nullopt;
    }
    for (const QJsonValue &day : o->value(u"preferredDays"_s).toArray()) {
        const QString d = day.toString().left(3).toLower();
        if (Weekdays::parseDayName(d))
            p.days.append(d);
    }
    const QString time = o->value(u"preferredTimeOfDay"_s).toString(u"any"_s).toLower();
    p.timeOfDay = parseTimeOfDay(time) ? time : u"any"_s;
    p.providerPmsId = idField(*o, u"preferredProviderId"_s);
    const QString contact = o->value(u"preferredContact"_s).toString();
    p.contact = contact == u"sms" || contact == u"email" || contact == u"none" ? contact : u"phone"_s;
    return p;
}

std::optional<DentrixPage<PmsWaitlistEntry>> DentrixCodec::waitlist(const QByteArray &body, QString *error) const
{
    return listOf<PmsWaitlistEntry>(
            body, Text::tr("the waitlist"), error, [&](const QJsonObject &o, int row) -> std::optional<PmsWaitlistEntry> {
                PmsWaitlistEntry e;
                e.pmsId = idField(o, u"id"_s);
                e.patientPmsId = idField(o, u"patientId"_s);
                e.typePmsId = idField(o, u"appointmentTypeId"_s);
                e.providerPmsId = idField(o, u"providerId"_s);
                e.earliest = QDate::fromString(o.value(u"earliestDate"_s).toString(), Qt::ISODate);
                e.latest = QDate::fromString(o.value(u"latestDate"_s).toString(), Qt::ISODate);
                e.urgency = std::clamp(o.value(u"urgency"_s).toInt(5), 1, 10);
                e.sinceUtc = timeField(o, u"addedAt"_s);
                if (e.pmsId.isEmpty() || e.patientPmsId.isEmpty() || e.typePmsId.isEmpty()) {
                    *error = Text::tr("Waitlist row %1 from Dentrix has no id, patientId or appointmentTypeId; nothing was "
                                      "read from the reply.")
                                     .arg(row);
                    return std::nullopt;
                }
                return e;
            });
}

std::optional<QPair<QString, int>> DentrixCodec::token(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> o = objectOf(body, Text::tr("an access token"), error);
    if (!o)
        return std::nullopt;
    const QString token = o->value(u"access_token"_s).toString();
    if (token.isEmpty() || o->value(u"token_type"_s).toString().compare(u"bearer"_s, Qt::CaseInsensitive) != 0) {
        *error = Text::tr("Dentrix's token reply has no bearer access_token; check the OAuth client id and secret.");
        return std::nullopt;
    }
    return qMakePair(token, std::max(1, o->value(u"expires_in"_s).toInt(3600)));
}

QString DentrixCodec::errorMessage(const QByteArray &body)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    const QString message = e.value(u"message"_s).toString();
    return message.isEmpty() ? QString::fromUtf8(body.left(300)).simplified() : message;
}

QJsonObject DentrixCodec::appointmentBody(const PmsAppointment &a) const
{
    QJsonObject o{{u"patientId"_s, a.patientPmsId},
                  {u"operatoryId"_s, a.operatoryPmsId},
                  {u"providerId"_s, a.providerPmsId},
                  {u"start"_s, officeTime(a.startUtc)},
                  {u"duration"_s, a.minutes},
                  {u"pattern"_s, a.pattern},
                  {u"isHygiene"_s, a.hygiene},
                  {u"notes"_s, a.notes}};
    if (!a.typePmsId.isEmpty())
        o.insert(u"appointmentTypeId"_s, a.typePmsId);
    return o;
}

} // namespace chairside::sync
