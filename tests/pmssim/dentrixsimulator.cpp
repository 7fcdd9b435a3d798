#include "dentrixsimulator.h"

#include <QColor>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside::pmssim {

namespace {

using Status = QHttpServerResponder::StatusCode;

QHttpServerResponse problem(const QString &code, const QString &message, Status status)
{
    return QHttpServerResponse(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}},
                               status);
}

qint64 number(const QJsonValue &v)
{
    return v.isDouble() ? qint64(v.toDouble()) : v.toString().toLongLong();
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

DentrixSimulator::DentrixSimulator(QObject *parent) : PmsSimulator(parent)
{
    setCredentials(u"client"_s, u"secret"_s, u"apikey"_s);
    const auto route = [this](const QString &path, const QString &name) {
        m_server->route(path, [this, name](const QHttpServerRequest &request) { return handle(request, name); });
    };
    route(u"/v1/oauth/token"_s, u"token"_s);
    route(u"/v1/appointments"_s, u"appointments"_s);
    route(u"/v1/patients"_s, u"patients"_s);
    route(u"/v1/providers"_s, u"providers"_s);
    route(u"/v1/operatories"_s, u"operatories"_s);
    route(u"/v1/appointment-types"_s, u"types"_s);
    m_server->route(u"/v1/appointments/<arg>"_s, [this](const QString &id, const QHttpServerRequest &request) {
        return handle(request, u"appointment/"_s + id);
    });
    route(u"/v1/waitlist"_s, u"waitlist"_s);
    m_server->route(u"/v1/patients/<arg>/preferences"_s,
                    [this](const QString &id, const QHttpServerRequest &request) {
                        return handle(request, u"preferences/"_s + id);
                    });
    m_server->route(u"/v1/patients/<arg>/appointments"_s,
                    [this](const QString &id, const QHttpServerRequest &request) {
                        return handle(request, u"patient/"_s + id);
                    });
}

DentrixSimulator::~DentrixSimulator() = default;

void DentrixSimulator::setCredentials(const QString &clientId, const QString &clientSecret, const QString &apiKey)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_apiKey = apiKey.toUtf8();
}

QString DentrixSimulator::baseUrl() const
{
    return origin() + u"/v1"_s;
}

QHttpServerResponse DentrixSimulator::failure(Failure kind, const QString &message) const
{
    static const QHash<int, QString> codes{{int(Failure::Auth), u"unauthorized"_s},
                                           {int(Failure::NotFound), u"not_found"_s},
                                           {int(Failure::Refused), u"invalid_request"_s},
                                           {int(Failure::Conflict), u"slot_unavailable"_s},
                                           {int(Failure::BadRequest), u"invalid_request"_s},
                                           {int(Failure::Throttled), u"rate_limited"_s},
                                           {int(Failure::Unavailable), u"unavailable"_s},
                                           {int(Failure::ServerError), u"server_error"_s}};
    return problem(codes.value(int(kind)), message, statusFor(kind));
}

bool DentrixSimulator::authorized(const QHttpServerRequest &request) const
{
    if (request.value("X-API-Key") != m_apiKey)
        return false;
    if (request.url().path().endsWith(u"/oauth/token"_s))
        return true; // the client's id and secret are checked by the token call itself
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return false;
    const QDateTime expires = m_tokens.value(header.mid(7));
    return expires.isValid() && QDateTime::currentDateTimeUtc() < expires;
}

QJsonObject DentrixSimulator::toJson(const Appointment &a) const
{
    return QJsonObject{{u"id"_s, QString::number(a.aptNum)},
                       {u"patientId"_s, QString::number(a.patNum)},
                       {u"operatoryId"_s, QString::number(a.op)},
                       {u"providerId"_s, QString::number(a.hygiene ? a.provHyg : a.provNum)},
                       {u"appointmentTypeId"_s, a.typeNum > 0 ? QString::number(a.typeNum) : QString()},
                       {u"start"_s, a.start.toString(Qt::ISODate)},
                       {u"duration"_s, a.minutes()},
                       {u"pattern"_s, a.pattern},
                       {u"status"_s, appointmentStatusName(a.state())},
                       {u"isHygiene"_s, a.hygiene},
                       {u"notes"_s, a.note},
                       {u"lastModified"_s, isoUtc(a.stamp)},
                       {u"createdBy"_s, u"front-desk"_s}};
}

