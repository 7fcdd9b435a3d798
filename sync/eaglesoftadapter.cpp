#include "eaglesoftadapter.h"

#include "pmstransport.h"
#include "transportpolicy.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

PmsError malformed(const QString &why)
{
    return PmsTransport::error(PmsError::Kind::Malformed, why);
}

} // namespace

namespace {

// What this adapter reads and writes. Eaglesoft's SOAP service has no provider schedule
// action in the seeds, nor a communication-log call: contacts stay in Chairside's own log.
const PmsAdapter::Capabilities kCapabilities = {
        PmsAdapter::Capability::ListAppointments, PmsAdapter::Capability::CreateAppointment,
        PmsAdapter::Capability::UpdateAppointment, PmsAdapter::Capability::CancelAppointment,
        PmsAdapter::Capability::ConfirmAppointment, PmsAdapter::Capability::Providers,
        PmsAdapter::Capability::Chairs, PmsAdapter::Capability::Patients,
        PmsAdapter::Capability::AppointmentTypes, PmsAdapter::Capability::CheckAvailability,
        PmsAdapter::Capability::PatientPreferences, PmsAdapter::Capability::Waitlist};

} // namespace

EaglesoftAdapter::EaglesoftAdapter(Settings settings, QObject *parent)
    : PmsAdapter(kCapabilities, parent), m_settings(std::move(settings)), m_codec(m_settings.office)
{
    m_transport = std::make_unique<PmsTransport>(PmsTransport::settingsFor(u"Eaglesoft"_s, m_settings.endpoint, m_settings));
    setRequestsPerMinute(m_settings.perMinute);
    if (m_transport->configurationError().isEmpty() && (m_settings.userName.isEmpty() || m_settings.password.isEmpty()))
        m_transport->setConfigurationError(tr("The Eaglesoft user name and password are both needed; connect "
                                              "again with both."));
    m_transport->setInterpret([](int status, const QByteArray &body) -> std::optional<PmsError> {
        QString why;
        const std::optional<soap::Envelope> envelope = soap::read(body, &why);
        if (!envelope || !envelope->fault)
            return std::nullopt; // not a fault: classified by the HTTP status
        const soap::Fault &f = *envelope->fault;
        if (!f.client)
            return PmsTransport::error(PmsError::Kind::Server,
                                       tr("Eaglesoft had a problem (%1); trying again later.").arg(f.message), status);
        if (f.errorCode == u"AuthenticationFailed")
            return PmsTransport::error(PmsError::Kind::Auth,
                                       tr("Eaglesoft refused the user name or password (%1). Check them and connect "
                                          "again.")
                                               .arg(f.message),
                                       status);
        if (f.errorCode == u"NotFound")
            return PmsTransport::error(PmsError::Kind::NotFound, tr("Eaglesoft has no such record (%1).").arg(f.message),
                                       status);
        return PmsTransport::error(PmsError::Kind::Refused, tr("Eaglesoft refused the change: %1").arg(f.message),
                                   status);
    });
}

EaglesoftAdapter::~EaglesoftAdapter() = default;

QString EaglesoftAdapter::configurationError() const
{
    return m_transport->configurationError();
}

void EaglesoftAdapter::call(const QString &action, const std::function<void(QXmlStreamWriter &)> &writeBody,
                            Replied replied)
{
    PmsTransport::Request r;
    r.verb = "POST";
    r.body = soap::request(action, m_settings.userName, m_settings.password, writeBody);
    r.contentType = "text/xml; charset=utf-8";
    r.headers.append({"SOAPAction", soap::actionHeader(action)});
    r.mayHaveActed = action == u"CreateAppointment";
    // The envelope's header as the log may show it: the AuthHeader with the password redacted.
    r.logNote = redactedSoap(soap::request(action, m_settings.userName, m_settings.password, {}));
    m_transport->send(std::move(r), std::move(replied));
}

void EaglesoftAdapter::listAppointments(const QString &cursor, int offset, AppointmentsDone done)
{
    const int pageSize = m_settings.pageSize;
    call(
            u"ListAppointments"_s,
            [&](QXmlStreamWriter &w) {
                if (!cursor.isEmpty())
                    soap::element(w, u"ModifiedSince"_s, cursor);
                soap::element(w, u"Offset"_s, QString::number(offset));
                soap::element(w, u"PageSize"_s, QString::number(pageSize));
            },
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
                page.received = int(read->rows.size());
                page.more = page.received > 0 && offset + page.received < read->total;
                page.total = read->total;
                page.cursor = read->serverTime;
                done(page, {});
            });
}

