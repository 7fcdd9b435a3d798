#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// The texts sent or read out to patients, in the patient's language ("en" or "es") whatever
// language the staff's screen is in. Times are the practice's local times.
namespace chairside::patientmessage {

// A freed time offered from the waitlist, held for `holdMinutes`.
QString slotOffer(const QString &language, const QString &practiceName, const QString &providerName,
                  const QDateTime &localStart, int holdMinutes);

// A missed or cancelled visit with up to three new times to choose from.
QString reschedule(const QString &language, const QString &practiceName, const QString &visitName,
                   const QList<QDateTime> &localOptions);

// A reminder of a booked visit, asking the patient to confirm.
QString reminder(const QString &language, const QString &practiceName, const QString &providerName,
                 const QDateTime &localStart);

} // namespace chairside::patientmessage

#include "domain/messaging.h"

namespace chairside::patientmessage {

// The text a template kind starts from in `language` (what the office manager edits), with
// placeholders: no procedure or visit type, the least a text needs to say.
QString defaultTemplate(TemplateKind kind, const QString &language);
// The e-mail subject for a message of `purpose` in `language`.
QString emailSubject(ContactPurpose purpose, const QString &language, const QString &practiceName,
                     const QString &date);
// {date} and {time} of `local` as the patient's language writes them ("Friday, December 4", "2:00 PM").
QString dateText(const QString &language, const QDateTime &local);
QString timeText(const QString &language, const QDateTime &local);
// A written message with one stop where a time's own ("a. m.") meets the sentence's.
QString tidy(const QString &text);

} // namespace chairside::patientmessage
