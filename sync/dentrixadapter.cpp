#include "dentrixadapter.h"

#include "pmstransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

PmsError malformed(const QString &why)
{
    return PmsTransport::error(PmsError::Kind::Malformed, why);
}

const QString kTokenPath = u"/oauth/token"_s;

} // namespace

namespace {

// What this adapter reads and writes. The seeds give Dentrix no provider schedule call and
// no communication-log call: contacts stay in Chairside's own log.
const PmsAdapter::Capabilities kCapabilities = {
        PmsAdapter::Capability::ListAppointments, PmsAdapter::Capability::CreateAppointment,
        PmsAdapter::Capability::UpdateAppointment, PmsAdapter::Capability::CancelAppointment,
        PmsAdapter::Capability::ConfirmAppointment, PmsAdapter::Capability::Providers,
        PmsAdapter::Capability::Chairs, PmsAdapter::Capability::Patients,
        PmsAdapter::Capability::AppointmentTypes, PmsAdapter::Capability::CheckAvailability,
        PmsAdapter::Capability::PatientPreferences, PmsAdapter::Capability::Waitlist};

} // namespace

DentrixAdapter::DentrixAdapter(Settings settings, QObject *parent)
    : PmsAdapter(kCapabilities, parent), m_settings(std::move(settings)), m_codec(m_settings.office),
      // A token is used until a minute before it runs out.
      m_token(*m_settings.clock, 60, [this](BearerToken::Got got) { fetchToken(std::move(got)); })
{
    m_transport = std::make_unique<PmsTransport>(PmsTransport::settingsFor(u"Dentrix"_s, m_settings.baseUrl, m_settings));
    setRequestsPerMinute(m_settings.perMinute);
    if (m_transport->configurationError().isEmpty()
        && (m_settings.clientId.isEmpty() || m_settings.clientSecret.isEmpty() || m_settings.apiKey.isEmpty()))
        m_transport->setConfigurationError(tr("The Dentrix OAuth client id, client secret and API key are all "
                                              "needed; connect again with all three."));
    // The token is read when the request goes, so one fetched while it waited is used.
    m_transport->setDecorate([this](QNetworkRequest &request) {
        request.setRawHeader("X-API-Key", m_settings.apiKey.toUtf8());
        if (!request.url().path().endsWith(kTokenPath))
            request.setRawHeader("Authorization", "Bearer " + m_token.value().toUtf8());
    });
    m_transport->setInterpret([](int status, const QByteArray &body) -> std::optional<PmsError> {
        // Dentrix explains refusals in {"error": {"code", "message"}}.
        if (status == 409 || status == 400 || status == 422)
            return PmsTransport::error(PmsError::Kind::Refused,
                                       tr("Dentrix refused the change (HTTP %1): %2")
                                               .arg(status)
                                               .arg(DentrixCodec::errorMessage(body)),
                                       status);
        return std::nullopt;
    });
}

DentrixAdapter::~DentrixAdapter() = default;

QString DentrixAdapter::configurationError() const
{
    return m_transport->configurationError();
}

void DentrixAdapter::fetchToken(BearerToken::Got got)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, m_settings.clientId);
    form.addQueryItem(u"client_secret"_s, m_settings.clientSecret);
    PmsTransport::Request r;
    r.verb = "POST";
    r.pathAndQuery = kTokenPath;
    r.body = form.toString(QUrl::FullyEncoded).toUtf8();
    r.contentType = "application/x-www-form-urlencoded";
    r.urgent = true;
    m_transport->send(std::move(r), [got = std::move(got)](const QByteArray &body, const PmsError &e) {
        if (!e.ok()) {
            got({}, 0, e);
            return;
        }
        QString why;
        if (const auto token = DentrixCodec::token(body, &why))
            got(token->first, token->second, {});
        else
            got({}, 0, PmsTransport::error(PmsError::Kind::Auth, why));
    });
}

void DentrixAdapter::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body, Replied replied)
{
    if (!m_transport->configurationError().isEmpty()) {
        m_transport->send({}, std::move(replied)); // reports the configuration error without sending
        return;
    }
    PmsTransport::Request r;
    r.verb = verb;
    r.pathAndQuery = pathAndQuery;
    r.body = body;
    r.mayHaveActed = verb == "POST";
    m_token.send(*m_transport, std::move(r), std::move(replied));
}

