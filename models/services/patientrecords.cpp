#include "patientrecords.h"

#include "access.h"
#include "servicewrites.h"

#include "domain/clock.h"
#include "domain/patientsearch.h"
#include "domain/phonenumber.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/outbox.h"
#include "store/patientsearchindex.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::PatientRecords)
};

constexpr int kLongestName = 100;

PatientWriteOutcome invalid(const QString &field, const QString &message)
{
    PatientWriteOutcome out;
    out.result = PatientWriteOutcome::Result::Invalid;
    out.field = field;
    out.message = message;
    return out;
}

PatientWriteOutcome failed(PatientWriteOutcome::Result result, const QString &message)
{
    PatientWriteOutcome out;
    out.result = result;
    out.message = message;
    return out;
}

// The fields a change touches, as the practice system's write names them.
QStringList changedFields(const Patient &before, const Patient &after)
{
    QStringList out;
    if (before.firstName != after.firstName || before.lastName != after.lastName || before.name != after.name)
        out << u"name"_s;
    if (before.birthdate != after.birthdate)
        out << u"birthdate"_s;
    if (before.sex != after.sex)
        out << u"sex"_s;
    if (before.phone != after.phone)
        out << u"phone"_s;
    if (before.email != after.email)
        out << u"email"_s;
    if (before.language != after.language)
        out << u"language"_s;
    if (before.preferredContact != after.preferredContact || before.doNotContact != after.doNotContact)
        out << u"contact"_s;
    if (before.guarantorId != after.guarantorId || before.familyId != after.familyId)
        out << u"guarantor"_s;
    return out;
}

// A guarantor not yet in a family heads the one now begun: written first, with their own id
// as the family's.
void headFamily(PracticeData &data, const std::optional<Patient> &guarantor)
{
    if (!guarantor || !guarantor->familyId.isEmpty())
        return;
    Patient head = *guarantor;
    head.familyId = head.id;
    data.patients.prepend(head);
}

store::OutboxEntry outboxEntry(const QString &patientId, const QString &operation, const QStringList &fields,
                               const QDateTime &nowUtc)
{
    // Ids and field names only: the values are read from the cache when the entry is sent.
    store::OutboxEntry entry;
    entry.entity = u"patient"_s;
    entry.entityId = patientId;
    entry.operation = operation;
    entry.payload = QJsonDocument(QJsonObject{{u"fields"_s, QJsonArray::fromStringList(fields)}})
                            .toJson(QJsonDocument::Compact);
    entry.idempotencyKey = u"patient-%1:%2:%3"_s.arg(operation, patientId, QString::number(nowUtc.toMSecsSinceEpoch()));
    entry.createdUtc = nowUtc;
    return entry;
}

} // namespace

PatientDetails PatientDetails::of(const Patient &p)
{
    PatientDetails d;
    d.firstName = p.firstName;
    d.lastName = p.lastName;
    if (d.firstName.isEmpty() && d.lastName.isEmpty()) {
        // Read before names were kept in parts: the last word is the family name.
        d.lastName = p.name.section(u' ', -1);
        d.firstName = p.name.section(u' ', 0, -2);
    }
    d.birthdate = p.birthdate;
    d.sex = p.sex;
    d.phone = p.phone;
    d.email = p.email;
    d.language = p.language;
    d.contact = p.doNotContact ? ContactChannel::None : p.preferredContact;
    d.guarantorId = p.guarantorId;
    return d;
}

