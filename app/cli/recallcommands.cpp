#include "command.h"
#include "clisession.h"

#include "domain/clock.h"
#include "domain/fill.h"
#include "domain/localformat.h"
#include "domain/recall.h"
#include "services/access.h"
#include "services/practicecache.h"
#include "services/recallservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace chairside::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::cli)
};

// A date as typed: YYYY-MM-DD, or the locale's own short date ("12/7/2026", "7/12/2026").
std::optional<QDate> typedDate(CommandLine &c, const QString &name)
{
    const QString text = c.value(name).trimmed();
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(u"yyyy"_s))
            format.replace(u"yy"_s, u"yyyy"_s);
        d = QLocale().toDate(text, format);
    }
    if (!d.isValid())
        c.err << Text::tr("chairside-cli: --%1 \"%2\" is not a date; use YYYY-MM-DD (or %3).")
                         .arg(name, localformat::excerpt(c.value(name)), localformat::date(QDate(2026, 12, 31)))
              << Qt::endl;
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

QString standingText(const RecallListRow &row)
{
    switch (row.standing) {
    case RecallStanding::Overdue:
        return Text::tr("overdue %n day(s)", nullptr, row.daysOverdue);
    case RecallStanding::DueToday:
        return Text::tr("due today");
    case RecallStanding::DueSoon:
        return Text::tr("due soon");
    case RecallStanding::NotDue:
        return Text::tr("not yet due");
    }
    return {};
}

QString standingName(RecallStanding s)
{
    switch (s) {
    case RecallStanding::Overdue:
        return u"overdue"_s;
    case RecallStanding::DueToday:
        return u"due_today"_s;
    case RecallStanding::DueSoon:
        return u"due_soon"_s;
    case RecallStanding::NotDue:
        return u"not_due"_s;
    }
    return {};
}

QJsonObject rowJson(const RecallListRow &row)
{
    const RecallDue &d = row.due;
    QJsonObject o{{u"id"_s, d.recall.id},
                  {u"patientId"_s, d.recall.patientId},
                  {u"patient"_s, d.patientName},
                  {u"recallTypeId"_s, d.recall.recallTypeId},
                  {u"recallType"_s, d.recallTypeName},
                  {u"due"_s, d.recall.due.toString(Qt::ISODate)},
                  {u"lastDone"_s, d.recall.lastDone.isValid() ? QJsonValue(d.recall.lastDone.toString(Qt::ISODate))
                                                              : QJsonValue(QJsonValue::Null)},
                  {u"standing"_s, standingName(row.standing)},
                  {u"daysOverdue"_s, row.daysOverdue},
                  {u"providerId"_s, d.usualProviderId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.usualProviderId)},
                  {u"provider"_s, d.usualProviderName},
                  {u"chairId"_s, d.usualChairId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.usualChairId)},
                  {u"chair"_s, d.usualChairName}};
    if (d.lastContactUtc.isValid())
        o.insert(u"lastContact"_s, QJsonObject{{u"at"_s, d.lastContactUtc.toString(Qt::ISODate)},
                                               {u"channel"_s, d.lastContactChannel},
                                               {u"outcome"_s, d.lastContactOutcome},
                                               {u"purpose"_s, d.lastContactPurpose}});
    else
        o.insert(u"lastContact"_s, QJsonValue(QJsonValue::Null));
    return o;
}

QString rowLine(const RecallListRow &row, const QTimeZone &zone)
{
    const RecallDue &d = row.due;
    QString line = Text::tr("%1  %2  %3  due %4 (%5)")
                           .arg(d.patientName, d.recallTypeName,
                                d.usualProviderName.isEmpty() ? Text::tr("no usual hygienist") : d.usualProviderName,
                                localformat::date(d.recall.due), standingText(row));
    if (d.recall.lastDone.isValid())
        line += Text::tr(", last seen %1").arg(localformat::date(d.recall.lastDone));
    if (d.lastContactUtc.isValid()) {
        const std::optional<ContactOutcome> outcome = parseContactOutcome(d.lastContactOutcome);
        line += Text::tr(", last contact %1 (%2)")
                        .arg(localformat::date(d.lastContactUtc.toTimeZone(zone).date()),
                             outcome ? contactOutcomeText(*outcome) : d.lastContactOutcome);
    }
    if (d.doNotContact)
        line += Text::tr(", asked not to be contacted");
    return line;
}

