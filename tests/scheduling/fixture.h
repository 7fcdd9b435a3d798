#pragma once

// A small practice in America/Chicago for the scheduling suites, and helpers to place
// appointments in it by local wall-clock time.

#include "scheduling/scheduler.h"

#include "domain/appointment.h"

#include <QTimeZone>

namespace chairside::test {

inline const QTimeZone &chicago()
{
    static const QTimeZone zone("America/Chicago");
    return zone;
}

// "2026-12-01T09:00" in the practice's local time, as a UTC instant.
inline QDateTime local(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
    return QDateTime(t.date(), t.time(), chicago()).toUTC();
}

inline scheduling::Minute localMinute(const QString &text)
{
    return scheduling::toMinute(local(text));
}

inline WorkingSpan span(int fromHour, int toHour, QStringList chairs = {}, QStringList types = {})
{
    return {fromHour * 60, toHour * 60, std::move(chairs), std::move(types), {}};
}

inline Weekdays days(std::initializer_list<int> list)
{
    Weekdays w;
    for (int d : list)
        w.insert(d);
    return w;
}

// Monday 2026-11-30 08:00 local: the fixture's "now".
inline QDateTime fixtureNow()
{
    return local(QStringLiteral("2026-11-30T08:00"));
}

// Chairs c1 (standard), c2 (standard, xray), c3 (surgical). Dentists dr-a and dr-c work c1/c2
// weekdays 08–17 with lunch 12–13; dr-a's Thursday 2026-12-03 is closed by an override and
// Friday afternoons are kept for crowns. Hygienist hyg-b works c1/c2 08–12 for cleanings.
// Oral surgeon dr-s works c3. dr-sun works Sundays 08–12 (for daylight-saving days).
// Grid 10, chair turnover 20, provider buffer 10.
inline scheduling::PracticeSnapshot fixturePractice()
{
    Practice practice;
    practice.name = QStringLiteral("Fixture Dental");
    practice.timeZoneId = "America/Chicago";
    practice.gridMinutes = 10;
    practice.chairTurnoverMinutes = 20;
    practice.providerBufferMinutes = 10;
    practice.maxDailyComplexity = 24;
    practice.noShowGraceMinutes = 15;

    const QList<Chair> chairs = {
            {QStringLiteral("c1"), QStringLiteral("Chair 1"), {QStringLiteral("standard")}, {}},
            {QStringLiteral("c2"), QStringLiteral("Chair 2"), {QStringLiteral("standard"), QStringLiteral("xray")}, {}},
            {QStringLiteral("c3"), QStringLiteral("Chair 3"), {QStringLiteral("surgical")}, {}},
    };
    const Weekdays weekdays = days({1, 2, 3, 4, 5});
    const QStringList c12 = {QStringLiteral("c1"), QStringLiteral("c2")};

    Provider a;
    a.id = QStringLiteral("dr-a");
    a.name = QStringLiteral("Dr. A");
    a.skills = {QStringLiteral("general")};
    a.maxDailyPatients = 3;
    a.hours = {{days({1, 2, 3, 4}), span(8, 17, c12)},
               {days({5}), span(8, 13, c12)},
               {days({5}), span(13, 17, c12, {QStringLiteral("crown")})}};
    a.breaks = {{weekdays, 12 * 60, 13 * 60, QStringLiteral("Lunch")}};
    a.overrides = {{QDate(2026, 12, 3), true, {}}};

    Provider c;
    c.id = QStringLiteral("dr-c");
    c.name = QStringLiteral("Dr. C");
    c.skills = {QStringLiteral("general")};
    c.hours = {{weekdays, span(8, 17, c12)}};
    c.breaks = {{weekdays, 12 * 60, 13 * 60, QStringLiteral("Lunch")}};

    Provider h;
    h.id = QStringLiteral("hyg-b");
    h.name = QStringLiteral("Hygienist B");
    h.role = ProviderRole::Hygienist;
    h.skills = {QStringLiteral("hygiene")};
    h.hours = {{weekdays, span(8, 12, c12, {QStringLiteral("cleaning")})}};

    Provider s;
    s.id = QStringLiteral("dr-s");
    s.name = QStringLiteral("Dr. S");
    s.role = ProviderRole::Specialist;
    s.skills = {QStringLiteral("oral_surgery")};
    s.hours = {{weekdays, span(8, 17, {QStringLiteral("c3")})}};

    Provider sun;
    sun.id = QStringLiteral("dr-sun");
    sun.name = QStringLiteral("Dr. Sunday");
    sun.skills = {QStringLiteral("general")};
    sun.hours = {{days({7}), span(8, 12, c12)}};

    auto type = [](const char *id, int minutes, int min, int max, const char *pattern, const char *skill,
                   QStringList equipment, int complexity) {
        AppointmentType t;
        t.id = QString::fromLatin1(id);
        t.name = t.id;
        t.minutes = minutes;
        t.minMinutes = min;
        t.maxMinutes = max;
        t.pattern = QString::fromLatin1(pattern);
        t.skill = QString::fromLatin1(skill);
        t.equipment = std::move(equipment);
        t.complexity = complexity;
        return t;
    };
    QList<AppointmentType> types = {
            type("exam", 20, 10, 30, "/XX/", "general", {QStringLiteral("standard")}, 1),
            type("crown", 60, 60, 90, "//XXXXXXXX//", "general", {QStringLiteral("xray")}, 10),
            type("cleaning", 60, 40, 70, "XX////////XX", "hygiene", {QStringLiteral("standard")}, 1),
            type("surgery", 90, 60, 120, "", "oral_surgery", {QStringLiteral("surgical")}, 5),
    };
    types[3].minLeadHours = 48;
    types[3].maxAdvanceDays = 30;

    Patient p1;
    p1.id = QStringLiteral("pt1");
    p1.familyId = QStringLiteral("f1");
    p1.preferredTimeOfDay = TimeOfDay::Morning;
    p1.preferredDays = days({2});
    p1.preferredProviderId = QStringLiteral("dr-a");
    Patient p2;
    p2.id = QStringLiteral("pt2");
    p2.familyId = QStringLiteral("f1");
    Patient p3;
    p3.id = QStringLiteral("pt3");

    auto block = [](const char *id, const char *chair, const char *provider, const char *from, const char *to) {
        Block b;
        b.id = QString::fromLatin1(id);
        b.chairId = QString::fromLatin1(chair);
        b.providerId = QString::fromLatin1(provider);
        b.startUtc = local(QString::fromLatin1(from));
        b.endUtc = local(QString::fromLatin1(to));
        b.label = b.id;
        return b;
    };
    const QList<Block> blocks = {
            block("staff-meeting", "", "", "2026-12-02T08:00", "2026-12-02T08:30"),
            block("c2-service", "c2", "", "2026-12-01T14:00", "2026-12-01T16:00"),
            block("dr-a-call", "", "dr-a", "2026-12-04T09:00", "2026-12-04T10:00"),
    };
    return scheduling::PracticeSnapshot(practice, chairs, {a, c, h, s, sun}, types, {p1, p2, p3}, blocks);
}

inline Appointment appointment(const QString &id, const QString &patient, const QString &type, const QString &provider,
                               const QString &chair, const QString &localStart, int minutes,
                               AppointmentStatus status = AppointmentStatus::Scheduled)
{
    Appointment a;
    a.id = id;
    a.patientId = patient;
    a.typeId = type;
    a.providerId = provider;
    a.chairId = chair;
    a.startUtc = local(localStart);
    a.minutes = minutes;
    a.status = status;
    return a;
}

} // namespace chairside::test
