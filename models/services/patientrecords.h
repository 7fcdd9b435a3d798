#pragma once

#include "domain/practice.h"

#include <QDate>
#include <QList>
#include <QString>

namespace chairside {

class Clock;
struct UserSession;

namespace store {
class Cache;
}

// A patient's details as the front desk types them (the phone as typed; the service reads it).
struct PatientDetails
{
    QString firstName;
    QString lastName;
    QDate birthdate;
    QString sex; // "female", "male", or empty when not said
    QString phone;
    QString email;
    QString language = QStringLiteral("en");
    // None means "no reminders or messages": the patient is marked do-not-contact.
    ContactChannel contact = ContactChannel::Phone;
    QString guarantorId; // a patient of the family who is responsible; empty for none

    // The details of a patient on file, to be changed and saved again.
    [[nodiscard]] static PatientDetails of(const Patient &p);
};

struct PatientWriteOutcome
{
    // Invalid: a field is wrong (`field` names it, `message` says what to do); Duplicate: a
    // likely duplicate is on file (`duplicates`); NotHere: the practice system takes no new
    // patients or changes from Chairside (`message` says where to make them).
    enum class Result { Done, Invalid, Duplicate, Denied, NotHere, NotFound, StoreFailed };
    Result result = Result::Done;
    QString message;
    QString field; // first, last, birthdate, sex, phone, email, language, contact, guarantor
    QString patientId;
    QList<Patient> duplicates;

    [[nodiscard]] bool ok() const { return result == Result::Done; }
};

// Where patients made or changed here are kept: only in the cache (no practice system), sent
// to the practice system through the outbox, or not made here at all because the practice
// system connected has no way to take them.
struct PatientWritePlace
{
    bool canCreate = true;
    bool canEdit = true;
    QString systemName; // the practice system's name, empty without one
    // The practice system needs the patient's sex to make the record (through NexHealth:
    // Dentrix and Eaglesoft need it, and NexHealth would otherwise write "female").
    bool needsSex = false;
    // Said before anyone types, where a write cannot reach the practice system.
    QString createRefusal;
    QString editRefusal;
};

// New patients and changes to a patient's details: checked (names, a birthdate from 1900 to
// today, a real phone number read by libphonenumber and kept in E.164, an e-mail with a
// domain), warned about when they look like a patient on file, written with their audit
// record and their outbox entry in one transaction, so each reaches the practice system
// exactly once, before any booking made for them.
class PatientRecords
{
public:
    PatientRecords(store::Cache &cache, const Clock &clock);

    [[nodiscard]] PatientWritePlace place(QString *error) const;
    // The practice's phone region ("US"), from its time zone.
    [[nodiscard]] QString region() const;
    // Today at the office, by the service's clock.
    [[nodiscard]] QDate officeToday() const;

    // What is wrong with `details`, field by field in the order a form shows them: empty when
    // nothing is. Fills `e164` with the phone as it would be kept. For a change to `onFile`,
    // what was on file and is given back unchanged is not checked again (an older phone
    // number, a birthdate never recorded).
    [[nodiscard]] PatientWriteOutcome check(const PatientDetails &details, QString *e164,
                                            const Patient *onFile = nullptr) const;
    // Patients on file with the same name and birthdate, or the same phone (except `exceptId`).
    [[nodiscard]] QList<Patient> likelyDuplicates(const PatientDetails &details, const QString &exceptId,
                                                  QString *error) const;

    // Makes the patient; refused as Duplicate when one looks the same, unless `allowDuplicate`.
    [[nodiscard]] PatientWriteOutcome create(const PatientDetails &details, bool allowDuplicate,
                                             const UserSession &session);
    // Changes a patient's details to `details` (what did not change is not sent).
    [[nodiscard]] PatientWriteOutcome edit(const QString &patientId, const PatientDetails &details,
                                           const UserSession &session);

private:
    [[nodiscard]] PatientWriteOutcome refused(const UserSession &session, const QString &patientId);

    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
