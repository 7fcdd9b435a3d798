#include "opendentalsimulator.h"

#include <QColor>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace chairside::pmssim {

namespace {

const QString kTimeFormat = u"yyyy-MM-dd HH:mm:ss"_s;
const QString kNever = u"0001-01-01 00:00:00"_s; // a workflow time that has not happened
using Status = QHttpServerResponder::StatusCode;

QHttpServerResponse problem(const QString &why, Status status)
{
    // Open Dental answers failures with a plain explanation.
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), why.toUtf8(), status);
}

qint64 number(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    return v.toString().toLongLong();
}

} // namespace

OpenDentalSimulator::OpenDentalSimulator(QObject *parent) : PmsSimulator(parent)
{
    setKeys(u"dev"_s, u"customer"_s);
    m_server->route(u"/api/v1/appointments"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, {}); });
    m_server->route(u"/api/v1/operatories"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, u"#operatories"_s); });
    m_server->route(u"/api/v1/providers"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, u"#providers"_s); });
    m_server->route(u"/api/v1/appointmenttypes"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, u"#types"_s); });
    m_server->route(u"/api/v1/recalltypes"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, u"#recalltypes"_s); });
    m_server->route(u"/api/v1/recalls"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, u"#recalls"_s); });
    m_server->route(u"/api/v1/patients/Simple"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, u"#patients"_s); });
    m_server->route(u"/api/v1/patients"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, u"#patients-new"_s); });
    m_server->route(u"/api/v1/patients/<arg>"_s, [this](const QString &patNum, const QHttpServerRequest &request) {
        return handle(request, u"#patient/"_s + patNum);
    });
    m_server->route(u"/api/v1/schedules"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, u"#schedules"_s); });
    m_server->route(u"/api/v1/scheduleops"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, u"#scheduleops"_s); });
    m_server->route(u"/api/v1/commlogs"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, u"#commlogs"_s); });
    m_server->route(u"/api/v1/appointments/<arg>"_s, [this](const QString &id, const QHttpServerRequest &request) {
        return handle(request, id);
    });
    m_server->route(u"/api/v1/appointments/<arg>/<arg>"_s,
                    [this](const QString &id, const QString &action, const QHttpServerRequest &request) {
                        return handle(request, id + u'/' + action);
                    });
}

OpenDentalSimulator::~OpenDentalSimulator() = default;

void OpenDentalSimulator::setKeys(const QString &developerKey, const QString &customerKey)
{
    m_authorization = (u"ODFHIR "_s + developerKey + u'/' + customerKey).toUtf8();
}

bool OpenDentalSimulator::authorized(const QHttpServerRequest &request) const
{
    return request.value("Authorization") == m_authorization;
}

QHttpServerResponse OpenDentalSimulator::failure(Failure kind, const QString &message) const
{
    if (kind == Failure::Auth)
        return problem(u"Invalid credentials: expected Authorization: ODFHIR DeveloperKey/CustomerKey."_s,
                       statusFor(kind));
    return problem(message, statusFor(kind));
}

QString OpenDentalSimulator::baseUrl() const
{
    return origin() + u"/api/v1"_s;
}

QJsonObject OpenDentalSimulator::toJson(const Appointment &a) const
{
    return QJsonObject{{u"serverDateTime"_s, officeNow().toString(kTimeFormat)},
                       {u"AptNum"_s, a.aptNum},
                       {u"PatNum"_s, a.patNum},
                       {u"AptStatus"_s, a.status},
                       {u"Pattern"_s, a.pattern},
                       {u"Confirmed"_s, a.confirmed == u"Confirmed" ? 21 : 19},
                       {u"confirmed"_s, a.confirmed},
                       {u"Op"_s, a.op},
                       {u"Note"_s, a.note},
                       {u"ProvNum"_s, a.provNum},
                       {u"ProvHyg"_s, a.provHyg},
                       {u"AptDateTime"_s, a.start.toString(kTimeFormat)},
                       {u"IsHygiene"_s, a.hygiene ? u"true"_s : u"false"_s},
                       {u"IsNewPatient"_s, u"false"_s},
                       {u"ClinicNum"_s, 0},
                       {u"DateTStamp"_s, a.stamp.toString(kTimeFormat)},
                       {u"DateTimeArrived"_s, a.arrived.isValid() ? a.arrived.toString(kTimeFormat) : kNever},
                       {u"DateTimeSeated"_s, a.seated.isValid() ? a.seated.toString(kTimeFormat) : kNever},
                       {u"DateTimeDismissed"_s, a.dismissed.isValid() ? a.dismissed.toString(kTimeFormat) : kNever},
                       {u"AppointmentTypeNum"_s, a.typeNum},
                       {u"Priority"_s, u"Normal"_s}};
}

