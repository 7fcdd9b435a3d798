#include "nexhealthsimulator.h"

#include "services/practicefile.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside::pmssim {

namespace {

using Status = QHttpServerResponder::StatusCode;

// NexHealth's envelope for a refusal: code false, no description, the messages, no data.
QHttpServerResponse problem(const QString &message, Status status)
{
    return QHttpServerResponse(QJsonObject{{u"code"_s, false},
                                           {u"description"_s, QJsonValue::Null},
                                           {u"error"_s, QJsonArray{message}},
                                           {u"data"_s, QJsonValue::Null}},
                               status);
}

QJsonObject envelope(const QJsonValue &data, const QJsonValue &description = QJsonValue::Null)
{
    return QJsonObject{
            {u"code"_s, true}, {u"description"_s, description}, {u"error"_s, QJsonArray{}}, {u"data"_s, data}};
}

// Times as NexHealth answers them: UTC with milliseconds ("2020-06-05T20:16:57.007Z").
QJsonValue utc(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// A time the client sent: ISO 8601 with "Z", "+00:00" or "+0000"; without an offset it is
// UTC; a date alone is the office's midnight.
std::optional<QDateTime> parseTime(const QString &text, const QTimeZone &office)
{
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression compactOffset(u"([+-]\\d{2})(\\d{2})$"_s);
    const QString trimmed = text.trimmed();
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        return QDateTime(day, QTime(0, 0), office);
    }
    QString iso = trimmed;
    if (iso.contains(u'T'))
        iso.replace(compactOffset, u"\\1:\\2"_s);
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t;
}

// "-6:00": the offset an appointment reads with, hours unpadded.
QString shortOffset(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = std::abs(seconds);
    return u"%1%2:%3"_s.arg(sign).arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

// "-0600": the offset working hours read with.
QString compactOffsetText(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = std::abs(seconds);
    const QLatin1Char zero('0');
    return u"%1%2%3"_s.arg(sign).arg(seconds / 3600, 2, 10, zero).arg((seconds % 3600) / 60, 2, 10, zero);
}

QString cursorFor(qint64 id)
{
    return QString::fromLatin1(
            QByteArray::number(id).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A provider's name without "Dr. " and without credentials after a comma ("Ana Alvarez").
QString plainProviderName(const QString &name)
{
    QString plain = name.section(u',', 0, 0).trimmed();
    if (plain.startsWith(u"Dr. "_s))
        plain = plain.mid(4).trimmed();
    return plain;
}

// An id from a JSON body: a number, or a string of digits.
qint64 number(const QJsonValue &v)
{
    return v.isDouble() ? qint64(v.toDouble()) : v.toString().toLongLong();
}

// The API versions this simulator answers: v20240412 and its other name, v3.0.0.
bool supportedVersion(const QHttpServerRequest &request)
{
    const QByteArray version = request.value("Nex-Api-Version");
    return version == "v20240412" || version == "v3.0.0";
}

bool present(const QJsonObject &o, const QString &key)
{
    return o.contains(key) && !o.value(key).isNull() && !(o.value(key).isString() && o.value(key).toString().isEmpty());
}

} // namespace

NexHealthSimulator::NexHealthSimulator(QObject *parent) : PmsSimulator(parent)
{
    setCredentials(u"nexkey"_s, u"sim-dental"_s, 101);
    const auto route = [this](const QString &path, const QString &name) {
        m_server->route(path, [this, name](const QHttpServerRequest &request) { return handle(request, name); });
    };
    route(u"/authenticates"_s, u"authenticates"_s);
    route(u"/providers"_s, u"providers"_s);
    route(u"/operatories"_s, u"operatories"_s);
    route(u"/appointment_types"_s, u"appointment_types"_s);
    route(u"/recall_types"_s, u"recall_types"_s);
    route(u"/patient_recalls"_s, u"patient_recalls"_s);
    route(u"/working_hours"_s, u"working_hours"_s);
    route(u"/patients"_s, u"patients"_s);
    route(u"/appointments"_s, u"appointments"_s);
    m_server->route(u"/appointments/<arg>"_s, [this](const QString &id, const QHttpServerRequest &request) {
        return handle(request, u"appointment/"_s + id);
    });
    m_server->route(u"/locations/<arg>"_s, [this](const QString &id, const QHttpServerRequest &request) {
        return handle(request, u"location/"_s + id);
    });
    // Any other path still goes through the checks and is answered 404 in the envelope.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, QString()).write(std::move(responder));
    });
}

NexHealthSimulator::~NexHealthSimulator() = default;

QDateTime NexHealthSimulator::officeNow() const
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), m_zone);
}

