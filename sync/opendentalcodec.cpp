#include "opendentalcodec.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::sync::OpenDentalCodec)
};

const QString kTimeFormat = u"yyyy-MM-dd HH:mm:ss"_s;

// Open Dental numbers ids; older versions and some proxies send them as strings.
QString idField(const QJsonObject &o, const QString &name)
{
    const QJsonValue v = o.value(name);
    if (v.isDouble()) {
        const qint64 n = qint64(v.toDouble());
        return n > 0 ? QString::number(n) : QString();
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok && n > 0 ? QString::number(n) : QString();
    }
    return {};
}

bool boolField(const QJsonObject &o, const QString &name)
{
    const QJsonValue v = o.value(name);
    return v.isBool() ? v.toBool() : v.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

// A workflow time Open Dental leaves at 0001-01-01 until it happens.
bool happened(const QJsonObject &o, const QString &name)
{
    const QString text = o.value(name).toString();
    return !text.isEmpty() && !text.startsWith(u"0001-01-01"_s);
}

// The rows of a list reply; a single object counts as one row.
std::optional<QJsonArray> rowsOf(const QByteArray &body, const QString &what, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = Text::tr("Open Dental's reply about %1 is not valid JSON (%2 at byte %3); nothing was read from it.")
                         .arg(what, parse.errorString())
                         .arg(parse.offset);
        return std::nullopt;
    }
    if (doc.isObject())
        return QJsonArray{doc.object()};
    return doc.array();
}

// "R,G,B" as Open Dental writes colours, to #rrggbb; empty for black or nonsense.
QString colorField(const QJsonObject &o, const QString &name)
{
    const QStringList parts = o.value(name).toString().split(u',');
    if (parts.size() != 3)
        return {};
    int rgb[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        rgb[i] = parts.at(i).trimmed().toInt(&ok);
        if (!ok || rgb[i] < 0 || rgb[i] > 255)
            return {};
    }
    if (rgb[0] == 0 && rgb[1] == 0 && rgb[2] == 0)
        return {};
    return u"#%1%2%3"_s.arg(rgb[0], 2, 16, QLatin1Char('0')).arg(rgb[1], 2, 16, QLatin1Char('0')).arg(rgb[2], 2, 16,
                                                                                                        QLatin1Char('0'));
}

} // namespace

std::optional<QList<PmsChair>> OpenDentalCodec::operatories(const QByteArray &body, QString *error) const
{
    const std::optional<QJsonArray> rows = rowsOf(body, Text::tr("operatories"), error);
    if (!rows)
        return std::nullopt;
    QList<PmsChair> out;
    for (int i = 0; i < rows->size(); ++i) {
        const QJsonObject o = rows->at(i).toObject();
        PmsChair c;
        c.pmsId = idField(o, u"OperatoryNum"_s);
        if (c.pmsId.isEmpty()) {
            *error = Text::tr("Open Dental sent an operatory without an OperatoryNum (row %1).").arg(i);
            return std::nullopt;
        }
        c.name = o.value(u"OpName"_s).toString().trimmed();
        c.abbreviation = o.value(u"Abbrev"_s).toString().trimmed();
        if (c.name.isEmpty())
            c.name = c.abbreviation.isEmpty() ? Text::tr("Operatory %1").arg(c.pmsId) : c.abbreviation;
        c.hidden = boolField(o, u"IsHidden"_s);
        c.hygiene = boolField(o, u"IsHygiene"_s);
        c.dentistPmsId = idField(o, u"ProvDentist"_s);
        c.hygienistPmsId = idField(o, u"ProvHygienist"_s);
        c.clinicPmsId = idField(o, u"ClinicNum"_s);
        c.order = o.value(u"ItemOrder"_s).toInt(i);
        out.append(c);
    }
    return out;
}

