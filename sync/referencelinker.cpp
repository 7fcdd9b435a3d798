#include "referencelinker.h"

#include "services/pmsmirror.h"
#include "store/cache.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"

#include "domain/practicedata.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chairside::sync {

QString ReferenceLinker::comparable(const QString &name)
{
    QString s = name.section(u',', 0, 0); // credentials after a comma: ", RDH", ", DDS"
    s = s.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c);
    }
    plain = plain.toLower().simplified();
    static const QRegularExpression title(u"^(dr|doctor|dra)\\.?\\s+"_s);
    plain.remove(title);
    return plain;
}

namespace {

// The last seven digits of a phone number: enough to tell namesakes apart, whatever the
// formatting or area code.
QString phoneKey(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.right(7);
}

} // namespace

LinkReport ReferenceLinker::link(store::Cache &cache, const QString &pms, const QList<PmsChair> &chairs,
                                 const QList<PmsProvider> &providers, const QList<PmsAppointmentType> &types,
                                 const QList<PmsPatient> &patients, const Clock &clock, const UserSession &session)
{
    LinkReport report;
    QSqlDatabase &db = cache.database();
    store::PracticeRepository practice(db);
    store::PmsLinkRepository links(db);
    QSqlError error;
    const QList<Chair> localChairs = practice.chairs(&error);
    const QList<Provider> localProviders = practice.providers(&error);
    const QList<Patient> localPatients = practice.patients(&error);
    const QList<AppointmentType> localTypes = practice.appointmentTypes(&error);
    auto fail = [&](const QSqlError &e) {
        report = {};
        report.error = cache.describeFailure(e);
        return report;
    };
    if (error.isValid())
        return fail(error);
    // What is read here is written by PmsMirror, the one writer of what the PMS holds.
    PmsLinkPlan plan;
    PracticeData &created = plan.adopted;
    auto link = [&](const QString &entity, const QString &local, const QString &pmsId) {
        plan.links.append({entity, local, pmsId});
        ++report.linked;
    };
    auto adopt = [&](const QString &entity, const QString &local) {
        plan.adoptedIds.append(entity + u':' + local);
        ++report.created;
    };

    // Local records not linked yet, by comparable name (and chairs also by id).
    QHash<QString, QString> chairByName;
    for (const Chair &c : localChairs) {
        if (links.pmsId(pms, u"chair"_s, c.id, &error))
            continue;
        chairByName.insert(comparable(c.name), c.id);
        chairByName.insert(u"#"_s + c.id.toLower(), c.id);
    }
    QHash<QString, QString> providerByName;
    for (const Provider &p : localProviders) {
        if (!links.pmsId(pms, u"provider"_s, p.id, &error))
            providerByName.insert(comparable(p.name), p.id);
    }
    QHash<QString, QString> typeByName;
    for (const AppointmentType &t : localTypes) {
        if (!links.pmsId(pms, u"type"_s, t.id, &error))
            typeByName.insert(comparable(t.name), t.id);
    }
    QHash<QString, QString> patientByNameAndPhone;
    QMultiHash<QString, QString> patientsByName;
    for (const Patient &p : localPatients) {
        if (links.pmsId(pms, u"patient"_s, p.id, &error))
            continue;
        const QString name = comparable(p.name);
        patientByNameAndPhone.insert(name + u'|' + phoneKey(p.phone), p.id);
        patientsByName.insert(name, p.id);
    }
    if (error.isValid())
        return fail(error);

    for (const PmsChair &c : chairs) {
        if (c.hidden)
            continue;
        if (links.localId(pms, u"chair"_s, c.pmsId, &error)) {
            ++report.alreadyLinked;
            continue;
        }
        QString local = chairByName.take(comparable(c.name));
        if (local.isEmpty())
            local = chairByName.take(u"#"_s + c.abbreviation.toLower());
        if (local.isEmpty()) {
            // New to Chairside: the PMS is the record, so its chair is adopted here.
            Chair adopted;
            adopted.id = pms + u"-op-"_s + c.pmsId;
            adopted.name = c.name;
            created.chairs.append(adopted);
            local = adopted.id;
            adopt(u"chair"_s, local);
        }
        link(u"chair"_s, local, c.pmsId);
    }
    for (const PmsProvider &p : providers) {
        if (p.hidden)
            continue;
        if (links.localId(pms, u"provider"_s, p.pmsId, &error)) {
            ++report.alreadyLinked;
            continue;
        }
        const QString name = QString(p.firstName + u' ' + p.lastName).trimmed();
        QString local = providerByName.take(comparable(name));
        if (local.isEmpty()) {
            Provider adopted;
            adopted.id = pms + u"-prov-"_s + p.pmsId;
            adopted.name = p.hygienist ? name : u"Dr. "_s + name;
            adopted.role = p.hygienist ? ProviderRole::Hygienist : ProviderRole::Dentist;
            adopted.color = p.color;
            // Weekdays 08:00-17:00 in any chair until the PMS's own schedules are read (Open
            // Dental) or the office manager sets them.
            WorkingHours weekdays;
            weekdays.days = Weekdays::fromMask(0x1f); // Monday to Friday
            weekdays.span.startMinute = 8 * 60;
            weekdays.span.endMinute = 17 * 60;
            adopted.hours.append(weekdays);
            created.providers.append(adopted);
            local = adopted.id;
            adopt(u"provider"_s, local);
        }
        link(u"provider"_s, local, p.pmsId);
    }
    for (const PmsAppointmentType &t : types) {
        if (t.hidden)
            continue;
        if (links.localId(pms, u"type"_s, t.pmsId, &error)) {
            ++report.alreadyLinked;
            continue;
        }
        QString local = typeByName.take(comparable(t.name));
        if (local.isEmpty()) {
            AppointmentType adopted;
            adopted.id = pms + u"-type-"_s + t.pmsId;
            adopted.name = t.name;
            adopted.pattern = t.pattern;
            adopted.minutes = t.pattern.isEmpty() ? 30 : int(t.pattern.size()) * 5;
            adopted.minMinutes = std::min(adopted.minutes, 10);
            adopted.maxMinutes = std::max(adopted.minutes, 240);
            adopted.color = t.color;
            created.appointmentTypes.append(adopted);
            local = adopted.id;
            adopt(u"type"_s, local);
        }
        link(u"type"_s, local, t.pmsId);
    }
    for (const PmsPatient &p : patients) {
        if (links.localId(pms, u"patient"_s, p.pmsId, &error)) {
            ++report.alreadyLinked;
            continue;
        }
        const QString name = comparable(QString(p.firstName + u' ' + p.lastName));
        QString local = patientByNameAndPhone.take(name + u'|' + phoneKey(p.phone));
        if (local.isEmpty()) {
            const QList<QString> namesakes = patientsByName.values(name);
            if (namesakes.size() == 1)
                local = namesakes.constFirst();
        }
        if (local.isEmpty() && !p.active) {
            ++report.unmatchedPatients; // inactive at the practice: not adopted
            continue;
        }
        if (local.isEmpty()) {
            Patient adopted;
            adopted.id = pms + u"-pat-"_s + p.pmsId;
            adopted.name = QString(p.firstName + u' ' + p.lastName).trimmed();
            adopted.phone = p.phone;
            adopted.email = p.email;
            adopted.language = p.language.isEmpty() ? u"en"_s : p.language;
            adopted.familyId = p.familyPmsId.isEmpty() ? QString() : pms + u"-fam-"_s + p.familyPmsId;
            adopted.preferredContact = parseContactChannel(p.contact).value_or(ContactChannel::Phone);
            adopted.doNotContact = p.contact == u"none";
            created.patients.append(adopted);
            local = adopted.id;
            adopt(u"patient"_s, local);
        }
        patientsByName.remove(name, local);
        link(u"patient"_s, local, p.pmsId);
    }
    if (error.isValid())
        return fail(error);
    // Chairs and providers go after the existing ones, keeping the lanes' order.
    if (!created.chairs.isEmpty())
        created.chairs = localChairs + created.chairs;
    if (!created.providers.isEmpty())
        created.providers = localProviders + created.providers;
    QString writeError;
    if (!PmsMirror(cache, clock).applyLinks(pms, plan, session, &writeError)) {
        report = {};
        report.error = writeError;
    }
    return report;
}

} // namespace chairside::sync