// `recall list`: patients due for hygiene, overdue first.
int recallList(CommandLine &c)
{
    SystemClock clock;
    UserSession session;
    int code = Done;
    std::unique_ptr<PracticeCache> cache = openSignedIn(c.dataDir, clock, c.user, std::nullopt, &session, c.err, &code);
    if (!cache)
        return code;
    RecallService recalls(cache->store(), clock);
    RecallListRequest request;
    if (c.has(u"from"_s)) {
        const std::optional<QDate> from = typedDate(c, u"from"_s);
        if (!from)
            return BadInput;
        request.from = *from;
    }
    if (c.has(u"to"_s)) {
        const std::optional<QDate> to = typedDate(c, u"to"_s);
        if (!to)
            return BadInput;
        request.to = *to;
    }
    QString error;
    if (c.has(u"provider"_s)) {
        const std::optional<QString> provider = recalls.providerNamed(c.value(u"provider"_s), &error);
        if (!provider) {
            c.err << u"chairside-cli: --provider: "_s << error << Qt::endl;
            return BadInput;
        }
        request.providerId = *provider;
    }
    if (c.has(u"type"_s)) {
        const std::optional<QString> type = recalls.recallTypeNamed(c.value(u"type"_s), &error);
        if (!type) {
            c.err << u"chairside-cli: --type: "_s << error << Qt::endl;
            return BadInput;
        }
        request.recallTypeId = *type;
    }
    if (c.has(u"limit"_s)) {
        bool ok = false;
        request.limit = c.value(u"limit"_s).toInt(&ok);
        if (!ok || request.limit < 1 || request.limit > 100000) {
            c.err << Text::tr("chairside-cli: --limit \"%1\" must be a whole number from 1 to 100000.")
                             .arg(localformat::excerpt(c.value(u"limit"_s)))
                  << Qt::endl;
            return BadInput;
        }
    }
    request.includeBooked = c.has(u"booked"_s);
    const std::optional<RecallListResult> result = recalls.list(request, session, &error);
    if (!result) {
        c.err << u"chairside-cli: "_s << error << Qt::endl;
        return roleMay(session.role, Access::ReadWaitlist) ? BadInput : Denied;
    }
    if (c.json()) {
        QJsonArray rows;
        for (const RecallListRow &row : result->rows)
            rows.append(rowJson(row));
        c.out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"today"_s, result->today.toString(Qt::ISODate)},
                                                             {u"to"_s, result->to.toString(Qt::ISODate)},
                                                             {u"soonDays"_s, result->soonDays},
                                                             {u"more"_s, result->more},
                                                             {u"recalls"_s, rows}})
                                           .toJson(QJsonDocument::Indented));
        return Done;
    }
    const QTimeZone zone = result->zone;
    if (result->rows.isEmpty())
        c.out << Text::tr("Nobody is due for a recall up to %1.").arg(localformat::date(result->to)) << Qt::endl;
    for (const RecallListRow &row : result->rows)
        c.out << rowLine(row, zone) << Qt::endl;
    if (result->more)
        c.out << Text::tr("More patients are due; narrow the dates or raise --limit.") << Qt::endl;
    return Done;
}