bool NexHealthSimulator::loadPractice(const QByteArray &practiceJson, QString *error)
{
    if (!PmsSimulator::loadPractice(practiceJson, error))
        return false;
    const PracticeFileReader::Result read = PracticeFileReader::read(practiceJson, {});
    m_practiceName = read.data.practice ? read.data.practice->name : QString();
    m_blocks.clear();
    m_records.clear();
    m_providerStamps.clear();
    m_providerNames.clear();
    for (qsizetype i = 0; i < m_providers.size(); ++i)
        m_providerNames.insert(i + 1, m_providers.at(i).name);
    // NexHealth read the practice's records from its system one after another: their
    // updated_at are a second apart, the last a second before the server started.
    qint64 behind = m_appointments.size();
    for (Appointment &a : m_appointments)
        a.stamp = m_loadedStamp.addSecs(-behind--);
    behind = m_patients.size();
    for (const Patient &p : std::as_const(m_patients))
        m_patientStamps.insert(p.id, m_loadedStamp.addSecs(-behind--));
    return true;
}

void NexHealthSimulator::setCredentials(const QString &apiKey, const QString &subdomain, qint64 locationId)
{
    m_apiKey = apiKey;
    m_subdomain = subdomain;
    m_locationId = locationId;
}

QString NexHealthSimulator::foreignIdType() const
{
    return u"msg-%1-DataSource-100"_s.arg(m_ehr);
}

QString NexHealthSimulator::baseUrl() const
{
    return origin();
}

QHttpServerResponse NexHealthSimulator::failure(Failure kind, const QString &message) const
{
    // A refused token reads as NexHealth words it, whatever the reason.
    return problem(kind == Failure::Auth ? u"Invalid Credentials"_s : message, statusFor(kind));
}

bool NexHealthSimulator::authorized(const QHttpServerRequest &request) const
{
    // Without a supported version header every call is answered 404, before credentials:
    // respond() says so. /authenticates checks the API key itself.
    if (!supportedVersion(request))
        return true;
    if (request.url().path() == u"/authenticates")
        return true;
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return false;
    const QDateTime expires = m_tokens.value(header.mid(7));
    return expires.isValid() && QDateTime::currentDateTimeUtc() < expires;
}

bool NexHealthSimulator::writes(const QHttpServerRequest &request) const
{
    return request.method() != QHttpServerRequest::Method::Get && request.url().path() != u"/authenticates";
}

QHttpServerResponse NexHealthSimulator::respond(const QHttpServerRequest &request, const QString &route)
{
    if (!supportedVersion(request))
        return problem(u"Nex-Api-Version header is missing or not supported"_s, Status::NotFound);
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    if (route == u"authenticates" && method == M::Post)
        return authenticate(request);
    const QUrlQuery query = request.query();
    const auto scoped = [&](LocationRule rule) { return outOfScope(query, rule); };
    if (method == M::Get && route.startsWith(u"location/"_s)) {
        if (auto refused = scoped(LocationRule::Ignored))
            return std::move(*refused);
        return location(route.section(u'/', 1));
    }
    if (method == M::Get && route == u"providers") {
        if (auto refused = scoped(LocationRule::Optional))
            return std::move(*refused);
        return providers(query);
    }
    if (method == M::Get && route == u"operatories") {
        if (auto refused = scoped(LocationRule::Required))
            return std::move(*refused);
        return operatories(query);
    }
    if (method == M::Get && route == u"appointment_types") {
        if (auto refused = scoped(LocationRule::Optional))
            return std::move(*refused);
        return appointmentTypes();
    }
    if (method == M::Get && route == u"recall_types") {
        if (auto refused = scoped(LocationRule::Required))
            return std::move(*refused);
        return recallTypes(query);
    }
    if (method == M::Get && route == u"patient_recalls") {
        if (auto refused = scoped(LocationRule::Required))
            return std::move(*refused);
        return patientRecalls(query);
    }
    if (method == M::Get && route == u"working_hours") {
        if (auto refused = scoped(LocationRule::Required))
            return std::move(*refused);
        return workingHours(query);
    }
    if (method == M::Get && route == u"patients") {
        if (auto refused = scoped(LocationRule::Required))
            return std::move(*refused);
        return patients(query);
    }
    if (method == M::Post && route == u"patients") {
        if (auto refused = scoped(LocationRule::Required))
            return std::move(*refused);
        return addPatient(query, request.body());
    }
    if (route == u"appointments" && (method == M::Get || method == M::Post)) {
        if (auto refused = scoped(LocationRule::Required))
            return std::move(*refused);
        if (method == M::Get)
            return listAppointments(query);
        ++m_posts;
        return create(request.body());
    }
    if (route.startsWith(u"appointment/"_s) && (method == M::Get || method == M::Patch)) {
        if (auto refused = scoped(LocationRule::Ignored))
            return std::move(*refused);
        bool ok = false;
        const qint64 id = route.section(u'/', 1).toLongLong(&ok);
        Appointment *a = ok ? find(id) : nullptr;
        if (!a)
            return problem(u"Appointment not found"_s, Status::NotFound);
        if (method == M::Get)
            return QHttpServerResponse(envelope(toJson(*a, m_blocks.contains(id))));
        ++m_patches;
        return update(id, request.body());
    }
    return problem(u"Not found"_s, Status::NotFound);
}

