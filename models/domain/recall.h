#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace chairside {

// Continuing care: patients come back for hygiene every few months. A recall type says how
// often and which visits count; a patient's recall says when they are due next.

enum class RecallKind { Prophy, ChildProphy, PerioMaintenance, Custom };
[[nodiscard]] QString recallKindName(RecallKind kind); // stable: "prophy", "child_prophy", …
[[nodiscard]] std::optional<RecallKind> parseRecallKind(const QString &name);

struct RecallType
{
    QString id;
    QString name;
    RecallKind kind = RecallKind::Prophy;
    int intervalMonths = 6;
    int intervalDays = 0;
    QStringList appointmentTypeIds; // the visits that satisfy it

    // When a patient seen on `done` is due again.
    [[nodiscard]] QDate nextDue(const QDate &done) const { return done.addMonths(intervalMonths).addDays(intervalDays); }
    [[nodiscard]] bool satisfiedBy(const QString &appointmentTypeId) const
    {
        return appointmentTypeIds.contains(appointmentTypeId);
    }
};

// One patient's place in continuing care.
struct Recall
{
    QString id;
    QString patientId;
    QString recallTypeId;
    QDate due;
    QDate lastDone;     // not known when invalid
    QString providerId; // the usual hygienist or provider, where known
    QString chairId;    // and the chair they were seen in
    bool disabled = false;
};

// The practice's choices for continuing care.
struct RecallSettings
{
    int soonDays = 30;          // "due soon": due within this many days from today
    bool offerFreedTime = true; // freed hygiene time is offered to overdue recall patients after the waitlist
};

// Where a due date stands against today and the "due soon" window.
enum class RecallStanding { Overdue, DueToday, DueSoon, NotDue };
[[nodiscard]] RecallStanding recallStanding(const QDate &due, const QDate &today, int soonDays);

// What the recall list asks for: recalls due between two dates (either open), of one
// provider (the usual one) and one recall type, leaving out patients already booked.
struct RecallQuery
{
    QDate from;               // invalid = no lower bound (every overdue patient)
    QDate to;                 // invalid = no upper bound
    QString providerId;       // empty = any
    QString recallTypeId;     // empty = any
    QDateTime bookedFromUtc;  // a live visit of a satisfying type starting here or later counts as booked
    bool includeBooked = false;
    int limit = 1000;         // rows at most (one more is read to tell there are more)
};

// One patient due, as the list shows them: names beside the ids, the usual hygienist (the
// provider and chair of their latest completed satisfying visit, else the recall's own), and
// their latest contact.
struct RecallDue
{
    Recall recall;
    QString patientName;
    QString phone;
    QString email;
    QString language;
    bool doNotContact = false;
    QString recallTypeName;
    QString usualProviderId;
    QString usualProviderName;
    QString usualChairId;
    QString usualChairName;
    QString bookedAppointmentId; // set only when booked visits are included
    QDateTime bookedStartUtc;
    QDateTime lastContactUtc;
    QString lastContactChannel; // stable names, e.g. "phone", "no_answer"
    QString lastContactOutcome;
    QString lastContactPurpose;
};

// The stable recall id of a patient's recall of one type.
[[nodiscard]] QString recallIdFor(const QString &patientId, const QString &recallTypeId);

} // namespace chairside
