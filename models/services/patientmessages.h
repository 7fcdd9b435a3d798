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