QHttpServerResponse OpenDentalSimulator::respond(const QHttpServerRequest &request, const QString &path)
{
    {
        const auto method = request.method();
        if (path == u"#operatories" && method == QHttpServerRequest::Method::Get)
            return operatories();
        if (path == u"#providers" && method == QHttpServerRequest::Method::Get)
            return providers();
        if (path == u"#types" && method == QHttpServerRequest::Method::Get)
            return appointmentTypes();
        if (path == u"#recalltypes" && method == QHttpServerRequest::Method::Get)
            return recallTypes();
        if (path == u"#recalls" && method == QHttpServerRequest::Method::Get)
            return recalls(request);
        if (path == u"#patients" && method == QHttpServerRequest::Method::Get)
            return patients(request);
        if (path == u"#patients-new" && method == QHttpServerRequest::Method::Post)
            return addPatient(request.body());
        if (path.startsWith(u"#patient/") && method == QHttpServerRequest::Method::Put)
            return updatePatient(path.section(u'/', 1).toLongLong(), request.body());
        if (path.startsWith(u"#patient"))
            return problem(u"Method not allowed."_s, Status::MethodNotAllowed);
        if (path == u"#schedules" && method == QHttpServerRequest::Method::Get)
            return schedules(request);
        if (path == u"#scheduleops" && method == QHttpServerRequest::Method::Get)
            return scheduleOps(request);
        if (path == u"#commlogs" && method == QHttpServerRequest::Method::Get)
            return commlogsOf(request);
        if (path == u"#commlogs" && method == QHttpServerRequest::Method::Post)
            return addCommlog(request.body());
        if (path == u"#commlogs")
            return problem(u"Method not allowed."_s, Status::MethodNotAllowed);
        if (path.isEmpty()) {
            if (method == QHttpServerRequest::Method::Get)
                return list(request);
            if (method == QHttpServerRequest::Method::Post)
                return create(request.body());
            return problem(u"Method not allowed."_s, Status::MethodNotAllowed);
        }
        const QString id = path.section(u'/', 0, 0);
        const QString action = path.section(u'/', 1);
        bool ok = false;
        const qint64 aptNum = id.toLongLong(&ok);
        if (!ok || !m_appointments.contains(aptNum))
            return problem(u"Appointment not found."_s, Status::NotFound);
        if (action.isEmpty() && method == QHttpServerRequest::Method::Get)
            return QHttpServerResponse(toJson(m_appointments.value(aptNum)));
        if (action.isEmpty() && method == QHttpServerRequest::Method::Put)
            return update(aptNum, request.body());
        if (action == u"Break" && method == QHttpServerRequest::Method::Put)
            return breakAppointment(aptNum, request.body());
        if (action == u"Confirm" && method == QHttpServerRequest::Method::Put)
            return confirm(aptNum, request.body());
        return problem(u"Method not allowed."_s, Status::MethodNotAllowed);
    }
}

QHttpServerResponse OpenDentalSimulator::list(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const int offset = query.queryItemValue(u"Offset"_s).toInt();
    int limit = m_pageSize;
    if (query.hasQueryItem(u"Limit"_s))
        limit = std::clamp(query.queryItemValue(u"Limit"_s).toInt(), 1, m_pageSize);
    QDate from, to;
    if (query.hasQueryItem(u"date"_s))
        from = to = QDate::fromString(query.queryItemValue(u"date"_s), Qt::ISODate);
    if (query.hasQueryItem(u"dateStart"_s))
        from = QDate::fromString(query.queryItemValue(u"dateStart"_s), Qt::ISODate);
    if (query.hasQueryItem(u"dateEnd"_s))
        to = QDate::fromString(query.queryItemValue(u"dateEnd"_s), Qt::ISODate);
    QDateTime changedAfter;
    if (query.hasQueryItem(u"DateTStamp"_s)) {
        const QDateTime wall = QDateTime::fromString(query.queryItemValue(u"DateTStamp"_s).replace(u'+', u' '), kTimeFormat);
        if (!wall.isValid())
            return problem(u"DateTStamp must be yyyy-MM-dd HH:mm:ss."_s, Status::BadRequest);
        changedAfter = QDateTime(wall.date(), wall.time(), m_zone);
    }
    const qint64 patNum = query.queryItemValue(u"PatNum"_s).toLongLong();
    QJsonArray page;
    int skipped = 0;
    for (const Appointment &a : std::as_const(m_appointments)) {
        if (from.isValid() && a.start.date() < from)
            continue;
        if (to.isValid() && a.start.date() > to)
            continue;
        if (changedAfter.isValid() && a.stamp < changedAfter)
            continue;
        if (patNum > 0 && a.patNum != patNum)
            continue;
        if (skipped++ < offset)
            continue;
        if (page.size() >= limit)
            break;
        page.append(toJson(a));
    }
    return QHttpServerResponse(page);
}

