#include "opendentaladapter.h"

#include "transportpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOpenDental, "chairside.sync.opendental")

namespace chairside::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chairside::sync::OpenDentalAdapter", text);
}

PmsError error(PmsError::Kind kind, const QString &message, int status = 0)
{
    PmsError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = status;
    return e;
}

} // namespace

struct OpenDentalAdapter::Call
{
    QByteArray verb;
    QString pathAndQuery;
    QByteArray body;
    int attempt = 0;
    Replied replied;
};

OpenDentalAdapter::Settings OpenDentalAdapter::defaultsFor(const QUrl &baseUrl)
{
    Settings s;
    s.baseUrl = baseUrl;
    if (isLoopbackHost(baseUrl.host())) {
        s.perMinute = 200;
        s.pageSize = 1000;
    }
    return s;
}

OpenDentalAdapter::OpenDentalAdapter(Settings settings, QObject *parent)
    : PmsAdapter(parent), m_settings(std::move(settings)), m_net(std::make_unique<QNetworkAccessManager>()),
      m_limiter(m_settings.perMinute, m_settings.burst), m_codec(m_settings.office)
{
    m_clock.start();
    m_configurationError = checkPmsUrl(m_settings.baseUrl);
    if (m_configurationError.isEmpty() && (m_settings.developerKey.isEmpty() || m_settings.customerKey.isEmpty()))
        m_configurationError = tr("The Open Dental developer key and customer key are both needed; connect again "
                                  "with both.");
    m_net->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

OpenDentalAdapter::~OpenDentalAdapter() = default;

bool OpenDentalAdapter::supports(Capability capability) const
{
    switch (capability) {
    case Capability::ListAppointments:
    case Capability::CreateAppointment:
    case Capability::UpdateAppointment:
    case Capability::CancelAppointment:
    case Capability::ConfirmAppointment:
    case Capability::Providers:
    case Capability::Chairs:
    case Capability::Patients:
    case Capability::AppointmentTypes:
        return true;
    // Open Dental serves these too; this adapter does not read them yet.
    case Capability::CheckAvailability:
    case Capability::PatientPreferences:
    case Capability::Waitlist:
    case Capability::ProviderSchedules:
        return false;
    }
    return false;
}

void OpenDentalAdapter::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                             Replied replied)
{
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->pathAndQuery = pathAndQuery;
    call->body = body;
    call->replied = std::move(replied);
    if (!m_configurationError.isEmpty()) {
        const PmsError e = error(PmsError::Kind::Unsupported, m_configurationError);
        QTimer::singleShot(0, this, [call, e] { call->replied({}, e); });
        return;
    }
    dispatch(call);
}

void OpenDentalAdapter::dispatch(const std::shared_ptr<Call> &call)
{
    m_queue.append(call);
    pump();
}

void OpenDentalAdapter::pump()
{
    // One request at a time: the practice's server is not hammered, changes to one
    // appointment reach it in order, and a Retry-After is seen before anything else is sent.
    if (m_busy || m_queue.isEmpty())
        return;
    std::shared_ptr<Call> call = m_queue.takeFirst();
    m_busy = true;
    const qint64 wait = m_limiter.waitMs(m_clock.elapsed());
    if (wait > 0) {
        QTimer::singleShot(int(std::min<qint64>(wait, 3600000)), this, [this, call] { transmit(call); });
        return;
    }
    transmit(call);
}

void OpenDentalAdapter::transmit(const std::shared_ptr<Call> &call)
{
    // The wait may have been cut short by a later Retry-After.
    const qint64 wait = m_limiter.waitMs(m_clock.elapsed());
    if (wait > 0) {
        QTimer::singleShot(int(std::min<qint64>(wait, 3600000)), this, [this, call] { transmit(call); });
        return;
    }
    m_limiter.take(m_clock.elapsed());
    QString base = m_settings.baseUrl.toString(QUrl::StripTrailingSlash);
    QNetworkRequest request(QUrl(base + call->pathAndQuery));
    request.setRawHeader("Authorization",
                         "ODFHIR " + m_settings.developerKey.toUtf8() + '/' + m_settings.customerKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(m_settings.timeoutMs);
    if (m_settings.baseUrl.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        request.setSslConfiguration(tls);
    }
    ++call->attempt;
    QNetworkReply *reply = m_net->sendCustomRequest(request, call->verb, call->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call] { finished(reply, call); });
}