std::optional<QHttpServerResponse> NexHealthSimulator::outOfScope(const QUrlQuery &query, LocationRule rule) const
{
    if (!query.hasQueryItem(u"subdomain"_s) || query.queryItemValue(u"subdomain"_s).isEmpty())
        return problem(u"subdomain is missing"_s, Status::BadRequest);
    if (query.queryItemValue(u"subdomain"_s, QUrl::FullyDecoded) != m_subdomain)
        return problem(u"You don't have access to perform this action."_s, Status::Forbidden);
    if (rule == LocationRule::Ignored)
        return std::nullopt;
    const QString location = query.queryItemValue(u"location_id"_s);
    if (location.isEmpty()) {
        if (rule == LocationRule::Required)
            return problem(u"location_id is missing"_s, Status::BadRequest);
        return std::nullopt;
    }
    bool ok = false;
    if (location.toLongLong(&ok) != m_locationId || !ok)
        return problem(u"Location not found"_s, Status::NotFound);
    return std::nullopt;
}

std::optional<QHttpServerResponse> NexHealthSimulator::readPaging(const QUrlQuery &query, Paging *paging) const
{
    int perPage = 5;
    if (query.hasQueryItem(u"per_page"_s)) {
        bool ok = false;
        perPage = query.queryItemValue(u"per_page"_s).toInt(&ok);
        if (!ok || perPage < 1)
            return problem(u"per_page must be a positive number"_s, Status::BadRequest);
        if (perPage > 1000)
            return problem(u"per_page must be at most 1000"_s, Status::BadRequest);
    }
    paging->length = std::max(1, std::min(perPage, m_pageSize));
    paging->after = 0;
    const QString cursor = query.queryItemValue(u"end_cursor"_s, QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
                cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        bool ok = false;
        paging->after = decoded ? decoded.decoded.toLongLong(&ok) : 0;
        if (!ok || paging->after < 1)
            return problem(u"end_cursor is not valid"_s, Status::BadRequest);
    }
    return std::nullopt;
}

std::optional<QHttpServerResponse> NexHealthSimulator::readSince(const QUrlQuery &query, QDateTime *since) const
{
    *since = QDateTime();
    if (!query.hasQueryItem(u"updated_since"_s))
        return std::nullopt;
    const auto parsed = parseTime(query.queryItemValue(u"updated_since"_s, QUrl::FullyDecoded), m_zone);
    if (!parsed)
        return problem(u"updated_since is not a valid time"_s, Status::BadRequest);
    *since = *parsed;
    return std::nullopt;
}

QHttpServerResponse NexHealthSimulator::page(const QList<qint64> &ids, const Paging &paging,
                                             const std::function<QJsonObject(qint64)> &row) const
{
    const qsizetype first = std::upper_bound(ids.cbegin(), ids.cend(), paging.after) - ids.cbegin();
    return pageFrom(ids.mid(first, paging.length + 1), first > 0, paging.length, row);
}

QHttpServerResponse NexHealthSimulator::pageFrom(const QList<qint64> &after, bool earlier, int length,
                                                 const std::function<QJsonObject(qint64)> &row) const
{
    // Only the page's rows are made: a practice of 20,000 patients is read a page at a time.
    const qsizetype end = std::min<qsizetype>(after.size(), length);
    QJsonArray rows;
    for (qsizetype i = 0; i < end; ++i)
        rows.append(row(after.at(i)));
    const QJsonValue none(QJsonValue::Null);
    const QJsonObject info{{u"has_previous_page"_s, earlier},
                           {u"has_next_page"_s, end < after.size()},
                           {u"start_cursor"_s, end == 0 ? none : QJsonValue(cursorFor(after.at(0)))},
                           {u"end_cursor"_s, end == 0 ? none : QJsonValue(cursorFor(after.at(end - 1)))}};
    QJsonObject body = envelope(rows);
    body.insert(u"page_info"_s, info);
    return QHttpServerResponse(body);
}

QHttpServerResponse NexHealthSimulator::authenticate(const QHttpServerRequest &request)
{
    if (m_apiKey.isEmpty() || request.value("Authorization") != m_apiKey.toUtf8())
        return problem(u"Invalid Credentials"_s, Status::Unauthorized);
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    const QByteArray token = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, QDateTime::currentDateTimeUtc().addSecs(m_tokenLifetime));
    ++m_tokensIssued;
    return QHttpServerResponse(envelope(QJsonObject{{u"token"_s, QString::fromLatin1(token)}}, u"Authenticated"_s),
                               Status::Created);
}

QHttpServerResponse NexHealthSimulator::location(const QString &id) const
{
    bool ok = false;
    if (id.toLongLong(&ok) != m_locationId || !ok)
        return problem(u"Location not found"_s, Status::NotFound);
    return QHttpServerResponse(envelope(QJsonObject{
            {u"id"_s, m_locationId},
            {u"name"_s, m_practiceName.isEmpty() ? u"Location %1"_s.arg(m_locationId) : m_practiceName},
            {u"institution_id"_s, 1},
            {u"tz"_s, QString::fromLatin1(m_zone.id())},
            {u"map_by_operatory"_s, true},
            {u"insert_appt_client"_s, true},
            {u"inactive"_s, false}}));
}

