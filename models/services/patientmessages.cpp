#include "patientmessages.h"

#include "translations/language.h"

#include <QRegularExpression>

#include "domain/localformat.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace chairside::patientmessage {

namespace {

constexpr const char *kContext = "chairside::PatientMessage";

QString tr(const QString &language, const char *source)
{
    return language::translate(language, kContext, source);
}

// "Tuesday, November 24 at 2:00 PM" / "martes 24 de noviembre a las 2:00 p. m."
QString when(const QString &language, const QDateTime &local)
{
    const QLocale locale = language::localeFor(language);
    const QString day = locale.toString(local.date(), tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage",
                                                                                      "dddd, MMMM d")));
    const QString time = localformat::time(local.time(), locale);
    return tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage", "%1 at %2")).arg(day, time);
}

// A time that ends in an abbreviation's stop ("3:50 p. m.") before the sentence's own: one
// stop, not two.
QString oneStop(QString text)
{
    // (Qt writes "p.\u00a0m." with a no-break space.)
    static const QRegularExpression doubled(u"\\b([ap]\\.[ \\x{00a0}]?m\\.)\\.(?!\\.)"_s);
    return text.replace(doubled, u"\\1"_s);
}

} // namespace

QString slotOffer(const QString &language, const QString &practiceName, const QString &providerName,
                  const QDateTime &localStart, int holdMinutes)
{
    return tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage",
                                          "%1: a visit with %2 has opened on %3. Reply YES or call us to take it; "
                                          "we hold it for you for %4 minutes."))
            .arg(practiceName, providerName, when(language, localStart), QString::number(holdMinutes));
}

QString reschedule(const QString &language, const QString &practiceName, const QString &visitName,
                   const QList<QDateTime> &localOptions)
{
    QStringList options;
    for (qsizetype i = 0; i < localOptions.size(); ++i)
        options << u"%1) %2"_s.arg(i + 1).arg(when(language, localOptions.at(i)));
    if (options.isEmpty())
        return tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage",
                                              "%1: we missed you at your %2 visit. Please call us to find a new "
                                              "time."))
                .arg(practiceName, visitName);
    return oneStop(tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage",
                                                  "%1: we missed you at your %2 visit. We can see you on %3. Reply "
                                                  "with the number of the time you want, or call us."))
                           .arg(practiceName, visitName, options.join(u"; "_s)));
}

QString reminder(const QString &language, const QString &practiceName, const QString &providerName,
                 const QDateTime &localStart)
{
    return oneStop(tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage",
                                                  "%1: a reminder of your visit with %2 on %3. Reply C to confirm, or "
                                                  "call us if you need to change it."))
                           .arg(practiceName, providerName, when(language, localStart)));
}

} // namespace chairside::patientmessage

namespace chairside::patientmessage {

QString defaultTemplate(TemplateKind kind, const QString &language)
{
    switch (kind) {
    case TemplateKind::Reminder:
        return tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage",
                                              "Hi {first_name}, this is {practice}: a reminder of your visit on "
                                              "{date} at {time}. Reply C to confirm or NO to cancel. Questions? Call "
                                              "{phone}."));
    case TemplateKind::Offer:
        return tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage",
                                              "Hi {first_name}, {practice} has an opening on {date} at {time}. Reply "
                                              "YES to book it; this offer expires in {minutes} minutes."));
    case TemplateKind::OfferTaken:
        return tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage",
                                              "Sorry, {first_name}: the opening at {practice} has already been "
                                              "taken. We will tell you when another one comes up."));
    case TemplateKind::EmailFooter:
        return tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage",
                                              "Please do not reply to this e-mail. To confirm or cancel, call us at "
                                              "{phone}, or answer our text message."));
    case TemplateKind::Recall:
        // Names no treatment: whoever reads the patient's phone learns only that a visit is due.
        return tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage",
                                              "Hi {first_name}, it is time for your next visit at {practice}. Call "
                                              "us at {phone} to choose a day and time that suit you."));
    }
    return {};
}

QString emailSubject(ContactPurpose purpose, const QString &language, const QString &practiceName,
                     const QString &date)
{
    if (purpose == ContactPurpose::WaitlistOffer)
        return tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage", "%1: an opening on %2"))
                .arg(practiceName, date);
    return tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage", "%1: your visit on %2")).arg(practiceName, date);
}

QString dateText(const QString &language, const QDateTime &local)
{
    return language::localeFor(language).toString(
            local.date(), tr(language, QT_TRANSLATE_NOOP("chairside::PatientMessage", "dddd, MMMM d")));
}

QString tidy(const QString &text)
{
    return oneStop(text);
}

QString timeText(const QString &language, const QDateTime &local)
{
    return localformat::time(local.time(), language::localeFor(language));
}

} // namespace chairside::patientmessage