PatientRecords::PatientRecords(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

PatientWritePlace PatientRecords::place(QString *error) const
{
    PatientWritePlace out;
    QSqlError sqlError;
    const auto connection = store::PmsLinkRepository(m_cache.database()).connection(&sqlError);
    if (sqlError.isValid()) {
        if (error)
            *error = m_cache.describeFailure(sqlError);
        out.canCreate = out.canEdit = false;
        return out;
    }
    if (!connection)
        return out; // the cache is the practice's record
    const QString system = connection->first;
    out.systemName = pmsDisplayName(system);
    // Open Dental documents POST and PUT /patients; NexHealth documents a patient create
    // (the patient reaches the practice's system with their first booking) and no change;
    // the seed-shaped Dentrix and Eaglesoft calls have no patient write.
    if (system == u"opendental")
        return out;
    if (system == u"nexhealth") {
        out.canEdit = false;
        out.needsSex = true;
        out.editRefusal = Text::tr("A patient's details are changed in the practice's own system; NexHealth takes no "
                                   "changes from Chairside, and the change appears here at the next sync.");
        return out;
    }
    out.canCreate = out.canEdit = false;
    out.createRefusal = Text::tr("New patients are created in %1; they appear here at the next sync.")
                                .arg(out.systemName);
    out.editRefusal = Text::tr("A patient's details are changed in %1; the change appears here at the next sync.")
                              .arg(out.systemName);
    return out;
}

QDate PatientRecords::officeToday() const
{
    const std::optional<Practice> practice = store::PracticeRepository(m_cache.database()).practice();
    return m_clock.nowUtc().toTimeZone(practice ? practice->timeZone() : QTimeZone::utc()).date();
}

QString PatientRecords::region() const
{
    const std::optional<Practice> practice = store::PracticeRepository(m_cache.database()).practice();
    return phonenumber::regionOf(practice ? practice->timeZone() : QTimeZone());
}

PatientWriteOutcome PatientRecords::check(const PatientDetails &d, QString *e164, const Patient *onFile) const
{
    const QString phoneOnFile = onFile ? onFile->phone : QString();
    const QString first = d.firstName.simplified();
    const QString last = d.lastName.simplified();
    if (first.isEmpty())
        return invalid(u"first"_s, Text::tr("Type the patient's first name."));
    if (last.isEmpty())
        return invalid(u"last"_s, Text::tr("Type the patient's last name."));
    if (first.size() > kLongestName || last.size() > kLongestName)
        return invalid(first.size() > kLongestName ? u"first"_s : u"last"_s,
                       Text::tr("A name is at most %1 letters; shorten it.").arg(kLongestName));
    const bool neverRecorded = onFile && !onFile->birthdate.isValid() && !d.birthdate.isValid();
    if (!d.birthdate.isValid() && !neverRecorded)
        return invalid(u"birthdate"_s, Text::tr("Type the patient's birthdate."));
    if (d.birthdate.isValid() && d.birthdate > officeToday())
        return invalid(u"birthdate"_s, Text::tr("The birthdate is in the future; check the year."));
    if (d.birthdate.isValid() && d.birthdate < QDate(1900, 1, 1))
        return invalid(u"birthdate"_s, Text::tr("The birthdate is before 1900; check the year."));
    if (!d.sex.isEmpty() && d.sex != u"female" && d.sex != u"male")
        return invalid(u"sex"_s, Text::tr("The sex is female or male, or left empty."));
    const QString phone = d.phone.trimmed();
    const QString email = d.email.trimmed();
    if (phone.isEmpty() && email.isEmpty())
        return invalid(u"phone"_s, Text::tr("Give one way to reach the patient: a phone number or an e-mail address."));
    if (!phone.isEmpty() && phone == phoneOnFile.trimmed()) {
        if (e164)
            *e164 = phoneOnFile;
    } else if (!phone.isEmpty()) {
        const phonenumber::Reading reading = phonenumber::read(phone, region());
        if (!reading.ok())
            return invalid(u"phone"_s, reading.error);
        if (e164)
            *e164 = reading.e164;
    } else if (e164) {
        e164->clear();
    }
    if (!email.isEmpty() && !plausibleEmail(email))
        return invalid(u"email"_s, Text::tr("\"%1\" is not an e-mail address: it needs a name, an @ and a domain, "
                                            "as in name@example.com.")
                                           .arg(email.left(60)));
    if (d.language != u"en" && d.language != u"es")
        return invalid(u"language"_s, Text::tr("The language is English (en) or Spanish (es)."));
    if ((d.contact == ContactChannel::Sms && phone.isEmpty()) || (d.contact == ContactChannel::Email && email.isEmpty())
        || (d.contact == ContactChannel::Phone && phone.isEmpty()))
        return invalid(u"contact"_s, Text::tr("The preferred way of contact needs its phone number or e-mail address."));
    return {};
}

QList<Patient> PatientRecords::likelyDuplicates(const PatientDetails &d, const QString &exceptId, QString *error) const
{
    QList<Patient> out;
    QStringList ids;
    QSqlError sqlError;
    store::PatientSearchIndex index(m_cache.database());
    const QString wantedName = patientsearch::fold(QString(d.firstName + u' ' + d.lastName).simplified());
    if (d.birthdate.isValid()) {
        patientsearch::Query byBirth;
        byBirth.kind = patientsearch::Query::Kind::Birthdate;
        byBirth.birthdate = d.birthdate;
        for (const FoundPatient &f : index.find(byBirth, 500, {}, &sqlError)) {
            if (patientsearch::fold(f.patient.name.simplified()) == wantedName)
                ids.append(f.patient.id);
        }
    }
    const QString region = this->region();
    const phonenumber::Reading phone = d.phone.trimmed().isEmpty() ? phonenumber::Reading{}
                                                                   : phonenumber::read(d.phone, region);
    QStringList byPhone;
    if (!sqlError.isValid() && !phone.e164.isEmpty()) {
        // Any number on file ending as this one does, then compared whole.
        patientsearch::Query ending;
        ending.kind = patientsearch::Query::Kind::Phone;
        ending.digits = phone.e164.right(7);
        for (const FoundPatient &f : index.find(ending, 200, {}, &sqlError))
            byPhone.append(f.patient.id);
    }
    if (!sqlError.isValid()) {
        store::PracticeRepository practice(m_cache.database());
        for (const Patient &p : practice.patientsById(ids + byPhone, &sqlError)) {
            if (p.id == exceptId || std::any_of(out.cbegin(), out.cend(), [&](const Patient &o) { return o.id == p.id; }))
                continue;
            const bool samePerson = ids.contains(p.id);
            const bool samePhone = byPhone.contains(p.id) && phonenumber::read(p.phone, region).e164 == phone.e164;
            if (samePerson || samePhone)
                out.append(p);
        }
    }
    if (sqlError.isValid() && error)
        *error = m_cache.describeFailure(sqlError);
    return out;
}

PatientWriteOutcome PatientRecords::refused(const UserSession &session, const QString &patientId)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::EditPatient,
                                                            u"patient"_s, patientId, patientId))
        return failed(PatientWriteOutcome::Result::Denied, *denied);
    return {};
}