void NexHealthSimulator::noticeRenames()
{
    // The base renames a provider at the desk without a stamp: the rename is noticed here, at
    // the next read, and stamped then (never earlier than the rename).
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        const qint64 id = i + 1;
        const QString &name = m_providers.at(i).name;
        const auto seen = m_providerNames.constFind(id);
        if (seen == m_providerNames.cend()) {
            m_providerNames.insert(id, name);
        } else if (*seen != name) {
            m_providerNames.insert(id, name);
            m_providerStamps.insert(id, nextStamp());
        }
    }
}

QString NexHealthSimulator::providerName(qint64 provNum) const
{
    if (provNum < 1 || provNum > m_providers.size())
        return {};
    return plainProviderName(m_providers.at(provNum - 1).name);
}

QHttpServerResponse NexHealthSimulator::providers(const QUrlQuery &query)
{
    Paging paging;
    QDateTime since;
    if (auto refused = readPaging(query, &paging))
        return std::move(*refused);
    if (auto refused = readSince(query, &since))
        return std::move(*refused);
    noticeRenames();
    QList<qint64> ids;
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        if (!since.isValid() || m_providerStamps.value(i + 1, m_loadedStamp) >= since)
            ids.append(i + 1);
    }
    return page(ids, paging, [this](qint64 id) {
        const QString name = providerName(id);
        return QJsonObject{{u"id"_s, id},
                           {u"first_name"_s, name.section(u' ', 0, 0)},
                           {u"last_name"_s, name.section(u' ', 1)},
                           {u"name"_s, name},
                           {u"display_name"_s, QJsonValue::Null},
                           {u"inactive"_s, false},
                           {u"foreign_id"_s, QString::number(id)},
                           {u"foreign_id_type"_s, foreignIdType()},
                           {u"npi"_s, QJsonValue::Null},
                           {u"updated_at"_s, utc(m_providerStamps.value(id, m_loadedStamp))},
                           {u"created_at"_s, utc(m_loadedStamp)}};
    });
}

QHttpServerResponse NexHealthSimulator::operatories(const QUrlQuery &query) const
{
    Paging paging;
    QDateTime since;
    if (auto refused = readPaging(query, &paging))
        return std::move(*refused);
    if (auto refused = readSince(query, &since))
        return std::move(*refused);
    QList<qint64> ids;
    for (qsizetype i = 0; i < m_chairs.size(); ++i) {
        if (!since.isValid() || m_loadedStamp >= since)
            ids.append(i + 1);
    }
    return page(ids, paging, [this](qint64 id) {
        return QJsonObject{{u"id"_s, id},
                           {u"name"_s, m_chairs.at(id - 1).name},
                           {u"location_id"_s, m_locationId},
                           {u"active"_s, true},
                           {u"foreign_id"_s, QString::number(id)},
                           {u"foreign_id_type"_s, foreignIdType()},
                           {u"display_name"_s, QJsonValue::Null},
                           {u"bookable_online"_s, true},
                           {u"updated_at"_s, utc(m_loadedStamp)},
                           {u"created_at"_s, utc(m_loadedStamp)}};
    });
}

namespace {

QJsonObject recallTypeJson(const RecallType &t, qint64 id)
{
    const bool days = t.intervalMonths == 0;
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, t.name},
                       {u"description"_s, t.name},
                       {u"interval_num"_s, days ? t.intervalDays : t.intervalMonths},
                       {u"interval_unit"_s, days ? u"day"_s : u"month"_s}};
}

} // namespace

QHttpServerResponse NexHealthSimulator::recallTypes(const QUrlQuery &query) const
{
    Paging paging;
    if (auto refused = readPaging(query, &paging))
        return std::move(*refused);
    QList<qint64> ids;
    for (qsizetype i = 0; i < m_recallTypes.size(); ++i)
        ids.append(i + 1);
    return page(ids, paging, [this](qint64 id) { return recallTypeJson(m_recallTypes.at(id - 1), id); });
}

QHttpServerResponse NexHealthSimulator::patientRecalls(const QUrlQuery &query) const
{
    Paging paging;
    if (auto refused = readPaging(query, &paging))
        return std::move(*refused);
    QList<qint64> ids;
    for (qsizetype i = 0; i < m_recalls.size(); ++i) {
        if (!m_recalls.at(i).disabled)
            ids.append(i + 1);
    }
    return page(ids, paging, [this](qint64 id) {
        const Recall &r = m_recalls.at(id - 1);
        qint64 typeNum = 0;
        for (qsizetype i = 0; i < m_recallTypes.size(); ++i) {
            if (m_recallTypes.at(i).id == r.recallTypeId)
                typeNum = i + 1;
        }
        return QJsonObject{{u"id"_s, id},
                           {u"patient_id"_s, m_patByPatient.value(r.patientId)},
                           {u"date_due"_s, r.due.toString(Qt::ISODate)},
                           {u"appointment_id"_s, QJsonValue::Null},
                           {u"foreign_id"_s, QString::number(id)},
                           {u"foreign_id_type"_s, foreignIdType()},
                           {u"recall_type"_s, typeNum > 0 ? QJsonValue(recallTypeJson(m_recallTypes.at(typeNum - 1), typeNum))
                                                          : QJsonValue(QJsonValue::Null)},
                           {u"created_at"_s, utc(m_loadedStamp)},
                           {u"updated_at"_s, utc(m_loadedStamp)}};
    });
}

