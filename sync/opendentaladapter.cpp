#include "opendentaladapter.h"

#include "pmstransport.h"
#include "transportpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

PmsError error(PmsError::Kind kind, const QString &message)
{
    return PmsTransport::error(kind, message);
}

} // namespace

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

namespace {

// What this adapter reads and writes. Open Dental serves availability, patient preferences
// and its waitlist too; this adapter does not read them yet.
const PmsAdapter::Capabilities kCapabilities = {
        PmsAdapter::Capability::ListAppointments, PmsAdapter::Capability::CreateAppointment,
        PmsAdapter::Capability::UpdateAppointment, PmsAdapter::Capability::CancelAppointment,
        PmsAdapter::Capability::ConfirmAppointment, PmsAdapter::Capability::Providers,
        PmsAdapter::Capability::Chairs, PmsAdapter::Capability::Patients,
        PmsAdapter::Capability::AppointmentTypes, PmsAdapter::Capability::ProviderSchedules,
        PmsAdapter::Capability::CommLog};

} // namespace

OpenDentalAdapter::OpenDentalAdapter(Settings settings, QObject *parent)
    : PmsAdapter(kCapabilities, parent), m_settings(std::move(settings)), m_codec(m_settings.office)
{
    m_transport = std::make_unique<PmsTransport>(PmsTransport::settingsFor(u"Open Dental"_s, m_settings.baseUrl, m_settings));
    if (m_transport->configurationError().isEmpty()
        && (m_settings.developerKey.isEmpty() || m_settings.customerKey.isEmpty()))
        m_transport->setConfigurationError(tr("The Open Dental developer key and customer key are both needed; "
                                              "connect again with both."));
}

OpenDentalAdapter::~OpenDentalAdapter() = default;

QString OpenDentalAdapter::configurationError() const
{
    return m_transport->configurationError();
}

void OpenDentalAdapter::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                             Replied replied)
{
    PmsTransport::Request r;
    r.verb = verb;
    r.pathAndQuery = pathAndQuery;
    r.body = body;
    r.headers.append({"Authorization",
                      "ODFHIR " + m_settings.developerKey.toUtf8() + '/' + m_settings.customerKey.toUtf8()});
    r.mayHaveActed = verb == "POST";
    m_transport->send(std::move(r), std::move(replied));
}

