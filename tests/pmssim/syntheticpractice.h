#pragma once

#include <QByteArray>
#include <QDate>

namespace chairside::pmssim {

// A chairside-practice/1 document for sync tests and benchmarks: four chairs ("Chair 1".."4"),
// four dentists (dr-a .. dr-d) working every day 07:00-20:00 in any chair, an "exam" type of
// 30 minutes, 40 patients with unique names and phones, and `appointments` exams on the hour
// from `firstDay`, 48 a day: exam i in chair i % 4 + 1 with dentist i % 4, never two in one
// chair or for one dentist at once. Patient p1 has preferences; p7 and p9 are on the waitlist
// from `firstDay` on, for 31 and 62 days, having asked 11 and 10 days before it. With
// `patients` above 40 the rest are made the same way (a practice of a real size); the
// appointments still go to the first 40.
[[nodiscard]] QByteArray syntheticPractice(int appointments, const QDate &firstDay, int patients = 40);

} // namespace chairside::pmssim