template<typename Row, typename Read>
PmsAdapter::PageFetch<Row> EaglesoftAdapter::pages(const QString &action, const QString &cursor, Read read)
{
    return [this, action, cursor, read](int offset, PageDone<Row> pageDone) {
        const int pageSize = m_settings.pageSize;
        call(
                action,
                [&](QXmlStreamWriter &w) {
                    if (!cursor.isEmpty())
                        soap::element(w, u"ModifiedSince"_s, cursor);
                    soap::element(w, u"Offset"_s, QString::number(offset));
                    soap::element(w, u"PageSize"_s, QString::number(pageSize));
                },
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
                    const int received = int(page->rows.size());
                    ListPage<Row> out;
                    out.rows = page->rows;
                    out.received = received;
                    out.more = offset + received < page->total;
                    out.serverTime = page->serverTime;
                    pageDone(out, {});
                });
    };
}

template<typename Row, typename Read>
void EaglesoftAdapter::listAll(const QString &action, const QString &cursor, Read read, ListDone<Row> done)
{
    readEveryPage<Row>(pages<Row>(action, cursor, std::move(read)),
                       [cursor, done = std::move(done)](const QList<Row> &rows, const QString &serverTime,
                                                        const PmsError &e) {
                           done(rows, serverTime.isEmpty() ? cursor : serverTime, e);
                       });
}

void EaglesoftAdapter::listChairs(ChairsDone done)
{
    listAll<PmsChair>(u"ListOperatories"_s, {},
                      [this](const QByteArray &b, QString *why) { return m_codec.operatories(b, why); },
                      [done = std::move(done)](const QList<PmsChair> &rows, const QString &, const PmsError &e) {
                          done(rows, e);
                      });
}

void EaglesoftAdapter::listProviders(ProvidersDone done)
{
    listAll<PmsProvider>(u"ListProviders"_s, {},
                         [this](const QByteArray &b, QString *why) { return m_codec.providers(b, why); },
                         [done = std::move(done)](const QList<PmsProvider> &rows, const QString &, const PmsError &e) {
                             done(rows, e);
                         });
}

void EaglesoftAdapter::listAppointmentTypes(TypesDone done)
{
    listAll<PmsAppointmentType>(u"ListAppointmentTypes"_s, {},
            [this](const QByteArray &b, QString *why) { return m_codec.appointmentTypes(b, why); },
            [done = std::move(done)](const QList<PmsAppointmentType> &rows, const QString &, const PmsError &e) {
                done(rows, e);
            });
}

void EaglesoftAdapter::listPatients(const QString &cursor, int offset, PageSeen<PmsPatient> seen)
{
    readPages<PmsPatient>(pages<PmsPatient>(u"ListPatients"_s, cursor,
                                            [this](const QByteArray &b, QString *why) { return m_codec.patients(b, why); }),
                          offset, std::move(seen));
}

void EaglesoftAdapter::findAppointment(const QString &pmsId, AppointmentDone done)
{
    call(
            u"ListAppointments"_s, [&](QXmlStreamWriter &w) { soap::element(w, u"AppointmentId"_s, pmsId); },
            [this, pmsId, done = std::move(done)](const QByteArray &body, const PmsError &e) {
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
                if (read->rows.isEmpty()) {
                    done({}, PmsTransport::error(PmsError::Kind::NotFound,
                                                 tr("Eaglesoft has no appointment %1.").arg(pmsId)));
                    return;
                }
                done(read->rows.constFirst(), {});
            });
}

