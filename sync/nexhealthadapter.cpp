#include "nexhealthadapter.h"

#include "pmstransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

PmsError malformed(const QString &why)
{
    return PmsTransport::error(PmsError::Kind::Malformed, why);
}

const QByteArray kApiVersion = "v20240412";
const QString kAuthenticatePath = u"/authenticates"_s;
// NexHealth does not say how long a token lasts in its reply; its documentation says an
// hour. It is taken to last 55 minutes, so it is fetched again before it runs out.
constexpr qint64 kTokenSecs = 55 * 60;

const PmsAdapter::Capabilities kCapabilities = {
        PmsAdapter::Capability::ListAppointments, PmsAdapter::Capability::CreateAppointment,
        PmsAdapter::Capability::UpdateAppointment, PmsAdapter::Capability::CancelAppointment,
        PmsAdapter::Capability::ConfirmAppointment, PmsAdapter::Capability::Providers,
        PmsAdapter::Capability::Chairs, PmsAdapter::Capability::Patients,
        PmsAdapter::Capability::AppointmentTypes, PmsAdapter::Capability::ProviderSchedules,
        PmsAdapter::Capability::WritesLater, PmsAdapter::Capability::CreatePatient, PmsAdapter::Capability::Recalls};

} // namespace

namespace {

// A change NexHealth has no call for: reported (not sent), so it stays in Chairside.
void cannotSend(QObject *context, const QString &what, PmsAdapter::Done done)
{
    PmsError e;
    e.kind = PmsError::Kind::Unsupported;
    e.message = QCoreApplication::translate("chairside::sync::NexHealthAdapter",
                                            "NexHealth cannot send %1 to the practice's system; it is kept in "
                                            "Chairside only.")
                        .arg(what);
    QTimer::singleShot(0, context, [done = std::move(done), e] { done(e); });
}

} // namespace

struct NexHealthAdapter::CursorRead
{
    QHash<int, QString> cursorAt; // the end_cursor that reads the page at an offset
    QElapsedTimer started;
    QDateTime newest;          // the newest change among the rows read so far
    QDateTime newestFirstPage; // the same among the first page's
    bool firstPageSeen = false;

    // Where the next incremental read may start. NexHealth's replies carry no clock (and the
    // desk's own may be off), so it is worked out from what was read: a change this read did
    // not see was made after its first page was served — so no older than that page's newest
    // row — and after the read began — so no older than the newest row seen less the time the
    // read took. The later of the two, read "at or after", misses nothing. Empty when nothing
    // was read.
    [[nodiscard]] QString cursor() const
    {
        if (!newest.isValid())
            return {};
        QDateTime from = newest.addMSecs(-started.elapsed() - 1000);
        if (newestFirstPage.isValid() && newestFirstPage > from)
            from = newestFirstPage;
        return NexHealthCodec::utc(from);
    }
    void saw(const QDateTime &pageNewest)
    {
        if (!firstPageSeen) {
            firstPageSeen = true;
            newestFirstPage = pageNewest;
        }
        if (pageNewest.isValid() && (!newest.isValid() || pageNewest > newest))
            newest = pageNewest;
    }
};

