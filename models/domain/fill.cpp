#include "fill.h"

#include "enumnames.h"

#include <QCoreApplication>

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::Fill)
};

const std::pair<OfferState, QStringView> kOfferStates[] = {
    {OfferState::Offered, u"offered"},     {OfferState::Accepted, u"accepted"}, {OfferState::Declined, u"declined"},
    {OfferState::Expired, u"expired"},     {OfferState::Withdrawn, u"withdrawn"},
};

const std::pair<ContactPurpose, QStringView> kPurposes[] = {
    {ContactPurpose::WaitlistOffer, u"waitlist_offer"},
    {ContactPurpose::Reschedule, u"reschedule"},
    {ContactPurpose::NoShowFollowUp, u"no_show_follow_up"},
    {ContactPurpose::Reminder, u"reminder"},
    {ContactPurpose::Confirmation, u"confirmation"},
    {ContactPurpose::Recall, u"recall"},
};

const std::pair<ContactOutcome, QStringView> kOutcomes[] = {
    {ContactOutcome::Prepared, u"prepared"}, {ContactOutcome::Accepted, u"accepted"},
    {ContactOutcome::Declined, u"declined"}, {ContactOutcome::NoAnswer, u"no_answer"},
    {ContactOutcome::Sent, u"sent"},         {ContactOutcome::LeftMessage, u"left_message"},
    {ContactOutcome::Failed, u"failed"},     {ContactOutcome::Delivered, u"delivered"},
    {ContactOutcome::Replied, u"replied"},
};

} // namespace

QString offerStateName(OfferState state) { return detail::enumName(state, kOfferStates); }
std::optional<OfferState> parseOfferState(const QString &name) { return detail::parseEnumName<OfferState>(name, kOfferStates); }

QString offerStateText(OfferState state)
{
    switch (state) {
    case OfferState::Offered:
        return Text::tr("offered, waiting for an answer");
    case OfferState::Accepted:
        return Text::tr("accepted");
    case OfferState::Declined:
        return Text::tr("declined");
    case OfferState::Expired:
        return Text::tr("expired");
    case OfferState::Withdrawn:
        return Text::tr("withdrawn");
    }
    return offerStateName(state);
}

QString contactPurposeName(ContactPurpose purpose) { return detail::enumName(purpose, kPurposes); }
std::optional<ContactPurpose> parseContactPurpose(const QString &name)
{
    return detail::parseEnumName<ContactPurpose>(name, kPurposes);
}

QString contactOutcomeName(ContactOutcome outcome) { return detail::enumName(outcome, kOutcomes); }
std::optional<ContactOutcome> parseContactOutcome(const QString &name)
{
    return detail::parseEnumName<ContactOutcome>(name, kOutcomes);
}

QString contactOutcomeText(ContactOutcome outcome)
{
    switch (outcome) {
    case ContactOutcome::Prepared:
        return Text::tr("to contact");
    case ContactOutcome::Accepted:
        return Text::tr("accepted");
    case ContactOutcome::Declined:
        return Text::tr("declined");
    case ContactOutcome::NoAnswer:
        return Text::tr("no answer");
    case ContactOutcome::Sent:
        return Text::tr("sent");
    case ContactOutcome::LeftMessage:
        return Text::tr("left a message");
    case ContactOutcome::Failed:
        return Text::tr("could not be delivered");
    case ContactOutcome::Delivered:
        return Text::tr("delivered");
    case ContactOutcome::Replied:
        return Text::tr("replied");
    }
    return contactOutcomeName(outcome);
}

QString contactPurposeText(ContactPurpose purpose)
{
    switch (purpose) {
    case ContactPurpose::WaitlistOffer:
        return Text::tr("waitlist offer");
    case ContactPurpose::Reschedule:
        return Text::tr("rescheduling a cancelled visit");
    case ContactPurpose::NoShowFollowUp:
        return Text::tr("no-show follow-up");
    case ContactPurpose::Reminder:
        return Text::tr("appointment reminder");
    case ContactPurpose::Confirmation:
        return Text::tr("confirmation call");
    case ContactPurpose::Recall:
        return Text::tr("recall (due for a cleaning or check-up)");
    }
    return contactPurposeName(purpose);
}

} // namespace chairside
