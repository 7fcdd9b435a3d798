#pragma once

#include <QByteArray>

namespace chairside::pmssim {

// A chairside-practice/1 document for sync tests and benchmarks: four chairs ("Chair 1".."4"),
// one dentist working every day 07:00-20:00 in all of them, an "exam" type of 30 minutes,
// 40 patients with unique names and phones, and `appointments` exams on the hour from
// 1 December 2026 (48 a day, never two in one chair or for the dentist at once).
[[nodiscard]] QByteArray syntheticPractice(int appointments);

} // namespace chairside::pmssim