NexHealthAdapter::NexHealthAdapter(Settings settings, QObject *parent)
    : PmsAdapter(kCapabilities, parent), m_settings(std::move(settings)), m_codec(m_settings.office),
      m_token(*m_settings.clock, 0, [this](BearerToken::Got got) { fetchToken(std::move(got)); })
{
    m_transport =
            std::make_unique<PmsTransport>(PmsTransport::settingsFor(u"NexHealth"_s, m_settings.baseUrl, m_settings));
    setRequestsPerMinute(m_settings.perMinute);
    if (m_transport->configurationError().isEmpty()
        && (m_settings.apiKey.isEmpty() || m_settings.subdomain.isEmpty() || m_settings.locationId.isEmpty()))
        m_transport->setConfigurationError(tr("NexHealth needs the API key, the practice's subdomain and its "
                                              "location id; connect again with all three."));
    // Read when the request goes, so a token fetched while it waited is used.
    m_transport->setDecorate([this](QNetworkRequest &request) {
        request.setRawHeader("Nex-Api-Version", kApiVersion);
        request.setRawHeader("Accept", "application/json");
        if (request.url().path().endsWith(kAuthenticatePath))
            request.setRawHeader("Authorization", m_settings.apiKey.toUtf8());
        else
            request.setRawHeader("Authorization", "Bearer " + m_token.value().toUtf8());
    });
    // NexHealth explains a failure in the envelope's "error" list; read by what it means.
    m_transport->setInterpret([this](int status, const QByteArray &body) -> std::optional<PmsError> {
        const QString said = NexHealthCodec::errorMessage(body);
        if (status == 403)
            return PmsTransport::error(PmsError::Kind::Auth,
                                       tr("NexHealth does not let this API key reach the practice \"%1\" (%2). "
                                          "Check the subdomain, and that the key is the practice's live key, "
                                          "not a sandbox one.")
                                               .arg(m_settings.subdomain, said),
                                       status);
        if (status == 404 && said.contains(u"location"_s, Qt::CaseInsensitive))
            return PmsTransport::error(PmsError::Kind::Auth,
                                       tr("NexHealth has no location %1 for the practice \"%2\" (%3). Check the "
                                          "location id in NexHealth's settings and connect again.")
                                               .arg(m_settings.locationId, m_settings.subdomain, said),
                                       status);
        if (status == 400 || status == 422)
            return PmsTransport::error(PmsError::Kind::Refused,
                                       tr("NexHealth refused the request (HTTP %1): %2").arg(status).arg(said), status);
        return std::nullopt;
    });
}

NexHealthAdapter::~NexHealthAdapter() = default;

QString NexHealthAdapter::configurationError() const
{
    return m_transport->configurationError();
}

void NexHealthAdapter::fetchToken(BearerToken::Got got)
{
    PmsTransport::Request r;
    r.verb = "POST";
    r.pathAndQuery = kAuthenticatePath;
    r.urgent = true;
    m_transport->send(std::move(r), [got = std::move(got)](const QByteArray &body, const PmsError &e) {
        if (!e.ok()) {
            PmsError refused = e;
            if (e.httpStatus == 401)
                refused.message = tr("NexHealth refused the API key (HTTP 401). Copy the practice's key from "
                                     "NexHealth's developer portal and connect again.");
            got({}, 0, refused);
            return;
        }
        QString why;
        if (const std::optional<QString> token = NexHealthCodec::token(body, &why))
            got(*token, kTokenSecs, {});
        else
            got({}, 0, PmsTransport::error(PmsError::Kind::Auth, why));
    });
}

void NexHealthAdapter::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                            Replied replied)
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

QUrlQuery NexHealthAdapter::scope(bool withLocation) const
{
    QUrlQuery q;
    q.addQueryItem(u"subdomain"_s, m_settings.subdomain);
    if (withLocation)
        q.addQueryItem(u"location_id"_s, m_settings.locationId);
    return q;
}

QPair<QDateTime, QDateTime> NexHealthAdapter::window() const
{
    const QDate today = m_settings.clock->nowUtc().toTimeZone(m_settings.office).date();
    return {QDateTime(today.addDays(-m_settings.windowPastDays), QTime(0, 0), m_settings.office).toUTC(),
            QDateTime(today.addDays(m_settings.windowAheadDays + 1), QTime(0, 0), m_settings.office).toUTC()};
}

void NexHealthAdapter::readLocation(std::function<void(const NexHealthLocation &, const PmsError &)> done)
{
    send("GET", u"/locations/"_s + QString::fromUtf8(QUrl::toPercentEncoding(m_settings.locationId)) + u'?'
                 + scope(false).toString(QUrl::FullyEncoded),
         {}, readReply<NexHealthLocation>(&NexHealthCodec::location, std::move(done)));
}