PatientWriteOutcome PatientRecords::create(const PatientDetails &details, bool allowDuplicate,
                                           const UserSession &session)
{
    if (PatientWriteOutcome denied = refused(session, {}); !denied.ok())
        return denied;
    QString error;
    const PatientWritePlace where = place(&error);
    if (!error.isEmpty())
        return failed(PatientWriteOutcome::Result::StoreFailed, error);
    if (!where.canCreate)
        return failed(PatientWriteOutcome::Result::NotHere, where.createRefusal);
    QString e164;
    if (PatientWriteOutcome wrong = check(details, &e164); !wrong.ok())
        return wrong;
    if (where.needsSex && details.sex.isEmpty())
        return invalid(u"sex"_s, Text::tr("%1 needs the patient's sex to make the record in the practice's system; "
                                          "choose female or male.")
                                         .arg(where.systemName));

    store::PracticeRepository practice(m_cache.database());
    std::optional<Patient> guarantor;
    if (!details.guarantorId.isEmpty()) {
        QSqlError sqlError;
        guarantor = practice.patient(details.guarantorId, &sqlError);
        if (sqlError.isValid())
            return failed(PatientWriteOutcome::Result::StoreFailed, m_cache.describeFailure(sqlError));
        if (!guarantor)
            return invalid(u"guarantor"_s, Text::tr("There is no patient \"%1\" to be the guarantor; find them first.")
                                                   .arg(details.guarantorId.left(40)));
    }
    const QList<Patient> duplicates = likelyDuplicates(details, {}, &error);
    if (!error.isEmpty())
        return failed(PatientWriteOutcome::Result::StoreFailed, error);
    if (!duplicates.isEmpty() && !allowDuplicate) {
        // Shown to the desk: their names, birthdates and phones are a read like any other.
        QList<ReadOf> shown;
        for (const Patient &d : duplicates)
            shown.append({u"patient"_s, d.id, d.id});
        if (!auditReads(m_cache, m_clock, session, shown, u"duplicate check"_s, &error))
            return failed(PatientWriteOutcome::Result::StoreFailed, error);
        PatientWriteOutcome out = failed(PatientWriteOutcome::Result::Duplicate,
                                         Text::tr("%1 looks like a patient already on file (same name and birthdate, "
                                                  "or same phone). Open that record, or add this one anyway.")
                                                 .arg(duplicates.constFirst().name));
        out.duplicates = duplicates;
        return out;
    }

    Patient p;
    p.id = u"pat-"_s + newId();
    p.firstName = details.firstName.simplified();
    p.lastName = details.lastName.simplified();
    p.name = p.firstName + u' ' + p.lastName;
    p.birthdate = details.birthdate;
    p.sex = details.sex;
    p.phone = e164;
    p.email = details.email.trimmed();
    p.language = details.language;
    p.preferredContact = details.contact == ContactChannel::None ? ContactChannel::Phone : details.contact;
    p.doNotContact = details.contact == ContactChannel::None;
    if (guarantor) {
        p.guarantorId = guarantor->id;
        p.familyId = guarantor->familyId.isEmpty() ? guarantor->id : guarantor->familyId;
    }
    const QDateTime now = m_clock.nowUtc();
    const bool toPms = !where.systemName.isEmpty();
    const bool written = inWrite(m_cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        store::PracticeRepository repo(db);
        PracticeData data;
        data.patients = {p};
        headFamily(data, guarantor);
        if (!repo.write(data, now.toSecsSinceEpoch(), e))
            return false;
        if (toPms && !store::Outbox(db).append(outboxEntry(p.id, u"create"_s, {}, now), e))
            return false;
        return store::AuditLog(db).append(store::AuditRecord::by(session, now, u"create"_s, u"patient"_s, p.id, p.id,
                                                                 duplicates.isEmpty() ? QString()
                                                                                      : u"duplicate_allowed"_s),
                                          e);
    });
    if (!written)
        return failed(PatientWriteOutcome::Result::StoreFailed, error);
    PatientWriteOutcome out;
    out.patientId = p.id;
    out.message = !toPms ? Text::tr("%1 was added.").arg(p.name)
            : where.needsSex
            ? Text::tr("%1 was added; they are being sent to %2, which writes them into the practice's system with "
                       "their first booking.")
                      .arg(p.name, where.systemName)
            : Text::tr("%1 was added; they are being sent to %2.").arg(p.name, where.systemName);
    return out;
}

