#include "patientcard.h"

#include "translations/language.h"

#include "domain/reminders.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::PatientCard)
};

} // namespace

QString visitOutcomeText(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Completed:
        return Text::tr("kept");
    case AppointmentStatus::Cancelled:
        return Text::tr("cancelled");
    case AppointmentStatus::NoShow:
        return Text::tr("no-show");
    default:
        return appointmentStatusText(status);
    }
}

QString timeOfDayText(TimeOfDay time)
{
    switch (time) {
    case TimeOfDay::Morning:
        return Text::tr("mornings");
    case TimeOfDay::Afternoon:
        return Text::tr("afternoons");
    case TimeOfDay::Evening:
        return Text::tr("evenings");
    case TimeOfDay::Any:
        break;
    }
    return {};
}

// Each language named in itself, as Settings › Language names them.
QString patientLanguageText(const QString &code)
{
    return code == u"es" || code == u"en" ? language::nativeName(code) : code;
}

QString remindersText(const PatientCard &card)
{
    if (card.patient.doNotContact || card.patient.preferredContact == ContactChannel::None)
        return Text::tr("none: asked not to be contacted");
    if (!card.reminderChannel || card.reminderLeadMinutes.isEmpty())
        return Text::tr("none: the practice sends no reminders");
    QStringList leads;
    for (const int minutes : card.reminderLeadMinutes)
        leads << leadText(minutes);
    return Text::tr("by %1, %2 before").arg(contactChannelText(*card.reminderChannel), QLocale().createSeparatedList(leads));
}

QString preferencesText(const PatientCard &card)
{
    QStringList parts;
    if (const QString time = timeOfDayText(card.patient.preferredTimeOfDay); !time.isEmpty())
        parts << time;
    QStringList days;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (card.patient.preferredDays.contains(day))
            days << QLocale().dayName(day, QLocale::ShortFormat);
    }
    if (!days.isEmpty())
        parts << days.join(u", "_s);
    if (!card.preferredProviderName.isEmpty())
        parts << card.preferredProviderName;
    return parts.join(u" · "_s);
}

} // namespace chairside