QHttpServerResponse OpenDentalSimulator::operatories() const
{
    QJsonArray rows;
    for (qsizetype i = 0; i < m_chairs.size(); ++i) {
        const Chair &c = m_chairs.at(i);
        // The provider whose hours name this chair first, as the operatory's usual provider.
        qint64 dentist = 0;
        qint64 hygienist = 0;
        for (const Provider &p : m_providers) {
            for (const WorkingHours &h : p.hours) {
                if (!h.span.chairIds.contains(c.id))
                    continue;
                qint64 &slot = p.role == ProviderRole::Hygienist ? hygienist : dentist;
                if (slot == 0)
                    slot = m_provByProvider.value(p.id);
            }
        }
        rows.append(QJsonObject{{u"OperatoryNum"_s, i + 1},
                                {u"OpName"_s, c.name},
                                {u"Abbrev"_s, c.id.left(5).toUpper()},
                                {u"ItemOrder"_s, i},
                                {u"IsHidden"_s, u"false"_s},
                                {u"ProvDentist"_s, dentist},
                                {u"ProvHygienist"_s, hygienist},
                                {u"IsHygiene"_s, dentist == 0 && hygienist != 0 ? u"true"_s : u"false"_s},
                                {u"ClinicNum"_s, 0},
                                {u"SetProspective"_s, u"false"_s},
                                {u"IsWebSched"_s, u"false"_s}});
    }
    return QHttpServerResponse(rows);
}

QHttpServerResponse OpenDentalSimulator::providers() const
{
    QJsonArray rows;
    const QString now = officeNow().toString(kTimeFormat);
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        const Provider &p = m_providers.at(i);
        const QColor color(p.color);
        // As Open Dental keeps names: no title, credentials in Suffix, first and last apart.
        QString name = p.name.section(u',', 0, 0).trimmed();
        const QString suffix = p.name.section(u',', 1).trimmed();
        if (name.startsWith(u"Dr. "_s))
            name = name.mid(4);
        const QString first = name.section(u' ', 0, 0);
        const QString last = name.section(u' ', 1);
        rows.append(QJsonObject{{u"ProvNum"_s, i + 1},
                                {u"Abbr"_s, p.id.left(5).toUpper()},
                                {u"LName"_s, last},
                                {u"FName"_s, first},
                                {u"Suffix"_s, suffix},
                                {u"IsSecondary"_s, p.role == ProviderRole::Hygienist ? u"true"_s : u"false"_s},
                                {u"provColor"_s, color.isValid() ? u"%1,%2,%3"_s.arg(color.red()).arg(color.green()).arg(
                                                                           color.blue())
                                                                 : u"0,0,0"_s},
                                {u"IsHidden"_s, u"false"_s},
                                {u"ProvStatus"_s, u"Active"_s},
                                {u"IsNotPerson"_s, u"false"_s},
                                {u"DateTStamp"_s, now},
                                {u"serverDateTime"_s, now}});
    }
    return QHttpServerResponse(rows);
}

QHttpServerResponse OpenDentalSimulator::appointmentTypes() const
{
    QJsonArray rows;
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        const AppointmentType &t = m_types.at(i);
        const QColor color(t.color);
        const qsizetype cells = (t.minutes + 4) / 5;
        rows.append(QJsonObject{
                {u"AppointmentTypeNum"_s, i + 1},
                {u"AppointmentTypeName"_s, t.name},
                {u"AppointmentTypeColor"_s,
                 color.isValid() ? u"%1,%2,%3"_s.arg(color.red()).arg(color.green()).arg(color.blue()) : u"0,0,0"_s},
                {u"ItemOrder"_s, i},
                {u"IsHidden"_s, u"false"_s},
                {u"Pattern"_s, t.pattern.isEmpty() ? QString(cells, u'X') : t.pattern}});
    }
    return QHttpServerResponse(rows);
}

namespace {

// Open Dental's interval text: "6m", "3m", "6m1d", "2w".
QString intervalText(int months, int days)
{
    QString out;
    if (months > 0)
        out += QString::number(months) + u'm';
    if (days > 0)
        out += QString::number(days) + u'd';
    return out;
}

} // namespace

void OpenDentalSimulator::setRecallDue(const QString &patientId, const QString &recallTypeId, const QDate &due,
                                       const QDate &previous)
{
    for (Recall &r : m_recalls) {
        if (r.patientId == patientId && r.recallTypeId == recallTypeId) {
            r.due = due;
            r.lastDone = previous;
        }
    }
}

void OpenDentalSimulator::removeRecall(const QString &patientId, const QString &recallTypeId)
{
    // Deleted, its RecallNum not given to another.
    for (const Recall &r : std::as_const(m_recalls)) {
        if (r.patientId == patientId && r.recallTypeId == recallTypeId)
            m_deletedRecalls.insert(r.id);
    }
}

QHttpServerResponse OpenDentalSimulator::recallTypes() const
{
    QJsonArray rows;
    for (qsizetype i = 0; i < m_recallTypes.size(); ++i) {
        const RecallType &t = m_recallTypes.at(i);
        rows.append(QJsonObject{{u"RecallTypeNum"_s, i + 1},
                                {u"Description"_s, t.name},
                                {u"DefaultInterval"_s, intervalText(t.intervalMonths, t.intervalDays)},
                                {u"TimePattern"_s, u"/XXXX/"_s},
                                {u"Procedures"_s, t.kind == RecallKind::PerioMaintenance ? u"D4910"_s : u"D1110"_s},
                                {u"AppendToSpecial"_s, u"false"_s}});
    }
    return QHttpServerResponse(rows);
}

