#pragma once

#include "domain/pmsrecords.h"

namespace chairside::sync {

using chairside::PmsAppointment;
using chairside::PmsAppointmentType;
using chairside::PmsChair;
using chairside::PmsCommlog;
using chairside::PmsPatient;
using chairside::PmsProvider;
using chairside::PmsPreferences;
using chairside::PmsSchedule;
using chairside::PmsSlot;
using chairside::PmsWaitlistEntry;

} // namespace chairside::sync