void DentrixAdapter::appointmentCall(const QByteArray &verb, const QString &path, const QByteArray &body,
                                     AppointmentDone done)
{
    send(verb, path, body,
         readReply<PmsAppointment>([this](const QByteArray &b, QString *why) { return m_codec.appointment(b, why); },
                                   std::move(done)));
}

void DentrixAdapter::listAppointments(const QString &cursor, int offset, AppointmentsDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"offset"_s, QString::number(offset));
    query.addQueryItem(u"limit"_s, QString::number(m_settings.pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(u"modifiedSince"_s, cursor);
    send("GET", u"/appointments?"_s + query.toString(QUrl::FullyEncoded), {},
         [this, offset, done = std::move(done)](const QByteArray &body, const PmsError &e) {
             PmsAppointmentPage page;
             if (!e.ok()) {
                 done(page, e);
                 return;
             }
             QString why;
             const auto read = m_codec.appointments(body, &why);
             if (!read) {
                 done(page, malformed(why));
                 return;
             }
             page.appointments = read->rows;
             page.received = read->received;
             page.more = read->received > 0 && offset + read->received < read->total;
             page.total = read->total;
             page.cursor = read->serverTime;
             done(page, {});
         });
}

template<typename Row, typename Read>
PmsAdapter::PageFetch<Row> DentrixAdapter::pages(const QString &path, const QString &cursor, Read read)
{
    return [this, path, cursor, read](int offset, PageDone<Row> pageDone) {
        QUrlQuery query;
        query.addQueryItem(u"offset"_s, QString::number(offset));
        query.addQueryItem(u"limit"_s, QString::number(m_settings.pageSize));
        if (!cursor.isEmpty())
            query.addQueryItem(u"modifiedSince"_s, cursor);
        send("GET", path + u'?' + query.toString(QUrl::FullyEncoded), {},
             [this, offset, read, pageDone](const QByteArray &body, const PmsError &e) {
                 if (!e.ok()) {
                     pageDone({}, e);
                     return;
                 }
                 QString why;
                 const auto page = read(body, &why);
                 if (!page) {
                     pageDone({}, malformed(why));
                     return;
                 }
                 // The reply says how many rows the list holds.
                 ListPage<Row> out;
                 out.rows = page->rows;
                 out.received = page->received;
                 out.more = offset + page->received < page->total;
                 out.serverTime = page->serverTime;
                 pageDone(out, {});
             });
    };
}

template<typename Row, typename Read>
void DentrixAdapter::getAll(const QString &path, const QString &cursor, Read read, ListDone<Row> done)
{
    readEveryPage<Row>(pages<Row>(path, cursor, std::move(read)),
                       [cursor, done = std::move(done)](const QList<Row> &rows, const QString &serverTime,
                                                        const PmsError &e) {
                           done(rows, serverTime.isEmpty() ? cursor : serverTime, e);
                       });
}

void DentrixAdapter::listChairs(ChairsDone done)
{
    getAll<PmsChair>(u"/operatories"_s, {},
                     [this](const QByteArray &b, QString *why) { return m_codec.operatories(b, why); },
                     [done = std::move(done)](const QList<PmsChair> &rows, const QString &, const PmsError &e) {
                         done(rows, e);
                     });
}

void DentrixAdapter::listProviders(ProvidersDone done)
{
    getAll<PmsProvider>(u"/providers"_s, {},
                        [this](const QByteArray &b, QString *why) { return m_codec.providers(b, why); },
                        [done = std::move(done)](const QList<PmsProvider> &rows, const QString &, const PmsError &e) {
                            done(rows, e);
                        });
}

void DentrixAdapter::listAppointmentTypes(TypesDone done)
{
    getAll<PmsAppointmentType>(u"/appointment-types"_s, {},
            [this](const QByteArray &b, QString *why) { return m_codec.appointmentTypes(b, why); },
            [done = std::move(done)](const QList<PmsAppointmentType> &rows, const QString &, const PmsError &e) {
                done(rows, e);
            });
}

void DentrixAdapter::listPatients(const QString &cursor, int offset, PageSeen<PmsPatient> seen)
{
    readPages<PmsPatient>(pages<PmsPatient>(u"/patients"_s, cursor,
                                            [this](const QByteArray &b, QString *why) { return m_codec.patients(b, why); }),
                          offset, std::move(seen));
}

void DentrixAdapter::findAppointment(const QString &pmsId, AppointmentDone done)
{
    appointmentCall("GET", u"/appointments/"_s + pmsId, {}, std::move(done));
}

void DentrixAdapter::createAppointment(const PmsAppointment &a, AppointmentDone done)
{
    appointmentCall("POST", u"/appointments"_s,
                    QJsonDocument(m_codec.appointmentBody(a)).toJson(QJsonDocument::Compact), std::move(done));
}

void DentrixAdapter::findMatching(const PmsAppointment &a, AppointmentDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"date"_s, a.startUtc.toTimeZone(m_settings.office).date().toString(Qt::ISODate));
    const PmsAppointment wanted = a;
    send("GET", u"/patients/"_s + a.patientPmsId + u"/appointments?"_s + query.toString(QUrl::FullyEncoded), {},
         [this, wanted, done = std::move(done)](const QByteArray &body, const PmsError &e) {
             if (!e.ok()) {
                 done({}, e);
                 return;
             }
             QString why;
             const auto read = m_codec.appointments(body, &why);
             if (!read) {
                 done({}, malformed(why));
                 return;
             }
             done(sameBooking(read->rows, wanted), {});
         });
}