QHttpServerResponse OpenDentalSimulator::recalls(const QHttpServerRequest &request) const
{
    // Paged like every Open Dental list: Offset, and Limit up to the page size.
    const QUrlQuery query = request.query();
    const int offset = query.queryItemValue(u"Offset"_s).toInt();
    int limit = m_pageSize;
    if (query.hasQueryItem(u"Limit"_s))
        limit = std::clamp(query.queryItemValue(u"Limit"_s).toInt(), 1, m_pageSize);
    const qint64 patNum = query.queryItemValue(u"PatNum"_s).toLongLong();
    QHash<QString, qint64> typeNum;
    QHash<QString, const RecallType *> types;
    for (qsizetype i = 0; i < m_recallTypes.size(); ++i) {
        typeNum.insert(m_recallTypes.at(i).id, i + 1);
        types.insert(m_recallTypes.at(i).id, &m_recallTypes.at(i));
    }
    QJsonArray rows;
    int seen = 0;
    for (qsizetype i = 0; i < m_recalls.size() && rows.size() < limit; ++i) {
        const Recall &r = m_recalls.at(i);
        const qint64 pat = m_patByPatient.value(r.patientId);
        if ((patNum > 0 && pat != patNum) || m_deletedRecalls.contains(r.id))
            continue;
        if (seen++ < offset)
            continue;
        const RecallType *t = types.value(r.recallTypeId);
        rows.append(QJsonObject{
                {u"RecallNum"_s, i + 1},
                {u"PatNum"_s, pat},
                {u"DateDue"_s, r.due.isValid() ? r.due.toString(Qt::ISODate) : u"0001-01-01"_s},
                {u"DatePrevious"_s, r.lastDone.isValid() ? r.lastDone.toString(Qt::ISODate) : u"0001-01-01"_s},
                {u"RecallInterval"_s, t ? intervalText(t->intervalMonths, t->intervalDays) : QString()},
                {u"RecallStatus"_s, 0},
                {u"recallStatus"_s, QString()},
                {u"Note"_s, QString()},
                {u"IsDisabled"_s, r.disabled ? u"true"_s : u"false"_s},
                {u"DateTStamp"_s, m_loadedStamp.toString(kTimeFormat)},
                {u"RecallTypeNum"_s, typeNum.value(r.recallTypeId)},
                {u"DisableUntilBalance"_s, 0.0},
                {u"DisableUntilDate"_s, u"0001-01-01"_s},
                {u"DateScheduled"_s, u"0001-01-01"_s},
                {u"Priority"_s, u"Normal"_s},
                {u"TimePatternOverride"_s, QString()}});
    }
    return QHttpServerResponse(rows);
}

QHttpServerResponse OpenDentalSimulator::patients(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const int offset = query.queryItemValue(u"Offset"_s).toInt();
    int limit = m_pageSize;
    if (query.hasQueryItem(u"Limit"_s))
        limit = std::clamp(query.queryItemValue(u"Limit"_s).toInt(), 1, m_pageSize);
    // Changed on or after DateTStamp (to the second), each patient by their own stamp.
    QList<Patient> changed = m_patients;
    if (query.hasQueryItem(u"DateTStamp"_s)) {
        const QDateTime wall =
                QDateTime::fromString(query.queryItemValue(u"DateTStamp"_s, QUrl::FullyDecoded), kTimeFormat);
        if (!wall.isValid())
            return problem(u"DateTStamp must be yyyy-MM-dd HH:mm:ss."_s, Status::BadRequest);
        const QDateTime since(wall.date(), wall.time(), m_zone);
        changed.removeIf([&](const Patient &p) {
            const QDateTime stamp = patientStamp(p);
            return stamp.addMSecs(-stamp.time().msec()) < since;
        });
    }
    // Names and birthdate as GET /patients/Simple filters them (by their start, any case).
    const QString lname = query.queryItemValue(u"LName"_s, QUrl::FullyDecoded);
    const QString fname = query.queryItemValue(u"FName"_s, QUrl::FullyDecoded);
    const QDate born = QDate::fromString(query.queryItemValue(u"Birthdate"_s), Qt::ISODate);
    changed.removeIf([&](const Patient &p) {
        return (!lname.isEmpty() && !lastNameOf(p).startsWith(lname, Qt::CaseInsensitive))
                || (!fname.isEmpty() && !firstNameOf(p).startsWith(fname, Qt::CaseInsensitive))
                || (born.isValid() && p.birthdate != born);
    });
    QJsonArray rows;
    for (qsizetype i = offset; i < changed.size() && rows.size() < limit; ++i)
        rows.append(patientJson(changed.at(i)));
    return QHttpServerResponse(rows);
}

QString OpenDentalSimulator::lastNameOf(const Patient &p)
{
    return p.lastName.isEmpty() ? p.name.section(u' ', -1) : p.lastName;
}

