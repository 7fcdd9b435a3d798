#include "referencelinker.h"

#include "services/pmsmirror.h"
#include "store/cache.h"
#include "store/outbox.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"

#include "domain/practicedata.h"

#include <QHash>
#include <QSet>
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

// The cache's patients and their links to the PMS, as a sync's pages of patients go by.
struct ReferenceLinker::PatientIndex
{
    QList<Patient> local;
    QHash<QString, qsizetype> byId;         // into local
    QHash<QString, QString> links;          // PMS id to local id
    QSet<QString> linkedLocal;
    QHash<QString, QString> byNameAndPhone; // the patients unlinked when read
    QMultiHash<QString, QString> byName;
    // Patients changed here whose change has not reached the PMS yet: a pull leaves them be.
    QSet<QString> waitingToSend;
};

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

// What linking reads and decides: the local records not linked yet, by comparable name, and
// the plan it builds, one kind of record at a time. It writes nothing.
class LinkPlanner
{
public:
    LinkPlanner(QSqlDatabase db, QString pms) : m_links(std::move(db)), m_pms(std::move(pms)) {}

    // Each step reads the links it needs; false when the cache could not be read (error()).
    bool chairs(const QList<Chair> &local, const QList<PmsChair> &theirs);
    bool providers(const QList<Provider> &local, const QList<PmsProvider> &theirs);
    bool types(const QList<AppointmentType> &local, const QList<PmsAppointmentType> &theirs);
    bool patients(ReferenceLinker::PatientIndex &index, const QList<PmsPatient> &theirs);

    [[nodiscard]] const QSqlError &error() const { return m_error; }
    PmsLinkPlan plan;
    LinkReport report;

private:
    [[nodiscard]] bool linkedHere(const QString &entity, const QString &localId)
    {
        return m_links.pmsId(m_pms, entity, localId, &m_error).has_value();
    }
    [[nodiscard]] bool linkedThere(const QString &entity, const QString &pmsId, QString *localId = nullptr)
    {
        const std::optional<QString> id = m_links.localId(m_pms, entity, pmsId, &m_error);
        if (!id)
            return false;
        if (localId)
            *localId = *id;
        ++report.alreadyLinked;
        return true;
    }
    void link(const QString &entity, const QString &local, const QString &pmsId)
    {
        plan.links.append({entity, local, pmsId});
        ++report.linked;
    }
    void adopt(const QString &entity, const QString &local)
    {
        plan.adoptedIds.append(entity + u':' + local);
        ++report.created;
    }

    store::PmsLinkRepository m_links;
    QString m_pms;
    QSqlError m_error;
};

bool LinkPlanner::chairs(const QList<Chair> &local, const QList<PmsChair> &theirs)
{
    // By comparable name, or by id against the operatory's abbreviation.
    QHash<QString, QString> byName;
    for (const Chair &c : local) {
        if (linkedHere(u"chair"_s, c.id))
            continue;
        byName.insert(ReferenceLinker::comparable(c.name), c.id);
        byName.insert(u"#"_s + c.id.toLower(), c.id);
    }
    for (const PmsChair &c : theirs) {
        if (c.hidden || linkedThere(u"chair"_s, c.pmsId))
            continue;
        QString id = byName.take(ReferenceLinker::comparable(c.name));
        if (id.isEmpty())
            id = byName.take(u"#"_s + c.abbreviation.toLower());
        if (id.isEmpty()) {
            // New to Chairside: the PMS is the record, so its chair is adopted here.
            Chair adopted;
            adopted.id = m_pms + u"-op-"_s + c.pmsId;
            adopted.name = c.name;
            plan.adopted.chairs.append(adopted);
            id = adopted.id;
            adopt(u"chair"_s, id);
        }
        link(u"chair"_s, id, c.pmsId);
    }
    // Adopted chairs go after the existing ones, keeping the lanes' order.
    if (!plan.adopted.chairs.isEmpty())
        plan.adopted.chairs = local + plan.adopted.chairs;
    return !m_error.isValid();
}

