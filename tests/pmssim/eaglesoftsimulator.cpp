#include "eaglesoftsimulator.h"

#include "sync/eaglesoftcodec.h"
#include "sync/soapxml.h"

#include <QColor>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace chairside::pmssim {

namespace soap = sync::soap;
using sync::XmlNode;

namespace {

using Status = QHttpServerResponder::StatusCode;

QHttpServerResponse xml(const QByteArray &body, Status status = Status::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("text/xml; charset=utf-8"), body, status);
}

QHttpServerResponse fault(bool client, const QString &message, const QString &code)
{
    return xml(soap::fault(client, message, code), Status::InternalServerError);
}

QString boolText(bool b)
{
    return b ? u"true"_s : u"false"_s;
}

} // namespace

EaglesoftSimulator::EaglesoftSimulator(QObject *parent) : PmsSimulator(parent)
{
    setCredentials(u"frontdesk"_s, u"password"_s);
    m_server->route(u"/eaglesoft/Scheduling.asmx"_s,
                    [this](const QHttpServerRequest &request) { return handle(request, {}); });
}

EaglesoftSimulator::~EaglesoftSimulator() = default;

void EaglesoftSimulator::setCredentials(const QString &userName, const QString &password)
{
    m_userName = userName;
    m_password = password;
}

QString EaglesoftSimulator::baseUrl() const
{
    return origin() + u"/eaglesoft/Scheduling.asmx"_s;
}

QHttpServerResponse EaglesoftSimulator::failure(Failure kind, const QString &message) const
{
    switch (kind) {
    case Failure::Auth:
        return fault(true, u"The user name or password is not valid."_s, u"AuthenticationFailed"_s);
    case Failure::NotFound:
        return fault(true, message, u"NotFound"_s);
    case Failure::Conflict:
        return fault(true, message, u"SlotUnavailable"_s);
    case Failure::Refused:
    case Failure::BadRequest:
        return fault(true, message, u"InvalidRequest"_s);
    case Failure::Throttled:
        return xml(soap::fault(false, message, u"TooManyRequests"_s), Status::TooManyRequests);
    case Failure::Unavailable:
        return xml(soap::fault(false, message, u"ServiceUnavailable"_s), Status::ServiceUnavailable);
    case Failure::ServerError:
        return fault(false, message, u"ServerError"_s);
    }
    return fault(false, message, u"ServerError"_s);
}

bool EaglesoftSimulator::authorized(const QHttpServerRequest &request) const
{
    QString why;
    const std::optional<soap::Envelope> envelope = soap::read(request.body(), &why);
    if (!envelope || !envelope->authHeader)
        return false;
    return envelope->authHeader->value(u"Username"_s) == m_userName
            && envelope->authHeader->value(u"Password"_s) == m_password;
}

QString EaglesoftSimulator::what(const QHttpServerRequest &request) const
{
    return soap::actionFrom(request.value("SOAPAction"));
}

bool EaglesoftSimulator::writes(const QHttpServerRequest &request) const
{
    const QString action = soap::actionFrom(request.value("SOAPAction"));
    return action == u"CreateAppointment" || action == u"UpdateAppointment" || action == u"CancelAppointment";
}

void EaglesoftSimulator::writeAppointment(QXmlStreamWriter &w, const Appointment &a) const
{
    w.writeStartElement(QString::fromLatin1(soap::kNamespace), u"Appointment"_s);
    soap::element(w, u"AppointmentId"_s, QString::number(a.aptNum));
    soap::element(w, u"PatientId"_s, QString::number(a.patNum));
    soap::element(w, u"OperatoryId"_s, QString::number(a.op));
    soap::element(w, u"ProviderId"_s, QString::number(a.hygiene ? a.provHyg : a.provNum));
    if (a.typeNum > 0)
        soap::element(w, u"AppointmentTypeId"_s, QString::number(a.typeNum));
    soap::element(w, u"StartTime"_s, a.start.toString(Qt::ISODate));
    soap::element(w, u"Duration"_s, QString::number(a.minutes()));
    soap::element(w, u"Status"_s, sync::EaglesoftCodec::statusName(a.state()));
    soap::element(w, u"IsHygiene"_s, boolText(a.hygiene));
    soap::element(w, u"Notes"_s, a.note);
    soap::element(w, u"LastModified"_s, a.stamp.toUTC().toString(Qt::ISODate));
    w.writeEndElement();
}