QHttpServerResponse NexHealthSimulator::appointmentTypes() const
{
    QJsonArray rows;
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        const QString pattern = m_typePattern.value(i + 1);
        rows.append(QJsonObject{{u"id"_s, i + 1},
                                {u"name"_s, m_types.at(i).name},
                                {u"minutes"_s, pattern.isEmpty() ? m_types.at(i).minutes : int(pattern.size()) * 5},
                                {u"parent_type"_s, u"Location"_s},
                                {u"parent_id"_s, m_locationId},
                                {u"bookable_online"_s, true}});
    }
    QJsonObject body = envelope(rows);
    body.insert(u"count"_s, rows.size());
    return QHttpServerResponse(body);
}

QHttpServerResponse NexHealthSimulator::workingHours(const QUrlQuery &query) const
{
    Paging paging;
    if (auto refused = readPaging(query, &paging))
        return std::move(*refused);
    // One synced working hour per weekly span of each provider, numbered in that order.
    struct Hour
    {
        qint64 provNum;
        WorkingHours hours;
    };
    QList<Hour> all;
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        for (const WorkingHours &h : m_providers.at(i).hours)
            all.append({i + 1, h});
    }
    QList<qint64> ids;
    for (qsizetype i = 0; i < all.size(); ++i)
        ids.append(i + 1);
    const QString offset = compactOffsetText(m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc()));
    return page(ids, paging, [this, &all, &offset](qint64 id) {
        const Hour &h = all.at(id - 1);
        QJsonArray days;
        for (int d = 1; d <= 7; ++d) {
            if (h.hours.days.contains(d))
                days.append(QLocale::c().dayName(d, QLocale::LongFormat));
        }
        const auto clock = [](int minute) {
            return minute >= 24 * 60 ? u"24:00"_s : QTime(0, 0).addSecs(qint64(minute) * 60).toString(u"HH:mm"_s);
        };
        return QJsonObject{{u"id"_s, id},
                           {u"provider_id"_s, h.provNum},
                           {u"location_id"_s, m_locationId},
                           {u"operatory_id"_s, QJsonValue::Null},
                           {u"begin_time"_s, clock(h.hours.span.startMinute)},
                           {u"end_time"_s, clock(h.hours.span.endMinute)},
                           {u"days"_s, days},
                           {u"specific_date"_s, QJsonValue::Null},
                           {u"custom_recurrence"_s, QJsonValue::Null},
                           {u"tz_offset"_s, offset},
                           {u"active"_s, true},
                           {u"source"_s, u"synced"_s},
                           {u"label"_s, QJsonValue::Null}};
    });
}

QHttpServerResponse NexHealthSimulator::patients(const QUrlQuery &query) const
{
    Paging paging;
    QDateTime since;
    if (auto refused = readPaging(query, &paging))
        return std::move(*refused);
    if (auto refused = readSince(query, &since))
        return std::move(*refused);
    QList<qint64> ids;
    for (qsizetype i = 0; i < m_patients.size(); ++i) {
        if (!since.isValid() || patientStamp(m_patients.at(i)) >= since)
            ids.append(i + 1);
    }
    return page(ids, paging, [this](qint64 id) { return patientJson(id); });
}

QJsonObject NexHealthSimulator::patientJson(qint64 id) const
{
    const Patient &p = m_patients.at(id - 1);
    // A family's guarantor is its first member.
    qint64 guarantor = 0;
    for (qsizetype i = 0; i < m_patients.size() && !p.familyId.isEmpty() && guarantor == 0; ++i) {
        if (m_patients.at(i).familyId == p.familyId)
            guarantor = i + 1;
    }
    const QString first = p.lastName.isEmpty() ? p.name.section(u' ', 0, -2) : p.firstName;
    const QString last = p.lastName.isEmpty() ? p.name.section(u' ', -1) : p.lastName;
    return QJsonObject{
            {u"id"_s, id},
            {u"first_name"_s, first},
            {u"last_name"_s, last},
            {u"name"_s, p.name},
            {u"email"_s, p.email.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.email)},
            {u"bio"_s, QJsonObject{{u"phone_number"_s, p.phone},
                                   {u"cell_phone_number"_s, p.phone},
                                   {u"home_phone_number"_s, u""_s},
                                   {u"date_of_birth"_s, p.birthdate.isValid() ? p.birthdate.toString(Qt::ISODate)
                                                                              : QString()},
                                   {u"gender"_s, m_genders.value(p.id)}}},
            {u"inactive"_s, false},
            {u"preferred_language"_s, p.language == u"es" ? u"es"_s : u"en"_s},
            {u"guarantor_id"_s, guarantor == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(guarantor)},
            {u"updated_at"_s, utc(patientStamp(p))},
            {u"created_at"_s, utc(m_loadedStamp)},
            // Not in the practice's system until their first booking writes them there.
            {u"foreign_id"_s, m_createdPatients.contains(p.id) ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(QString::number(id))},
            {u"foreign_id_type"_s, foreignIdType()}};
}

