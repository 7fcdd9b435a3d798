#include "practice.h"

#include "enumnames.h"

namespace chairside {

namespace {

const std::pair<ProviderRole, QStringView> kRoles[] = {
    {ProviderRole::Dentist, u"dentist"},
    {ProviderRole::Hygienist, u"hygienist"},
    {ProviderRole::Specialist, u"specialist"},
};

const std::pair<ContactChannel, QStringView> kChannels[] = {
    {ContactChannel::Sms, u"sms"},
    {ContactChannel::Email, u"email"},
    {ContactChannel::Phone, u"phone"},
    {ContactChannel::None, u"none"},
};

const std::pair<TimeOfDay, QStringView> kTimesOfDay[] = {
    {TimeOfDay::Any, u""},
    {TimeOfDay::Morning, u"morning"},
    {TimeOfDay::Afternoon, u"afternoon"},
    {TimeOfDay::Evening, u"evening"},
};

} // namespace

QString providerRoleName(ProviderRole role) { return detail::enumName(role, kRoles); }
std::optional<ProviderRole> parseProviderRole(const QString &name) { return detail::parseEnumName<ProviderRole>(name, kRoles); }
QString contactChannelName(ContactChannel channel) { return detail::enumName(channel, kChannels); }
std::optional<ContactChannel> parseContactChannel(const QString &name) { return detail::parseEnumName<ContactChannel>(name, kChannels); }
QString timeOfDayName(TimeOfDay t) { return detail::enumName(t, kTimesOfDay); }
std::optional<TimeOfDay> parseTimeOfDay(const QString &name) { return detail::parseEnumName<TimeOfDay>(name, kTimesOfDay); }

} // namespace chairside