void OpenDentalAdapter::finished(QNetworkReply *reply, const std::shared_ptr<Call> &call)
{
    reply->deleteLater();
    m_busy = false;
    // Whatever happens to this call, the next one may go (after the limiter says so).
    const auto next = qScopeGuard([this] { QTimer::singleShot(0, this, [this] { pump(); }); });
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        call->replied(body, {});
        return;
    }
    PmsError e;
    e.httpStatus = status;
    const QString explanation = QString::fromUtf8(body.left(300)).simplified();
    if (status == 0) {
        e.kind = PmsError::Kind::Network;
        e.message = tr("Open Dental did not answer (%1). Check that it is running and reachable; the change stays "
                       "queued and is sent when it answers.")
                            .arg(reply->errorString());
    } else if (status == 429) {
        e.kind = PmsError::Kind::Throttled;
        e.retryAfterMs = reply->rawHeader("Retry-After").toLongLong() * 1000;
        m_limiter.holdOff(m_clock.elapsed(), std::max<qint64>(e.retryAfterMs, 1000));
        e.message = tr("Open Dental asked to slow down; trying again in %n second(s).", nullptr,
                       int(std::max<qint64>(1, e.retryAfterMs / 1000)));
    } else if (status >= 500 || status == 408) {
        e.kind = PmsError::Kind::Server;
        e.message = tr("Open Dental had a problem (HTTP %1); trying again later.").arg(status);
    } else if (status == 401 || status == 403) {
        e.kind = PmsError::Kind::Auth;
        e.message = tr("Open Dental refused the keys (HTTP %1). Check the developer and customer keys and connect "
                       "again.")
                            .arg(status);
    } else if (status == 404) {
        e.kind = PmsError::Kind::NotFound;
        e.message = tr("Open Dental has no such record (%1).").arg(explanation);
    } else {
        e.kind = PmsError::Kind::Refused;
        e.message = tr("Open Dental refused the change (HTTP %1): %2").arg(status).arg(explanation);
    }
    qCInfo(lcOpenDental) << call->verb << "call failed with HTTP" << status << "attempt" << call->attempt;
    // A POST that may have been carried out is not sent again here: the sync engine looks
    // for it on the PMS first. Throttled ones were not carried out and are safe to resend.
    const bool resendable = call->verb != "POST" || status == 429;
    if (e.transient() && resendable) {
        const std::optional<qint64> delay = m_settings.retry.delayBeforeRetry(
                call->attempt, QRandomGenerator::global()->generateDouble(),
                e.retryAfterMs > 0 ? std::optional<qint64>(e.retryAfterMs) : std::nullopt);
        if (delay) {
            QTimer::singleShot(int(std::min<qint64>(*delay, 3600000)), this, [this, call] {
                m_queue.prepend(call);
                pump();
            });
            return;
        }
    }
    call->replied({}, e);
}

