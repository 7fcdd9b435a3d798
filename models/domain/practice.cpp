#include "practice.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

QString skillText(const QString &code)
{
    static const struct
    {
        QStringView code;
        const char *text;
    } kSkills[] = {
        {u"general", QT_TRANSLATE_NOOP("chairside::Skill", "general dentistry")},
        {u"hygiene", QT_TRANSLATE_NOOP("chairside::Skill", "hygiene")},
        {u"endodontics", QT_TRANSLATE_NOOP("chairside::Skill", "endodontics")},
        {u"pediatric", QT_TRANSLATE_NOOP("chairside::Skill", "pediatric dentistry")},
        {u"oral_surgery", QT_TRANSLATE_NOOP("chairside::Skill", "oral surgery")},
        {u"orthodontics", QT_TRANSLATE_NOOP("chairside::Skill", "orthodontics")},
        {u"periodontics", QT_TRANSLATE_NOOP("chairside::Skill", "periodontics")},
        {u"prosthodontics", QT_TRANSLATE_NOOP("chairside::Skill", "prosthodontics")},
        {u"implants", QT_TRANSLATE_NOOP("chairside::Skill", "implants")},
    };
    for (const auto &s : kSkills)
        if (s.code == code)
            return QCoreApplication::translate("chairside::Skill", s.text);
    return QString(code).replace(u'_', u' ');
}

QString providerRoleName(ProviderRole role) { return detail::enumName(role, kRoles); }
std::optional<ProviderRole> parseProviderRole(const QString &name) { return detail::parseEnumName<ProviderRole>(name, kRoles); }
QString contactChannelName(ContactChannel channel) { return detail::enumName(channel, kChannels); }
std::optional<ContactChannel> parseContactChannel(const QString &name) { return detail::parseEnumName<ContactChannel>(name, kChannels); }
QString timeOfDayName(TimeOfDay t) { return detail::enumName(t, kTimesOfDay); }
std::optional<TimeOfDay> parseTimeOfDay(const QString &name) { return detail::parseEnumName<TimeOfDay>(name, kTimesOfDay); }

QString pmsDisplayName(const QString &system)
{
    if (system == u"opendental")
        return QStringLiteral("Open Dental");
    if (system == u"dentrix")
        return QStringLiteral("Dentrix");
    if (system == u"eaglesoft")
        return QStringLiteral("Eaglesoft");
    if (system == u"nexhealth")
        return QStringLiteral("NexHealth");
    return system;
}

bool plausibleEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return shape.match(email).hasMatch();
}

} // namespace chairside