template<typename Row, typename Read>
PmsAdapter::PageFetch<Row> NexHealthAdapter::pages(const QString &path, const QUrlQuery &filter, Read read,
                                                   std::shared_ptr<CursorRead> state)
{
    return [this, path, filter, read, state](int offset, PageDone<Row> pageDone) {
        QUrlQuery query = filter;
        query.addQueryItem(u"per_page"_s, QString::number(m_settings.pageSize));
        // A page past the first is asked for by the cursor the page before gave; a read taken
        // up after a restart has none and reads from the first page again.
        if (offset > 0 && state->cursorAt.contains(offset))
            query.addQueryItem(u"end_cursor"_s, state->cursorAt.value(offset));
        else if (offset == 0)
            state->started.start();
        send("GET", path + u'?' + query.toString(QUrl::FullyEncoded), {},
             [offset, read, pageDone, state](const QByteArray &body, const PmsError &e) {
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
                 if (!state->started.isValid())
                     state->started.start();
                 state->saw(page->newest);
                 ListPage<Row> out;
                 out.rows = page->rows;
                 out.received = page->received;
                 out.more = !page->nextCursor.isEmpty();
                 out.cursorSoFar = state->cursor();
                 if (out.more)
                     state->cursorAt.insert(offset + page->received, page->nextCursor);
                 pageDone(out, {});
             });
    };
}

void NexHealthAdapter::listChairs(ChairsDone done)
{
    readEveryPage<PmsChair>(pages<PmsChair>(u"/operatories"_s, scope(true),
                                            [this](const QByteArray &b, QString *why) { return m_codec.operatories(b, why); },
                                            std::make_shared<CursorRead>()),
                            [done = std::move(done)](const QList<PmsChair> &rows, const QString &, const PmsError &e) {
                                done(rows, e);
                            });
}

void NexHealthAdapter::listProviders(ProvidersDone done)
{
    readEveryPage<PmsProvider>(pages<PmsProvider>(u"/providers"_s, scope(true),
                                                  [this](const QByteArray &b, QString *why) { return m_codec.providers(b, why); },
                                                  std::make_shared<CursorRead>()),
                               [done = std::move(done)](const QList<PmsProvider> &rows, const QString &,
                                                        const PmsError &e) { done(rows, e); });
}

void NexHealthAdapter::listAppointmentTypes(TypesDone done)
{
    // One list, not paged.
    send("GET", u"/appointment_types?"_s + scope(true).toString(QUrl::FullyEncoded), {},
         readReply<QList<PmsAppointmentType>>(
                 [this](const QByteArray &b, QString *why) -> std::optional<QList<PmsAppointmentType>> {
                     const auto read = m_codec.appointmentTypes(b, why);
                     return read ? std::optional(read->rows) : std::nullopt;
                 },
                 std::move(done)));
}

void NexHealthAdapter::listRecallTypes(RecallTypesDone done)
{
    readEveryPage<PmsRecallType>(
            pages<PmsRecallType>(u"/recall_types"_s, scope(true),
                                 [this](const QByteArray &b, QString *why) { return m_codec.recallTypes(b, why); },
                                 std::make_shared<CursorRead>()),
            [done = std::move(done)](const QList<PmsRecallType> &rows, const QString &, const PmsError &e) {
                done(rows, e);
            });
}

void NexHealthAdapter::listRecalls(RecallsDone done)
{
    readEveryPage<PmsRecall>(
            pages<PmsRecall>(u"/patient_recalls"_s, scope(true),
                             [this](const QByteArray &b, QString *why) { return m_codec.patientRecalls(b, why); },
                             std::make_shared<CursorRead>()),
            [done = std::move(done)](const QList<PmsRecall> &rows, const QString &, const PmsError &e) {
                done(rows, e);
            });
}

void NexHealthAdapter::listPatients(const QString &cursor, int offset, PageSeen<PmsPatient> seen)
{
    QUrlQuery filter = scope(true);
    if (!cursor.isEmpty())
        filter.addQueryItem(u"updated_since"_s, cursor);
    readPages<PmsPatient>(pages<PmsPatient>(u"/patients"_s, filter,
                                            [this](const QByteArray &b, QString *why) { return m_codec.patients(b, why); },
                                            std::make_shared<CursorRead>()),
                          offset, std::move(seen));
}

