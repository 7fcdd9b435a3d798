#pragma once

#include "domain/pmsrecords.h"

namespace chairside::sync {

using chairside::PmsAppointment;
using chairside::PmsAppointmentType;
using chairside::PmsChair;
using chairside::PmsPatient;
using chairside::PmsProvider;
using chairside::PmsSchedule;

} // namespace chairside::sync
