#pragma once

#include "timeline.h"

#include <QList>
#include <QString>

#include <optional>

namespace chairside::scheduling {

// Stable ids of the booking rules; scripts and the UI key on them.
// The longest visit a practice books, whatever a type allows (Open Dental's edit window
// stops at 9 hours too): a typing slip of 100000 minutes is refused, not stored as 69 days.
inline constexpr int kMaxAppointmentMinutes = 9 * 60;

namespace rule {
inline constexpr char16_t OffGrid[] = u"off_grid";
inline constexpr char16_t OutsideHours[] = u"outside_hours";
inline constexpr char16_t Break[] = u"break";
inline constexpr char16_t Blocked[] = u"blocked";
inline constexpr char16_t ProviderBusy[] = u"provider_busy";
inline constexpr char16_t ChairBusy[] = u"chair_busy";
inline constexpr char16_t PatientBusy[] = u"patient_busy";
inline constexpr char16_t Equipment[] = u"equipment";
inline constexpr char16_t Skill[] = u"skill";
inline constexpr char16_t MaxPatients[] = u"max_patients";
inline constexpr char16_t MaxComplexity[] = u"max_complexity";
inline constexpr char16_t LeadTime[] = u"lead_time";
inline constexpr char16_t AdvanceWindow[] = u"advance_window";
inline constexpr char16_t DurationBounds[] = u"duration_bounds";
inline constexpr char16_t MaxLength[] = u"max_length";
inline constexpr char16_t StaleVersion[] = u"stale_version";
inline constexpr char16_t InvalidTransition[] = u"invalid_transition";
// A warning, not a rule: the visit is not one a production block keeps its time for.
inline constexpr char16_t ProductionBlock[] = u"production_block";
} // namespace rule

// One broken rule: its stable id, a message for staff (never patient details), and the
// appointment or block it collides with, when there is one.
struct Violation
{
    QString rule;
    QString message;
    QString otherId;
};

// A proposed placement of an appointment.
struct BookingCandidate
{
    QString patientId; // may be empty when searching without a patient
    QString typeId;
    QString providerId;
    QString chairId;
    Minute start = 0;
    int minutes = 0;              // 0 = the type's length
    QString replacingId;          // a move or resize: this appointment's own time does not count
    bool checkBookingWindow = true; // lead time and advance window (off when a change keeps the start)
};

// A valid placement offered to the receptionist, with its preference score.
struct Opening
{
    Minute start = 0;
    Minute end = 0;
    QString providerId;
    QString chairId;
    int score = 0;
    // The production block kept for this kind of visit that the place lies in, when it does
    // (it ranks the place higher), and the words saying so: "in the Crown/bridge block".
    QString productionBlockId = {};
    QString why = {};
};

struct OpeningRequest
{
    QString typeId;
    QDate from;
    int days = 1;
    QString providerId; // empty = every provider with the skill
    QString patientId;  // empty = no preferences, every score 0
    int minutes = 0;    // 0 = the type's length
    int limit = 3;
    QString replacingId; // looking for a new place for this appointment
    // The provider of the patient's latest completed appointment, when the caller looked it
    // up (it may lie outside what the index holds); else the patient's preferred provider.
    QString lastCompletedProviderId;
    QString clinicId; // empty = every clinic; else only that clinic's chairs
};

// Several patients (a family) placed together on one day: one after another, or at the same
// time in neighbouring chairs.
struct GroupMember
{
    QString patientId;
    QString typeId;
    int minutes = 0; // 0 = the type's length
};

struct GroupRequest
{
    enum class Arrangement { BackToBack, SideBySide };
    QList<GroupMember> members;
    Arrangement arrangement = Arrangement::BackToBack;
    QDate from;
    int days = 1;
    QString providerId; // empty = any provider with each member's skill
    QString clinicId;   // empty = any clinic
    int limit = 3;
    int perDay = 2; // at most this many proposals on one date
};

// One placement per member, in the request's order.
struct GroupOpening
{
    QList<Opening> placements;
    int score = 0; // the first member's preference score
};

// Ranking weights from the practice's preference rules.
namespace weight {
inline constexpr int TimeOfDay = 10;
inline constexpr int Continuity = 8;
inline constexpr int PreferredDay = 5;
inline constexpr int FamilyClustering = 3;
// Inside a production block kept for the visit's kind: the practice's own plan for its day.
inline constexpr int ProductionBlock = 4;
} // namespace weight

} // namespace chairside::scheduling