QHttpServerResponse NexHealthSimulator::addPatient(const QUrlQuery &query, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonObject patient = o.value(u"patient"_s).toObject();
    const QJsonObject bio = patient.value(u"bio"_s).toObject();
    const qint64 provNum = number(o.value(u"provider"_s).toObject().value(u"provider_id"_s));
    if (provNum < 1 || provNum > m_providers.size())
        return problem(u"provider.provider_id is missing or not a provider of this location"_s, Status::BadRequest);
    const QString first = patient.value(u"first_name"_s).toString().trimmed();
    const QString last = patient.value(u"last_name"_s).toString().trimmed();
    if (first.isEmpty() || last.isEmpty())
        return problem(u"patient.first_name and patient.last_name are required"_s, Status::BadRequest);
    const QDate born = QDate::fromString(bio.value(u"date_of_birth"_s).toString(), Qt::ISODate);
    if (!born.isValid())
        return problem(u"patient.bio.date_of_birth must be YYYY-MM-DD"_s, Status::BadRequest);
    if (query.queryItemValue(u"return_existing_if_match"_s) == u"true") {
        for (qsizetype i = 0; i < m_patients.size(); ++i) {
            const QJsonObject known = patientJson(i + 1);
            if (known.value(u"first_name"_s).toString().compare(first, Qt::CaseInsensitive) == 0
                && known.value(u"last_name"_s).toString().compare(last, Qt::CaseInsensitive) == 0
                && m_patients.at(i).birthdate == born)
                return QHttpServerResponse(envelope(QJsonObject{{u"user"_s, known}}));
        }
    }
    Patient p;
    p.id = u"nh-desk-"_s + QString::number(m_patients.size() + 1);
    p.firstName = first;
    p.lastName = last;
    p.name = first + u' ' + last;
    p.birthdate = born;
    p.email = patient.value(u"email"_s).toString();
    p.phone = bio.value(u"cell_phone_number"_s).toString();
    if (p.phone.isEmpty())
        p.phone = bio.value(u"phone_number"_s).toString();
    // NexHealth writes "Female" when no gender is sent.
    m_genders.insert(p.id, bio.value(u"gender"_s).toString(u"Female"_s));
    m_createdPatients.append(p.id);
    const qint64 id = addPatientOnServer(p);
    return QHttpServerResponse(envelope(QJsonObject{{u"user"_s, patientJson(id)}}), Status::Created);
}

PmsSimulator::Appointment *NexHealthSimulator::find(qint64 id)
{
    if (m_appointments.contains(id))
        return &m_appointments[id];
    if (m_blocks.contains(id))
        return &m_blocks[id];
    return nullptr;
}

QJsonObject NexHealthSimulator::toJson(const Appointment &a, bool block) const
{
    const Record record = m_records.value(a.aptNum);
    const bool written = record.insertion == Insertion::Written;
    const qint64 provNum = a.hygiene ? a.provHyg : a.provNum;
    const QString provider = providerName(provNum);
    return QJsonObject{
            {u"id"_s, a.aptNum},
            {u"patient_id"_s, block || a.patNum <= 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(a.patNum)},
            {u"provider_id"_s, provNum > 0 ? QJsonValue(provNum) : QJsonValue(QJsonValue::Null)},
            {u"provider_name"_s, provider.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(provider)},
            {u"operatory_id"_s, a.op > 0 ? QJsonValue(a.op) : QJsonValue(QJsonValue::Null)},
            {u"start_time"_s, utc(a.start)},
            {u"end_time"_s, utc(a.start.addSecs(qint64(a.minutes()) * 60))},
            {u"confirmed"_s, a.confirmed == u"Confirmed"},
            {u"cancelled"_s, !a.live() && a.status != u"Complete"},
            {u"unavailable"_s, block},
            {u"patient_missed"_s, a.missed},
            {u"appointment_type_id"_s, a.typeNum},
            {u"note"_s, a.note},
            {u"checkin_at"_s, utc(a.arrived)},
            {u"created_at"_s, utc(record.created.isValid() ? record.created : m_loadedStamp)},
            {u"updated_at"_s, utc(a.stamp)},
            {u"foreign_id"_s, written ? QJsonValue(u"ehr-%1"_s.arg(a.aptNum)) : QJsonValue(QJsonValue::Null)},
            {u"foreign_id_type"_s, foreignIdType()},
            {u"last_sync_time"_s, written ? utc(a.stamp) : QJsonValue(QJsonValue::Null)},
            {u"location_id"_s, m_locationId},
            {u"timezone"_s, QString::fromLatin1(m_zone.id())},
            {u"timezone_offset"_s, shortOffset(m_zone.offsetFromUtc(a.start))}};
}