QHttpServerResponse EaglesoftSimulator::respond(const QHttpServerRequest &request, const QString &)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return fault(true, u"Send SOAP requests with POST."_s, u"InvalidRequest"_s);
    QString why;
    const std::optional<soap::Envelope> envelope = soap::read(request.body(), &why);
    if (!envelope)
        return fault(true, why, u"InvalidRequest"_s);
    const QString action = soap::actionFrom(request.value("SOAPAction"));
    if (action.isEmpty() || action != envelope->body.name)
        return fault(true, u"SOAPAction \"%1\" does not match the body element %2."_s.arg(
                                   QString::fromUtf8(request.value("SOAPAction")), envelope->body.name),
                     u"InvalidRequest"_s);
    const XmlNode &call = envelope->body;
    if (action == u"ListAppointments")
        return listAppointments(call);
    if (action == u"CreateAppointment")
        return save(call, true);
    if (action == u"UpdateAppointment")
        return save(call, false);
    if (action == u"CancelAppointment")
        return cancel(call);
    if (action == u"GetAvailableSlots")
        return availableSlots(call);
    if (action == u"GetPatientPreferences")
        return preferences(call);
    if (action == u"GetWaitlist")
        return waitlist(call);
    if (action == u"ListOperatories" || action == u"ListProviders" || action == u"ListAppointmentTypes"
        || action == u"ListPatients")
        return references(action, call);
    return fault(true, u"Unknown action %1."_s.arg(action), u"InvalidRequest"_s);
}

QHttpServerResponse EaglesoftSimulator::listAppointments(const XmlNode &call)
{
    const int offset = call.value(u"Offset"_s).toInt();
    const int pageSize = std::clamp(call.value(u"PageSize"_s, QString::number(m_pageSize)).toInt(), 1, m_pageSize);
    QDateTime since;
    if (!call.value(u"ModifiedSince"_s).isEmpty()) {
        since = QDateTime::fromString(call.value(u"ModifiedSince"_s), Qt::ISODate);
        if (!since.isValid())
            return fault(true, u"ModifiedSince must be an xs:dateTime."_s, u"InvalidRequest"_s);
    }
    const qint64 id = call.value(u"AppointmentId"_s).toLongLong();
    const qint64 patient = call.value(u"PatientId"_s).toLongLong();
    const QDate date = QDate::fromString(call.value(u"Date"_s), Qt::ISODate);
    QList<const Appointment *> rows;
    qint64 total = 0;
    for (const Appointment &a : std::as_const(m_appointments)) {
        if ((id > 0 && a.aptNum != id) || (patient > 0 && a.patNum != patient)
            || (date.isValid() && a.start.date() != date) || (since.isValid() && a.stamp < since))
            continue;
        if (total++ < offset || rows.size() >= pageSize)
            continue;
        rows.append(&a);
    }
    return xml(soap::response(u"ListAppointments"_s, [&](QXmlStreamWriter &w) {
        soap::element(w, u"ServerTime"_s, officeNow().toUTC().toString(Qt::ISODate));
        soap::element(w, u"TotalCount"_s, QString::number(total));
        w.writeStartElement(QString::fromLatin1(soap::kNamespace), u"Appointments"_s);
        for (const Appointment *a : rows)
            writeAppointment(w, *a);
        w.writeEndElement();
    }));
}