QJsonObject DentrixSimulator::meta(int offset, int limit, qint64 total) const
{
    return QJsonObject{{u"offset"_s, offset},
                       {u"limit"_s, limit},
                       {u"total"_s, total},
                       {u"serverTime"_s, isoUtc(officeNow())}};
}

QHttpServerResponse DentrixSimulator::respond(const QHttpServerRequest &request, const QString &route)
{
    const auto method = request.method();
    using M = QHttpServerRequest::Method;
    if (route == u"token" && method == M::Post)
        return token(request);
    if (route == u"appointments" && method == M::Get)
        return list(request, 0);
    if (route == u"appointments" && method == M::Post)
        return create(request.body());
    if ((route == u"patients" || route == u"providers" || route == u"operatories" || route == u"types")
        && method == M::Get)
        return references(route, request);
    if (route.startsWith(u"patient/"_s) && method == M::Get)
        return list(request, route.section(u'/', 1).toLongLong());
    if (route == u"appointment/availability" && method == M::Get)
        return availability(request);
    if (route.startsWith(u"preferences/"_s) && method == M::Get)
        return preferences(route.section(u'/', 1).toLongLong());
    if (route == u"waitlist" && method == M::Get)
        return waitlist(request);
    if (route.startsWith(u"appointment/"_s)) {
        const qint64 id = route.section(u'/', 1).toLongLong();
        if (!m_appointments.contains(id))
            return failure(Failure::NotFound, u"No appointment %1."_s.arg(route.section(u'/', 1)));
        if (method == M::Get)
            return QHttpServerResponse(toJson(m_appointments.value(id)));
        if (method == M::Put)
            return update(id, request.body());
        if (method == M::Delete) {
            Appointment &a = m_appointments[id];
            if (!a.live())
                return failure(Failure::BadRequest, u"Appointment %1 is not scheduled."_s.arg(id));
            a.status = u"Broken"_s;
            a.missed = false;
            a.stamp = nextStamp();
            return QHttpServerResponse(Status::NoContent);
        }
    }
    return problem(u"method_not_allowed"_s, u"Method not allowed."_s, Status::MethodNotAllowed);
}

QHttpServerResponse DentrixSimulator::token(const QHttpServerRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body()));
    if (form.queryItemValue(u"grant_type"_s) != u"client_credentials")
        return problem(u"unsupported_grant_type"_s, u"grant_type must be client_credentials."_s, Status::BadRequest);
    if (form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded) != m_clientId
        || form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded) != m_clientSecret)
        return problem(u"invalid_client"_s, u"Unknown client id or wrong secret."_s, Status::Unauthorized);
    const QByteArray token = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_tokens.insert(token, QDateTime::currentDateTimeUtc().addSecs(m_tokenLifetime));
    ++m_tokensIssued;
    return QHttpServerResponse(QJsonObject{{u"access_token"_s, QString::fromLatin1(token)},
                                           {u"token_type"_s, u"Bearer"_s},
                                           {u"expires_in"_s, m_tokenLifetime}});
}

QHttpServerResponse DentrixSimulator::list(const QHttpServerRequest &request, qint64 patNum)
{
    const QUrlQuery query = request.query();
    const int offset = query.queryItemValue(u"offset"_s).toInt();
    const int limit = query.hasQueryItem(u"limit"_s)
            ? std::clamp(query.queryItemValue(u"limit"_s).toInt(), 1, m_pageSize)
            : m_pageSize;
    QDateTime since;
    if (query.hasQueryItem(u"modifiedSince"_s)) {
        since = QDateTime::fromString(query.queryItemValue(u"modifiedSince"_s, QUrl::FullyDecoded), Qt::ISODate);
        if (!since.isValid())
            return failure(Failure::BadRequest, u"modifiedSince must be an ISO 8601 time."_s);
    }
    const QDate date = QDate::fromString(query.queryItemValue(u"date"_s), Qt::ISODate);
    QJsonArray rows;
    qint64 total = 0;
    for (const Appointment &a : std::as_const(m_appointments)) {
        if (patNum > 0 && a.patNum != patNum)
            continue;
        if (date.isValid() && a.start.date() != date)
            continue;
        if (since.isValid() && a.stamp < since)
            continue;
        if (total++ < offset || rows.size() >= limit)
            continue;
        rows.append(toJson(a));
    }
    return QHttpServerResponse(QJsonObject{{u"data"_s, rows}, {u"meta"_s, meta(offset, limit, total)}});
}

