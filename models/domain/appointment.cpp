#include "appointment.h"

#include "enumnames.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::AppointmentStatus)
};

const std::array<std::pair<AppointmentStatus, QStringView>, 7> kStatuses = {{
    {AppointmentStatus::Scheduled, u"scheduled"},
    {AppointmentStatus::Confirmed, u"confirmed"},
    {AppointmentStatus::Arrived, u"arrived"},
    {AppointmentStatus::InChair, u"in_chair"},
    {AppointmentStatus::Completed, u"completed"},
    {AppointmentStatus::Cancelled, u"cancelled"},
    {AppointmentStatus::NoShow, u"no_show"},
}};

const std::array<std::pair<SyncState, QStringView>, 4> kSyncStates = {{
    {SyncState::Local, u"local"},
    {SyncState::Pending, u"pending"},
    {SyncState::Synced, u"synced"},
    {SyncState::Conflict, u"conflict"},
}};
} // namespace

QString appointmentStatusName(AppointmentStatus status) { return detail::enumName(status, kStatuses); }

QString appointmentStatusText(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Scheduled:
        return Text::tr("scheduled");
    case AppointmentStatus::Confirmed:
        return Text::tr("confirmed");
    case AppointmentStatus::Arrived:
        return Text::tr("checked in");
    case AppointmentStatus::InChair:
        return Text::tr("in the chair");
    case AppointmentStatus::Completed:
        return Text::tr("completed");
    case AppointmentStatus::Cancelled:
        return Text::tr("cancelled");
    case AppointmentStatus::NoShow:
        return Text::tr("no-show");
    }
    return appointmentStatusName(status);
}

std::optional<AppointmentStatus> parseAppointmentStatus(const QString &name)
{
    return detail::parseEnumName<AppointmentStatus>(name, kStatuses);
}

bool isLive(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled && status != AppointmentStatus::NoShow;
}

QString FreedSlot::key() const
{
    return chairId + u'|' + providerId + u'|' + QString::number(startUtc.toSecsSinceEpoch());
}

std::optional<FreedSlot> freedBy(const Appointment &before, const Appointment &after)
{
    if (before.id.isEmpty() || !isLive(before.status))
        return std::nullopt;
    if (!isLive(after.status) || after.chairId != before.chairId || after.providerId != before.providerId
        || after.startUtc != before.startUtc)
        return FreedSlot{before.chairId, before.providerId, before.startUtc, before.minutes};
    if (after.minutes < before.minutes)
        return FreedSlot{before.chairId, before.providerId, after.endUtc(), before.minutes - after.minutes};
    return std::nullopt;
}

QString syncStateName(SyncState state) { return detail::enumName(state, kSyncStates); }

std::optional<SyncState> parseSyncState(const QString &name)
{
    return detail::parseEnumName<SyncState>(name, kSyncStates);
}

} // namespace chairside
