#include "eaglesoftcodec.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include "domain/practice.h"
#include "domain/weekdays.h"

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::sync::EaglesoftCodec)
};

bool flag(const XmlNode &n, const QString &name, bool fallback = false)
{
    const QString v = n.value(name);
    return v.isEmpty() ? fallback : (v == u"true" || v == u"1");
}

QDateTime timeOf(const XmlNode &n, const QString &name)
{
    const QDateTime t = QDateTime::fromString(n.value(name), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// The result element of a response envelope, or the fault / shape problem as an error.
std::optional<XmlNode> resultOf(const QByteArray &reply, const QString &action, QString *error)
{
    const std::optional<soap::Envelope> envelope = soap::read(reply, error);
    if (!envelope)
        return std::nullopt;
    if (envelope->fault) {
        *error = Text::tr("Eaglesoft answered with a fault: %1").arg(envelope->fault->message);
        return std::nullopt;
    }
    const XmlNode *result = envelope->body.name == action + u"Response" ? envelope->body.child(action + u"Result")
                                                                         : nullptr;
    if (!result) {
        *error = Text::tr("Eaglesoft's reply has no %1Result; nothing was read from it.").arg(action);
        return std::nullopt;
    }
    return *result;
}

template<typename Row, typename Read>
std::optional<EaglesoftPage<Row>> listOf(const QByteArray &reply, const QString &action, const QString &list,
                                         const QString &item, QString *error, Read read)
{
    const std::optional<XmlNode> result = resultOf(reply, action, error);
    if (!result)
        return std::nullopt;
    const XmlNode *rows = result->child(list);
    if (!rows) {
        *error = Text::tr("Eaglesoft's %1Result has no %2; nothing was read from it.").arg(action, list);
        return std::nullopt;
    }
    EaglesoftPage<Row> page;
    page.serverTime = result->value(u"ServerTime"_s);
    int row = 0;
    for (const XmlNode *node : rows->all(item)) {
        std::optional<Row> r = read(*node, ++row);
        if (!r)
            return std::nullopt;
        page.rows.append(*r);
    }
    bool ok = false;
    page.total = result->value(u"TotalCount"_s).toLongLong(&ok);
    if (!ok)
        page.total = page.rows.size();
    return page;
}

QString colorOf(const XmlNode &n)
{
    const QString c = n.value(u"Color"_s).trimmed().toLower();
    return c.size() == 7 && c.startsWith(u'#') ? c : QString();
}

const QList<QPair<AppointmentStatus, QString>> &statusNames()
{
    static const QList<QPair<AppointmentStatus, QString>> names{
            {AppointmentStatus::Scheduled, u"Scheduled"_s}, {AppointmentStatus::Confirmed, u"Confirmed"_s},
            {AppointmentStatus::Arrived, u"Arrived"_s},     {AppointmentStatus::InChair, u"InChair"_s},
            {AppointmentStatus::Completed, u"Completed"_s}, {AppointmentStatus::Cancelled, u"Cancelled"_s},
            {AppointmentStatus::NoShow, u"NoShow"_s}};
    return names;
}

} // namespace

QString EaglesoftCodec::statusName(AppointmentStatus status)
{
    for (const auto &[s, name] : statusNames()) {
        if (s == status)
            return name;
    }
    return u"Scheduled"_s;
}

std::optional<AppointmentStatus> EaglesoftCodec::parseStatus(const QString &name)
{
    for (const auto &[s, n] : statusNames()) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

std::optional<PmsAppointment> EaglesoftCodec::readAppointment(const XmlNode &n, int row, QString *error)
{
    PmsAppointment a;
    a.pmsId = n.value(u"AppointmentId"_s);
    a.patientPmsId = n.value(u"PatientId"_s);
    a.operatoryPmsId = n.value(u"OperatoryId"_s);
    a.providerPmsId = n.value(u"ProviderId"_s);
    a.typePmsId = n.value(u"AppointmentTypeId"_s);
    a.startUtc = timeOf(n, u"StartTime"_s);
    a.minutes = n.value(u"Duration"_s).toInt();
    const auto missing = [&](const QString &field) {
        *error = Text::tr("Appointment %1 (row %2) from Eaglesoft has no valid %3; nothing was read from the reply.")
                         .arg(a.pmsId.isEmpty() ? u"?"_s : a.pmsId)
                         .arg(row)
                         .arg(field);
        return std::nullopt;
    };
    if (a.pmsId.isEmpty())
        return missing(u"AppointmentId"_s);
    if (a.patientPmsId.isEmpty())
        return missing(u"PatientId"_s);
    if (!a.startUtc.isValid())
        return missing(u"StartTime"_s);
    if (a.minutes <= 0 || a.minutes > 24 * 60)
        return missing(u"Duration"_s);
    const std::optional<AppointmentStatus> status = parseStatus(n.value(u"Status"_s, u"Scheduled"_s));
    if (!status)
        return missing(u"Status"_s);
    a.status = *status;
    a.hygiene = flag(n, u"IsHygiene"_s);
    a.notes = n.value(u"Notes"_s);
    a.pattern = QString((a.minutes + 4) / 5, u'X');
    a.changedUtc = timeOf(n, u"LastModified"_s);
    return a;
}

std::optional<EaglesoftPage<PmsAppointment>> EaglesoftCodec::appointments(const QByteArray &reply,
                                                                          QString *error) const
{
    return listOf<PmsAppointment>(reply, u"ListAppointments"_s, u"Appointments"_s, u"Appointment"_s, error,
                                  [&](const XmlNode &n, int row) { return readAppointment(n, row, error); });
}

std::optional<PmsAppointment> EaglesoftCodec::appointment(const QByteArray &reply, QString *error) const
{
    const std::optional<soap::Envelope> envelope = soap::read(reply, error);
    if (!envelope)
        return std::nullopt;
    if (envelope->fault) {
        *error = Text::tr("Eaglesoft answered with a fault: %1").arg(envelope->fault->message);
        return std::nullopt;
    }
    const XmlNode &response = envelope->body;
    const XmlNode *result = response.children.isEmpty() ? nullptr : &response.children.constFirst();
    const XmlNode *node = result ? result->child(u"Appointment"_s) : nullptr;
    if (!node) {
        *error = Text::tr("Eaglesoft's reply has no Appointment; nothing was read from it.");
        return std::nullopt;
    }
    return readAppointment(*node, 1, error);
}

std::optional<EaglesoftPage<PmsChair>> EaglesoftCodec::operatories(const QByteArray &reply, QString *error) const
{
    return listOf<PmsChair>(reply, u"ListOperatories"_s, u"Operatories"_s, u"Operatory"_s, error,
                            [&](const XmlNode &n, int row) -> std::optional<PmsChair> {
                                PmsChair c;
                                c.pmsId = n.value(u"OperatoryId"_s);
                                c.name = n.value(u"Name"_s);
                                if (c.pmsId.isEmpty() || c.name.isEmpty()) {
                                    *error = Text::tr("Operatory row %1 from Eaglesoft has no OperatoryId or Name.").arg(row);
                                    return std::nullopt;
                                }
                                c.abbreviation = n.value(u"Abbreviation"_s);
                                c.hidden = flag(n, u"IsHidden"_s);
                                c.hygiene = flag(n, u"IsHygiene"_s);
                                c.order = n.value(u"Order"_s).toInt();
                                return c;
                            });
}

std::optional<EaglesoftPage<PmsProvider>> EaglesoftCodec::providers(const QByteArray &reply, QString *error) const
{
    return listOf<PmsProvider>(reply, u"ListProviders"_s, u"Providers"_s, u"Provider"_s, error,
                               [&](const XmlNode &n, int row) -> std::optional<PmsProvider> {
                                   PmsProvider p;
                                   p.pmsId = n.value(u"ProviderId"_s);
                                   p.firstName = n.value(u"FirstName"_s);
                                   p.lastName = n.value(u"LastName"_s);
                                   if (p.pmsId.isEmpty() || p.lastName.isEmpty()) {
                                       *error = Text::tr("Provider row %1 from Eaglesoft has no ProviderId or LastName.")
                                                        .arg(row);
                                       return std::nullopt;
                                   }
                                   p.abbreviation = n.value(u"Abbreviation"_s);
                                   p.hygienist = flag(n, u"IsHygienist"_s);
                                   p.hidden = !flag(n, u"IsActive"_s, true);
                                   p.color = colorOf(n);
                                   return p;
                               });
}

std::optional<EaglesoftPage<PmsAppointmentType>> EaglesoftCodec::appointmentTypes(const QByteArray &reply,
                                                                                  QString *error) const
{
    return listOf<PmsAppointmentType>(reply, u"ListAppointmentTypes"_s, u"AppointmentTypes"_s, u"AppointmentType"_s,
                                      error, [&](const XmlNode &n, int row) -> std::optional<PmsAppointmentType> {
                                          PmsAppointmentType t;
                                          t.pmsId = n.value(u"AppointmentTypeId"_s);
                                          t.name = n.value(u"Name"_s);
                                          if (t.pmsId.isEmpty() || t.name.isEmpty()) {
                                              *error = Text::tr("Appointment type row %1 from Eaglesoft has no "
                                                                "AppointmentTypeId or Name.")
                                                               .arg(row);
                                              return std::nullopt;
                                          }
                                          const int minutes = n.value(u"Duration"_s).toInt();
                                          if (minutes > 0)
                                              t.pattern = QString((minutes + 4) / 5, u'X');
                                          t.color = colorOf(n);
                                          t.hidden = !flag(n, u"IsActive"_s, true);
                                          return t;
                                      });
}

std::optional<EaglesoftPage<PmsPatient>> EaglesoftCodec::patients(const QByteArray &reply, QString *error) const
{
    return listOf<PmsPatient>(reply, u"ListPatients"_s, u"Patients"_s, u"Patient"_s, error,
                              [&](const XmlNode &n, int row) -> std::optional<PmsPatient> {
                                  PmsPatient p;
                                  p.pmsId = n.value(u"PatientId"_s);
                                  p.firstName = n.value(u"FirstName"_s);
                                  p.lastName = n.value(u"LastName"_s);
                                  if (p.pmsId.isEmpty() || (p.firstName.isEmpty() && p.lastName.isEmpty())) {
                                      *error = Text::tr("Patient row %1 from Eaglesoft has no PatientId or name.").arg(row);
                                      return std::nullopt;
                                  }
                                  p.preferredName = n.value(u"PreferredName"_s);
                                  for (const QString &field : {u"MobilePhone"_s, u"HomePhone"_s, u"WorkPhone"_s}) {
                                      if (p.phone.isEmpty())
                                          p.phone = n.value(field);
                                  }
                                  p.email = n.value(u"Email"_s);
                                  const QString language = n.value(u"Language"_s).toLower();
                                  if (language.startsWith(u"es"_s) || language.startsWith(u"spa"_s))
                                      p.language = u"es"_s;
                                  else if (language.startsWith(u"en"_s))
                                      p.language = u"en"_s;
                                  p.familyPmsId = n.value(u"GuarantorId"_s);
                                  const QString contact = n.value(u"PreferredContact"_s);
                                  p.contact = contact == u"Text"    ? u"sms"_s
                                          : contact == u"Email"     ? u"email"_s
                                          : contact == u"DoNotContact" ? u"none"_s
                                                                    : u"phone"_s;
                                  p.active = flag(n, u"IsActive"_s, true);
                                  return p;
                              });
}

std::optional<EaglesoftPage<PmsSlot>> EaglesoftCodec::slots(const QByteArray &reply, QString *error) const
{
    return listOf<PmsSlot>(reply, u"GetAvailableSlots"_s, u"Slots"_s, u"Slot"_s, error,
                           [&](const XmlNode &n, int row) -> std::optional<PmsSlot> {
                               PmsSlot slot;
                               slot.startUtc = timeOf(n, u"StartTime"_s);
                               slot.minutes = n.value(u"Duration"_s).toInt();
                               slot.providerPmsId = n.value(u"ProviderId"_s);
                               slot.operatoryPmsId = n.value(u"OperatoryId"_s);
                               if (!slot.startUtc.isValid() || slot.minutes <= 0) {
                                   *error = Text::tr("Slot row %1 from Eaglesoft has no valid StartTime or Duration.").arg(row);
                                   return std::nullopt;
                               }
                               return slot;
                           });
}

std::optional<PmsPreferences> EaglesoftCodec::preferences(const QByteArray &reply, QString *error) const
{
    const std::optional<XmlNode> result = resultOf(reply, u"GetPatientPreferences"_s, error);
    if (!result)
        return std::nullopt;
    const XmlNode *n = result->child(u"Preferences"_s);
    if (!n || n->value(u"PatientId"_s).isEmpty()) {
        *error = Text::tr("Eaglesoft's GetPatientPreferencesResult has no Preferences with a PatientId.");
        return std::nullopt;
    }
    PmsPreferences p;
    p.patientPmsId = n->value(u"PatientId"_s);
    for (const QString &day : n->value(u"PreferredDays"_s).split(u',', Qt::SkipEmptyParts)) {
        const QString d = day.trimmed().left(3).toLower();
        if (Weekdays::parseDayName(d))
            p.days.append(d);
    }
    const QString time = n->value(u"PreferredTime"_s, u"Any"_s).toLower();
    p.timeOfDay = parseTimeOfDay(time) ? time : u"any"_s;
    p.providerPmsId = n->value(u"PreferredProviderId"_s);
    const QString contact = n->value(u"PreferredContact"_s);
    p.contact = contact == u"Text"         ? u"sms"_s
            : contact == u"Email"          ? u"email"_s
            : contact == u"DoNotContact"   ? u"none"_s
                                           : u"phone"_s;
    return p;
}

std::optional<EaglesoftPage<PmsWaitlistEntry>> EaglesoftCodec::waitlist(const QByteArray &reply, QString *error) const
{
    return listOf<PmsWaitlistEntry>(reply, u"GetWaitlist"_s, u"Entries"_s, u"Entry"_s, error,
                                    [&](const XmlNode &n, int row) -> std::optional<PmsWaitlistEntry> {
                                        PmsWaitlistEntry e;
                                        e.pmsId = n.value(u"EntryId"_s);
                                        e.patientPmsId = n.value(u"PatientId"_s);
                                        e.typePmsId = n.value(u"AppointmentTypeId"_s);
                                        e.providerPmsId = n.value(u"ProviderId"_s);
                                        e.earliest = QDate::fromString(n.value(u"EarliestDate"_s), Qt::ISODate);
                                        e.latest = QDate::fromString(n.value(u"LatestDate"_s), Qt::ISODate);
                                        e.urgency = std::clamp(n.value(u"Urgency"_s, u"5"_s).toInt(), 1, 10);
                                        e.sinceUtc = timeOf(n, u"AddedOn"_s);
                                        if (e.pmsId.isEmpty() || e.patientPmsId.isEmpty() || e.typePmsId.isEmpty()) {
                                            *error = Text::tr("Waitlist entry %1 from Eaglesoft has no EntryId, PatientId or "
                                                              "AppointmentTypeId.")
                                                             .arg(row);
                                            return std::nullopt;
                                        }
                                        return e;
                                    });
}

void EaglesoftCodec::writeAppointment(QXmlStreamWriter &w, const PmsAppointment &a) const
{
    w.writeStartElement(QString::fromLatin1(soap::kNamespace), u"Appointment"_s);
    if (!a.pmsId.isEmpty())
        soap::element(w, u"AppointmentId"_s, a.pmsId);
    soap::element(w, u"PatientId"_s, a.patientPmsId);
    soap::element(w, u"OperatoryId"_s, a.operatoryPmsId);
    soap::element(w, u"ProviderId"_s, a.providerPmsId);
    if (!a.typePmsId.isEmpty())
        soap::element(w, u"AppointmentTypeId"_s, a.typePmsId);
    soap::element(w, u"StartTime"_s, a.startUtc.toTimeZone(m_office).toString(Qt::ISODate));
    soap::element(w, u"Duration"_s, QString::number(a.minutes));
    soap::element(w, u"IsHygiene"_s, a.hygiene ? u"true"_s : u"false"_s);
    soap::element(w, u"Notes"_s, a.notes);
    w.writeEndElement();
}

} // namespace chairside::sync