QHttpServerResponse EaglesoftSimulator::save(const XmlNode &call, bool create)
{
    const XmlNode *in = call.child(u"Appointment"_s);
    if (!in)
        return fault(true, u"An Appointment element is required."_s, u"InvalidRequest"_s);
    Appointment a;
    if (!create) {
        const qint64 id = in->value(u"AppointmentId"_s).toLongLong();
        if (!m_appointments.contains(id))
            return failure(Failure::NotFound, u"No appointment %1."_s.arg(in->value(u"AppointmentId"_s)));
        a = m_appointments.value(id);
    }
    // Elements left out keep their value.
    if (in->child(u"PatientId"_s))
        a.patNum = in->value(u"PatientId"_s).toLongLong();
    if (in->child(u"OperatoryId"_s))
        a.op = in->value(u"OperatoryId"_s).toLongLong();
    if (in->child(u"IsHygiene"_s))
        a.hygiene = in->value(u"IsHygiene"_s) == u"true";
    if (in->child(u"ProviderId"_s)) {
        a.provNum = a.provHyg = 0;
        (a.hygiene ? a.provHyg : a.provNum) = in->value(u"ProviderId"_s).toLongLong();
    }
    if (in->child(u"AppointmentTypeId"_s))
        a.typeNum = in->value(u"AppointmentTypeId"_s).toLongLong();
    if (in->child(u"StartTime"_s)) {
        const QDateTime start = QDateTime::fromString(in->value(u"StartTime"_s), Qt::ISODate);
        if (!start.isValid())
            return fault(true, u"StartTime must be an xs:dateTime."_s, u"InvalidRequest"_s);
        a.start = start.toTimeZone(m_zone);
    }
    if (in->child(u"Duration"_s))
        a.pattern = QString((in->value(u"Duration"_s).toInt() + 4) / 5, u'X');
    if (in->child(u"Notes"_s))
        a.note = in->value(u"Notes"_s);
    if (in->child(u"Status"_s)) {
        const std::optional<AppointmentStatus> to = sync::EaglesoftCodec::parseStatus(in->value(u"Status"_s));
        if (!to || *to == AppointmentStatus::Cancelled || *to == AppointmentStatus::NoShow)
            return fault(true, u"Status must be Scheduled, Confirmed, Arrived, InChair or Completed (cancel with "
                               "CancelAppointment)."_s,
                         u"InvalidRequest"_s);
        a.missed = false;
        a.step(*to, officeNow());
    }
    if (a.patNum <= 0 || a.op <= 0 || !a.start.isValid() || a.pattern.isEmpty())
        return fault(true, u"PatientId, OperatoryId, StartTime and Duration are required."_s, u"InvalidRequest"_s);
    const QString clash = a.live() ? overlapWith(a) : QString();
    if (!clash.isEmpty())
        return failure(Failure::Conflict, clash);
    if (create)
        a.aptNum = m_nextAptNum++;
    a.stamp = nextStamp();
    m_appointments.insert(a.aptNum, a);
    const QString action = create ? u"CreateAppointment"_s : u"UpdateAppointment"_s;
    return xml(soap::response(action, [&](QXmlStreamWriter &w) { writeAppointment(w, a); }));
}

QHttpServerResponse EaglesoftSimulator::cancel(const XmlNode &call)
{
    const qint64 id = call.value(u"AppointmentId"_s).toLongLong();
    if (!m_appointments.contains(id))
        return failure(Failure::NotFound, u"No appointment %1."_s.arg(call.value(u"AppointmentId"_s)));
    const QString reason = call.value(u"Reason"_s, u"Cancelled"_s);
    if (reason != u"Cancelled" && reason != u"NoShow")
        return fault(true, u"Reason must be Cancelled or NoShow."_s, u"InvalidRequest"_s);
    Appointment &a = m_appointments[id];
    if (!a.live())
        return fault(true, u"Appointment %1 is not scheduled."_s.arg(id), u"InvalidRequest"_s);
    a.status = u"Broken"_s;
    a.missed = reason == u"NoShow";
    a.stamp = nextStamp();
    return xml(soap::response(u"CancelAppointment"_s,
                              [](QXmlStreamWriter &w) { soap::element(w, u"Success"_s, u"true"_s); }));
}