QHttpServerResponse DentrixSimulator::references(const QString &what, const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const int offset = query.queryItemValue(u"offset"_s).toInt();
    const int limit = query.hasQueryItem(u"limit"_s)
            ? std::clamp(query.queryItemValue(u"limit"_s).toInt(), 1, m_pageSize)
            : m_pageSize;
    QJsonArray all;
    if (what == u"operatories") {
        for (qsizetype i = 0; i < m_chairs.size(); ++i)
            all.append(QJsonObject{{u"id"_s, QString::number(i + 1)},
                                   {u"name"_s, m_chairs.at(i).name},
                                   {u"abbreviation"_s, m_chairs.at(i).id.left(5).toUpper()},
                                   {u"hidden"_s, false},
                                   {u"order"_s, int(i)}});
    } else if (what == u"providers") {
        for (qsizetype i = 0; i < m_providers.size(); ++i) {
            const Provider &p = m_providers.at(i);
            QString name = p.name.section(u',', 0, 0).trimmed();
            if (name.startsWith(u"Dr. "_s))
                name = name.mid(4);
            all.append(QJsonObject{{u"id"_s, QString::number(i + 1)},
                                   {u"firstName"_s, name.section(u' ', 0, 0)},
                                   {u"lastName"_s, name.section(u' ', 1)},
                                   {u"abbreviation"_s, p.id.left(5).toUpper()},
                                   {u"type"_s, p.role == ProviderRole::Hygienist ? u"hygienist"_s : u"dentist"_s},
                                   {u"color"_s, QColor(p.color).isValid() ? QColor(p.color).name() : QString()},
                                   {u"active"_s, true}});
        }
    } else if (what == u"types") {
        for (qsizetype i = 0; i < m_types.size(); ++i)
            all.append(QJsonObject{{u"id"_s, QString::number(i + 1)},
                                   {u"name"_s, m_types.at(i).name},
                                   {u"duration"_s, m_types.at(i).minutes},
                                   {u"pattern"_s, m_types.at(i).pattern},
                                   {u"color"_s, QColor(m_types.at(i).color).isValid() ? QColor(m_types.at(i).color).name()
                                                                                     : QString()},
                                   {u"active"_s, true}});
    } else {
        // Patients modified at or after modifiedSince, each by their own stamp.
        QDateTime since;
        if (query.hasQueryItem(u"modifiedSince"_s)) {
            since = QDateTime::fromString(query.queryItemValue(u"modifiedSince"_s, QUrl::FullyDecoded), Qt::ISODate);
            if (!since.isValid())
                return failure(Failure::BadRequest, u"modifiedSince must be an ISO 8601 time."_s);
        }
        QHash<QString, qint64> guarantor;
        for (const Patient &p : m_patients) {
            if (!p.familyId.isEmpty() && !guarantor.contains(p.familyId))
                guarantor.insert(p.familyId, m_patByPatient.value(p.id));
        }
        // Only the page's rows are made: a practice of 20,000 patients is read 20 pages at a time.
        QJsonArray page;
        qint64 total = 0;
        for (const Patient &p : m_patients) {
            if (since.isValid() && patientStamp(p) < since)
                continue;
            if (total++ < offset || page.size() >= limit)
                continue;
            const qint64 id = m_patByPatient.value(p.id);
            page.append(QJsonObject{
                    {u"id"_s, QString::number(id)},
                    {u"firstName"_s, p.name.section(u' ', 0, -2)},
                    {u"lastName"_s, p.name.section(u' ', -1)},
                    {u"mobilePhone"_s, p.phone},
                    {u"email"_s, p.email},
                    {u"language"_s, p.language},
                    {u"guarantorId"_s, QString::number(p.familyId.isEmpty() ? id : guarantor.value(p.familyId))},
                    {u"preferredContact"_s, p.doNotContact                              ? u"none"_s
                                                    : p.preferredContact == ContactChannel::Sms   ? u"sms"_s
                                                    : p.preferredContact == ContactChannel::Email ? u"email"_s
                                                                                                  : u"phone"_s},
                    {u"status"_s, u"active"_s}});
        }
        return QHttpServerResponse(QJsonObject{{u"data"_s, page}, {u"meta"_s, meta(offset, limit, total)}});
    }
    QJsonArray page;
    for (qsizetype i = offset; i < all.size() && page.size() < limit; ++i)
        page.append(all.at(i));
    return QHttpServerResponse(QJsonObject{{u"data"_s, page}, {u"meta"_s, meta(offset, limit, all.size())}});
}