bool LinkPlanner::providers(const QList<Provider> &local, const QList<PmsProvider> &theirs)
{
    QHash<QString, QString> byName;
    QList<Provider> mine = local;
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < local.size(); ++i) {
        const Provider &p = local.at(i);
        byId.insert(p.id, i);
        if (!linkedHere(u"provider"_s, p.id))
            byName.insert(ReferenceLinker::comparable(p.name), p.id);
    }
    bool renamed = false;
    for (const PmsProvider &p : theirs) {
        if (p.hidden)
            continue;
        const QString name = QString(p.firstName + u' ' + p.lastName).trimmed();
        QString linkedId;
        if (linkedThere(u"provider"_s, p.pmsId, &linkedId)) {
            // Renamed at the practice (a married name, a misspelling put right): the name
            // follows, styled as ours are ("Dr. " before a dentist's).
            const auto at = byId.constFind(linkedId);
            if (at != byId.cend() && !name.isEmpty()
                && ReferenceLinker::comparable(mine.at(*at).name) != ReferenceLinker::comparable(name)) {
                Provider &renamedOne = mine[*at];
                renamedOne.name = renamedOne.role == ProviderRole::Dentist ? u"Dr. "_s + name : name;
                plan.renamedProviderIds.append(renamedOne.id);
                ++report.updated;
                renamed = true;
            }
            continue;
        }
        QString id = byName.take(ReferenceLinker::comparable(name));
        if (id.isEmpty()) {
            Provider adopted;
            adopted.id = m_pms + u"-prov-"_s + p.pmsId;
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
            plan.adopted.providers.append(adopted);
            id = adopted.id;
            adopt(u"provider"_s, id);
        }
        link(u"provider"_s, id, p.pmsId);
    }
    // Written as one list, so the lanes keep their order: ours (renamed where they were),
    // then the adopted.
    if (!plan.adopted.providers.isEmpty() || renamed)
        plan.adopted.providers = mine + plan.adopted.providers;
    return !m_error.isValid();
}

bool LinkPlanner::types(const QList<AppointmentType> &local, const QList<PmsAppointmentType> &theirs)
{
    QHash<QString, QString> byName;
    for (const AppointmentType &t : local) {
        if (!linkedHere(u"type"_s, t.id))
            byName.insert(ReferenceLinker::comparable(t.name), t.id);
    }
    for (const PmsAppointmentType &t : theirs) {
        if (t.hidden || linkedThere(u"type"_s, t.pmsId))
            continue;
        QString id = byName.take(ReferenceLinker::comparable(t.name));
        if (id.isEmpty()) {
            AppointmentType adopted;
            adopted.id = m_pms + u"-type-"_s + t.pmsId;
            adopted.name = t.name;
            adopted.pattern = t.pattern;
            adopted.minutes = t.pattern.isEmpty() ? 30 : int(t.pattern.size()) * 5;
            adopted.minMinutes = std::min(adopted.minutes, 10);
            adopted.maxMinutes = std::max(adopted.minutes, 240);
            adopted.color = t.color;
            plan.adopted.appointmentTypes.append(adopted);
            id = adopted.id;
            adopt(u"type"_s, id);
        }
        link(u"type"_s, id, t.pmsId);
    }
    return !m_error.isValid();
}

