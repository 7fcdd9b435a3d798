#pragma once

#include "domain/appointment.h"

#include <QDateTime>
#include <QString>

class QTimeZone;

namespace chairside::scheduling {

// The appointment status workflow:
//   scheduled → confirmed → arrived → in_chair → completed   (scheduled → arrived for walk-ups)
//   scheduled | confirmed → cancelled
//   scheduled | confirmed → no_show, once start + the practice's grace period has passed.
// Any other change is refused as invalid_transition; undo steps back along the same edges.
class StatusWorkflow
{
public:
    // Empty when the change is allowed, else why not (for staff). A visit is checked in,
    // seated or completed on its day (in the practice's `zone`) or later, never before it.
    [[nodiscard]] static QString refusal(AppointmentStatus from, AppointmentStatus to, const QDateTime &startUtc,
                                         int graceMinutes, const QDateTime &nowUtc, const QTimeZone &zone);
    [[nodiscard]] static bool isEdge(AppointmentStatus from, AppointmentStatus to);
    // Whether an appointment in this status may still be moved or resized.
    [[nodiscard]] static bool isMovable(AppointmentStatus status);
};

} // namespace chairside::scheduling