QHttpServerResponse DentrixSimulator::create(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    Appointment a;
    a.patNum = number(o.value(u"patientId"_s));
    a.op = number(o.value(u"operatoryId"_s));
    const QDateTime start = QDateTime::fromString(o.value(u"start"_s).toString(), Qt::ISODate);
    const int minutes = o.value(u"duration"_s).toInt();
    if (a.patNum <= 0 || a.op <= 0 || !start.isValid() || minutes <= 0)
        return failure(Failure::BadRequest, u"patientId, operatoryId, start (ISO 8601) and duration are required."_s);
    a.start = start.toTimeZone(m_zone);
    a.hygiene = o.value(u"isHygiene"_s).toBool();
    (a.hygiene ? a.provHyg : a.provNum) = number(o.value(u"providerId"_s));
    a.typeNum = number(o.value(u"appointmentTypeId"_s));
    a.pattern = o.value(u"pattern"_s).toString();
    if (a.pattern.size() * 5 != minutes)
        a.pattern = QString((minutes + 4) / 5, u'X');
    a.note = o.value(u"notes"_s).toString();
    const QString clash = overlapWith(a);
    if (!clash.isEmpty())
        return failure(Failure::Conflict, clash);
    a.aptNum = m_nextAptNum++;
    a.stamp = nextStamp();
    m_appointments.insert(a.aptNum, a);
    return QHttpServerResponse(toJson(a), Status::Created);
}

QHttpServerResponse DentrixSimulator::update(qint64 id, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    Appointment a = m_appointments.value(id);
    if (o.contains(u"operatoryId"_s))
        a.op = number(o.value(u"operatoryId"_s));
    if (o.contains(u"start"_s)) {
        const QDateTime start = QDateTime::fromString(o.value(u"start"_s).toString(), Qt::ISODate);
        if (!start.isValid())
            return failure(Failure::BadRequest, u"start must be an ISO 8601 time."_s);
        a.start = start.toTimeZone(m_zone);
    }
    if (o.contains(u"duration"_s))
        a.pattern = QString((o.value(u"duration"_s).toInt() + 4) / 5, u'X');
    if (o.contains(u"pattern"_s) && !o.value(u"pattern"_s).toString().isEmpty())
        a.pattern = o.value(u"pattern"_s).toString();
    if (o.contains(u"providerId"_s))
        (a.hygiene ? a.provHyg : a.provNum) = number(o.value(u"providerId"_s));
    if (o.contains(u"notes"_s))
        a.note = o.value(u"notes"_s).toString();
    if (o.contains(u"status"_s)) {
        const QString status = o.value(u"status"_s).toString();
        const std::optional<AppointmentStatus> to = parseAppointmentStatus(status);
        if (!to)
            return failure(Failure::BadRequest, u"Unknown status \"%1\"."_s.arg(status));
        if (*to == AppointmentStatus::NoShow || *to == AppointmentStatus::Cancelled) {
            if (!a.live())
                return failure(Failure::BadRequest, u"Appointment %1 is not scheduled."_s.arg(id));
            a.status = u"Broken"_s;
            a.missed = *to == AppointmentStatus::NoShow;
        } else {
            const QDateTime at = QDateTime::fromString(o.value(u"statusTime"_s).toString(), Qt::ISODate);
            a.missed = false;
            a.step(*to, at.isValid() ? at.toTimeZone(m_zone) : officeNow());
        }
    }
    const QString clash = a.live() ? overlapWith(a) : QString();
    if (!clash.isEmpty())
        return failure(Failure::Conflict, clash);
    a.stamp = nextStamp();
    m_appointments.insert(id, a);
    return QHttpServerResponse(toJson(a));
}