std::optional<QList<PmsSchedule>> OpenDentalCodec::schedules(const QByteArray &body, bool *withOperatories,
                                                             QString *error) const
{
    const std::optional<QJsonArray> rows = rowsOf(body, Text::tr("schedules"), error);
    if (!rows)
        return std::nullopt;
    QList<PmsSchedule> out;
    *withOperatories = false;
    for (int i = 0; i < rows->size(); ++i) {
        const QJsonObject o = rows->at(i).toObject();
        PmsSchedule s;
        s.pmsId = idField(o, u"ScheduleNum"_s);
        s.date = QDate::fromString(o.value(u"SchedDate"_s).toString(), Qt::ISODate);
        s.start = QTime::fromString(o.value(u"StartTime"_s).toString(), Qt::ISODate);
        s.stop = QTime::fromString(o.value(u"StopTime"_s).toString(), Qt::ISODate);
        if (s.pmsId.isEmpty() || !s.date.isValid() || !s.start.isValid() || !s.stop.isValid()) {
            *error = Text::tr("Open Dental sent a schedule without a ScheduleNum, SchedDate, StartTime or StopTime (row %1); "
                              "nothing was read from the reply.")
                             .arg(i);
            return std::nullopt;
        }
        const QString type = o.value(u"SchedType"_s).toString();
        const QString status = o.value(u"Status"_s).toString();
        if (type == u"Provider") {
            s.kind = PmsSchedule::Kind::Provider;
            s.providerPmsId = idField(o, u"ProvNum"_s);
        } else if (type == u"Blockout") {
            s.kind = PmsSchedule::Kind::Blockout;
            s.label = o.value(u"blockoutType"_s).toString().trimmed();
            if (s.label.isEmpty())
                s.label = o.value(u"Note"_s).toString().trimmed();
        } else if (type == u"Practice" && (status == u"Closed" || status == u"Holiday")) {
            s.kind = PmsSchedule::Kind::PracticeClosed;
            s.label = o.value(u"Note"_s).toString().trimmed();
        }
        if (o.contains(u"operatories"_s)) {
            *withOperatories = true;
            for (const QString &op : o.value(u"operatories"_s).toString().split(u',', Qt::SkipEmptyParts))
                s.operatoryPmsIds.append(op.trimmed());
        }
        out.append(s);
    }
    return out;
}

std::optional<QMultiHash<QString, QString>> OpenDentalCodec::scheduleOps(const QByteArray &body, QString *error) const
{
    const std::optional<QJsonArray> rows = rowsOf(body, Text::tr("schedule operatories"), error);
    if (!rows)
        return std::nullopt;
    QMultiHash<QString, QString> out;
    for (int i = 0; i < rows->size(); ++i) {
        const QJsonObject o = rows->at(i).toObject();
        const QString schedule = idField(o, u"ScheduleNum"_s);
        const QString op = idField(o, u"OperatoryNum"_s);
        if (schedule.isEmpty() || op.isEmpty()) {
            *error = Text::tr("Open Dental sent a scheduleop without a ScheduleNum or OperatoryNum (row %1).").arg(i);
            return std::nullopt;
        }
        out.insert(schedule, op);
    }
    return out;
}

std::optional<QList<PmsProvider>> OpenDentalCodec::providers(const QByteArray &body, QString *error) const
{
    const std::optional<QJsonArray> rows = rowsOf(body, Text::tr("providers"), error);
    if (!rows)
        return std::nullopt;
    QList<PmsProvider> out;
    for (int i = 0; i < rows->size(); ++i) {
        const QJsonObject o = rows->at(i).toObject();
        PmsProvider p;
        p.pmsId = idField(o, u"ProvNum"_s);
        if (p.pmsId.isEmpty()) {
            *error = Text::tr("Open Dental sent a provider without a ProvNum (row %1).").arg(i);
            return std::nullopt;
        }
        p.abbreviation = o.value(u"Abbr"_s).toString().trimmed();
        p.firstName = o.value(u"FName"_s).toString().trimmed();
        p.lastName = o.value(u"LName"_s).toString().trimmed();
        // Open Dental marks hygienists as secondary providers.
        p.hygienist = boolField(o, u"IsSecondary"_s);
        const QString status = o.value(u"ProvStatus"_s).toString();
        p.hidden = boolField(o, u"IsHidden"_s) || status == u"Deleted" || boolField(o, u"IsNotPerson"_s);
        p.color = colorField(o, u"provColor"_s);
        out.append(p);
    }
    return out;
}