void NexHealthAdapter::listAppointments(const QString &cursor, int offset, AppointmentsDone done)
{
    if (offset == 0 || !m_appointmentRead)
        m_appointmentRead = std::make_shared<CursorRead>();
    const auto [start, end] = window();
    QUrlQuery filter = scope(true);
    filter.addQueryItem(u"start"_s, NexHealthCodec::utc(start));
    filter.addQueryItem(u"end"_s, NexHealthCodec::utc(end));
    if (!cursor.isEmpty())
        filter.addQueryItem(u"updated_since"_s, cursor);
    const PageFetch<PmsAppointment> fetch =
            pages<PmsAppointment>(u"/appointments"_s, filter,
                                  [this](const QByteArray &b, QString *why) { return m_codec.appointments(b, why); },
                                  m_appointmentRead);
    fetch(offset, [done = std::move(done)](const ListPage<PmsAppointment> &page, const PmsError &e) {
        PmsAppointmentPage out;
        out.appointments = page.rows;
        out.received = page.received;
        out.more = page.more;
        out.cursorSoFar = page.cursorSoFar;
        done(out, e);
    });
}

void NexHealthAdapter::listSchedules(const QDate &from, const QDate &to, SchedulesDone done)
{
    // The providers' working hours (those NexHealth reads from the practice's system, and any
    // set in NexHealth), then the blocks on the book in the same days.
    auto hours = std::make_shared<QList<PmsSchedule>>();
    QUrlQuery hoursFilter = scope(true);
    readEveryPage<PmsSchedule>(
            pages<PmsSchedule>(u"/working_hours"_s, hoursFilter,
                               [this, from, to](const QByteArray &b, QString *why) {
                                   return m_codec.workingHours(b, from, to, why);
                               },
                               std::make_shared<CursorRead>()),
            [this, from, to, hours, done = std::move(done)](const QList<PmsSchedule> &rows, const QString &,
                                                             const PmsError &e) mutable {
                if (!e.ok()) {
                    done({}, e);
                    return;
                }
                *hours = rows;
                QUrlQuery blocks = scope(true);
                blocks.addQueryItem(u"start"_s, NexHealthCodec::utc(QDateTime(from, QTime(0, 0), m_settings.office)));
                blocks.addQueryItem(u"end"_s,
                                    NexHealthCodec::utc(QDateTime(to.addDays(1), QTime(0, 0), m_settings.office)));
                blocks.addQueryItem(u"unavailable"_s, u"true"_s);
                readEveryPage<PmsSchedule>(
                        pages<PmsSchedule>(u"/appointments"_s, blocks,
                                           [this](const QByteArray &b, QString *why) { return m_codec.blocks(b, why); },
                                           std::make_shared<CursorRead>()),
                        [hours, done = std::move(done)](const QList<PmsSchedule> &rows, const QString &,
                                                        const PmsError &e) {
                            done(e.ok() ? *hours + rows : QList<PmsSchedule>(), e);
                        });
            });
}

void NexHealthAdapter::appointmentCall(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                       AppointmentDone done)
{
    send(verb, pathAndQuery, body,
         readReply<PmsAppointment>([this](const QByteArray &b, QString *why) { return m_codec.appointment(b, why); },
                                   std::move(done)));
}

void NexHealthAdapter::findAppointment(const QString &pmsId, AppointmentDone done)
{
    appointmentCall("GET", u"/appointments/"_s + pmsId + u'?' + scope(false).toString(QUrl::FullyEncoded), {},
                    std::move(done));
}

void NexHealthAdapter::createAppointment(const PmsAppointment &a, AppointmentDone done)
{
    QUrlQuery query = scope(true);
    query.addQueryItem(u"notify_patient"_s, u"false"_s);
    appointmentCall("POST", u"/appointments?"_s + query.toString(QUrl::FullyEncoded),
                    QJsonDocument(m_codec.createBody(a)).toJson(QJsonDocument::Compact), std::move(done));
}