void OpenDentalAdapter::listAppointments(const QString &cursor, int offset, AppointmentsDone done)
{
    QUrlQuery query;
    query.addQueryItem(u"Offset"_s, QString::number(offset));
    query.addQueryItem(u"Limit"_s, QString::number(m_settings.pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(u"DateTStamp"_s, cursor);
    send("GET", u"/appointments?"_s + query.toString(QUrl::FullyEncoded), {},
         [this, done = std::move(done)](const QByteArray &body, const PmsError &e) {
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
             // Open Dental may cap a page below the Limit asked for (100 remote, 1000 local):
             // only an empty page ends the read, so a lower cap never cuts a pull short.
             page.more = read->received > 0;
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
             done(sameBooking(read->appointments, wanted), {});
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

void OpenDentalAdapter::setStatus(const QString &pmsId, AppointmentStatus status, const QDateTime &atUtc, Done done)
{
    // Open Dental keeps the visit's steps as times on the appointment (0001-01-01 = not yet)
    // and completion as AptStatus Complete.
    const QString never = u"0001-01-01 00:00:00"_s;
    const QString at = m_codec.officeTime(atUtc);
    QJsonObject body{{u"AptStatus"_s, status == AppointmentStatus::Completed ? u"Complete"_s : u"Scheduled"_s}};
    switch (status) {
    case AppointmentStatus::Scheduled:
    case AppointmentStatus::Confirmed:
        body.insert(u"DateTimeArrived"_s, never);
        body.insert(u"DateTimeSeated"_s, never);
        body.insert(u"DateTimeDismissed"_s, never);
        break;
    case AppointmentStatus::Arrived:
        body.insert(u"DateTimeArrived"_s, at);
        body.insert(u"DateTimeSeated"_s, never);
        body.insert(u"DateTimeDismissed"_s, never);
        break;
    case AppointmentStatus::InChair:
        body.insert(u"DateTimeSeated"_s, at);
        body.insert(u"DateTimeDismissed"_s, never);
        break;
    case AppointmentStatus::Completed:
        body.insert(u"DateTimeDismissed"_s, at);
        break;
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::NoShow:
        cancelAppointment(pmsId, status == AppointmentStatus::NoShow, std::move(done));
        return;
    }
    const bool confirm = status == AppointmentStatus::Confirmed;
    send("PUT", u"/appointments/"_s + pmsId, QJsonDocument(body).toJson(QJsonDocument::Compact),
         [this, pmsId, confirm, done = std::move(done)](const QByteArray &, const PmsError &e) mutable {
             if (!e.ok() || !confirm) {
                 done(e);
                 return;
             }
             confirmAppointment(pmsId, std::move(done));
         });
}

void OpenDentalAdapter::createCommlog(const PmsCommlog &note, CommlogDone done)
{
    send("POST", u"/commlogs"_s, QJsonDocument(m_codec.commlogBody(note)).toJson(QJsonDocument::Compact),
         [this, done = std::move(done)](const QByteArray &body, const PmsError &e) {
             if (!e.ok()) {
                 done({}, e);
                 return;
             }
             // Versions before 23.3.7 answer 201 without the note: written, number unknown.
             QString why;
             const std::optional<QList<PmsCommlog>> made = m_codec.commlogs(body, &why);
             if (!made) {
                 done({}, error(PmsError::Kind::Malformed, why));
                 return;
             }
             done(made->value(0), {});
         });
}

void OpenDentalAdapter::findCommlog(const PmsCommlog &note, CommlogDone done)
{
    QUrlQuery filter;
    filter.addQueryItem(u"PatNum"_s, note.patientPmsId);
    getAll(u"/commlogs"_s, filter, 0, {},
           [this, note, done = std::move(done)](const QList<QByteArray> &pages, const PmsError &e) {
               if (!e.ok()) {
                   done({}, e);
                   return;
               }
               // Open Dental keeps CommDateTime to the second.
               const QDateTime at = note.atUtc.addMSecs(-note.atUtc.time().msec());
               for (const QByteArray &page : pages) {
                   QString why;
                   const std::optional<QList<PmsCommlog>> rows = m_codec.commlogs(page, &why);
                   if (!rows) {
                       done({}, error(PmsError::Kind::Malformed, why));
                       return;
                   }
                   for (const PmsCommlog &c : *rows) {
                       if (c.atUtc == at && c.note.trimmed() == note.note.trimmed()) {
                           done(c, {});
                           return;
                       }
                   }
               }
               done({}, {});
           });
}

void OpenDentalAdapter::listSchedules(const QDate &from, const QDate &to, SchedulesDone done)
{
    QUrlQuery filter;
    filter.addQueryItem(u"dateStart"_s, from.toString(Qt::ISODate));
    filter.addQueryItem(u"dateEnd"_s, to.toString(Qt::ISODate));
    getAll(u"/schedules"_s, filter, 0, {},
           [this, done = std::move(done)](const QList<QByteArray> &pages, const PmsError &e) {
               if (!e.ok()) {
                   done({}, e);
                   return;
               }
               QList<PmsSchedule> all;
               bool withOperatories = false;
               for (const QByteArray &page : pages) {
                   QString why;
                   bool named = false;
                   const std::optional<QList<PmsSchedule>> read = m_codec.schedules(page, &named, &why);
                   if (!read) {
                       done({}, error(PmsError::Kind::Malformed, why));
                       return;
                   }
                   withOperatories = withOperatories || named;
                   all += *read;
               }
               if (withOperatories || all.isEmpty()) {
                   done(all, {});
                   return;
               }
               // Versions whose schedules do not name their operatories: /scheduleops does.
               getAll(u"/scheduleops"_s, {}, 0, {},
                      [this, all, done](const QList<QByteArray> &opPages, const PmsError &opError) mutable {
                          if (!opError.ok()) {
                              done({}, opError);
                              return;
                          }
                          QMultiHash<QString, QString> ops;
                          for (const QByteArray &page : opPages) {
                              QString why;
                              const auto read = m_codec.scheduleOps(page, &why);
                              if (!read) {
                                  done({}, error(PmsError::Kind::Malformed, why));
                                  return;
                              }
                              ops.unite(*read);
                          }
                          for (PmsSchedule &s : all)
                              s.operatoryPmsIds = ops.values(s.pmsId);
                          done(all, {});
                      });
           });
}

} // namespace chairside::sync
