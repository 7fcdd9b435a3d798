#include "statusworkflow.h"

#include "domain/localformat.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace chairside::scheduling {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::scheduling::StatusWorkflow)
};

} // namespace

bool StatusWorkflow::isEdge(AppointmentStatus from, AppointmentStatus to)
{
    using S = AppointmentStatus;
    switch (to) {
    case S::Confirmed:
        return from == S::Scheduled;
    case S::Arrived:
        return from == S::Scheduled || from == S::Confirmed;
    case S::InChair:
        return from == S::Arrived;
    case S::Completed:
        return from == S::InChair;
    case S::Cancelled:
    case S::NoShow:
        return from == S::Scheduled || from == S::Confirmed;
    case S::Scheduled:
        return false;
    }
    return false;
}

bool StatusWorkflow::isMovable(AppointmentStatus status)
{
    return status == AppointmentStatus::Scheduled || status == AppointmentStatus::Confirmed
            || status == AppointmentStatus::Arrived || status == AppointmentStatus::InChair;
}

QString StatusWorkflow::refusal(AppointmentStatus from, AppointmentStatus to, const QDateTime &startUtc,
                                int graceMinutes, const QDateTime &nowUtc, const QTimeZone &zone)
{
    if (!isEdge(from, to))
        return Text::tr("An appointment that is %1 cannot become %2.").arg(appointmentStatusText(from), appointmentStatusText(to));
    const bool visitStep = to == AppointmentStatus::Arrived || to == AppointmentStatus::InChair
            || to == AppointmentStatus::Completed;
    const QDate day = startUtc.toTimeZone(zone).date();
    if (visitStep && nowUtc.toTimeZone(zone).date() < day)
        return Text::tr("The visit is on %1: a patient is checked in, seated or finished on the day, not before.")
                .arg(localformat::longDate(day));
    if (to == AppointmentStatus::NoShow && nowUtc < startUtc.addSecs(qint64(graceMinutes) * 60))
        return Text::tr("It can be marked a no-show from %1 minutes after its start.").arg(graceMinutes);
    return {};
}

} // namespace chairside::scheduling