QString OpenDentalSimulator::firstNameOf(const Patient &p)
{
    return p.lastName.isEmpty() ? p.name.section(u' ', 0, -2) : p.firstName;
}

QJsonObject OpenDentalSimulator::patientJson(const Patient &p) const
{
    const qint64 patNum = m_patByPatient.value(p.id);
    // The guarantor of a family is the one named, or else its first member.
    qint64 guarantor = patNum;
    if (m_guarantors.contains(p.id)) {
        guarantor = m_guarantors.value(p.id);
    } else if (!p.familyId.isEmpty()) {
        for (const Patient &member : m_patients) {
            if (member.familyId == p.familyId) {
                guarantor = m_patByPatient.value(member.id);
                break;
            }
        }
    }
    const QString contact = m_contactMethods.contains(p.id)                ? m_contactMethods.value(p.id)
            : p.doNotContact                                              ? u"DoNotCall"_s
            : p.preferredContact == ContactChannel::Sms                   ? u"TextMessage"_s
            : p.preferredContact == ContactChannel::Email                 ? u"Email"_s
                                                                          : u"WirelessPh"_s;
    return QJsonObject{{u"PatNum"_s, patNum},
                       {u"LName"_s, lastNameOf(p)},
                       {u"FName"_s, firstNameOf(p)},
                       {u"MiddleI"_s, QString()},
                       {u"Preferred"_s, QString()},
                       {u"Birthdate"_s, p.birthdate.isValid() ? p.birthdate.toString(Qt::ISODate) : u"0001-01-01"_s},
                       {u"PatStatus"_s, u"Patient"_s},
                       {u"Gender"_s, p.sex == u"female" ? u"Female"_s : p.sex == u"male" ? u"Male"_s : u"Unknown"_s},
                       {u"WirelessPhone"_s, p.phone},
                       {u"HmPhone"_s, QString()},
                       {u"Email"_s, p.email},
                       {u"Guarantor"_s, guarantor},
                       {u"PreferContactMethod"_s, contact},
                       {u"Language"_s, p.language == u"es" ? u"spa"_s : u"eng"_s},
                       {u"DateTStamp"_s, patientStamp(p).toString(kTimeFormat)},
                       {u"serverDateTime"_s, officeNow().toString(kTimeFormat)}};
}

QString OpenDentalSimulator::applyPatientFields(Patient &p, const QJsonObject &o)
{
    m_lastPatientWrite = o;
    if (o.contains(u"LName"_s))
        p.lastName = o.value(u"LName"_s).toString().trimmed();
    if (o.contains(u"FName"_s))
        p.firstName = o.value(u"FName"_s).toString().trimmed();
    if (o.contains(u"LName"_s) || o.contains(u"FName"_s))
        p.name = QString(p.firstName + u' ' + p.lastName).trimmed();
    if (o.contains(u"Birthdate"_s)) {
        const QDate born = QDate::fromString(o.value(u"Birthdate"_s).toString(), Qt::ISODate);
        if (!born.isValid())
            return u"Birthdate must be yyyy-MM-dd."_s;
        p.birthdate = born;
    }
    if (o.contains(u"Gender"_s)) {
        const QString gender = o.value(u"Gender"_s).toString();
        if (gender != u"Male" && gender != u"Female" && gender != u"Unknown")
            return u"Gender is invalid."_s;
        p.sex = gender == u"Unknown" ? QString() : gender.toLower();
    }
    if (o.contains(u"WirelessPhone"_s))
        p.phone = o.value(u"WirelessPhone"_s).toString();
    if (o.contains(u"Email"_s))
        p.email = o.value(u"Email"_s).toString();
    if (o.contains(u"Language"_s))
        p.language = o.value(u"Language"_s).toString() == u"spa" ? u"es"_s : u"en"_s;
    if (o.contains(u"PreferContactMethod"_s)) {
        static const QStringList methods{u"None"_s,     u"DoNotCall"_s, u"HmPhone"_s,  u"WkPhone"_s,    u"WirelessPh"_s,
                                         u"Email"_s,    u"SeeNotes"_s,  u"Mail"_s,     u"TextMessage"_s};
        const QString method = o.value(u"PreferContactMethod"_s).toString();
        if (!methods.contains(method))
            return u"PreferContactMethod is invalid."_s;
        m_contactMethods.insert(p.id, method);
    }
    if (o.contains(u"Guarantor"_s)) {
        const qint64 guarantor = number(o.value(u"Guarantor"_s));
        if (!m_patByPatient.values().contains(guarantor))
            return u"Guarantor is invalid."_s;
        m_guarantors.insert(p.id, guarantor);
    }
    return {};
}

