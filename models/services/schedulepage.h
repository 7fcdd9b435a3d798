#pragma once

#include "domain/practice.h"
#include "domain/appointment.h"

#include <QHash>
#include <QList>

namespace chairside {

// A stretch of a local day in minutes after midnight, with a label for breaks and blocks.
struct DayRange
{
    int startMinute = 0;
    int endMinute = 0;
    QString label;
    bool isBreak = false; // else a block
    QString blockId = {}; // a block's id, for editing it on the lanes
};

// A production block as the lanes draw it on one date: a coloured border with its name, on
// the chair's lane (or every lane its provider works in when it names no chair).
struct ProductionRange
{
    QString blockId;
    QString name;
    QString color;
    QString providerId; // empty = the chair's, whoever works there
    QString chairId;    // empty = wherever the provider works
    int startMinute = 0;
    int endMinute = 0;
};

// What one local date looks like for every provider and chair: when each is open, the breaks
// and blocks inside, and who works in each chair.
struct DayFrame
{
    QDate date;
    int lengthMinutes = 1440; // 1380 or 1500 on the days clocks change
    QHash<QString, QList<DayRange>> providerOpen;   // provider id -> working time
    QHash<QString, QList<DayRange>> providerClosed; // provider id -> breaks and blocks
    QHash<QString, QList<DayRange>> chairOpen;      // chair id -> time some provider may work there
    QHash<QString, QList<DayRange>> chairClosed;    // chair id -> chair and practice-wide blocks
    QHash<QString, QStringList> chairProviders;     // chair id -> providers working in it that day
    // chair id -> provider id -> when that provider works in that chair, breaks left out
    // (Open Dental's provider time bars); only for the providers in chairProviders.
    QHash<QString, QHash<QString, QList<DayRange>>> providerInChair;
    // Why nobody works this date, in words for its heading ("Thanksgiving", "Every provider
    // is off", "No working hours on Sundays"); empty when somebody does.
    QString closedReason;
    QList<ProductionRange> production; // the production blocks falling on the date
};

// The provider scheduled in `chairId` who works there at `minute` (minutes after midnight)
// on the frame's date, the first of them in chairProviders order; empty when none does.
[[nodiscard]] QString providerWorkingAt(const DayFrame &frame, const QString &chairId, int minute);

// An appointment as a schedule screen shows it.
struct PageAppointment
{
    ScheduledAppointment shown;
    QDate date;          // local date it starts on
    int startMinute = 0; // minutes after local midnight
    QString providerTime; // the type's pattern fitted to the length: 'X' provider, '/' assistant
    QStringList conflicts; // rules it breaks as it stands (for example imported over a block)
    // Why a change of it has not reached the practice system yet, when the outbox was told
    // (the system did not answer, or has no call for the change and keeps it here only).
    QString syncNote;
};

// Days of the schedule with everything the screens draw, in one read.
struct SchedulePage
{
    QDate from;
    int days = 1;
    int gridMinutes = 10;
    QList<Chair> chairs;
    QList<Clinic> clinics;
    QList<Provider> providers;
    QList<AppointmentType> types;
    QList<DayFrame> frames; // one per date
    QList<PageAppointment> appointments;
};

} // namespace chairside
