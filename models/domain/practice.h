#pragma once

#include "weekdays.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace chairside {

// Plain value types describing a practice: who works where and when, and what can be booked.
// Times of day are minutes after local midnight in the practice's time zone.

struct Practice
{
    QString name;
    QByteArray timeZoneId; // IANA, e.g. "America/Chicago"
    int gridMinutes = 10;
    int chairTurnoverMinutes = 15;
    int providerBufferMinutes = 10;
    int maxDailyComplexity = 24;
    int noShowGraceMinutes = 15;
    // How many days before its date a production block stops holding its time for its own
    // kinds of visit: from then on any visit books into it without a warning.
    int productionReleaseDays = 2;

    [[nodiscard]] QTimeZone timeZone() const { return QTimeZone(timeZoneId); }
};

struct Clinic
{
    QString id;
    QString name;
};

struct Chair
{
    QString id;
    QString name;
    QStringList equipment;
    QString clinicId;
};

// A span of working time on a day: [startMinute, endMinute), optionally tied to chairs and types.
struct WorkingSpan
{
    int startMinute = 0;
    int endMinute = 0;
    QStringList chairIds; // empty = any chair
    QStringList typeIds;  // empty = any type
    QString clinicId;     // empty = any clinic; else only that clinic's chairs
};

struct WorkingHours
{
    Weekdays days;
    WorkingSpan span;
};

struct ProviderBreak
{
    Weekdays days;
    int startMinute = 0;
    int endMinute = 0;
    QString label;
};

// A date whose hours replace the weekly rule: closed, or its own list of spans.
struct ScheduleOverride
{
    QDate date;
    bool closed = false;
    QList<WorkingSpan> spans;
};

enum class ProviderRole { Dentist, Hygienist, Specialist };
QString providerRoleName(ProviderRole role);
// A skill as staff call it, in the program's language: "hygiene", "oral surgery"; a code the
// program does not know is shown with its underscores as spaces.
QString skillText(const QString &code);
std::optional<ProviderRole> parseProviderRole(const QString &name);

struct Provider
{
    QString id;
    QString name;
    ProviderRole role = ProviderRole::Dentist;
    QStringList skills;
    QString color;
    int maxDailyPatients = 16;
    std::optional<int> maxDailyComplexity; // else the practice's
    std::optional<int> bufferMinutes;      // else the practice's
    qint64 dailyGoalCents = 0;             // scheduled production aimed at per working day; 0 = none set
    QList<WorkingHours> hours;
    QList<ProviderBreak> breaks;
    QList<ScheduleOverride> overrides;
};

struct AppointmentType
{
    QString id;
    QString name;
    int minutes = 30;
    int minMinutes = 30;
    int maxMinutes = 30;
    QString pattern; // one char per 5 minutes: 'X' provider time, '/' assistant time
    QString skill;
    QStringList equipment;
    int complexity = 2;
    bool emergency = false; // kept before routine visits when the book has to be reshuffled
    int minLeadHours = 0;
    int maxAdvanceDays = 365;
    QString color;
    qint64 feeCents = 0; // the standard fee, in cents (money is never floating point); 0 = none set
};

enum class ContactChannel { Sms, Email, Phone, None };
QString contactChannelName(ContactChannel channel);
std::optional<ContactChannel> parseContactChannel(const QString &name);

enum class TimeOfDay { Any, Morning, Afternoon, Evening };
QString timeOfDayName(TimeOfDay t);
std::optional<TimeOfDay> parseTimeOfDay(const QString &name);

struct Patient
{
    QString id;
    QString name;      // as people read it: "First Last"
    QString firstName; // the parts, where known (made here, or read from a PMS)
    QString lastName;
    QDate birthdate; // not known when invalid (a practice file or PMS without it)
    QString sex;     // "female", "male", or empty when not on file
    QString phone;
    QString email;
    QString language = QStringLiteral("en");
    QString familyId;
    QString guarantorId; // the family member responsible, where chosen here
    ContactChannel preferredContact = ContactChannel::Phone;
    bool doNotContact = false;
    TimeOfDay preferredTimeOfDay = TimeOfDay::Any;
    Weekdays preferredDays;
    QString preferredProviderId;
};

// A blockout repeating weekly: on `days`, from its first occurrence's date through `until`,
// at the first occurrence's wall-clock times (a 12:00 meeting stays at 12:00 across a
// daylight-saving change), less the dates taken out of the series.
struct BlockRepeat
{
    Weekdays days;
    QDate until;         // the last date it may fall on; invalid = no end
    QList<QDate> skipped; // dates left out (an occurrence deleted or moved on its own)

    friend bool operator==(const BlockRepeat &a, const BlockRepeat &b)
    {
        return a.days == b.days && a.until == b.until && a.skipped == b.skipped;
    }
};

// Time kept from booking (a blockout: staff meeting, lunch-and-learn, chair out of service):
// the whole practice (no chair, no provider), a chair, or a provider. Stored as a rule: one
// span, or that span's first occurrence and a weekly repeat, expanded when read.
struct Block
{
    QString id;
    QString chairId;
    QString providerId;
    QDateTime startUtc;
    QDateTime endUtc;
    QString label;
    std::optional<BlockRepeat> repeat;
};

// Time a provider (or a chair) keeps for certain visits on a weekday, as a weekly rule:
// "Crown/bridge 08:00–10:00 Tue, Op 1". Booking another kind of visit into it is a warning
// that can be overridden, until the block releases (Practice::productionReleaseDays).
struct ProductionBlock
{
    QString id;
    QString name;
    QString providerId; // empty = whoever works in the chair
    QString chairId;    // empty = whichever chair the provider works in
    Weekdays days;
    int startMinute = 0; // minutes after local midnight
    int endMinute = 0;
    QStringList typeIds; // the appointment types it is for
    QString category;    // or every type needing this skill ("hygiene", "prosthodontics")
    QString color;

    // Whether a visit of `type` is one the block is kept for.
    [[nodiscard]] bool isFor(const QString &typeId, const QString &typeSkill) const
    {
        return typeIds.contains(typeId) || (!category.isEmpty() && category == typeSkill);
    }
};

struct WaitlistEntry
{
    QString id;
    QString patientId;
    QString typeId;
    QString providerId;
    QDate earliest;
    QDate latest;
    int urgency = 5;
    QDateTime sinceUtc;
};

// An e-mail address's shape only: something before one @, a domain with a dot after it, no spaces.
[[nodiscard]] bool plausibleEmail(const QString &email);

// The vendor's name for a practice system's id: "Open Dental", "Dentrix", "Eaglesoft", "NexHealth".
[[nodiscard]] QString pmsDisplayName(const QString &system);

} // namespace chairside
