#pragma once

#include "appointment.h"
#include "practice.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace chairside {

// Records as a practice-management system holds them, with the PMS's own ids. Sync reads
// and writes these; services map them to the practice's records through the PMS links.

// An appointment as a practice-management system holds it, with the PMS's own ids; the sync
// engine maps the ids to local ones.
struct PmsAppointment
{
    QString pmsId;          // Open Dental AptNum
    QString patientPmsId;   // PatNum
    QString operatoryPmsId; // Op
    QString providerPmsId;  // ProvNum, or ProvHyg for a hygiene visit
    QString typePmsId;      // AppointmentTypeNum; empty when none
    QDateTime startUtc;
    int minutes = 0;
    QString pattern; // one character per 5 minutes: 'X' provider time, '/' assistant time
    AppointmentStatus status = AppointmentStatus::Scheduled;
    bool hygiene = false;
    QString notes;
    QDateTime changedUtc; // the PMS's last-modified stamp
    // Through an integration platform (NexHealth) a booking is accepted first and written
    // into the practice's system later: until then it is Pending, and Failed when the
    // platform could not write it. A PMS reached directly has only Written.
    enum class Write { Written, Pending, Failed };
    Write write = Write::Written;
};

// A chair (Open Dental: operatory) as the PMS holds it.
struct PmsChair
{
    QString pmsId;
    QString name;
    QString abbreviation;
    bool hidden = false;
    bool hygiene = false;
    QString dentistPmsId;   // the provider usually working in it, when set
    QString hygienistPmsId;
    QString clinicPmsId;
    int order = 0;
};

// A provider as the PMS holds it.
struct PmsProvider
{
    QString pmsId;
    QString abbreviation;
    QString firstName;
    QString lastName;
    bool hygienist = false;
    bool hidden = false;
    QString color; // #rrggbb, empty when none
};

// An appointment type as the PMS holds it.
struct PmsAppointmentType
{
    QString pmsId;
    QString name;
    QString pattern; // 'X' provider, '/' assistant, per 5 minutes; empty when none
    QString color;   // #rrggbb, empty when none
    bool hidden = false;
};

// A patient as the PMS holds it: only what scheduling and reminders need.
struct PmsPatient
{
    QString pmsId;
    QString firstName;
    QString lastName;
    QString preferredName;
    QDate birthdate;        // invalid when the PMS has none on file
    QString phone;          // mobile first, then home, then work
    QString email;
    QString language;       // "en" or "es" (from ISO 639-2), else empty
    QString familyPmsId;    // the guarantor's id: patients of one family share it
    QString contact;        // "sms", "email", "phone" or "none"
    QString sex;            // "female", "male", or empty when not known
    QString providerPmsId;  // written only: the provider a new patient is registered with
    bool active = true;     // false for inactive, archived, deceased or deleted patients
};

// One entry of the PMS's schedule for a date (Open Dental: a row of /schedules): a provider's
// working time, a blockout on operatories, or the whole practice closed.
struct PmsSchedule
{
    enum class Kind { Provider, Blockout, PracticeClosed, Other };
    QString pmsId;
    Kind kind = Kind::Other;
    QDate date;      // office date
    QTime start;     // office time
    QTime stop;
    QString providerPmsId;
    QStringList operatoryPmsIds; // empty: every operatory (or none named)
    QString label;   // a blockout's type or note
};

// An opening the PMS offers (Dentrix availability, Eaglesoft GetAvailableSlots, Open Dental
// Slots).
struct PmsSlot
{
    QDateTime startUtc;
    int minutes = 0;
    QString providerPmsId;
    QString operatoryPmsId;
};

// What the PMS knows of a patient's scheduling preferences.
struct PmsPreferences
{
    QString patientPmsId;
    QStringList days;        // "mon".."sun"; empty = any
    QString timeOfDay;       // "any", "morning", "afternoon", "evening"
    QString providerPmsId;   // preferred provider, when set
    QString contact;         // "sms", "email", "phone" or "none"
};

// An entry of the PMS's waitlist.
struct PmsWaitlistEntry
{
    QString pmsId;
    QString patientPmsId;
    QString typePmsId;
    QString providerPmsId;   // empty = any
    QDate earliest;
    QDate latest;
    int urgency = 5;         // 1 (routine) .. 10 (urgent)
    QDateTime sinceUtc;
};

// A recall type as the PMS keeps it: its name and interval (Open Dental's "6m1d").
struct PmsRecallType
{
    QString pmsId;
    QString name;
    int intervalMonths = 0;
    int intervalDays = 0;
};

// A patient's recall as the PMS keeps it.
struct PmsRecall
{
    QString pmsId;
    QString patientPmsId;
    QString recallTypePmsId;
    QDate due;
    QDate previous; // the last visit that satisfied it; invalid when none
    bool disabled = false;
};

// A note in the PMS's communication log on a patient's chart: a message prepared for the
// patient, or the answer staff recorded.
struct PmsCommlog
{
    QString pmsId;         // the PMS's number once written
    QString patientPmsId;
    QDateTime atUtc;
    ContactChannel mode = ContactChannel::Phone; // None: neither a call nor a message
    QString note;
};

} // namespace chairside
