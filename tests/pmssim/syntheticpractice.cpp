#include "syntheticpractice.h"

#include <QDate>

#include <algorithm>
#include <QString>

using namespace Qt::StringLiterals;

namespace chairside::pmssim {

namespace {

QByteArray iso(const QDate &day)
{
    return day.toString(Qt::ISODate).toLatin1();
}

} // namespace

QByteArray syntheticPractice(int count, const QDate &firstDay, int patientCount)
{
    QByteArray patients;
    for (int p = 1; p <= std::max(40, patientCount); ++p)
        patients += QStringLiteral(R"({ "id": "p%1", "name": "Pat%1 Person%1", "phone": "+1 312 %2 %3" },)")
                            .arg(p)
                            .arg(555 + (1000 + p) / 10000)
                            .arg((1000 + p) % 10000, 4, 10, QLatin1Char('0'))
                            .toUtf8();
    patients.chop(1);
    // The first patient has preferences; two patients wait for an exam.
    patients.replace(R"({ "id": "p1", "name": "Pat1 Person1", "phone": "+1 312 555 1001" })",
                     R"({ "id": "p1", "name": "Pat1 Person1", "phone": "+1 312 555 1001", "birthdate": "1984-03-07",
                          "contact": { "preferred": "sms" },
                          "preferences": { "timeOfDay": "morning", "days": ["tue", "thu"], "providerId": "dr-a" } })");
    QByteArray appointments;
    for (int i = 0; i < count; ++i) {
        const QDate day = firstDay.addDays(i / 48);
        const int slot = (i / 4) % 12;
        static const char *const dentists[] = {"dr-a", "dr-b", "dr-c", "dr-d"};
        appointments += QStringLiteral(R"({ "id": "a%1", "patientId": "p%2", "typeId": "exam", "providerId": "%6",
            "chairId": "c%3", "start": "%4T%5:00" },)")
                                .arg(i)
                                .arg(i % 40 + 1)
                                .arg(i % 4 + 1)
                                .arg(day.toString(Qt::ISODate))
                                .arg(7 + slot, 2, 10, QLatin1Char('0'))
                                .arg(QLatin1String(dentists[i % 4]))
                                .toUtf8();
    }
    appointments.chop(1);
    return R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Flavour Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" }, { "id": "c2", "name": "Chair 2" },
              { "id": "c3", "name": "Chair 3" }, { "id": "c4", "name": "Chair 4" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. Ana Alvarez", "role": "dentist", "maxDailyPatients": 60,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri","sat","sun"], "start": "07:00", "end": "20:00" } ] },
                 { "id": "dr-b", "name": "Dr. Ben Brooks", "role": "dentist", "maxDailyPatients": 60,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri","sat","sun"], "start": "07:00", "end": "20:00" } ] },
                 { "id": "dr-c", "name": "Dr. Cleo Chen", "role": "dentist", "maxDailyPatients": 60,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri","sat","sun"], "start": "07:00", "end": "20:00" } ] },
                 { "id": "dr-d", "name": "Dr. Dev Desai", "role": "dentist", "maxDailyPatients": 60,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri","sat","sun"], "start": "07:00", "end": "20:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 30, "maxMinutes": 30 } ],
  "patients": [ )" + patients + R"( ],
  "appointments": [ )" + appointments + R"( ],
  "waitlist": [
    { "id": "w1", "patientId": "p7", "typeId": "exam", "earliest": ")" + iso(firstDay) + R"(", "latest": ")"
           + iso(firstDay.addDays(30)) + R"(", "urgency": 8, "since": ")" + iso(firstDay.addDays(-11)) + R"(T09:00" },
    { "id": "w2", "patientId": "p9", "typeId": "exam", "providerId": "dr-a", "earliest": ")" + iso(firstDay)
           + R"(", "latest": ")" + iso(firstDay.addDays(61)) + R"(", "urgency": 3, "since": ")"
           + iso(firstDay.addDays(-10)) + R"(T09:00" } ]
})";
}

} // namespace chairside::pmssim