void DentrixAdapter::updateAppointment(const PmsAppointment &a, AppointmentDone done)
{
    appointmentCall("PUT", u"/appointments/"_s + a.pmsId,
                    QJsonDocument(m_codec.appointmentBody(a)).toJson(QJsonDocument::Compact), std::move(done));
}

void DentrixAdapter::cancelAppointment(const QString &pmsId, bool missed, Done done)
{
    auto report = [done = std::move(done)](const QByteArray &, const PmsError &e) { done(e); };
    if (missed) {
        const QJsonObject body{{u"status"_s, u"no_show"_s}};
        send("PUT", u"/appointments/"_s + pmsId, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(report));
        return;
    }
    send("DELETE", u"/appointments/"_s + pmsId + u"?reason=cancelled"_s, {}, std::move(report));
}

void DentrixAdapter::confirmAppointment(const QString &pmsId, Done done)
{
    const QJsonObject body{{u"status"_s, u"confirmed"_s}};
    send("PUT", u"/appointments/"_s + pmsId, QJsonDocument(body).toJson(QJsonDocument::Compact),
         [done = std::move(done)](const QByteArray &, const PmsError &e) { done(e); });
}

void DentrixAdapter::setStatus(const QString &pmsId, AppointmentStatus status, const QDateTime &atUtc, Done done)
{
    if (status == AppointmentStatus::Cancelled) {
        cancelAppointment(pmsId, false, std::move(done));
        return;
    }
    const QJsonObject body{{u"status"_s, appointmentStatusName(status)}, {u"statusTime"_s, m_codec.officeTime(atUtc)}};
    send("PUT", u"/appointments/"_s + pmsId, QJsonDocument(body).toJson(QJsonDocument::Compact),
         [done = std::move(done)](const QByteArray &, const PmsError &e) { done(e); });
}

void DentrixAdapter::checkAvailability(const QDate &from, const QDate &to, const QString &typePmsId,
                                       const QString &providerPmsId, SlotsDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, from.toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, to.toString(Qt::ISODate));
    query.addQueryItem(u"appointmentTypeId"_s, typePmsId);
    if (!providerPmsId.isEmpty())
        query.addQueryItem(u"providerId"_s, providerPmsId);
    send("GET", u"/appointments/availability?"_s + query.toString(QUrl::FullyEncoded), {},
         [this, done = std::move(done)](const QByteArray &body, const PmsError &e) {
             if (!e.ok()) {
                 done({}, e);
                 return;
             }
             QString why;
             const auto read = m_codec.slots(body, &why);
             if (!read) {
                 done({}, malformed(why));
                 return;
             }
             done(read->rows, {});
         });
}

void DentrixAdapter::patientPreferences(const QString &patientPmsId, PreferencesDone done)
{
    send("GET", u"/patients/"_s + patientPmsId + u"/preferences"_s, {},
         readReply<PmsPreferences>([this](const QByteArray &b, QString *why) { return m_codec.preferences(b, why); },
                                   std::move(done)));
}

void DentrixAdapter::listWaitlist(WaitlistDone done)
{
    getAll<PmsWaitlistEntry>(u"/waitlist"_s, {},
                             [this](const QByteArray &b, QString *why) { return m_codec.waitlist(b, why); },
                             [done = std::move(done)](const QList<PmsWaitlistEntry> &rows, const QString &,
                                                      const PmsError &e) { done(rows, e); });
}

} // namespace chairside::sync