QHttpServerResponse NexHealthSimulator::listAppointments(const QUrlQuery &query)
{
    if (!query.hasQueryItem(u"start"_s) || query.queryItemValue(u"start"_s).isEmpty())
        return problem(u"start is missing"_s, Status::BadRequest);
    if (!query.hasQueryItem(u"end"_s) || query.queryItemValue(u"end"_s).isEmpty())
        return problem(u"end is missing"_s, Status::BadRequest);
    const auto from = parseTime(query.queryItemValue(u"start"_s, QUrl::FullyDecoded), m_zone);
    if (!from)
        return problem(u"start is not a valid time"_s, Status::BadRequest);
    const auto to = parseTime(query.queryItemValue(u"end"_s, QUrl::FullyDecoded), m_zone);
    if (!to)
        return problem(u"end is not a valid time"_s, Status::BadRequest);
    Paging paging;
    QDateTime since;
    if (auto refused = readPaging(query, &paging))
        return std::move(*refused);
    if (auto refused = readSince(query, &since))
        return std::move(*refused);
    // Appointments starting in [start, end), blocks among them, by id. Each book is read from
    // the cursor on and only until a page and one more are found, so a large book is not read
    // whole for every page.
    const auto wanted = [&](const Appointment &a) {
        return a.start >= *from && a.start < *to && (!since.isValid() || a.stamp >= since);
    };
    QList<qint64> ids;
    const auto collect = [&](const QMap<qint64, Appointment> &book) {
        int found = 0;
        for (auto it = book.upperBound(paging.after); it != book.cend() && found <= paging.length; ++it) {
            if (wanted(*it)) {
                ids.append(it.key());
                ++found;
            }
        }
    };
    collect(m_appointments);
    collect(m_blocks);
    std::sort(ids.begin(), ids.end());
    ids.resize(std::min<qsizetype>(ids.size(), paging.length + 1));
    // A cursor is the last row of an earlier page, so rows came before this one.
    return pageFrom(ids, paging.after > 0, paging.length, [this](qint64 id) {
        const bool block = m_blocks.contains(id);
        return toJson(block ? m_blocks.value(id) : m_appointments.value(id), block);
    });
}

QHttpServerResponse NexHealthSimulator::create(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object().value(u"appt"_s).toObject();
    if (o.isEmpty())
        return problem(u"appt is missing"_s, Status::BadRequest);
    for (const QString &field : {u"patient_id"_s, u"provider_id"_s, u"start_time"_s, u"operatory_id"_s}) {
        if (!present(o, field))
            return problem(u"%1 is missing"_s.arg(field), Status::BadRequest);
    }
    Appointment a;
    a.patNum = number(o.value(u"patient_id"_s));
    const qint64 provNum = number(o.value(u"provider_id"_s));
    a.op = number(o.value(u"operatory_id"_s));
    a.typeNum = number(o.value(u"appointment_type_id"_s));
    if (a.patNum < 1 || a.patNum > m_patients.size())
        return problem(u"Patient not found"_s, Status::NotFound);
    if (provNum < 1 || provNum > m_providers.size())
        return problem(u"Provider not found"_s, Status::NotFound);
    if (a.op < 1 || a.op > m_chairs.size())
        return problem(u"Operatory not found"_s, Status::NotFound);
    if (a.typeNum < 0 || a.typeNum > m_types.size())
        return problem(u"Appointment type not found"_s, Status::NotFound);
    const auto start = parseTime(o.value(u"start_time"_s).toString(), m_zone);
    if (!start)
        return problem(u"start_time is not a valid time"_s, Status::BadRequest);
    int minutes = 0;
    if (present(o, u"end_time"_s)) {
        const auto end = parseTime(o.value(u"end_time"_s).toString(), m_zone);
        if (!end)
            return problem(u"end_time is not a valid time"_s, Status::BadRequest);
        minutes = int(start->secsTo(*end) / 60);
        if (minutes <= 0)
            return problem(u"end_time must be after start_time"_s, Status::BadRequest);
    } else if (a.typeNum > 0) {
        const QString pattern = m_typePattern.value(a.typeNum);
        minutes = pattern.isEmpty() ? m_types.at(a.typeNum - 1).minutes : int(pattern.size()) * 5;
    } else {
        return problem(u"end_time or appointment_type_id is required"_s, Status::BadRequest);
    }
    a.hygiene = m_providers.at(provNum - 1).role == ProviderRole::Hygienist;
    (a.hygiene ? a.provHyg : a.provNum) = provNum;
    a.start = start->toTimeZone(m_zone);
    a.pattern = QString((minutes + 4) / 5, u'X');
    a.note = o.value(u"note"_s).toString();
    // NexHealth takes the booking even where the operatory is already booked: no overlap check.
    a.aptNum = m_nextAptNum++;
    a.stamp = nextStamp();
    m_appointments.insert(a.aptNum, a);
    m_records.insert(a.aptNum, Record{Insertion::Pending, a.stamp});
    return QHttpServerResponse(envelope(QJsonObject{{u"appt"_s, toJson(a, false)}}), Status::Created);
}