QHttpServerResponse OpenDentalSimulator::addPatient(const QByteArray &body)
{
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(body, &parse).object();
    if (parse.error != QJsonParseError::NoError)
        return problem(u"Body is not valid JSON."_s, Status::BadRequest);
    if (o.value(u"LName"_s).toString().trimmed().isEmpty() || o.value(u"FName"_s).toString().trimmed().isEmpty())
        return problem(u"LName and FName are required."_s, Status::BadRequest);
    Patient p;
    p.id = u"od-desk-"_s + QString::number(m_patients.size() + 1);
    if (const QString wrong = applyPatientFields(p, o); !wrong.isEmpty())
        return problem(wrong, Status::BadRequest);
    addPatientOnServer(p);
    m_createdPatients.append(p.id);
    return QHttpServerResponse(patientJson(m_patients.constLast()), Status::Created);
}

QHttpServerResponse OpenDentalSimulator::updatePatient(qint64 patNum, const QByteArray &body)
{
    const QString id = m_patByPatient.key(patNum);
    auto it = std::find_if(m_patients.begin(), m_patients.end(), [&](const Patient &p) { return p.id == id; });
    if (id.isEmpty() || it == m_patients.end())
        return problem(u"Patient not found."_s, Status::NotFound);
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(body, &parse).object();
    if (parse.error != QJsonParseError::NoError)
        return problem(u"Body is not valid JSON."_s, Status::BadRequest);
    Patient changed = *it;
    if (const QString wrong = applyPatientFields(changed, o); !wrong.isEmpty())
        return problem(wrong, Status::BadRequest);
    *it = changed;
    touchPatient(id);
    return QHttpServerResponse(patientJson(changed));
}

QHttpServerResponse OpenDentalSimulator::create(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    Appointment a;
    a.patNum = number(o.value(u"PatNum"_s));
    a.op = number(o.value(u"Op"_s));
    const QDateTime wall = QDateTime::fromString(o.value(u"AptDateTime"_s).toString(), kTimeFormat);
    if (a.patNum <= 0 || a.op <= 0 || !wall.isValid())
        return problem(u"PatNum, Op and AptDateTime (yyyy-MM-dd HH:mm:ss) are required."_s, Status::BadRequest);
    a.start = QDateTime(wall.date(), wall.time(), m_zone);
    a.pattern = o.value(u"Pattern"_s).toString(u"XXXXXX"_s);
    a.provNum = number(o.value(u"ProvNum"_s));
    a.provHyg = number(o.value(u"ProvHyg"_s));
    a.hygiene = o.value(u"IsHygiene"_s).toString() == u"true";
    a.typeNum = number(o.value(u"AppointmentTypeNum"_s));
    a.note = o.value(u"Note"_s).toString();
    const QString clash = overlapWith(a);
    if (!clash.isEmpty())
        return problem(clash, Status::Conflict);
    a.aptNum = m_nextAptNum++;
    a.stamp = nextStamp();
    m_appointments.insert(a.aptNum, a);
    return QHttpServerResponse(toJson(a), Status::Created);
}

QJsonObject OpenDentalSimulator::toJson(const Commlog &c) const
{
    return QJsonObject{{u"CommlogNum"_s, c.num},
                       {u"PatNum"_s, c.patNum},
                       {u"CommDateTime"_s, c.at.toString(kTimeFormat)},
                       {u"CommType"_s, u"224"_s},
                       {u"commType"_s, c.commType},
                       {u"Note"_s, c.note},
                       {u"Mode_"_s, c.mode},
                       {u"SentOrReceived"_s, c.sentOrReceived}};
}

QHttpServerResponse OpenDentalSimulator::commlogsOf(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const qint64 patNum = query.queryItemValue(u"PatNum"_s).toLongLong();
    if (patNum <= 0)
        return problem(u"PatNum is required."_s, Status::BadRequest);
    const int offset = query.queryItemValue(u"Offset"_s).toInt();
    QJsonArray rows;
    int skipped = 0;
    for (const Commlog &c : m_commlogs) {
        if (c.patNum != patNum)
            continue;
        if (skipped++ < offset)
            continue;
        if (rows.size() >= m_pageSize)
            break;
        rows.append(toJson(c));
    }
    return QHttpServerResponse(rows);
}

