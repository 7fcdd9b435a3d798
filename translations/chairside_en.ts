<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>chairside::AbsenceDialog</name>
    <message numerus="yes">
        <location filename="../ui/officedaydialogs.cpp" line="+431"/>
        <source>%1 works on %2 as usual, %n visit(s) booked. Mark them away to see where each visit could go.</source>
        <translation>
            <numerusform>%1 works on %2 as usual, %n visit booked. Mark them away to see where each visit could go.</numerusform>
            <numerusform>%1 works on %2 as usual, %n visits booked. Mark them away to see where each visit could go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 is away on %2; %n visit(s) to move.</source>
        <translation>
            <numerusform>%1 is away on %2; %n visit to move.</numerusform>
            <numerusform>%1 is away on %2; %n visits to move.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>No place in the next %n day(s): call the patient</source>
        <translation>
            <numerusform>No place in the next %n day: call the patient</numerusform>
            <numerusform>No place in the next %n days: call the patient</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::AppointmentDialog</name>
    <message numerus="yes">
        <location filename="../ui/appointmentdialog.cpp" line="+79"/>
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+314"/>
        <source>No opening in the next %n day(s); add the patient to the waitlist.</source>
        <translation>
            <numerusform>No opening in the next %n day; add the patient to the waitlist.</numerusform>
            <numerusform>No opening in the next %n days; add the patient to the waitlist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::AppointmentListModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/appointmentlistmodel.cpp" line="+35"/>
        <source>%1 — %2, %3 %4 (%n min), %5</source>
        <translation>
            <numerusform>%1 — %2, %3 %4 (%n min), %5</numerusform>
            <numerusform>%1 — %2, %3 %4 (%n min), %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::BlockoutService</name>
    <message numerus="yes">
        <location filename="../models/services/blockoutservice.cpp" line="+243"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The blockout would cover %n booked visit(s): %1. Move or cancel them first, or pick another time.</source>
        <translation>
            <numerusform>The blockout would cover %n booked visit: %1. Move or cancel them first, or pick another time.</numerusform>
            <numerusform>The blockout would cover %n booked visits: %1. Move or cancel them first, or pick another time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::BookingService</name>
    <message numerus="yes">
        <location filename="../models/services/bookingservice.cpp" line="+520"/>
        <source>The patient missed %n appointment(s) in the last 12 months; the practice asks for an office manager&apos;s approval to book them.</source>
        <translation>
            <numerusform>The patient missed %n appointment in the last 12 months; the practice asks for an office manager&apos;s approval to book them.</numerusform>
            <numerusform>The patient missed %n appointments in the last 12 months; the practice asks for an office manager&apos;s approval to book them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::DashboardDialog</name>
    <message numerus="yes">
        <location filename="../ui/dashboarddialog.cpp" line="+228"/>
        <source>(%n visit(s) that week are of types with no fee set)</source>
        <translation>
            <numerusform>(%n visit that week is of a type with no fee set)</numerusform>
            <numerusform>(%n visits that week are of types with no fee set)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::DateRangeBar</name>
    <message numerus="yes">
        <location filename="../ui/daterangebar.cpp" line="+24"/>
        <source> day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::DaySheet</name>
    <message numerus="yes">
        <location filename="../ui/daysheet.cpp" line="+66"/>
        <source>%n visit(s) this week are of types with no fee set; they add nothing.</source>
        <translation>
            <numerusform>%n visit this week is of a type with no fee set; it adds nothing.</numerusform>
            <numerusform>%n visits this week are of types with no fee set; they add nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::FillPanel</name>
    <message numerus="yes">
        <location filename="../ui/fillpanel.cpp" line="+154"/>
        <source>Freed: %1. %n patient(s) on the waitlist can take it (marked ★).</source>
        <translation>
            <numerusform>Freed: %1. %n patient on the waitlist can take it (marked ★).</numerusform>
            <numerusform>Freed: %1. %n patients on the waitlist can take it (marked ★).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>…and %n more who cannot.</source>
        <translation>
            <numerusform>…and %n more who cannot.</numerusform>
            <numerusform>…and %n more who cannot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Offered to %n patient(s); call or text them with the message in the offer&apos;s tooltip.</source>
        <translation>
            <numerusform>Offered to %n patient; call or text them with the message in the offer&apos;s tooltip.</numerusform>
            <numerusform>Offered to %n patients; call or text them with the message in the offer&apos;s tooltip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n late appointment(s) marked no-show, as the practice asks.</source>
        <translation>
            <numerusform>%n late appointment marked no-show, as the practice asks.</numerusform>
            <numerusform>%n late appointments marked no-show, as the practice asks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+823"/>
        <source>%n appointment(s) this week</source>
        <translation>
            <numerusform>%n appointment this week</numerusform>
            <numerusform>%n appointments this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n appointment(s) on this day</source>
        <translation>
            <numerusform>%n appointment on this day</numerusform>
            <numerusform>%n appointments on this day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+538"/>
        <source>Chairside now locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Chairside now locks after %n minute without input.</numerusform>
            <numerusform>Chairside now locks after %n minutes without input.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowfill.cpp" line="+58"/>
        <source>Fill the book · %n late</source>
        <translation>
            <numerusform>Fill the book · %n late</numerusform>
            <numerusform>Fill the book · %n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%1 %2 with %3, %n min</source>
        <translation>
            <numerusform>%1 %2 with %3, %n min</numerusform>
            <numerusform>%1 %2 with %3, %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Time came free (%1): %n patient(s) on the waitlist can take it, marked ★. Drag one onto it, or offer it from Fill the book.</source>
        <translation>
            <numerusform>Time came free (%1): %n patient on the waitlist can take it, marked ★. Drag one onto it, or offer it from Fill the book.</numerusform>
            <numerusform>Time came free (%1): %n patients on the waitlist can take it, marked ★. Drag one onto it, or offer it from Fill the book.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Missed %n appointment(s) in the last 12 months.</source>
        <translation>
            <numerusform>Missed %n appointment in the last 12 months.</numerusform>
            <numerusform>Missed %n appointments in the last 12 months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowmessaging.cpp" line="+101"/>
        <source>✉ %n message(s) to read</source>
        <translation>
            <numerusform>✉ %n message to read</numerusform>
            <numerusform>✉ %n messages to read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::MessagingDialog</name>
    <message numerus="yes">
        <location filename="../ui/messagingdialog.cpp" line="+522"/>
        <source>%n reply(s) in the inbox for the front desk.</source>
        <translation>
            <numerusform>%n reply in the inbox for the front desk.</numerusform>
            <numerusform>%n replies in the inbox for the front desk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::OfficeDayActions</name>
    <message numerus="yes">
        <location filename="../ui/officedayactions.cpp" line="+91"/>
        <source>%n visit(s) of the series cancelled.</source>
        <translation>
            <numerusform>%n visit of the series cancelled.</numerusform>
            <numerusform>%n visits of the series cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::PatientMessaging</name>
    <message numerus="yes">
        <location filename="../models/services/patientmessaging.cpp" line="+829"/>
        <source>The visit is cancelled; the time was offered to %n patient(s) on the waitlist.</source>
        <translation>
            <numerusform>The visit is cancelled; the time was offered to %n patient on the waitlist.</numerusform>
            <numerusform>The visit is cancelled; the time was offered to %n patients on the waitlist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::ProductionBlocksDialog</name>
    <message numerus="yes">
        <location filename="../ui/productionblocksdialog.cpp" line="+294"/>
        <source>Production blocks now release %n day(s) before their date.</source>
        <translation>
            <numerusform>Production blocks now release %n day before their date.</numerusform>
            <numerusform>Production blocks now release %n days before their date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::ProviderDayWindow</name>
    <message numerus="yes">
        <location filename="../ui/providerdaywindow.cpp" line="+206"/>
        <source>%n appointment(s), %1 booked</source>
        <translation>
            <numerusform>%n appointment, %1 booked</numerusform>
            <numerusform>%n appointments, %1 booked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::RecallModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/recallmodel.cpp" line="+36"/>
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::RecallPanel</name>
    <message numerus="yes">
        <location filename="../ui/recallpanel.cpp" line="+183"/>
        <source>%n due (more; narrow the dates)</source>
        <translation>
            <numerusform>%n due (more; narrow the dates)</numerusform>
            <numerusform>%n due (more; narrow the dates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due, %1 overdue</source>
        <translation>
            <numerusform>%n due, %1 overdue</numerusform>
            <numerusform>%n due, %1 overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::Reminders</name>
    <message numerus="yes">
        <location filename="../models/domain/reminders.cpp" line="+84"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::ScheduleModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/schedulemodel.cpp" line="+341"/>
        <source>%1, %2–%3 (%n min)</source>
        <translation>
            <numerusform>%1, %2–%3 (%n min)</numerusform>
            <numerusform>%1, %2–%3 (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1, %2 at %3 for %n minutes, %4, %5</source>
        <translation>
            <numerusform>%1, %2 at %3 for %n minute, %4, %5</numerusform>
            <numerusform>%1, %2 at %3 for %n minutes, %4, %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::ScheduleView</name>
    <message numerus="yes">
        <location filename="../ui/scheduleview.cpp" line="+309"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n min</source>
        <translation>
            <numerusform>%1 · %n min</numerusform>
            <numerusform>%1 · %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::SeriesDialog</name>
    <message numerus="yes">
        <location filename="../ui/officedaydialogs.cpp" line="-257"/>
        <source>%n visit(s) cannot be booked as asked: pick an alternative or skip them. Nothing is saved yet.</source>
        <translation>
            <numerusform>%n visit cannot be booked as asked: pick an alternative or skip them. Nothing is saved yet.</numerusform>
            <numerusform>%n visits cannot be booked as asked: pick an alternative or skip them. Nothing is saved yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::SeriesRule</name>
    <message numerus="yes">
        <location filename="../models/domain/series.cpp" line="+57"/>
        <source>every %n weeks</source>
        <translation>
            <numerusform>every %n weeks</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::UnscheduledPanel</name>
    <message numerus="yes">
        <location filename="../ui/sidepanels.cpp" line="+270"/>
        <source>%n to book again</source>
        <translation>
            <numerusform>%n to book again</numerusform>
            <numerusform>%n to book again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n to book again</source>
        <translation>
            <numerusform>%1 of %n to book again</numerusform>
            <numerusform>%1 of %n to book again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::UserAccounts</name>
    <message numerus="yes">
        <location filename="../models/services/useraccounts.cpp" line="+120"/>
        <location line="+188"/>
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n characters.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-126"/>
        <source>This account is locked after too many failed sign-ins; try again in %n minute(s), or ask the office manager.</source>
        <translation>
            <numerusform>This account is locked after too many failed sign-ins; try again in %n minute, or ask the office manager.</numerusform>
            <numerusform>This account is locked after too many failed sign-ins; try again in %n minutes, or ask the office manager.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::WaitlistPanel</name>
    <message numerus="yes">
        <location filename="../ui/sidepanels.cpp" line="-123"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n waiting</source>
        <translation>
            <numerusform>%1 of %n waiting</numerusform>
            <numerusform>%1 of %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="+104"/>
        <source>intact: %n audit record(s) checked in %1 s.</source>
        <translation>
            <numerusform>intact: %n audit record checked in %1 s.</numerusform>
            <numerusform>intact: %n audit records checked in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n access record(s) for patient %1.</source>
        <translation>
            <numerusform>%n access record for patient %1.</numerusform>
            <numerusform>%n access records for patient %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+293"/>
        <source>Time came free: %1, %n min.</source>
        <translation>
            <numerusform>Time came free: %1, %n min.</numerusform>
            <numerusform>Time came free: %1, %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n patient(s) on the waitlist can take it:</source>
        <translation>
            <numerusform>%n patient on the waitlist can take it:</numerusform>
            <numerusform>%n patients on the waitlist can take it:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/fillcommands.cpp" line="+141"/>
        <source>%1 — %2 (%n min), %3, urgency %4</source>
        <translation>
            <numerusform>%1 — %2 (%n min), %3, urgency %4</numerusform>
            <numerusform>%1 — %2 (%n min), %3, urgency %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+280"/>
        <source>%n in the last %1 months</source>
        <translation>
            <numerusform>%n in the last %1 months</numerusform>
            <numerusform>%n in the last %1 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Nobody missed or cancelled a visit in the last %n day(s) without booking again.</source>
        <translation>
            <numerusform>Nobody missed or cancelled a visit in the last %n day without booking again.</numerusform>
            <numerusform>Nobody missed or cancelled a visit in the last %n days without booking again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%1 — %2 %3, %n min: %4</source>
        <translation>
            <numerusform>%1 — %2 %3, %n min: %4</numerusform>
            <numerusform>%1 — %2 %3, %n min: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>No offers in the last %n hour(s).</source>
        <translation>
            <numerusform>No offers in the last %n hour.</numerusform>
            <numerusform>No offers in the last %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+166"/>
        <source>%1, %n day(s)</source>
        <translation>
            <numerusform>%1, %n day</numerusform>
            <numerusform>%1, %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>  %n visit(s) that week are of types with no fee set; give the types a fee in the practice file.</source>
        <translation>
            <numerusform>  %n visit that week is of a type with no fee set; give the types a fee in the practice file.</numerusform>
            <numerusform>  %n visits that week are of types with no fee set; give the types a fee in the practice file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+274"/>
        <source>chairside-cli: %n visit(s) cannot be booked as asked; nothing was saved. Book with --best to take each one&apos;s best alternative (or skip it when it has none):</source>
        <translation>
            <numerusform>chairside-cli: %n visit cannot be booked as asked; nothing was saved. Book with --best to take its best alternative (or skip it when it has none):</numerusform>
            <numerusform>chairside-cli: %n visits cannot be booked as asked; nothing was saved. Book with --best to take each one&apos;s best alternative (or skip it when it has none):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Booked %n visit(s) of the series:</source>
        <translation>
            <numerusform>Booked %n visit of the series:</numerusform>
            <numerusform>Booked %n visits of the series:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n visit(s) of the series cancelled:</source>
        <translation>
            <numerusform>%n visit of the series cancelled:</numerusform>
            <numerusform>%n visits of the series cancelled:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>chairside-cli: no time in those %n day(s) fits the whole family; try more days or side by side.</source>
        <translation>
            <numerusform>chairside-cli: no time on that %n day fits the whole family; try more days or side by side.</numerusform>
            <numerusform>chairside-cli: no time in those %n days fits the whole family; try more days or side by side.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Moved %n visit(s):</source>
        <translation>
            <numerusform>Moved %n visit:</numerusform>
            <numerusform>Moved %n visits:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Away that day; %n visit(s) to move:</source>
        <translation>
            <numerusform>Away that day; %n visit to move:</numerusform>
            <numerusform>Away that day; %n visits to move:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Works that day as usual; %n visit(s) booked.</source>
        <translation>
            <numerusform>Works that day as usual; %n visit booked.</numerusform>
            <numerusform>Works that day as usual; %n visits booked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/messagingcommands.cpp" line="+228"/>
        <source>Replies and unreached patients for staff: %n open</source>
        <translation>
            <numerusform>Replies and unreached patients for staff: %n open</numerusform>
            <numerusform>Replies and unreached patients for staff: %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/recallcommands.cpp" line="+50"/>
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+198"/>
        <source>Due soon: within %n day(s).</source>
        <translation>
            <numerusform>Due soon: within %n day.</numerusform>
            <numerusform>Due soon: within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::scheduling::Scheduler</name>
    <message numerus="yes">
        <location filename="../models/scheduling/scheduler.cpp" line="+146"/>
        <source>%1–%2 is the &quot;%3&quot; production block, kept for %4; %5 is not one of them. It releases %n day(s) before the date; book anyway only if the practice agrees.</source>
        <translation>
            <numerusform>%1–%2 is the &quot;%3&quot; production block, kept for %4; %5 is not one of them. It releases %n day before the date; book anyway only if the practice agrees.</numerusform>
            <numerusform>%1–%2 is the &quot;%3&quot; production block, kept for %4; %5 is not one of them. It releases %n days before the date; book anyway only if the practice agrees.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::store::CacheCheck</name>
    <message numerus="yes">
        <location filename="../models/store/cachecheck.cpp" line="+191"/>
        <source> %n more page(s) are kept free for later use and hold no data.</source>
        <translation>
            <numerusform> %n more page is kept free for later use and holds no data.</numerusform>
            <numerusform> %n more pages are kept free for later use and hold no data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> %n page(s) not in use are damaged: they hold no data, so nothing is lost, and a backup copies only the live data. Take a backup now and restore it to get a clean file.</source>
        <translation>
            <numerusform> %n page not in use is damaged: it holds no data, so nothing is lost, and a backup copies only the live data. Take a backup now and restore it to get a clean file.</numerusform>
            <numerusform> %n pages not in use are damaged: they hold no data, so nothing is lost, and a backup copies only the live data. Take a backup now and restore it to get a clean file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The cache is intact: %n page(s) in use read and authenticated, %1 rows in %2 tables.</source>
        <translation>
            <numerusform>The cache is intact: %n page in use read and authenticated, %1 rows in %2 tables.</numerusform>
            <numerusform>The cache is intact: %n pages in use read and authenticated, %1 rows in %2 tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::sync::BackgroundSync</name>
    <message numerus="yes">
        <location filename="../sync/backgroundsync.cpp" line="+173"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sync issue(s) to resolve</source>
        <translation>
            <numerusform>%n sync issue to resolve</numerusform>
            <numerusform>%n sync issues to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::sync::PmsTransport</name>
    <message numerus="yes">
        <location filename="../sync/pmstransport.cpp" line="+166"/>
        <source>%1 asked to slow down; trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 asked to slow down; trying again in %n second.</numerusform>
            <numerusform>%1 asked to slow down; trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chairside::sync::SyncProgress</name>
    <message numerus="yes">
        <location filename="../sync/syncrun.cpp" line="+38"/>
        <source>%n page(s) left</source>
        <translation>
            <numerusform>%n page left</numerusform>
            <numerusform>%n pages left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
</context>
</TS>