void NexHealthAdapter::createPatient(const PmsPatient &patient, PatientDone done)
{
    // Sent with return_existing_if_match: a patient with the same name and birthdate is
    // answered instead of made again, so a resend after a lost reply finds the first.
    QUrlQuery query = scope(true);
    query.addQueryItem(u"return_existing_if_match"_s, u"true"_s);
    send("POST", u"/patients?"_s + query.toString(QUrl::FullyEncoded),
         QJsonDocument(m_codec.patientBody(patient)).toJson(QJsonDocument::Compact),
         readReply<PmsPatient>([this](const QByteArray &b, QString *why) { return m_codec.patient(b, why); },
                               std::move(done)));
}

void NexHealthAdapter::findPatient(const PmsPatient &patient, PatientDone done)
{
    createPatient(patient, std::move(done));
}

void NexHealthAdapter::findMatching(const PmsAppointment &a, AppointmentDone done)
{
    // The bookings starting in the same minute: a create whose reply was lost is one of them.
    QUrlQuery query = scope(true);
    query.addQueryItem(u"start"_s, NexHealthCodec::utc(a.startUtc));
    query.addQueryItem(u"end"_s, NexHealthCodec::utc(a.startUtc.addSecs(60)));
    query.addQueryItem(u"per_page"_s, u"100"_s);
    const PmsAppointment wanted = a;
    send("GET", u"/appointments?"_s + query.toString(QUrl::FullyEncoded), {},
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
             // Only this patient's: another patient's booking in the same chair and minute
             // (NexHealth does not refuse double bookings) is not the one that was sent.
             QList<PmsAppointment> theirs;
             for (const PmsAppointment &row : std::as_const(read->rows)) {
                 if (row.patientPmsId == wanted.patientPmsId)
                     theirs.append(row);
             }
             done(sameBooking(theirs, wanted), {});
         });
}

void NexHealthAdapter::updateAppointment(const PmsAppointment &a, AppointmentDone done)
{
    // A move: NexHealth takes a new start, end and operatory (its provider stays).
    appointmentCall("PATCH", u"/appointments/"_s + a.pmsId + u'?' + scope(false).toString(QUrl::FullyEncoded),
                    QJsonDocument(m_codec.moveBody(a)).toJson(QJsonDocument::Compact), std::move(done));
}

void NexHealthAdapter::patch(const QString &pmsId, const QJsonObject &appt, Done done)
{
    send("PATCH", u"/appointments/"_s + pmsId + u'?' + scope(false).toString(QUrl::FullyEncoded),
         QJsonDocument(QJsonObject{{u"appt"_s, appt}}).toJson(QJsonDocument::Compact),
         [done = std::move(done)](const QByteArray &, const PmsError &e) { done(e); });
}

void NexHealthAdapter::cancelAppointment(const QString &pmsId, bool missed, Done done)
{
    if (missed) {
        cannotSend(this, tr("a no-show"), std::move(done));
        return;
    }
    patch(pmsId, QJsonObject{{u"cancelled"_s, true}}, std::move(done));
}

void NexHealthAdapter::confirmAppointment(const QString &pmsId, Done done)
{
    patch(pmsId, QJsonObject{{u"confirmed"_s, true}}, std::move(done));
}

void NexHealthAdapter::setStatus(const QString &pmsId, AppointmentStatus status, const QDateTime &atUtc, Done done)
{
    switch (status) {
    case AppointmentStatus::Confirmed:
        confirmAppointment(pmsId, std::move(done));
        return;
    case AppointmentStatus::Arrived:
        patch(pmsId, QJsonObject{{u"checkin_at"_s, NexHealthCodec::utc(atUtc)}}, std::move(done));
        return;
    case AppointmentStatus::Cancelled:
        cancelAppointment(pmsId, false, std::move(done));
        return;
    default:
        // Seated, completed, or a step taken back: NexHealth has no such change.
        cannotSend(this, tr("this step of the visit (only check-in)"), std::move(done));
        return;
    }
}

} // namespace chairside::sync