std::optional<QList<PmsAppointmentType>> OpenDentalCodec::appointmentTypes(const QByteArray &body, QString *error) const
{
    const std::optional<QJsonArray> rows = rowsOf(body, Text::tr("appointment types"), error);
    if (!rows)
        return std::nullopt;
    QList<PmsAppointmentType> out;
    for (int i = 0; i < rows->size(); ++i) {
        const QJsonObject o = rows->at(i).toObject();
        PmsAppointmentType t;
        t.pmsId = idField(o, u"AppointmentTypeNum"_s);
        if (t.pmsId.isEmpty()) {
            *error = Text::tr("Open Dental sent an appointment type without an AppointmentTypeNum (row %1).").arg(i);
            return std::nullopt;
        }
        t.name = o.value(u"AppointmentTypeName"_s).toString().trimmed();
        t.pattern = o.value(u"Pattern"_s).toString().trimmed().toUpper();
        for (const QChar c : std::as_const(t.pattern)) {
            if (c != u'X' && c != u'/') {
                t.pattern.clear(); // an unreadable pattern is no pattern
                break;
            }
        }
        t.color = colorField(o, u"AppointmentTypeColor"_s);
        t.hidden = boolField(o, u"IsHidden"_s);
        out.append(t);
    }
    return out;
}