QHttpServerResponse NexHealthSimulator::update(qint64 id, const QByteArray &body)
{
    const QJsonValue appt = QJsonDocument::fromJson(body).object().value(u"appt"_s);
    if (!appt.isObject())
        return problem(u"appt is missing"_s, Status::BadRequest);
    const QJsonObject o = appt.toObject();
    const bool block = m_blocks.contains(id);
    Appointment a = *find(id);
    // Only the fields NexHealth lets a client change; the rest are left to the next sync.
    if (o.contains(u"cancelled"_s)) {
        const bool cancelled = !a.live() && a.status != u"Complete";
        if (o.value(u"cancelled"_s).toBool() && !cancelled) {
            a.status = u"Broken"_s;
            a.missed = false;
        } else if (!o.value(u"cancelled"_s).toBool() && cancelled) {
            return problem(u"cancelled cannot be unset"_s, Status::BadRequest);
        }
    }
    if (o.contains(u"confirmed"_s)) {
        const bool confirmed = a.confirmed == u"Confirmed";
        if (o.value(u"confirmed"_s).toBool())
            a.confirmed = u"Confirmed"_s;
        else if (confirmed)
            return problem(u"confirmed cannot be unset"_s, Status::BadRequest);
    }
    if (o.contains(u"checkin_at"_s)) {
        if (o.value(u"checkin_at"_s).isNull()) {
            if (a.arrived.isValid())
                return problem(u"checkin_at cannot be unset"_s, Status::BadRequest);
        } else {
            const auto at = parseTime(o.value(u"checkin_at"_s).toString(), m_zone);
            if (!at)
                return problem(u"checkin_at is not a valid time"_s, Status::BadRequest);
            if (a.arrived.isValid() && a.arrived != *at)
                return problem(u"checkin_at cannot be changed"_s, Status::BadRequest);
            a.arrived = at->toTimeZone(m_zone);
        }
    }
    if (o.contains(u"start_time"_s)) {
        const auto start = parseTime(o.value(u"start_time"_s).toString(), m_zone);
        if (!start)
            return problem(u"start_time is not a valid time"_s, Status::BadRequest);
        a.start = start->toTimeZone(m_zone);
    }
    if (o.contains(u"end_time"_s)) {
        const auto end = parseTime(o.value(u"end_time"_s).toString(), m_zone);
        if (!end)
            return problem(u"end_time is not a valid time"_s, Status::BadRequest);
        const qint64 length = a.start.secsTo(*end) / 60;
        if (length <= 0)
            return problem(u"end_time must be after start_time"_s, Status::BadRequest);
        a.pattern = QString(int(length + 4) / 5, u'X');
    }
    if (o.contains(u"operatory_id"_s)) {
        a.op = number(o.value(u"operatory_id"_s));
        if (a.op < 1 || a.op > m_chairs.size())
            return problem(u"Operatory not found"_s, Status::NotFound);
    }
    if (o.contains(u"note"_s))
        a.note = o.value(u"note"_s).toString();
    a.stamp = nextStamp();
    (block ? m_blocks : m_appointments).insert(id, a);
    return QHttpServerResponse(envelope(QJsonObject{{u"appt"_s, toJson(a, block)}}));
}

qint64 NexHealthSimulator::addBlockOnServer(qint64 op, qint64 provNum, const QDateTime &start, int minutes,
                                            const QString &note)
{
    Appointment b;
    b.aptNum = m_nextAptNum++;
    b.op = op;
    b.provNum = provNum;
    b.start = start.toTimeZone(m_zone);
    b.pattern = QString((std::max(minutes, 5) + 4) / 5, u'X');
    b.note = note;
    b.stamp = nextStamp();
    m_blocks.insert(b.aptNum, b);
    m_records.insert(b.aptNum, Record{Insertion::Written, b.stamp});
    return b.aptNum;
}

bool NexHealthSimulator::cancelOnServer(qint64 id)
{
    Appointment *a = find(id);
    if (!a || !a->live())
        return false;
    a->status = u"Broken"_s;
    a->missed = false;
    a->stamp = nextStamp();
    return true;
}

int NexHealthSimulator::writePendingToEhr()
{
    int written = 0;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (it->insertion != Insertion::Pending)
            continue;
        it->insertion = Insertion::Written;
        if (Appointment *a = find(it.key()))
            a->stamp = nextStamp(); // last_sync_time reads the stamp of a written appointment
        ++written;
    }
    return written;
}

int NexHealthSimulator::failPendingWrites()
{
    // NexHealth's public docs report a failed insertion only by webhook
    // (appointment_insertion.failed); a REST read shows foreign_id still null. This simulator
    // reads a failed insertion as the appointment cancelled with foreign_id null, so a poller
    // can tell it from one still on its way.
    int failed = 0;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (it->insertion != Insertion::Pending)
            continue;
        it->insertion = Insertion::Failed;
        if (Appointment *a = find(it.key())) {
            if (a->live()) {
                a->status = u"Broken"_s;
                a->missed = false;
            }
            a->stamp = nextStamp();
        }
        ++failed;
    }
    return failed;
}

int NexHealthSimulator::pendingWrites() const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(),
                             [](const Record &r) { return r.insertion == Insertion::Pending; }));
}

} // namespace chairside::pmssim