// `recall settings`: the "due soon" window and whether freed hygiene time goes to overdue
// recall patients; shown, or changed by the office manager.
int recallSettings(CommandLine &c)
{
    SystemClock clock;
    UserSession session;
    int code = Done;
    std::unique_ptr<PracticeCache> cache = openSignedIn(c.dataDir, clock, c.user, std::nullopt, &session, c.err, &code);
    if (!cache)
        return code;
    RecallService recalls(cache->store(), clock);
    QString error;
    RecallSettings settings = recalls.settings(&error);
    if (!error.isEmpty()) {
        c.err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    const bool change = c.has(u"soon-days"_s) || c.has(u"freed-time"_s);
    if (c.has(u"soon-days"_s)) {
        bool ok = false;
        settings.soonDays = c.value(u"soon-days"_s).toInt(&ok);
        if (!ok) {
            c.err << Text::tr("chairside-cli: --soon-days \"%1\" must be a whole number of days from 0 to 365.")
                             .arg(localformat::excerpt(c.value(u"soon-days"_s)))
                  << Qt::endl;
            return BadInput;
        }
    }
    if (c.has(u"freed-time"_s)) {
        const QString v = c.value(u"freed-time"_s);
        if (v != u"on" && v != u"off") {
            c.err << Text::tr("chairside-cli: --freed-time \"%1\" must be on or off.").arg(localformat::excerpt(v))
                  << Qt::endl;
            return BadInput;
        }
        settings.offerFreedTime = v == u"on";
    }
    if (change && !recalls.setSettings(settings, session, &error)) {
        c.err << u"chairside-cli: "_s << error << Qt::endl;
        return roleMay(session.role, Access::ManagePractice) ? BadInput : Denied;
    }
    if (c.json()) {
        c.out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"soonDays"_s, settings.soonDays},
                                                             {u"offerFreedTime"_s, settings.offerFreedTime}})
                                           .toJson(QJsonDocument::Indented));
        return Done;
    }
    c.out << Text::tr("Due soon: within %n day(s).", nullptr, settings.soonDays) << Qt::endl
          << (settings.offerFreedTime ? Text::tr("Freed hygiene time: offered to overdue recall patients after the waitlist.")
                                      : Text::tr("Freed hygiene time: offered to the waitlist only."))
          << Qt::endl;
    return Done;
}

Command::Option opt(const QString &name, const QString &valueName, std::function<QString()> describe)
{
    return {name, valueName, std::move(describe)};
}

} // namespace

void appendRecallCommands(QList<Command> &t)
{
    t.append({u"recall list"_s,
              [] {
                  return Text::tr("patients due for a cleaning or perio maintenance: overdue, and due within the "
                                  "practice's \"due soon\" window, not already booked");
              },
              u"recall list --data-dir DIR [--from DATE] [--to DATE] [--provider P] [--type T] [--booked] "
              "[--limit N] [--json]"_s,
              {opt(u"from"_s, u"DATE"_s, [] { return Text::tr("due on or after this date (default: every overdue patient)"); }),
               opt(u"to"_s, u"DATE"_s, [] { return Text::tr("due on or before this date (default: today plus the \"due soon\" window)"); }),
               opt(u"provider"_s, u"P"_s, [] { return Text::tr("the usual hygienist or provider, by name or id"); }),
               opt(u"type"_s, u"T"_s, [] { return Text::tr("the recall type, by name or id"); }),
               opt(u"booked"_s, {}, [] { return Text::tr("also list patients already booked"); }),
               opt(u"limit"_s, u"N"_s, [] { return Text::tr("at most this many patients (default 100)"); })},
              0, true, {BadInput, CacheUnavailable, Denied, SignInFailed}, recallList});
    t.append({u"recall settings"_s,
              [] {
                  return Text::tr("the practice's \"due soon\" window and whether freed hygiene time is offered to "
                                  "overdue recall patients; shown, or changed by the office manager");
              },
              u"recall settings --data-dir DIR [--soon-days N] [--freed-time on|off] [--json]"_s,
              {opt(u"soon-days"_s, u"N"_s, [] { return Text::tr("patients due within this many days are listed (0 to 365)"); }),
               opt(u"freed-time"_s, u"on|off"_s, [] { return Text::tr("offer freed hygiene time to overdue recall patients"); })},
              0, true, {BadInput, CacheUnavailable, Denied, SignInFailed}, recallSettings});
}

} // namespace chairside::cli