QHttpServerResponse DentrixSimulator::availability(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const QDate from = QDate::fromString(query.queryItemValue(u"from"_s), Qt::ISODate);
    const QDate to = QDate::fromString(query.queryItemValue(u"to"_s), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to || from.daysTo(to) > 92)
        return failure(Failure::BadRequest, u"from and to (YYYY-MM-DD, at most 92 days apart) are required."_s);
    QJsonArray rows;
    for (const Opening &o : openings(from, to, query.queryItemValue(u"appointmentTypeId"_s).toLongLong(),
                                     query.queryItemValue(u"providerId"_s).toLongLong(), 200))
        rows.append(QJsonObject{{u"start"_s, o.start.toString(Qt::ISODate)},
                                {u"duration"_s, o.minutes},
                                {u"providerId"_s, QString::number(o.provNum)},
                                {u"operatoryId"_s, QString::number(o.op)}});
    return QHttpServerResponse(QJsonObject{{u"data"_s, rows}, {u"meta"_s, meta(0, int(rows.size()), rows.size())}});
}

QHttpServerResponse DentrixSimulator::preferences(qint64 patNum) const
{
    if (patNum <= 0 || patNum > m_patients.size())
        return failure(Failure::NotFound, u"No patient %1."_s.arg(patNum));
    const Patient &p = m_patients.at(patNum - 1);
    return QHttpServerResponse(QJsonObject{
            {u"patientId"_s, QString::number(patNum)},
            {u"preferredDays"_s, QJsonArray::fromStringList(p.preferredDays.names())},
            {u"preferredTimeOfDay"_s, timeOfDayName(p.preferredTimeOfDay)},
            {u"preferredProviderId"_s,
             p.preferredProviderId.isEmpty() ? QString() : QString::number(m_provByProvider.value(p.preferredProviderId))},
            {u"preferredContact"_s, p.doNotContact ? u"none"_s : contactChannelName(p.preferredContact)}});
}

QHttpServerResponse DentrixSimulator::waitlist(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const int offset = query.queryItemValue(u"offset"_s).toInt();
    const int limit = query.hasQueryItem(u"limit"_s)
            ? std::clamp(query.queryItemValue(u"limit"_s).toInt(), 1, m_pageSize)
            : m_pageSize;
    QJsonArray rows;
    for (qsizetype i = offset; i < m_waitlist.size() && rows.size() < limit; ++i) {
        const WaitlistEntry &e = m_waitlist.at(i);
        rows.append(QJsonObject{
                {u"id"_s, QString::number(i + 1)},
                {u"patientId"_s, QString::number(m_patByPatient.value(e.patientId))},
                {u"appointmentTypeId"_s, QString::number(m_typeByType.value(e.typeId))},
                {u"providerId"_s, e.providerId.isEmpty() ? QString() : QString::number(m_provByProvider.value(e.providerId))},
                {u"earliestDate"_s, e.earliest.toString(Qt::ISODate)},
                {u"latestDate"_s, e.latest.toString(Qt::ISODate)},
                {u"urgency"_s, e.urgency},
                {u"addedAt"_s, e.sinceUtc.toUTC().toString(Qt::ISODate)}});
    }
    return QHttpServerResponse(QJsonObject{{u"data"_s, rows}, {u"meta"_s, meta(offset, limit, m_waitlist.size())}});
}

} // namespace chairside::pmssim
