#include "reminders.h"

#include "enumnames.h"

#include <QCoreApplication>

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::Reminders)
};

const std::pair<ReminderStatus, QStringView> kStatuses[] = {
    {ReminderStatus::Pending, u"pending"},
    {ReminderStatus::Sent, u"sent"},
    {ReminderStatus::Failed, u"failed"},
    {ReminderStatus::Withdrawn, u"withdrawn"},
};

const std::pair<ConfirmationState, QStringView> kConfirmations[] = {
    {ConfirmationState::Unconfirmed, u"unconfirmed"},
    {ConfirmationState::LeftMessage, u"left_message"},
    {ConfirmationState::Confirmed, u"confirmed"},
    {ConfirmationState::Declined, u"declined"},
};

} // namespace

QString reminderStatusName(ReminderStatus status) { return detail::enumName(status, kStatuses); }
std::optional<ReminderStatus> parseReminderStatus(const QString &name)
{
    return detail::parseEnumName<ReminderStatus>(name, kStatuses);
}

QString confirmationStateName(ConfirmationState state) { return detail::enumName(state, kConfirmations); }
std::optional<ConfirmationState> parseConfirmationState(const QString &name)
{
    return detail::parseEnumName<ConfirmationState>(name, kConfirmations);
}

QString confirmationStateText(ConfirmationState state)
{
    switch (state) {
    case ConfirmationState::Unconfirmed:
        return Text::tr("unconfirmed");
    case ConfirmationState::LeftMessage:
        return Text::tr("left a message");
    case ConfirmationState::Confirmed:
        return Text::tr("confirmed");
    case ConfirmationState::Declined:
        return Text::tr("declined");
    }
    return confirmationStateName(state);
}

QString contactChannelText(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Sms:
        return QCoreApplication::translate("chairside::ContactChannel", "text message");
    case ContactChannel::Email:
        return QCoreApplication::translate("chairside::ContactChannel", "email");
    case ContactChannel::Phone:
        return QCoreApplication::translate("chairside::ContactChannel", "phone call");
    case ContactChannel::None:
        return QCoreApplication::translate("chairside::ContactChannel", "do not contact");
    }
    return contactChannelName(channel);
}

std::optional<ContactChannel> ReminderSettings::channelFor(const Patient &patient) const
{
    if (patient.doNotContact || patient.preferredContact == ContactChannel::None || channels.isEmpty())
        return std::nullopt;
    return channels.contains(patient.preferredContact) ? patient.preferredContact : channels.first();
}

QString leadText(int minutes)
{
    if (minutes % 60 == 0)
        return Text::tr("%n h", nullptr, minutes / 60);
    return Text::tr("%n min", nullptr, minutes);
}

} // namespace chairside