bool LinkPlanner::patients(ReferenceLinker::PatientIndex &index, const QList<PmsPatient> &theirs)
{
    // By name and phone, or by name alone when only one unlinked patient has it. The index is
    // moved on as the plan grows, so a later page sees this page's links.
    auto unlinked = [&index](const QString &id) { return !id.isEmpty() && !index.linkedLocal.contains(id); };
    for (const PmsPatient &p : theirs) {
        if (const auto linked = index.links.constFind(p.pmsId); linked != index.links.cend()) {
            ++report.alreadyLinked;
            // Read again because it changed there: what the practice now has on file wins, for
            // what it sent. A field it left empty keeps ours; the codecs read a missing way of
            // contact as "phone", so only a text or e-mail preference is taken over; and a
            // "do not contact" is only ever set here, never cleared by a reply that omits it.
            const auto at = index.byId.constFind(*linked);
            if (at == index.byId.cend() || index.waitingToSend.contains(*linked))
                continue; // changed here and not sent yet: what is sent next is ours
            Patient &mine = index.local[*at];
            Patient now = mine;
            const QString name = QString(p.firstName + u' ' + p.lastName).trimmed();
            if (!name.isEmpty()) {
                now.name = name;
                now.firstName = p.firstName.trimmed();
                now.lastName = p.lastName.trimmed();
            }
            if (!p.phone.isEmpty())
                now.phone = p.phone;
            if (p.birthdate.isValid())
                now.birthdate = p.birthdate;
            if (!p.email.isEmpty())
                now.email = p.email;
            if (!p.language.isEmpty())
                now.language = p.language;
            if (p.contact == u"sms" || p.contact == u"email")
                now.preferredContact = *parseContactChannel(p.contact);
            now.doNotContact = mine.doNotContact || p.contact == u"none";
            if (now.name != mine.name || now.firstName != mine.firstName || now.lastName != mine.lastName
                || now.birthdate != mine.birthdate || now.phone != mine.phone
                || now.email != mine.email
                || now.language != mine.language || now.preferredContact != mine.preferredContact
                || now.doNotContact != mine.doNotContact) {
                plan.updatedPatients.append(now);
                ++report.updated;
                mine = now;
            }
            continue;
        }
        const QString name = ReferenceLinker::comparable(QString(p.firstName + u' ' + p.lastName));
        QString id = index.byNameAndPhone.value(name + u'|' + phoneKey(p.phone));
        if (!unlinked(id)) {
            id.clear();
            QStringList namesakes = index.byName.values(name);
            // A namesake born on another day is someone else.
            namesakes.removeIf([&](const QString &n) {
                if (!unlinked(n))
                    return true;
                const auto at = index.byId.constFind(n);
                const QDate born = at == index.byId.cend() ? QDate() : index.local.at(*at).birthdate;
                return born.isValid() && p.birthdate.isValid() && born != p.birthdate;
            });
            if (namesakes.size() == 1)
                id = namesakes.constFirst();
        }
        if (id.isEmpty() && !p.active) {
            ++report.unmatchedPatients; // inactive at the practice: not adopted
            continue;
        }
        if (id.isEmpty()) {
            Patient adopted;
            adopted.id = m_pms + u"-pat-"_s + p.pmsId;
            adopted.name = QString(p.firstName + u' ' + p.lastName).trimmed();
            adopted.firstName = p.firstName.trimmed();
            adopted.lastName = p.lastName.trimmed();
            adopted.birthdate = p.birthdate;
            adopted.phone = p.phone;
            adopted.email = p.email;
            adopted.language = p.language.isEmpty() ? u"en"_s : p.language;
            adopted.familyId = p.familyPmsId.isEmpty() ? QString() : m_pms + u"-fam-"_s + p.familyPmsId;
            adopted.preferredContact = parseContactChannel(p.contact).value_or(ContactChannel::Phone);
            adopted.doNotContact = p.contact == u"none";
            plan.adopted.patients.append(adopted);
            id = adopted.id;
            adopt(u"patient"_s, id);
            index.byId.insert(id, index.local.size());
            index.local.append(adopted);
        }
        index.links.insert(p.pmsId, id);
        index.linkedLocal.insert(id);
        link(u"patient"_s, id, p.pmsId);
    }
    return true;
}

} // namespace

ReferenceLinker::ReferenceLinker(store::Cache &cache, QString pms, const Clock &clock, UserSession session)
    : m_cache(cache), m_pms(std::move(pms)), m_clock(clock), m_session(std::move(session))
{
}

