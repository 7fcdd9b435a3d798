#pragma once

#include <QByteArray>
#include <QDateTime>

namespace chairside {

// The built-in demo practice: a fixed practice template (resources/demo) plus patients,
// four weeks of appointments around `nowUtc`, blocks, a holiday and a waitlist, generated
// deterministically for that day. Produces a `chairside-practice/1` document, so the demo
// goes through the same import as a real practice.
class DemoPractice
{
public:
    [[nodiscard]] static QByteArray document(const QDateTime &nowUtc);
    // The demo practice's own date at `nowUtc` (in its time zone): the day a demo is made for.
    [[nodiscard]] static QDate dayOf(const QDateTime &nowUtc);
};

} // namespace chairside