bool OpenDentalCodec::readInterval(const QString &text, int *months, int *days)
{
    // Years, months, weeks and days, each optional, in that order: "1y", "6m1d", "3m", "2w".
    static const QRegularExpression re(u"^(?:(\\d+)y)?(?:(\\d+)m)?(?:(\\d+)w)?(?:(\\d+)d)?$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return false;
    *months = m.captured(1).toInt() * 12 + m.captured(2).toInt();
    *days = m.captured(3).toInt() * 7 + m.captured(4).toInt();
    return true;
}

std::optional<QList<PmsRecallType>> OpenDentalCodec::recallTypes(const QByteArray &body, QString *error) const
{
    const std::optional<QJsonArray> rows = rowsOf(body, Text::tr("recall types"), error);
    if (!rows)
        return std::nullopt;
    QList<PmsRecallType> out;
    for (int i = 0; i < rows->size(); ++i) {
        const QJsonObject o = rows->at(i).toObject();
        PmsRecallType t;
        t.pmsId = idField(o, u"RecallTypeNum"_s);
        if (t.pmsId.isEmpty()) {
            *error = Text::tr("Open Dental sent a recall type without a RecallTypeNum (row %1).").arg(i);
            return std::nullopt;
        }
        t.name = o.value(u"Description"_s).toString().trimmed();
        // A type without a default interval (Open Dental allows it) has its patients' own.
        if (!readInterval(o.value(u"DefaultInterval"_s).toString(), &t.intervalMonths, &t.intervalDays)) {
            t.intervalMonths = 0;
            t.intervalDays = 0;
        }
        out.append(t);
    }
    return out;
}

std::optional<QList<PmsRecall>> OpenDentalCodec::recalls(const QByteArray &body, QString *error) const
{
    const std::optional<QJsonArray> rows = rowsOf(body, Text::tr("recalls"), error);
    if (!rows)
        return std::nullopt;
    auto dateOf = [](const QJsonObject &o, const QString &name) {
        const QString text = o.value(name).toString();
        return text.startsWith(u"0001-01-01"_s) ? QDate() : QDate::fromString(text.left(10), Qt::ISODate);
    };
    QList<PmsRecall> out;
    out.reserve(rows->size());
    for (int i = 0; i < rows->size(); ++i) {
        const QJsonObject o = rows->at(i).toObject();
        PmsRecall r;
        r.pmsId = idField(o, u"RecallNum"_s);
        r.patientPmsId = idField(o, u"PatNum"_s);
        r.recallTypePmsId = idField(o, u"RecallTypeNum"_s);
        if (r.pmsId.isEmpty() || r.patientPmsId.isEmpty() || r.recallTypePmsId.isEmpty()) {
            *error = Text::tr("Open Dental sent a recall without a RecallNum, PatNum or RecallTypeNum (row %1); nothing "
                              "was read.")
                             .arg(i);
            return std::nullopt;
        }
        r.due = dateOf(o, u"DateDue"_s);
        r.previous = dateOf(o, u"DatePrevious"_s);
        r.disabled = boolField(o, u"IsDisabled"_s);
        // A recall Open Dental has no due date for (disabled until a date or balance) is off.
        if (!r.due.isValid())
            r.disabled = true;
        out.append(r);
    }
    return out;
}

std::optional<QList<PmsPatient>> OpenDentalCodec::patients(const QByteArray &body, QString *error) const
{
    const std::optional<QJsonArray> rows = rowsOf(body, Text::tr("patients"), error);
    if (!rows)
        return std::nullopt;
    QList<PmsPatient> out;
    out.reserve(rows->size());
    for (int i = 0; i < rows->size(); ++i) {
        const QJsonObject o = rows->at(i).toObject();
        PmsPatient p;
        p.pmsId = idField(o, u"PatNum"_s);
        if (p.pmsId.isEmpty()) {
            *error = Text::tr("Open Dental sent a patient without a PatNum (row %1).").arg(i);
            return std::nullopt;
        }
        p.firstName = o.value(u"FName"_s).toString().trimmed();
        p.lastName = o.value(u"LName"_s).toString().trimmed();
        p.preferredName = o.value(u"Preferred"_s).toString().trimmed();
        // "0001-01-01" is Open Dental's "not on file".
        const QDate born = QDate::fromString(o.value(u"Birthdate"_s).toString().left(10), Qt::ISODate);
        if (born.isValid() && born.year() >= 1900)
            p.birthdate = born;
        for (const QString &field : {u"WirelessPhone"_s, u"HmPhone"_s, u"WkPhone"_s}) {
            p.phone = o.value(field).toString().trimmed();
            if (!p.phone.isEmpty())
                break;
        }
        p.email = o.value(u"Email"_s).toString().trimmed();
        // Open Dental keeps ISO 639-2 codes ("eng", "spa"); the product speaks English and Spanish.
        const QString language = o.value(u"Language"_s).toString().trimmed().toLower();
        if (language == u"spa" || language == u"es")
            p.language = u"es"_s;
        else if (language == u"eng" || language == u"en")
            p.language = u"en"_s;
        p.familyPmsId = idField(o, u"Guarantor"_s);
        if (p.familyPmsId.isEmpty())
            p.familyPmsId = p.pmsId;
        const QString contact = o.value(u"PreferContactMethod"_s).toString();
        if (contact == u"TextMessage")
            p.contact = u"sms"_s;
        else if (contact == u"Email")
            p.contact = u"email"_s;
        else if (contact == u"None" || contact == u"DoNotCall" || contact == u"SeeNotes")
            p.contact = u"none"_s;
        else
            p.contact = u"phone"_s;
        const QString status = o.value(u"PatStatus"_s).toString();
        p.active = status.isEmpty() || status == u"Patient" || status == u"NonPatient";
        out.append(p);
    }
    return out;
}

QJsonObject OpenDentalCodec::patientBody(const PmsPatient &p, const QStringList &fields) const
{
    const bool all = fields.isEmpty();
    QJsonObject o;
    if (all || fields.contains(u"name"_s)) {
        o.insert(u"LName"_s, p.lastName);
        o.insert(u"FName"_s, p.firstName);
    }
    if ((all || fields.contains(u"birthdate"_s)) && p.birthdate.isValid())
        o.insert(u"Birthdate"_s, p.birthdate.toString(Qt::ISODate));
    if (all || fields.contains(u"sex"_s))
        o.insert(u"Gender"_s, p.sex == u"female" ? u"Female"_s : p.sex == u"male" ? u"Male"_s : u"Unknown"_s);
    // A number typed at the desk may be a mobile or a landline (North American numbers do not
    // say): it goes where Open Dental texts and calls first.
    if (all || fields.contains(u"phone"_s))
        o.insert(u"WirelessPhone"_s, p.phone);
    if (all || fields.contains(u"email"_s))
        o.insert(u"Email"_s, p.email);
    if (all || fields.contains(u"language"_s))
        o.insert(u"Language"_s, p.language == u"es" ? u"spa"_s : u"eng"_s);
    if (all || fields.contains(u"contact"_s)) {
        const QString method = p.contact == u"sms"   ? u"TextMessage"_s
                : p.contact == u"email"               ? u"Email"_s
                : p.contact == u"none"                ? u"DoNotCall"_s
                                                      : u"WirelessPh"_s;
        o.insert(u"PreferContactMethod"_s, method);
        o.insert(u"PreferConfirmMethod"_s, method);
        o.insert(u"PreferRecallMethod"_s, method);
    }
    if ((all || fields.contains(u"guarantor"_s)) && !p.familyPmsId.isEmpty())
        o.insert(u"Guarantor"_s, p.familyPmsId.toLongLong());
    return o;
}

QJsonObject OpenDentalCodec::commlogBody(const PmsCommlog &note) const
{
    QString mode = u"None"_s;
    switch (note.mode) {
    case ContactChannel::Phone: mode = u"Phone"_s; break;
    case ContactChannel::Sms: mode = u"Text"_s; break;
    case ContactChannel::Email: mode = u"Email"_s; break;
    case ContactChannel::None: break;
    }
    return QJsonObject{{u"PatNum"_s, note.patientPmsId.toLongLong()},
                       {u"CommDateTime"_s, officeTime(note.atUtc)},
                       {u"commType"_s, u"ApptRelated"_s},
                       {u"Mode_"_s, mode},
                       {u"SentOrReceived"_s, u"Sent"_s},
                       {u"Note"_s, note.note}};
}

std::optional<QList<PmsCommlog>> OpenDentalCodec::commlogs(const QByteArray &body, QString *error) const
{
    QList<PmsCommlog> out;
    if (body.trimmed().isEmpty())
        return out;
    const std::optional<QJsonArray> rows = rowsOf(body, Text::tr("communication log notes"), error);
    if (!rows)
        return std::nullopt;
    for (int i = 0; i < rows->size(); ++i) {
        const QJsonObject o = rows->at(i).toObject();
        PmsCommlog c;
        const QJsonValue num = o.value(u"CommlogNum"_s);
        c.pmsId = num.isDouble() ? QString::number(qint64(num.toDouble())) : num.toString();
        if (c.pmsId.isEmpty() || c.pmsId == u"0") {
            *error = Text::tr("Open Dental sent a communication log note without a CommlogNum (row %1).").arg(i);
            return std::nullopt;
        }
        const QJsonValue patient = o.value(u"PatNum"_s);
        c.patientPmsId = patient.isDouble() ? QString::number(qint64(patient.toDouble())) : patient.toString();
        c.atUtc = fromOfficeTime(o.value(u"CommDateTime"_s).toString()).value_or(QDateTime());
        const QString mode = o.value(u"Mode_"_s).toString();
        c.mode = mode == u"Text" ? ContactChannel::Sms
                : mode == u"Email" ? ContactChannel::Email
                : mode == u"Phone" ? ContactChannel::Phone
                                   : ContactChannel::None;
        c.note = o.value(u"Note"_s).toString();
        out.append(c);
    }
    return out;
}

QString OpenDentalCodec::officeTime(const QDateTime &utc) const
{
    return utc.toTimeZone(m_office).toString(kTimeFormat);
}

std::optional<QDateTime> OpenDentalCodec::fromOfficeTime(const QString &text) const
{
    const QDateTime wall = QDateTime::fromString(text.trimmed(), kTimeFormat);
    if (!wall.isValid())
        return std::nullopt;
    const QDateTime local(wall.date(), wall.time(), m_office);
    if (!local.isValid())
        return std::nullopt; // a wall time skipped when the clocks changed
    return local.toUTC();
}

std::optional<PmsAppointment> OpenDentalCodec::appointment(const QJsonObject &o, int row, bool *onBook,
                                                           QString *error) const
{
    auto refuse = [&](const QString &why) {
        *error = Text::tr("Open Dental sent an appointment the schedule cannot use (row %1): %2").arg(row).arg(why);
        return std::nullopt;
    };
    PmsAppointment a;
    a.pmsId = idField(o, u"AptNum"_s);
    if (a.pmsId.isEmpty())
        return refuse(Text::tr("AptNum is missing or not a positive number"));
    const QString status = o.value(u"AptStatus"_s).toString();
    // Planned appointments and patient notes have no place on the book.
    *onBook = !(status == u"Planned" || status == u"PtNote" || status == u"PtNoteCompleted");
    if (!*onBook)
        return a;
    a.patientPmsId = idField(o, u"PatNum"_s);
    if (a.patientPmsId.isEmpty())
        return refuse(Text::tr("appointment %1 has no PatNum").arg(a.pmsId));
    a.operatoryPmsId = idField(o, u"Op"_s);
    const std::optional<QDateTime> start = fromOfficeTime(o.value(u"AptDateTime"_s).toString());
    if (!start)
        return refuse(Text::tr("appointment %1 has no valid AptDateTime (expected yyyy-MM-dd HH:mm:ss)").arg(a.pmsId));
    a.startUtc = *start;
    a.pattern = o.value(u"Pattern"_s).toString();
    for (const QChar c : std::as_const(a.pattern)) {
        if (c != u'X' && c != u'x' && c != u'/' && c != u'|')
            return refuse(Text::tr("appointment %1 has a Pattern with '%2'; only X and / are expected").arg(a.pmsId, c));
    }
    a.pattern = a.pattern.toUpper().replace(u'|', u'/');
    a.minutes = int(a.pattern.size()) * 5;
    if (a.minutes == 0)
        return refuse(Text::tr("appointment %1 has an empty Pattern, so its length is unknown").arg(a.pmsId));
    a.hygiene = boolField(o, u"IsHygiene"_s);
    const QString hygienist = idField(o, u"ProvHyg"_s);
    a.providerPmsId = a.hygiene && !hygienist.isEmpty() ? hygienist : idField(o, u"ProvNum"_s);
    a.typePmsId = idField(o, u"AppointmentTypeNum"_s);
    a.notes = o.value(u"Note"_s).toString();
    if (const std::optional<QDateTime> changed = fromOfficeTime(o.value(u"DateTStamp"_s).toString()))
        a.changedUtc = *changed;

    if (status == u"Complete" || happened(o, u"DateTimeDismissed"_s))
        a.status = AppointmentStatus::Completed;
    else if (status == u"Broken" || status == u"UnschedList")
        a.status = AppointmentStatus::Cancelled;
    else if (status == u"Scheduled" || status == u"ASAP" || status.isEmpty()) {
        if (happened(o, u"DateTimeSeated"_s))
            a.status = AppointmentStatus::InChair;
        else if (happened(o, u"DateTimeArrived"_s))
            a.status = AppointmentStatus::Arrived;
        else if (o.value(u"confirmed"_s).toString().startsWith(u"Confirmed"_s, Qt::CaseInsensitive))
            a.status = AppointmentStatus::Confirmed;
        else
            a.status = AppointmentStatus::Scheduled;
    } else {
        return refuse(Text::tr("appointment %1 has the unknown AptStatus \"%2\"").arg(a.pmsId, status));
    }
    return a;
}

std::optional<OpenDentalAppointmentPage> OpenDentalCodec::appointments(const QByteArray &body, QString *error) const
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = Text::tr("Open Dental's reply is not valid JSON (%1 at byte %2); nothing was read from it.")
                         .arg(parse.errorString())
                         .arg(parse.offset);
        return std::nullopt;
    }
    QJsonArray rows;
    if (doc.isArray())
        rows = doc.array();
    else if (doc.isObject())
        rows.append(doc.object());
    else {
        *error = Text::tr("Open Dental's reply holds neither an appointment nor a list of them.");
        return std::nullopt;
    }
    OpenDentalAppointmentPage page;
    page.received = int(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject()) {
            *error = Text::tr("Open Dental sent an appointment the schedule cannot use (row %1): it is not an object.")
                             .arg(i);
            return std::nullopt;
        }
        const QJsonObject o = rows.at(i).toObject();
        if (page.serverDateTime.isEmpty())
            page.serverDateTime = o.value(u"serverDateTime"_s).toString();
        bool onBook = true;
        std::optional<PmsAppointment> a = appointment(o, i, &onBook, error);
        if (!a)
            return std::nullopt;
        if (onBook)
            page.appointments.append(std::move(*a));
    }
    return page;
}

QJsonObject OpenDentalCodec::appointmentBody(const PmsAppointment &a) const
{
    QJsonObject o;
    auto number = [](const QString &id) { return QJsonValue(id.toLongLong()); };
    o.insert(u"PatNum"_s, number(a.patientPmsId));
    o.insert(u"Op"_s, number(a.operatoryPmsId));
    o.insert(u"AptDateTime"_s, officeTime(a.startUtc));
    QString pattern = a.pattern;
    const int cells = (a.minutes + 4) / 5;
    if (pattern.size() != cells)
        pattern = QString(cells, u'X');
    o.insert(u"Pattern"_s, pattern);
    o.insert(u"IsHygiene"_s, a.hygiene ? u"true"_s : u"false"_s);
    if (a.hygiene) {
        o.insert(u"ProvHyg"_s, number(a.providerPmsId));
    } else {
        o.insert(u"ProvNum"_s, number(a.providerPmsId));
    }
    if (!a.typePmsId.isEmpty())
        o.insert(u"AppointmentTypeNum"_s, number(a.typePmsId));
    o.insert(u"Note"_s, a.notes);
    return o;
}

} // namespace chairside::sync