ReferenceLinker::~ReferenceLinker() = default;

void LinkReport::add(const LinkReport &other)
{
    linked += other.linked;
    alreadyLinked += other.alreadyLinked;
    created += other.created;
    updated += other.updated;
    unmatchedChairs += other.unmatchedChairs;
    unmatchedProviders += other.unmatchedProviders;
    unmatchedTypes += other.unmatchedTypes;
    unmatchedPatients += other.unmatchedPatients;
    if (error.isEmpty())
        error = other.error;
}

namespace {
LinkReport failedLink(const QString &why)
{
    LinkReport report;
    report.error = why;
    return report;
}
} // namespace

LinkReport ReferenceLinker::linkReference(const QList<PmsChair> &chairs, const QList<PmsProvider> &providers,
                                         const QList<PmsAppointmentType> &types)
{
    if (chairs.isEmpty() && providers.isEmpty() && types.isEmpty())
        return {};
    const store::PracticeRepository practice(m_cache.database());
    QSqlError error;
    const QList<Chair> localChairs = practice.chairs(&error);
    const QList<Provider> localProviders = practice.providers(&error);
    const QList<AppointmentType> localTypes = practice.appointmentTypes(&error);
    if (error.isValid())
        return failedLink(m_cache.describeFailure(error));
    LinkPlanner planner(m_cache.database(), m_pms);
    if (!planner.chairs(localChairs, chairs) || !planner.providers(localProviders, providers)
        || !planner.types(localTypes, types))
        return failedLink(m_cache.describeFailure(planner.error()));
    // What is read here is written by PmsMirror, the one writer of what the PMS holds.
    QString writeError;
    if (!PmsMirror(m_cache, m_clock).applyLinks(m_pms, planner.plan, m_session, &writeError))
        return failedLink(writeError);
    return planner.report;
}

LinkReport ReferenceLinker::linkPatients(const QList<PmsPatient> &patients)
{
    if (patients.isEmpty())
        return {};
    if (!m_patients) {
        auto index = std::make_unique<PatientIndex>();
        QSqlError error;
        index->local = store::PracticeRepository(m_cache.database()).patients(&error);
        index->links = store::PmsLinkRepository(m_cache.database()).links(m_pms, u"patient"_s, &error);
        if (error.isValid())
            return failedLink(m_cache.describeFailure(error));
        for (auto it = index->links.cbegin(); it != index->links.cend(); ++it)
            index->linkedLocal.insert(it.value());
        index->waitingToSend = store::Outbox(m_cache.database()).entitiesWaiting(u"patient"_s, &error);
        for (qsizetype i = 0; i < index->local.size(); ++i) {
            const Patient &p = index->local.at(i);
            index->byId.insert(p.id, i);
            if (index->linkedLocal.contains(p.id))
                continue;
            const QString name = comparable(p.name);
            index->byNameAndPhone.insert(name + u'|' + phoneKey(p.phone), p.id);
            index->byName.insert(name, p.id);
        }
        m_patients = std::move(index);
    }
    LinkPlanner planner(m_cache.database(), m_pms);
    (void)planner.patients(*m_patients, patients);
    QString writeError;
    if (!PmsMirror(m_cache, m_clock).applyLinks(m_pms, planner.plan, m_session, &writeError)) {
        // The index ran ahead of the cache: read it again next time.
        m_patients.reset();
        return failedLink(writeError);
    }
    return planner.report;
}

LinkReport ReferenceLinker::link(store::Cache &cache, const QString &pms, const QList<PmsChair> &chairs,
                                 const QList<PmsProvider> &providers, const QList<PmsAppointmentType> &types,
                                 const QList<PmsPatient> &patients, const Clock &clock, const UserSession &session)
{
    ReferenceLinker linker(cache, pms, clock, session);
    LinkReport report = linker.linkReference(chairs, providers, types);
    if (report.error.isEmpty())
        report.add(linker.linkPatients(patients));
    return report;
}

} // namespace chairside::sync
