#pragma once

#include "domain/appointment.h"
#include "domain/fill.h"
#include "domain/practice.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

namespace chairside {

// Everything a patient's card shows, read at once by FrontDesk::patientCard: people, types,
// providers and chairs by name. What the reader's role may not see is left empty and says so.
struct PatientCard
{
    Patient patient;
    int age = -1; // whole years on the office's today; -1 when the birthdate is not known
    QString preferredProviderName;
    // How the practice's reminders reach them (ReminderSettings::channelFor), and when.
    std::optional<ContactChannel> reminderChannel;
    QList<int> reminderLeadMinutes;

    struct FamilyMember
    {
        QString patientId;
        QString name;
        QDate birthdate;
    };
    // The other patients of the family, by name (a provider sees only their own patients).
    QList<FamilyMember> family;

    // Live visits that have not ended yet, soonest first.
    QList<ScheduledAppointment> upcoming;
    // Everything else (visits gone by, and cancelled or missed ones), latest first.
    QList<ScheduledAppointment> past;
    int noShows = 0; // over the last kNoShowMonths months

    struct WaitlistLine
    {
        WaitlistEntry entry;
        QString typeName;
        QString providerName; // empty: any provider
    };
    // For roles that may read the waitlist (Access::ReadWaitlist), else empty.
    bool waitlistShown = false;
    QList<WaitlistLine> waitlist;
    // Cancelled and missed visits of the last kNoShowMonths months not booked again (the
    // unscheduled list's rule), latest first.
    QList<ScheduledAppointment> unscheduled;

    struct Contact
    {
        ContactRecord record;
        QString staffName; // who recorded it; empty when the program did (a reminder)
        QString visitName; // the type of the visit it was about, when it was about one
    };
    // For roles that fill the book (Access::FillBook), else empty: the latest kContactsShown.
    bool contactsShown = false;
    QList<Contact> contacts;

    static constexpr int kContactsShown = 50;
};

// How a visit went, as the card says it: "kept" (completed), "cancelled", "no-show", else its
// status ("scheduled", "checked in"…), in the program's language.
[[nodiscard]] QString visitOutcomeText(AppointmentStatus status);
// "mornings", "afternoons", "evenings"; empty for any time.
[[nodiscard]] QString timeOfDayText(TimeOfDay time);
// "English", "Spanish": a patient's language as staff read it.
[[nodiscard]] QString patientLanguageText(const QString &code);
// How reminders reach the patient: "by text message, 72 h and 24 h before", or why none go.
[[nodiscard]] QString remindersText(const PatientCard &card);
// The times the patient asked for: "mornings · Mon, Thu · Dr. Ana Alvarez"; empty when none.
[[nodiscard]] QString preferencesText(const PatientCard &card);

} // namespace chairside