QHttpServerResponse OpenDentalSimulator::addCommlog(const QByteArray &body)
{
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(body, &parse).object();
    if (parse.error != QJsonParseError::NoError)
        return problem(u"The body is not valid JSON."_s, Status::BadRequest);
    Commlog c;
    c.patNum = number(o.value(u"PatNum"_s));
    c.note = o.value(u"Note"_s).toString();
    if (c.patNum <= 0 || c.note.isEmpty())
        return problem(u"PatNum and Note are required."_s, Status::BadRequest);
    bool known = false;
    for (auto it = m_patByPatient.cbegin(); it != m_patByPatient.cend() && !known; ++it)
        known = it.value() == c.patNum;
    if (!known)
        return problem(u"Patient not found."_s, Status::NotFound);
    c.mode = o.value(u"Mode_"_s).toString(u"Phone"_s);
    const QStringList modes{u"None"_s, u"Email"_s, u"Mail"_s, u"Phone"_s, u"In Person"_s, u"Text"_s,
                            u"Email and Text"_s, u"Phone and Text"_s};
    if (!modes.contains(c.mode))
        return problem(u"Mode_ is invalid."_s, Status::BadRequest);
    c.sentOrReceived = o.value(u"SentOrReceived"_s).toString(u"Sent"_s);
    if (c.sentOrReceived != u"Neither" && c.sentOrReceived != u"Sent" && c.sentOrReceived != u"Received")
        return problem(u"SentOrReceived is invalid."_s, Status::BadRequest);
    c.commType = o.value(u"commType"_s).toString(u"Misc"_s);
    c.at = officeNow();
    if (o.contains(u"CommDateTime"_s)) {
        const QDateTime wall = QDateTime::fromString(o.value(u"CommDateTime"_s).toString(), kTimeFormat);
        if (!wall.isValid())
            return problem(u"CommDateTime must be yyyy-MM-dd HH:mm:ss."_s, Status::BadRequest);
        c.at = QDateTime(wall.date(), wall.time(), m_zone);
    }
    c.num = m_commlogs.size() + 1;
    m_commlogs.append(c);
    return QHttpServerResponse(toJson(c), Status::Created);
}

QHttpServerResponse OpenDentalSimulator::update(qint64 aptNum, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    Appointment a = m_appointments.value(aptNum);
    // Fields left out of a PUT keep their value.
    if (o.contains(u"Op"_s))
        a.op = number(o.value(u"Op"_s));
    if (o.contains(u"AptDateTime"_s)) {
        const QDateTime wall = QDateTime::fromString(o.value(u"AptDateTime"_s).toString(), kTimeFormat);
        if (!wall.isValid())
            return problem(u"AptDateTime must be yyyy-MM-dd HH:mm:ss."_s, Status::BadRequest);
        a.start = QDateTime(wall.date(), wall.time(), m_zone);
    }
    if (o.contains(u"Pattern"_s))
        a.pattern = o.value(u"Pattern"_s).toString();
    if (o.contains(u"ProvNum"_s))
        a.provNum = number(o.value(u"ProvNum"_s));
    if (o.contains(u"ProvHyg"_s))
        a.provHyg = number(o.value(u"ProvHyg"_s));
    if (o.contains(u"Note"_s))
        a.note = o.value(u"Note"_s).toString();
    // The visit's steps: times (0001-01-01 clears one) and AptStatus Complete / Scheduled.
    const std::pair<const char16_t *, QDateTime *> steps[] = {
            {u"DateTimeArrived", &a.arrived}, {u"DateTimeSeated", &a.seated}, {u"DateTimeDismissed", &a.dismissed}};
    for (const auto &[field, time] : steps) {
        const QString name = QString::fromUtf16(field);
        if (!o.contains(name))
            continue;
        const QString text = o.value(name).toString();
        const QDateTime wall = QDateTime::fromString(text, kTimeFormat);
        if (!text.startsWith(u"0001-01-01"_s) && !wall.isValid())
            return problem(name + u" must be yyyy-MM-dd HH:mm:ss."_s, Status::BadRequest);
        *time = text.startsWith(u"0001-01-01"_s) ? QDateTime() : QDateTime(wall.date(), wall.time(), m_zone);
    }
    if (o.contains(u"AptStatus"_s)) {
        const QString status = o.value(u"AptStatus"_s).toString();
        if (status != u"Scheduled" && status != u"Complete")
            return problem(u"AptStatus can be set to Scheduled or Complete here."_s, Status::BadRequest);
        if (status == u"Scheduled")
            a.missed = false;
        a.status = status;
    }
    const QString clash = a.live() ? overlapWith(a) : QString();
    if (!clash.isEmpty())
        return problem(clash, Status::Conflict);
    a.stamp = nextStamp();
    m_appointments.insert(aptNum, a);
    return QHttpServerResponse(toJson(a));
}

QHttpServerResponse OpenDentalSimulator::breakAppointment(qint64 aptNum, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString type = o.value(u"breakType"_s).toString();
    if (!type.isEmpty() && type != u"Missed" && type != u"Cancelled")
        return problem(u"breakType must be Missed or Cancelled."_s, Status::BadRequest);
    Appointment &a = m_appointments[aptNum];
    if (a.status != u"Scheduled")
        return problem(u"Only scheduled appointments can be broken."_s, Status::BadRequest);
    a.status = o.value(u"sendToUnscheduledList"_s).toString() == u"true" ? u"UnschedList"_s : u"Broken"_s;
    a.missed = type == u"Missed";
    a.stamp = nextStamp();
    return QHttpServerResponse(Status::Ok);
}

QHttpServerResponse OpenDentalSimulator::confirm(qint64 aptNum, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    // Either a confirmation word (confirmVal) or the practice's definition number (defNum).
    Appointment &a = m_appointments[aptNum];
    if (o.contains(u"confirmVal"_s))
        a.confirmed = o.value(u"confirmVal"_s).toString();
    else if (o.contains(u"defNum"_s))
        a.confirmed = number(o.value(u"defNum"_s)) == 21 ? u"Confirmed"_s : u"Not Called"_s;
    else
        return problem(u"confirmVal or defNum is required."_s, Status::BadRequest);
    a.stamp = nextStamp();
    return QHttpServerResponse(Status::Ok);
}