QHttpServerResponse EaglesoftSimulator::references(const QString &action, const XmlNode &call) const
{
    const int offset = call.value(u"Offset"_s).toInt();
    const int pageSize = std::clamp(call.value(u"PageSize"_s, QString::number(m_pageSize)).toInt(), 1, m_pageSize);
    // One writer per row; only the page's rows are written.
    QList<std::function<void(QXmlStreamWriter &)>> rows;
    QString list, item;
    const QString ns = QString::fromLatin1(soap::kNamespace);
    if (action == u"ListOperatories") {
        list = u"Operatories"_s;
        for (qsizetype i = 0; i < m_chairs.size(); ++i)
            rows.append([this, i, ns](QXmlStreamWriter &w) {
                w.writeStartElement(ns, u"Operatory"_s);
                soap::element(w, u"OperatoryId"_s, QString::number(i + 1));
                soap::element(w, u"Name"_s, m_chairs.at(i).name);
                soap::element(w, u"Abbreviation"_s, m_chairs.at(i).id.left(5).toUpper());
                soap::element(w, u"IsHidden"_s, u"false"_s);
                soap::element(w, u"Order"_s, QString::number(i));
                w.writeEndElement();
            });
    } else if (action == u"ListProviders") {
        list = u"Providers"_s;
        for (qsizetype i = 0; i < m_providers.size(); ++i)
            rows.append([this, i, ns](QXmlStreamWriter &w) {
                const Provider &p = m_providers.at(i);
                QString name = p.name.section(u',', 0, 0).trimmed();
                if (name.startsWith(u"Dr. "_s))
                    name = name.mid(4);
                w.writeStartElement(ns, u"Provider"_s);
                soap::element(w, u"ProviderId"_s, QString::number(i + 1));
                soap::element(w, u"FirstName"_s, name.section(u' ', 0, 0));
                soap::element(w, u"LastName"_s, name.section(u' ', 1));
                soap::element(w, u"Abbreviation"_s, p.id.left(5).toUpper());
                soap::element(w, u"IsHygienist"_s, boolText(p.role == ProviderRole::Hygienist));
                soap::element(w, u"IsActive"_s, u"true"_s);
                soap::element(w, u"Color"_s, QColor(p.color).isValid() ? QColor(p.color).name() : QString());
                w.writeEndElement();
            });
    } else if (action == u"ListAppointmentTypes") {
        list = u"AppointmentTypes"_s;
        for (qsizetype i = 0; i < m_types.size(); ++i)
            rows.append([this, i, ns](QXmlStreamWriter &w) {
                w.writeStartElement(ns, u"AppointmentType"_s);
                soap::element(w, u"AppointmentTypeId"_s, QString::number(i + 1));
                soap::element(w, u"Name"_s, m_types.at(i).name);
                soap::element(w, u"Duration"_s, QString::number(m_types.at(i).minutes));
                soap::element(w, u"IsActive"_s, u"true"_s);
                w.writeEndElement();
            });
    } else {
        list = u"Patients"_s;
        const QDateTime since = QDateTime::fromString(call.value(u"ModifiedSince"_s), Qt::ISODate);
        QHash<QString, qint64> guarantor;
        for (const Patient &p : m_patients) {
            if (!p.familyId.isEmpty() && !guarantor.contains(p.familyId))
                guarantor.insert(p.familyId, m_patByPatient.value(p.id));
        }
        // Patients modified at or after ModifiedSince, each by their own stamp.
        for (const Patient &p : m_patients) {
            if (since.isValid() && patientStamp(p) < since)
                continue;
            rows.append([this, p, ns, guarantor](QXmlStreamWriter &w) {
                const qint64 id = m_patByPatient.value(p.id);
                w.writeStartElement(ns, u"Patient"_s);
                soap::element(w, u"PatientId"_s, QString::number(id));
                soap::element(w, u"FirstName"_s, p.name.section(u' ', 0, -2));
                soap::element(w, u"LastName"_s, p.name.section(u' ', -1));
                soap::element(w, u"MobilePhone"_s, p.phone);
                soap::element(w, u"Email"_s, p.email);
                soap::element(w, u"Language"_s, p.language == u"es" ? u"Spanish"_s : u"English"_s);
                soap::element(w, u"GuarantorId"_s,
                              QString::number(p.familyId.isEmpty() ? id : guarantor.value(p.familyId)));
                soap::element(w, u"PreferredContact"_s,
                              p.doNotContact                                ? u"DoNotContact"_s
                                      : p.preferredContact == ContactChannel::Sms   ? u"Text"_s
                                      : p.preferredContact == ContactChannel::Email ? u"Email"_s
                                                                                    : u"Phone"_s);
                soap::element(w, u"IsActive"_s, u"true"_s);
                w.writeEndElement();
            });
        }
    }
    return xml(soap::response(action, [&](QXmlStreamWriter &w) {
        soap::element(w, u"ServerTime"_s, officeNow().toUTC().toString(Qt::ISODate));
        soap::element(w, u"TotalCount"_s, QString::number(rows.size()));
        w.writeStartElement(ns, list);
        for (qsizetype i = offset; i < rows.size() && i < offset + pageSize; ++i)
            rows.at(i)(w);
        w.writeEndElement();
    }));
}

