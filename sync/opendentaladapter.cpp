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
        PmsAdapter::Capability::CommLog, PmsAdapter::Capability::CreatePatient,
        PmsAdapter::Capability::UpdatePatient, PmsAdapter::Capability::Recalls};

} // namespace

OpenDentalAdapter::OpenDentalAdapter(Settings settings, QObject *parent)
    : PmsAdapter(kCapabilities, parent), m_settings(std::move(settings)), m_codec(m_settings.office)
{
    m_transport = std::make_unique<PmsTransport>(PmsTransport::settingsFor(u"Open Dental"_s, m_settings.baseUrl, m_settings));
    setRequestsPerMinute(m_settings.perMinute);
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
             // Open Dental may cap a page below the Limit asked for (100 remote, 1000 local),
             // never below 100: a page short of both ends the read, so a lower cap never cuts a
             // pull short and a pull of a few changes is one request.
             page.more = read->received > 0 && read->received >= std::min(m_settings.pageSize, 100);
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

template<typename Row, typename Read>
PmsAdapter::PageFetch<Row> OpenDentalAdapter::pages(const QString &path, const QUrlQuery &filter, Read read)
{
    return [this, path, filter, read](int offset, PageDone<Row> pageDone) {
        QUrlQuery query = filter;
        query.addQueryItem(u"Offset"_s, QString::number(offset));
        send("GET", path + u'?' + query.toString(QUrl::FullyEncoded), {},
             [this, read, pageDone](const QByteArray &body, const PmsError &e) {
                 if (!e.ok()) {
                     pageDone({}, e);
                     return;
                 }
                 QString why;
                 const std::optional<QList<Row>> rows = read(body, &why);
                 if (!rows) {
                     pageDone({}, error(PmsError::Kind::Malformed, why));
                     return;
                 }
                 const QJsonArray array = QJsonDocument::fromJson(body).array();
                 ListPage<Row> page;
                 page.rows = *rows;
                 page.received = int(array.size());
                 // Lists come 100 rows at a time (1000 from the local API); a short page is
                 // the last.
                 page.more = page.received >= 100 && page.received % 100 == 0;
                 if (!array.isEmpty())
                     page.serverTime = array.at(0).toObject().value(u"serverDateTime"_s).toString();
                 pageDone(page, {});
             });
    };
}

template<typename Row, typename Read>
void OpenDentalAdapter::getAll(const QString &path, const QUrlQuery &filter, Read read, ListDone<Row> done)
{
    readEveryPage<Row>(pages<Row>(path, filter, std::move(read)), std::move(done));
}

void OpenDentalAdapter::listChairs(ChairsDone done)
{
    getAll<PmsChair>(u"/operatories"_s, {}, [this](const QByteArray &b, QString *why) { return m_codec.operatories(b, why); },
                     [done = std::move(done)](const QList<PmsChair> &rows, const QString &, const PmsError &e) {
                         done(rows, e);
                     });
}

void OpenDentalAdapter::listProviders(ProvidersDone done)
{
    getAll<PmsProvider>(u"/providers"_s, {},
                        [this](const QByteArray &b, QString *why) { return m_codec.providers(b, why); },
                        [done = std::move(done)](const QList<PmsProvider> &rows, const QString &, const PmsError &e) {
                            done(rows, e);
                        });
}

void OpenDentalAdapter::listAppointmentTypes(TypesDone done)
{
    getAll<PmsAppointmentType>(
            u"/appointmenttypes"_s, {},
            [this](const QByteArray &b, QString *why) { return m_codec.appointmentTypes(b, why); },
            [done = std::move(done)](const QList<PmsAppointmentType> &rows, const QString &, const PmsError &e) {
                done(rows, e);
            });
}

void OpenDentalAdapter::listRecallTypes(RecallTypesDone done)
{
    getAll<PmsRecallType>(
            u"/recalltypes"_s, {}, [this](const QByteArray &b, QString *why) { return m_codec.recallTypes(b, why); },
            [done = std::move(done)](const QList<PmsRecallType> &rows, const QString &, const PmsError &e) {
                done(rows, e);
            });
}

void OpenDentalAdapter::listRecalls(RecallsDone done)
{
    getAll<PmsRecall>(
            u"/recalls"_s, {}, [this](const QByteArray &b, QString *why) { return m_codec.recalls(b, why); },
            [done = std::move(done)](const QList<PmsRecall> &rows, const QString &, const PmsError &e) {
                done(rows, e);
            });
}

void OpenDentalAdapter::listPatients(const QString &cursor, int offset, PageSeen<PmsPatient> seen)
{
    // GET /patients/Simple is the list that takes DateTStamp for recent changes.
    QUrlQuery filter;
    if (!cursor.isEmpty())
        filter.addQueryItem(u"DateTStamp"_s, cursor);
    readPages<PmsPatient>(pages<PmsPatient>(u"/patients/Simple"_s, filter,
                                            [this](const QByteArray &b, QString *why) { return m_codec.patients(b, why); }),
                          offset, std::move(seen));
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

void OpenDentalAdapter::createPatient(const PmsPatient &patient, PatientDone done)
{
    send("POST", u"/patients"_s, QJsonDocument(m_codec.patientBody(patient, {})).toJson(QJsonDocument::Compact),
         [this, done = std::move(done)](const QByteArray &body, const PmsError &e) {
             if (!e.ok()) {
                 done({}, e);
                 return;
             }
             QString why;
             const std::optional<QList<PmsPatient>> made = m_codec.patients(body, &why);
             if (!made || made->isEmpty()) {
                 // Written, but without its PatNum the patient cannot be linked: looked up by
                 // name and birthdate at the next try instead of made again.
                 done({}, error(PmsError::Kind::Malformed, why.isEmpty() ? tr("Open Dental's reply to a new patient "
                                                                              "has no PatNum.")
                                                                         : why));
                 return;
             }
             done(made->constFirst(), {});
         });
}

void OpenDentalAdapter::findPatient(const PmsPatient &patient, PatientDone done)
{
    QUrlQuery filter;
    filter.addQueryItem(u"LName"_s, patient.lastName);
    filter.addQueryItem(u"FName"_s, patient.firstName);
    if (patient.birthdate.isValid())
        filter.addQueryItem(u"Birthdate"_s, patient.birthdate.toString(Qt::ISODate));
    getAll<PmsPatient>(u"/patients/Simple"_s, filter,
                       [this](const QByteArray &b, QString *why) { return m_codec.patients(b, why); },
                       [patient, done = std::move(done)](const QList<PmsPatient> &rows, const QString &,
                                                         const PmsError &e) {
                           if (!e.ok()) {
                               done({}, e);
                               return;
                           }
                           // Open Dental matches names by their start: the same person is the
                           // same names and birthdate, whole.
                           for (const PmsPatient &p : rows) {
                               if (p.lastName.compare(patient.lastName, Qt::CaseInsensitive) == 0
                                   && p.firstName.compare(patient.firstName, Qt::CaseInsensitive) == 0
                                   && p.birthdate == patient.birthdate) {
                                   done(p, {});
                                   return;
                               }
                           }
                           done({}, {});
                       });
}

void OpenDentalAdapter::updatePatient(const PmsPatient &patient, const QStringList &fields, Done done)
{
    send("PUT", u"/patients/"_s + patient.pmsId,
         QJsonDocument(m_codec.patientBody(patient, fields)).toJson(QJsonDocument::Compact),
         [done = std::move(done)](const QByteArray &, const PmsError &e) { done(e); });
}

void OpenDentalAdapter::findCommlog(const PmsCommlog &note, CommlogDone done)
{
    QUrlQuery filter;
    filter.addQueryItem(u"PatNum"_s, note.patientPmsId);
    getAll<PmsCommlog>(u"/commlogs"_s, filter,
                       [this](const QByteArray &b, QString *why) { return m_codec.commlogs(b, why); },
                       [note, done = std::move(done)](const QList<PmsCommlog> &rows, const QString &, const PmsError &e) {
                           if (!e.ok()) {
                               done({}, e);
                               return;
                           }
                           // Open Dental keeps CommDateTime to the second.
                           const QDateTime at = note.atUtc.addMSecs(-note.atUtc.time().msec());
                           for (const PmsCommlog &c : rows) {
                               if (c.atUtc == at && c.note.trimmed() == note.note.trimmed()) {
                                   done(c, {});
                                   return;
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
    // Whether any page's schedules name their operatories (versions before 23.x do not).
    auto named = std::make_shared<bool>(false);
    getAll<PmsSchedule>(
            u"/schedules"_s, filter,
            [this, named](const QByteArray &b, QString *why) {
                bool pageNamed = false;
                std::optional<QList<PmsSchedule>> read = m_codec.schedules(b, &pageNamed, why);
                *named = *named || pageNamed;
                return read;
            },
            [this, named, done = std::move(done)](const QList<PmsSchedule> &read, const QString &, const PmsError &e) {
                if (!e.ok()) {
                    done({}, e);
                    return;
                }
                if (*named || read.isEmpty()) {
                    done(read, {});
                    return;
                }
                // Versions whose schedules do not name their operatories: /scheduleops does.
                using Ops = QMultiHash<QString, QString>; // a page's schedule → operatories
                getAll<Ops>(
                        u"/scheduleops"_s, {},
                        [this](const QByteArray &b, QString *why) -> std::optional<QList<Ops>> {
                            std::optional<Ops> page = m_codec.scheduleOps(b, why);
                            if (!page)
                                return std::nullopt;
                            return QList<Ops>{*page};
                        },
                        [all = read, done](const QList<Ops> &pages, const QString &, const PmsError &opError) mutable {
                            if (!opError.ok()) {
                                done({}, opError);
                                return;
                            }
                            Ops ops;
                            for (const Ops &page : pages)
                                ops.unite(page);
                            for (PmsSchedule &s : all)
                                s.operatoryPmsIds = ops.values(s.pmsId);
                            done(all, {});
                        });
            });
}

} // namespace chairside::sync