void OpenDentalAdapter::listAppointments(const QString &cursor, int offset, AppointmentsDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"Offset"_s, QString::number(offset));
    query.addQueryItem(u"Limit"_s, QString::number(m_settings.pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(u"DateTStamp"_s, cursor);
    const int pageSize = m_settings.pageSize;
    send("GET", u"/appointments?"_s + query.toString(QUrl::FullyEncoded), {},
         [this, done = std::move(done), pageSize](const QByteArray &body, const PmsError &e) {
             PmsAppointmentPage page;
             if (!e.ok()) {
                 done(page, e);
                 return;
             }
             QString why;
             const std::optional<OpenDentalAppointmentPage> read = m_codec.appointments(body, &why);
             if (!read) {
                 done(page, error(PmsError::Kind::Malformed, why));
                 return;
             }
             page.appointments = read->appointments;
             page.received = read->received;
             page.more = read->received >= pageSize;
             page.cursor = read->serverDateTime;
             done(page, {});
         });
}

void OpenDentalAdapter::appointmentCall(const QByteArray &verb, const QString &path, const QByteArray &body,
                                        AppointmentDone done)
{
    send(verb, path, body, [this, done = std::move(done)](const QByteArray &reply, const PmsError &e) {
        if (!e.ok()) {
            done({}, e);
            return;
        }
        QString why;
        const std::optional<OpenDentalAppointmentPage> read = m_codec.appointments(reply, &why);
        if (!read || read->appointments.isEmpty()) {
            done({}, error(PmsError::Kind::Malformed,
                           read ? tr("Open Dental answered without the appointment.") : why));
            return;
        }
        done(read->appointments.constFirst(), {});
    });
}

void OpenDentalAdapter::getAll(const QString &path, const QUrlQuery &filter, int offset, QList<QByteArray> pages,
                               std::function<void(const QList<QByteArray> &, const PmsError &)> done)
{
    QUrlQuery query = filter;
    query.addQueryItem(u"Offset"_s, QString::number(offset));
    send("GET", path + u'?' + query.toString(QUrl::FullyEncoded), {},
         [this, path, filter, offset, pages = std::move(pages), done = std::move(done)](const QByteArray &body,
                                                                                      const PmsError &e) mutable {
             if (!e.ok()) {
                 done({}, e);
                 return;
             }
             // Lists come 100 rows at a time (1000 from the local API); a short page is the last.
             const int rows = int(QJsonDocument::fromJson(body).array().size());
             pages.append(body);
             if (rows >= 100 && rows % 100 == 0)
                 getAll(path, filter, offset + rows, std::move(pages), std::move(done));
             else
                 done(pages, {});
         });
}

void OpenDentalAdapter::listChairs(ChairsDone done)
{
    getAll(u"/operatories"_s, {}, 0, {}, [this, done = std::move(done)](const QList<QByteArray> &pages, const PmsError &e) {
        QList<PmsChair> all;
        if (!e.ok()) {
            done(all, e);
            return;
        }
        for (const QByteArray &page : pages) {
            QString why;
            const std::optional<QList<PmsChair>> read = m_codec.operatories(page, &why);
            if (!read) {
                done({}, error(PmsError::Kind::Malformed, why));
                return;
            }
            all += *read;
        }
        done(all, {});
    });
}

void OpenDentalAdapter::listProviders(ProvidersDone done)
{
    getAll(u"/providers"_s, {}, 0, {}, [this, done = std::move(done)](const QList<QByteArray> &pages, const PmsError &e) {
        QList<PmsProvider> all;
        if (!e.ok()) {
            done(all, e);
            return;
        }
        for (const QByteArray &page : pages) {
            QString why;
            const std::optional<QList<PmsProvider>> read = m_codec.providers(page, &why);
            if (!read) {
                done({}, error(PmsError::Kind::Malformed, why));
                return;
            }
            all += *read;
        }
        done(all, {});
    });
}

void OpenDentalAdapter::listAppointmentTypes(TypesDone done)
{
    getAll(u"/appointmenttypes"_s, {}, 0, {},
           [this, done = std::move(done)](const QList<QByteArray> &pages, const PmsError &e) {
               QList<PmsAppointmentType> all;
               if (!e.ok()) {
                   done(all, e);
                   return;
               }
               for (const QByteArray &page : pages) {
                   QString why;
                   const std::optional<QList<PmsAppointmentType>> read = m_codec.appointmentTypes(page, &why);
                   if (!read) {
                       done({}, error(PmsError::Kind::Malformed, why));
                       return;
                   }
                   all += *read;
               }
               done(all, {});
           });
}

void OpenDentalAdapter::listPatients(const QString &cursor, PatientsDone done)
{
    // GET /patients/Simple is the list that takes DateTStamp for recent changes.
    QUrlQuery filter;
    if (!cursor.isEmpty())
        filter.addQueryItem(u"DateTStamp"_s, cursor);
    getAll(u"/patients/Simple"_s, filter, 0, {},
           [this, cursor, done = std::move(done)](const QList<QByteArray> &pages, const PmsError &e) {
               QList<PmsPatient> all;
               if (!e.ok()) {
                   done(all, cursor, e);
                   return;
               }
               QString next = cursor;
               for (const QByteArray &page : pages) {
                   QString why;
                   const std::optional<QList<PmsPatient>> read = m_codec.patients(page, &why);
                   if (!read) {
                       done({}, cursor, error(PmsError::Kind::Malformed, why));
                       return;
                   }
                   all += *read;
                   const QJsonArray rows = QJsonDocument::fromJson(page).array();
                   if (next == cursor && !rows.isEmpty())
                       next = rows.at(0).toObject().value(u"serverDateTime"_s).toString(cursor);
               }
               done(all, next, {});
           });
}

void OpenDentalAdapter::findAppointment(const QString &pmsId, AppointmentDone done)
{
    appointmentCall("GET", u"/appointments/"_s + pmsId, {}, std::move(done));
}

void OpenDentalAdapter::createAppointment(const PmsAppointment &a, AppointmentDone done)
{
    appointmentCall("POST", u"/appointments"_s, QJsonDocument(m_codec.appointmentBody(a)).toJson(QJsonDocument::Compact),
                    std::move(done));
}

void OpenDentalAdapter::findMatching(const PmsAppointment &a, AppointmentDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"PatNum"_s, a.patientPmsId);
    query.addQueryItem(u"date"_s, a.startUtc.toTimeZone(m_settings.office).date().toString(Qt::ISODate));
    const PmsAppointment wanted = a;
    send("GET", u"/appointments?"_s + query.toString(QUrl::FullyEncoded), {},
         [this, wanted, done = std::move(done)](const QByteArray &body, const PmsError &e) {
             if (!e.ok()) {
                 done({}, e);
                 return;
             }
             QString why;
             const std::optional<OpenDentalAppointmentPage> read = m_codec.appointments(body, &why);
             if (!read) {
                 done({}, error(PmsError::Kind::Malformed, why));
                 return;
             }
             for (const PmsAppointment &candidate : read->appointments) {
                 if (candidate.operatoryPmsId == wanted.operatoryPmsId && candidate.startUtc == wanted.startUtc
                     && candidate.status != AppointmentStatus::Cancelled) {
                     done(candidate, {});
                     return;
                 }
             }
             done({}, {});
         });
}

void OpenDentalAdapter::updateAppointment(const PmsAppointment &a, AppointmentDone done)
{
    appointmentCall("PUT", u"/appointments/"_s + a.pmsId,
                    QJsonDocument(m_codec.appointmentBody(a)).toJson(QJsonDocument::Compact), std::move(done));
}

void OpenDentalAdapter::cancelAppointment(const QString &pmsId, bool missed, Done done)
{
    const QJsonObject body{{u"sendToUnscheduledList"_s, u"true"_s},
                           {u"breakType"_s, missed ? u"Missed"_s : u"Cancelled"_s}};
    send("PUT", u"/appointments/"_s + pmsId + u"/Break"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
         [done = std::move(done)](const QByteArray &, const PmsError &e) { done(e); });
}

void OpenDentalAdapter::confirmAppointment(const QString &pmsId, Done done)
{
    const QJsonObject body{{u"confirmVal"_s, u"Confirmed"_s}};
    send("PUT", u"/appointments/"_s + pmsId + u"/Confirm"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
         [done = std::move(done)](const QByteArray &, const PmsError &e) { done(e); });
}

} // namespace chairside::sync