void EaglesoftAdapter::findMatching(const PmsAppointment &a, AppointmentDone done)
{
    const PmsAppointment wanted = a;
    call(
            u"ListAppointments"_s,
            [&](QXmlStreamWriter &w) {
                soap::element(w, u"PatientId"_s, a.patientPmsId);
                soap::element(w, u"Date"_s, a.startUtc.toTimeZone(m_settings.office).date().toString(Qt::ISODate));
            },
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

void EaglesoftAdapter::saveAppointment(const QString &action, const PmsAppointment &a, AppointmentDone done)
{
    call(
            action, [&](QXmlStreamWriter &w) { m_codec.writeAppointment(w, a); },
            readReply<PmsAppointment>([this](const QByteArray &b, QString *why) { return m_codec.appointment(b, why); },
                                      std::move(done)));
}

void EaglesoftAdapter::createAppointment(const PmsAppointment &a, AppointmentDone done)
{
    saveAppointment(u"CreateAppointment"_s, a, std::move(done));
}

void EaglesoftAdapter::updateAppointment(const PmsAppointment &a, AppointmentDone done)
{
    saveAppointment(u"UpdateAppointment"_s, a, std::move(done));
}

void EaglesoftAdapter::cancelAppointment(const QString &pmsId, bool missed, Done done)
{
    call(
            u"CancelAppointment"_s,
            [&](QXmlStreamWriter &w) {
                soap::element(w, u"AppointmentId"_s, pmsId);
                soap::element(w, u"Reason"_s, missed ? u"NoShow"_s : u"Cancelled"_s);
            },
            [done = std::move(done)](const QByteArray &, const PmsError &e) { done(e); });
}

void EaglesoftAdapter::confirmAppointment(const QString &pmsId, Done done)
{
    call(
            u"UpdateAppointment"_s,
            [&](QXmlStreamWriter &w) {
                w.writeStartElement(QString::fromLatin1(soap::kNamespace), u"Appointment"_s);
                soap::element(w, u"AppointmentId"_s, pmsId);
                soap::element(w, u"Status"_s, EaglesoftCodec::statusName(AppointmentStatus::Confirmed));
                w.writeEndElement();
            },
            [done = std::move(done)](const QByteArray &, const PmsError &e) { done(e); });
}

void EaglesoftAdapter::setStatus(const QString &pmsId, AppointmentStatus status, const QDateTime &, Done done)
{
    if (status == AppointmentStatus::Cancelled || status == AppointmentStatus::NoShow) {
        cancelAppointment(pmsId, status == AppointmentStatus::NoShow, std::move(done));
        return;
    }
    call(
            u"UpdateAppointment"_s,
            [&](QXmlStreamWriter &w) {
                w.writeStartElement(QString::fromLatin1(soap::kNamespace), u"Appointment"_s);
                soap::element(w, u"AppointmentId"_s, pmsId);
                soap::element(w, u"Status"_s, EaglesoftCodec::statusName(status));
                w.writeEndElement();
            },
            [done = std::move(done)](const QByteArray &, const PmsError &e) { done(e); });
}

void EaglesoftAdapter::checkAvailability(const QDate &from, const QDate &to, const QString &typePmsId,
                                         const QString &providerPmsId, SlotsDone done)
{
    call(
            u"GetAvailableSlots"_s,
            [&](QXmlStreamWriter &w) {
                soap::element(w, u"FromDate"_s, from.toString(Qt::ISODate));
                soap::element(w, u"ToDate"_s, to.toString(Qt::ISODate));
                soap::element(w, u"AppointmentTypeId"_s, typePmsId);
                if (!providerPmsId.isEmpty())
                    soap::element(w, u"ProviderId"_s, providerPmsId);
            },
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

void EaglesoftAdapter::patientPreferences(const QString &patientPmsId, PreferencesDone done)
{
    call(
            u"GetPatientPreferences"_s, [&](QXmlStreamWriter &w) { soap::element(w, u"PatientId"_s, patientPmsId); },
            [this, done = std::move(done)](const QByteArray &body, const PmsError &e) {
                if (!e.ok()) {
                    done({}, e);
                    return;
                }
                QString why;
                const std::optional<PmsPreferences> read = m_codec.preferences(body, &why);
                if (!read) {
                    done({}, malformed(why));
                    return;
                }
                done(*read, {});
            });
}

void EaglesoftAdapter::listWaitlist(WaitlistDone done)
{
    listAll<PmsWaitlistEntry>(u"GetWaitlist"_s, {},
                              [this](const QByteArray &b, QString *why) { return m_codec.waitlist(b, why); },
                              [done = std::move(done)](const QList<PmsWaitlistEntry> &rows, const QString &,
                                                       const PmsError &e) { done(rows, e); });
}

} // namespace chairside::sync