void OpenDentalSimulator::addBlockout(const QDate &date, const QTime &start, const QTime &stop, qint64 op,
                                      const QString &label)
{
    Blockout b;
    b.num = 900000 + m_blockouts.size();
    b.date = date;
    b.start = start;
    b.stop = stop;
    b.op = op;
    b.label = label;
    m_blockouts.append(b);
}

QHttpServerResponse OpenDentalSimulator::schedules(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    QDate from = QDate::fromString(query.queryItemValue(u"date"_s), Qt::ISODate);
    QDate to = from;
    if (query.hasQueryItem(u"dateStart"_s)) {
        from = QDate::fromString(query.queryItemValue(u"dateStart"_s), Qt::ISODate);
        to = QDate::fromString(query.queryItemValue(u"dateEnd"_s), Qt::ISODate);
    }
    if (!from.isValid() || !to.isValid() || from > to || from.daysTo(to) > 366)
        return problem(u"dateStart and dateEnd (yyyy-MM-dd, at most a year apart) are required."_s, Status::BadRequest);
    const int offset = query.queryItemValue(u"Offset"_s).toInt();
    QList<qint64> allOps;
    for (qsizetype i = 0; i < m_chairs.size(); ++i)
        allOps.append(i + 1);
    const QString stamp = officeNow().toString(kTimeFormat);
    QJsonArray rows;
    m_lastScheduleOps.clear();
    auto add = [&](qint64 num, const QDate &date, int startMinute, int stopMinute, const QString &type, qint64 prov,
                   const QString &label, const QList<qint64> &ops) {
        QStringList opText;
        for (const qint64 op : ops) {
            opText.append(QString::number(op));
            m_lastScheduleOps.insert(num, op);
        }
        QJsonObject o{{u"ScheduleNum"_s, QString::number(num)},
                      {u"SchedDate"_s, date.toString(Qt::ISODate)},
                      {u"StartTime"_s, QTime(0, 0).addSecs(startMinute * 60).toString(u"HH:mm:ss"_s)},
                      {u"StopTime"_s, QTime(0, 0).addSecs(stopMinute * 60).toString(u"HH:mm:ss"_s)},
                      {u"SchedType"_s, type},
                      {u"ProvNum"_s, QString::number(prov)},
                      {u"BlockoutType"_s, label.isEmpty() ? u"0"_s : u"42"_s},
                      {u"blockoutType"_s, label},
                      {u"Note"_s, QString()},
                      {u"EmployeeNum"_s, u"0"_s},
                      {u"DateTStamp"_s, stamp}};
        if (m_schedulesNameOps)
            o.insert(u"operatories"_s, opText.join(u','));
        rows.append(o);
    };
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        for (qsizetype i = 0; i < m_providers.size(); ++i) {
            const Provider &p = m_providers.at(i);
            const qint64 provNum = i + 1;
            if (m_off.contains({provNum, d}))
                continue;
            int span = 0;
            for (const WorkingHours &h : p.hours) {
                if (!h.days.contains(d.dayOfWeek()))
                    continue;
                QList<qint64> ops;
                for (const QString &chair : h.span.chairIds)
                    ops.append(m_opByChair.value(chair));
                add(d.toJulianDay() * 1000 + provNum * 10 + span++, d, h.span.startMinute, h.span.endMinute,
                    u"Provider"_s, provNum, QString(), ops.isEmpty() ? allOps : ops);
            }
        }
        for (const Blockout &b : std::as_const(m_blockouts)) {
            if (b.date == d)
                add(b.num, d, b.start.msecsSinceStartOfDay() / 60000, b.stop.msecsSinceStartOfDay() / 60000,
                    u"Blockout"_s, 0, b.label, {b.op});
        }
    }
    // Paged 100 at a time, as Open Dental's lists are.
    QJsonArray page;
    for (qsizetype i = offset; i < rows.size() && page.size() < 100; ++i)
        page.append(rows.at(i));
    return QHttpServerResponse(page);
}

QHttpServerResponse OpenDentalSimulator::scheduleOps(const QHttpServerRequest &request) const
{
    // The links of the schedules served last (a stand-in for "every scheduleop").
    const int offset = request.query().queryItemValue(u"Offset"_s).toInt();
    QJsonArray rows;
    qint64 num = 1;
    for (auto it = m_lastScheduleOps.cbegin(); it != m_lastScheduleOps.cend(); ++it, ++num) {
        if (num <= offset)
            continue;
        if (rows.size() >= 100)
            break;
        rows.append(QJsonObject{{u"ScheduleOpNum"_s, num}, {u"ScheduleNum"_s, it.key()}, {u"OperatoryNum"_s, it.value()}});
    }
    return QHttpServerResponse(rows);
}

} // namespace chairside::pmssim