QHttpServerResponse EaglesoftSimulator::availableSlots(const XmlNode &call) const
{
    const QDate from = QDate::fromString(call.value(u"FromDate"_s), Qt::ISODate);
    const QDate to = QDate::fromString(call.value(u"ToDate"_s), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to || from.daysTo(to) > 92)
        return fault(true, u"FromDate and ToDate (at most 92 days apart) are required."_s, u"InvalidRequest"_s);
    const QList<Opening> found = openings(from, to, call.value(u"AppointmentTypeId"_s).toLongLong(),
                                          call.value(u"ProviderId"_s).toLongLong(), 200);
    return xml(soap::response(u"GetAvailableSlots"_s, [&](QXmlStreamWriter &w) {
        soap::element(w, u"TotalCount"_s, QString::number(found.size()));
        w.writeStartElement(QString::fromLatin1(soap::kNamespace), u"Slots"_s);
        for (const Opening &o : found) {
            w.writeStartElement(QString::fromLatin1(soap::kNamespace), u"Slot"_s);
            soap::element(w, u"StartTime"_s, o.start.toString(Qt::ISODate));
            soap::element(w, u"Duration"_s, QString::number(o.minutes));
            soap::element(w, u"ProviderId"_s, QString::number(o.provNum));
            soap::element(w, u"OperatoryId"_s, QString::number(o.op));
            w.writeEndElement();
        }
        w.writeEndElement();
    }));
}

QHttpServerResponse EaglesoftSimulator::preferences(const XmlNode &call) const
{
    const qint64 patNum = call.value(u"PatientId"_s).toLongLong();
    if (patNum <= 0 || patNum > m_patients.size())
        return failure(Failure::NotFound, u"No patient %1."_s.arg(call.value(u"PatientId"_s)));
    const Patient &p = m_patients.at(patNum - 1);
    QStringList days;
    for (const QString &d : p.preferredDays.names())
        days.append(d.left(1).toUpper() + d.mid(1));
    return xml(soap::response(u"GetPatientPreferences"_s, [&](QXmlStreamWriter &w) {
        w.writeStartElement(QString::fromLatin1(soap::kNamespace), u"Preferences"_s);
        soap::element(w, u"PatientId"_s, QString::number(patNum));
        soap::element(w, u"PreferredDays"_s, days.join(u','));
        const QString time = timeOfDayName(p.preferredTimeOfDay);
        soap::element(w, u"PreferredTime"_s, time.left(1).toUpper() + time.mid(1));
        soap::element(w, u"PreferredProviderId"_s, p.preferredProviderId.isEmpty()
                                                           ? QString()
                                                           : QString::number(m_provByProvider.value(p.preferredProviderId)));
        soap::element(w, u"PreferredContact"_s, p.doNotContact                              ? u"DoNotContact"_s
                                                        : p.preferredContact == ContactChannel::Sms   ? u"Text"_s
                                                        : p.preferredContact == ContactChannel::Email ? u"Email"_s
                                                                                                      : u"Phone"_s);
        w.writeEndElement();
    }));
}

QHttpServerResponse EaglesoftSimulator::waitlist(const XmlNode &call) const
{
    const int offset = call.value(u"Offset"_s).toInt();
    const int pageSize = std::clamp(call.value(u"PageSize"_s, QString::number(m_pageSize)).toInt(), 1, m_pageSize);
    return xml(soap::response(u"GetWaitlist"_s, [&](QXmlStreamWriter &w) {
        soap::element(w, u"TotalCount"_s, QString::number(m_waitlist.size()));
        w.writeStartElement(QString::fromLatin1(soap::kNamespace), u"Entries"_s);
        for (qsizetype i = offset; i < m_waitlist.size() && i < offset + pageSize; ++i) {
            const WaitlistEntry &e = m_waitlist.at(i);
            w.writeStartElement(QString::fromLatin1(soap::kNamespace), u"Entry"_s);
            soap::element(w, u"EntryId"_s, QString::number(i + 1));
            soap::element(w, u"PatientId"_s, QString::number(m_patByPatient.value(e.patientId)));
            soap::element(w, u"AppointmentTypeId"_s, QString::number(m_typeByType.value(e.typeId)));
            soap::element(w, u"ProviderId"_s,
                          e.providerId.isEmpty() ? QString() : QString::number(m_provByProvider.value(e.providerId)));
            soap::element(w, u"EarliestDate"_s, e.earliest.toString(Qt::ISODate));
            soap::element(w, u"LatestDate"_s, e.latest.toString(Qt::ISODate));
            soap::element(w, u"Urgency"_s, QString::number(e.urgency));
            soap::element(w, u"AddedOn"_s, e.sinceUtc.toUTC().toString(Qt::ISODate));
            w.writeEndElement();
        }
        w.writeEndElement();
    }));
}

} // namespace chairside::pmssim