PatientWriteOutcome PatientRecords::edit(const QString &patientId, const PatientDetails &details,
                                         const UserSession &session)
{
    if (PatientWriteOutcome denied = refused(session, patientId); !denied.ok())
        return denied;
    QString error;
    const PatientWritePlace where = place(&error);
    if (!error.isEmpty())
        return failed(PatientWriteOutcome::Result::StoreFailed, error);
    if (!where.canEdit)
        return failed(PatientWriteOutcome::Result::NotHere, where.editRefusal);
    QSqlError sqlError;
    store::PracticeRepository practice(m_cache.database());
    const std::optional<Patient> before = practice.patient(patientId, &sqlError);
    if (sqlError.isValid())
        return failed(PatientWriteOutcome::Result::StoreFailed, m_cache.describeFailure(sqlError));
    if (!before)
        return failed(PatientWriteOutcome::Result::NotFound,
                      Text::tr("There is no patient \"%1\"; find the patient first.").arg(patientId.left(40)));
    QString e164;
    if (PatientWriteOutcome wrong = check(details, &e164, &*before); !wrong.ok())
        return wrong;
    const PatientDetails was = PatientDetails::of(*before);
    Patient after = *before;
    // The name as read before names were kept in parts is split only for the form: unless
    // the desk changed it, it stays as it was, and is not sent.
    if (details.firstName.simplified() != was.firstName.simplified()
        || details.lastName.simplified() != was.lastName.simplified()) {
        after.firstName = details.firstName.simplified();
        after.lastName = details.lastName.simplified();
        after.name = after.firstName + u' ' + after.lastName;
    }
    if (was.phone.trimmed() != details.phone.trimmed())
        after.phone = e164; // an older number not typed again stays as it was written
    after.birthdate = details.birthdate;
    after.sex = details.sex;
    after.email = details.email.trimmed();
    after.language = details.language;
    after.preferredContact = details.contact == ContactChannel::None ? before->preferredContact : details.contact;
    after.doNotContact = details.contact == ContactChannel::None;
    std::optional<Patient> guarantor;
    if (details.guarantorId != before->guarantorId) {
        if (details.guarantorId == patientId)
            return invalid(u"guarantor"_s, Text::tr("A patient is not their own guarantor; pick another family member."));
        if (!details.guarantorId.isEmpty()) {
            guarantor = practice.patient(details.guarantorId, &sqlError);
            if (!guarantor)
                return invalid(u"guarantor"_s,
                               Text::tr("There is no patient \"%1\" to be the guarantor; find them first.")
                                       .arg(details.guarantorId.left(40)));
            after.familyId = guarantor->familyId.isEmpty() ? guarantor->id : guarantor->familyId;
        }
        after.guarantorId = details.guarantorId;
    }
    const QStringList fields = changedFields(*before, after);
    if (fields.isEmpty()) {
        PatientWriteOutcome out;
        out.patientId = patientId;
        out.message = Text::tr("Nothing changed.");
        return out;
    }
    const QDateTime now = m_clock.nowUtc();
    const bool toPms = !where.systemName.isEmpty();
    const bool written = inWrite(m_cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        PracticeData data;
        data.patients = {after};
        headFamily(data, guarantor);
        if (!store::PracticeRepository(db).write(data, now.toSecsSinceEpoch(), e))
            return false;
        if (toPms && !store::Outbox(db).append(outboxEntry(patientId, u"update"_s, fields, now), e))
            return false;
        return store::AuditLog(db).append(
                store::AuditRecord::by(session, now, u"update"_s, u"patient"_s, patientId, patientId,
                                       u"fields="_s + fields.join(u',')),
                e);
    });
    if (!written)
        return failed(PatientWriteOutcome::Result::StoreFailed, error);
    PatientWriteOutcome out;
    out.patientId = patientId;
    out.message = toPms ? Text::tr("%1's details were saved; they are being sent to %2.").arg(after.name, where.systemName)
                        : Text::tr("%1's details were saved.").arg(after.name);
    return out;
}

} // namespace chairside
