#pragma once

#include "appointment.h"
#include "practice.h"
#include "recall.h"

#include <QList>

#include <optional>

namespace chairside {

// Everything a practice file carries: the settings and every record, as one value.
struct PracticeData
{
    std::optional<Practice> practice;
    QList<Clinic> clinics;
    QList<Chair> chairs;
    QList<Provider> providers;
    QList<AppointmentType> appointmentTypes;
    QList<Patient> patients;
    QList<Appointment> appointments;
    QList<Block> blocks;
    QList<ProductionBlock> productionBlocks;
    QList<WaitlistEntry> waitlist;
    QList<RecallType> recallTypes;
    QList<Recall> recalls;
};

} // namespace chairside
