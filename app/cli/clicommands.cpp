#include "clicommands.h"
#include "command.h"
#include "synccommands.h"
#include "cachecommands.h"
#include "services/practicecache.h"
#include "clisession.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "services/auditreport.h"
#include "services/access.h"
#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "services/frontdesk.h"
#include "services/localsession.h"
#include "services/practiceimportservice.h"
#include "services/practiceservices.h"
#include "services/schedulepage.h"
#include "services/useraccounts.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <climits>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace chairside::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::cli)
};

} // namespace

QString localStamp(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(u"yyyy-MM-ddTHH:mm"_s);
}

namespace {

struct Context
{
    QTextStream &out;
    QTextStream &err;
    QString dataDir;
    QString user; // --user
    SystemClock clock;
};

std::unique_ptr<PracticeCache> openCache(Context &ctx, PracticeCache::Mode mode)
{
    PracticeCache::Opened opened = PracticeCache::open(ctx.dataDir, mode, ctx.clock);
    if (!opened.cache)
        ctx.err << Text::tr("chairside-cli: cannot open the cache: ") << opened.error << Qt::endl;
    if (!opened.notice.isEmpty())
        ctx.err << u"chairside-cli: "_s << opened.notice << Qt::endl;
    return std::move(opened.cache);
}

// Opens the cache and signs in as --user (see actAs); empty with *code set when that fails.
std::unique_ptr<PracticeCache> openAs(Context &ctx, std::optional<Access> access, UserSession *session, int *code)
{
    return openSignedIn(ctx.dataDir, ctx.clock, ctx.user, access, session, ctx.err, code);
}

int auditVerify(Context &ctx, bool json)
{
    int code = Done;
    UserSession session;
    std::unique_ptr<PracticeCache> cache = openAs(ctx, Access::ReadAudit, &session, &code);
    if (!cache)
        return code;
    QElapsedTimer timer;
    timer.start();
    QString error;
    AuditReport report(cache->store(), ctx.clock);
    const AuditVerification v = report.verify(session, &error);
    if (!error.isEmpty()) {
        ctx.err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    if (json) {
        ctx.out << QJsonDocument(QJsonObject{{u"intact"_s, v.intact},
                                             {u"checked"_s, v.checked},
                                             {u"firstBadSeq"_s, v.firstBadSeq},
                                             {u"firstBadAuditId"_s, v.firstBadAuditId},
                                             {u"problem"_s, v.problem}})
                           .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else if (v.intact) {
        ctx.out << Text::tr("intact: %n audit record(s) checked in %1 s.", nullptr, int(std::min<qint64>(v.checked, INT_MAX)))
                           .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                << Qt::endl;
    } else {
        ctx.out << Text::tr("BROKEN at record %1 (audit id %2): %3. %4 record(s) before it are intact. Keep this cache "
                            "as evidence and restore the audit trail from a backup.")
                           .arg(v.firstBadSeq)
                           .arg(v.firstBadAuditId.isEmpty() ? Text::tr("unknown") : v.firstBadAuditId, v.problem)
                           .arg(v.checked - 1)
                << Qt::endl;
    }
    if (!v.intact)
        return AuditBroken;
    // The chain is only as good as the file: every page in use read too.
    const CacheHealth health = report.fileHealth();
    if (!health.intact) {
        ctx.err << u"chairside-cli: "_s << FrontDesk::describeHealth(health) << Qt::endl;
        return health.couldNotCheck ? CacheUnavailable : CacheDamaged;
    }
    return Done;
}

int auditExport(Context &ctx, const QString &patientId, const QString &from, const QString &to, const QString &format)
{
    if (format != u"csv") {
        ctx.err << Text::tr("chairside-cli: audit export writes --format csv.") << Qt::endl;
        return BadInput;
    }
    const QDate fromDate = from.isEmpty() ? QDate() : QDate::fromString(from, u"yyyy-MM-dd"_s);
    const QDate toDate = to.isEmpty() ? QDate() : QDate::fromString(to, u"yyyy-MM-dd"_s);
    if ((!from.isEmpty() && !fromDate.isValid()) || (!to.isEmpty() && !toDate.isValid())) {
        ctx.err << Text::tr("chairside-cli: --from and --to take dates as YYYY-MM-DD.") << Qt::endl;
        return BadInput;
    }
    int code = Done;
    UserSession session;
    std::unique_ptr<PracticeCache> cache = openAs(ctx, Access::ReadAudit, &session, &code);
    if (!cache)
        return code;
    QString error;
    AuditReport report(cache->store(), ctx.clock);
    const QTimeZone zone = report.practiceZone();
    if (!report.knowsPatient(patientId)) {
        ctx.err << Text::tr("chairside-cli: there is no patient \"%1\" in this cache.").arg(localformat::excerpt(patientId)) << Qt::endl;
        return BadInput;
    }
    int rows = 0;
    const std::optional<QByteArray> csv = report.patientAccessCsv(
            patientId, fromDate.isValid() ? QDateTime(fromDate, QTime(0, 0), zone).toUTC() : QDateTime(),
            toDate.isValid() ? QDateTime(toDate.addDays(1), QTime(0, 0), zone).toUTC().addSecs(-1) : QDateTime(),
            session, &rows, &error);
    if (!csv) {
        ctx.err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    ctx.out << QString::fromUtf8(*csv);
    ctx.out.flush();
    ctx.err << QCoreApplication::translate("chairside::cli", "%n access record(s) for patient %1.", nullptr, rows)
                       .arg(patientId)
            << Qt::endl;
    return Done;
}

int reportImport(Context &ctx, const PracticeImportService::Outcome &outcome)
{
    if (!outcome.issues.isEmpty()) {
        ctx.err << Text::tr("chairside-cli: the practice file was not imported; nothing was changed. Fix these and try again:")
                << Qt::endl;
        for (const PracticeFileIssue &issue : outcome.issues)
            ctx.err << u"  "_s << issue.toString() << Qt::endl;
        return BadInput;
    }
    if (!outcome.storeError.isEmpty()) {
        ctx.err << u"chairside-cli: "_s << outcome.storeError << Qt::endl;
        return CacheUnavailable;
    }
    ctx.out << Text::tr("Imported %1 chairs, %2 providers, %3 patients and %4 appointments.")
                       .arg(outcome.chairs)
                       .arg(outcome.providers)
                       .arg(outcome.patients)
                       .arg(outcome.appointments)
            << Qt::endl;
    return Done;
}

int init(Context &ctx, bool demo)
{
    const bool existed = PracticeCache::existsIn(ctx.dataDir);
    std::unique_ptr<PracticeCache> cache = openCache(ctx, PracticeCache::Mode::CreateIfMissing);
    if (!cache)
        return CacheUnavailable;
    ctx.out << (existed ? Text::tr("Opened the existing cache %1") : Text::tr("Created the encrypted cache %1"))
                       .arg(QDir::toNativeSeparators(cache->filePath()))
            << Qt::endl;
    if (!demo)
        return Done;
    PracticeImportService importer(cache->store(), ctx.clock);
    QString error;
    if (importer.hasPractice(&error)) {
        ctx.out << Text::tr("The cache already holds a practice; the demo was not added.") << Qt::endl;
        return Done;
    }
    if (!error.isEmpty()) {
        ctx.err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    const int imported = reportImport(ctx, importer.importDemo(operatingSystemSession()));
    if (imported != Done)
        return imported;
    UserAccounts accounts(cache->store(), ctx.clock);
    if (!accounts.hasUsers(&error).value_or(true)) {
        if (!accounts.createDemoAccounts(operatingSystemSession().workstation, &error)) {
            ctx.err << u"chairside-cli: "_s << error << Qt::endl;
            return CacheUnavailable;
        }
        QStringList names;
        for (const UserAccounts::DemoAccount &a : UserAccounts::kDemoAccounts)
            names.append(u"%1 (%2)"_s.arg(QString::fromLatin1(a.name), roleName(a.role)));
        ctx.out << Text::tr("Demo accounts, each with the password \"%1\": %2.")
                           .arg(QString::fromLatin1(UserAccounts::kDemoPassword), names.join(u", "_s))
                << Qt::endl;
    }
    return Done;
}

int importFile(Context &ctx, const QString &path)
{
    // The file is read whole: only a regular file, and none larger than the largest real
    // practice's export (a million appointments and their patients fit in a few hundred MB).
    constexpr qint64 kLargestPracticeFile = qint64(1) << 30;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        ctx.err << Text::tr("chairside-cli: %1 is not a file (a device, folder or pipe); give the practice file itself.")
                           .arg(localformat::excerpt(path))
                << Qt::endl;
        return BadInput;
    }
    if (info.size() > kLargestPracticeFile) {
        ctx.err << Text::tr("chairside-cli: %1 is %2 MB; a practice file is at most 1,024 MB. Check that it is the "
                            "practice file.")
                           .arg(localformat::excerpt(path))
                           .arg(info.size() >> 20)
                << Qt::endl;
        return BadInput;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << Text::tr("chairside-cli: cannot read %1 (%2); check the path.").arg(path, file.errorString()) << Qt::endl;
        return BadInput;
    }
    const QByteArray json = file.readAll();
    int code = Done;
    UserSession session;
    std::unique_ptr<PracticeCache> cache = openAs(ctx, Access::ManagePractice, &session, &code);
    if (!cache)
        return code;
    PracticeImportService importer(cache->store(), ctx.clock);
    return reportImport(ctx, importer.importDocument(json, session));
}

int day(Context &ctx, const QString &dateText, bool json)
{
    const QDate date = QDate::fromString(dateText, u"yyyy-MM-dd"_s);
    if (!date.isValid()) {
        ctx.err << Text::tr("chairside-cli: --date \"%1\" is not a date; use YYYY-MM-DD.").arg(localformat::excerpt(dateText)) << Qt::endl;
        return BadInput;
    }
    int code = Done;
    UserSession session;
    std::unique_ptr<PracticeCache> cache = openAs(ctx, Access::ReadSchedule, &session, &code);
    if (!cache)
        return code;
    QString error;
    BookingService booking(cache->store(), ctx.clock);
    const std::optional<Practice> practice = booking.practice(&error);
    if (!practice) {
        ctx.err << Text::tr("chairside-cli: this cache holds no practice yet; import the practice file first.") << Qt::endl;
        return BadInput;
    }
    const std::optional<SchedulePage> page = booking.page(date, 1, session, &error);
    if (!page) {
        ctx.err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    // Listing the day shows these patients to whoever signed in: audited before anything is shown.
    QList<ReadOf> shown;
    for (const PageAppointment &p : page->appointments) {
        if (!p.shown.appointment.patientId.isEmpty())
            shown.append({u"appointment"_s, p.shown.appointment.id, p.shown.appointment.patientId});
    }
    if (!auditReads(cache->store(), ctx.clock, session, shown, u"day "_s + date.toString(Qt::ISODate), &error)) {
        ctx.err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    const QTimeZone zone = practice->timeZone();
    if (json) {
        QJsonArray array;
        for (const PageAppointment &p : page->appointments) {
            const ScheduledAppointment &s = p.shown;
            const Appointment &a = s.appointment;
            array.append(QJsonObject{{u"id"_s, a.id},
                                     {u"start"_s, localStamp(a.startUtc, zone)},
                                     {u"end"_s, localStamp(a.endUtc(), zone)},
                                     {u"minutes"_s, a.minutes},
                                     {u"patientId"_s, a.patientId},
                                     {u"patient"_s, s.patientName},
                                     {u"typeId"_s, a.typeId},
                                     {u"type"_s, s.typeName},
                                     {u"providerId"_s, a.providerId},
                                     {u"provider"_s, s.providerName},
                                     {u"chairId"_s, a.chairId},
                                     {u"chair"_s, s.chairName},
                                     {u"status"_s, appointmentStatusName(a.status)},
                                     {u"version"_s, a.version},
                                     {u"syncState"_s, syncStateName(a.syncState)}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    ctx.out << practice->name << u" — "_s << localformat::longDate(date) << Qt::endl;
    if (page->appointments.isEmpty())
        ctx.out << Text::tr("No appointments.") << Qt::endl;
    for (const PageAppointment &p : page->appointments) {
        const ScheduledAppointment &s = p.shown;
        const Appointment &a = s.appointment;
        const QString when = localformat::time(a.startUtc.toTimeZone(zone).time()) + u"–"_s
                + localformat::time(a.endUtc().toTimeZone(zone).time());
        ctx.out << when.leftJustified(22) << u"  "_s << s.chairName.leftJustified(16) << s.providerName.leftJustified(20)
                << s.typeName.leftJustified(26) << appointmentStatusText(a.status).leftJustified(12) << s.patientName
                << Qt::endl;
    }
    return Done;
}


// Parses a local "YYYY-MM-DDTHH:MM" in the practice's zone; empty with a message when it is
// not a time or the clocks skip it.
std::optional<QDateTime> parseLocalStart(Context &ctx, const QString &text, const QTimeZone &zone)
{
    // Date and time apart: read as one, a time the machine's own zone skips would not parse.
    const QStringList parts = text.split(u'T');
    const QDate date = QDate::fromString(parts.value(0), u"yyyy-MM-dd"_s);
    const QTime time = QTime::fromString(parts.value(1), u"HH:mm"_s);
    if (parts.size() != 2 || !date.isValid() || !time.isValid()) {
        ctx.err << Text::tr("chairside-cli: --start \"%1\" is not a time; use YYYY-MM-DDTHH:MM in the practice's local time.")
                           .arg(localformat::excerpt(text))
                << Qt::endl;
        return std::nullopt;
    }
    const QDateTime zoned(date, time, zone);
    if (!zoned.isValid() || zoned.toUTC().toTimeZone(zone).time() != time) {
        ctx.err << Text::tr("chairside-cli: %1 does not exist in %2 (the clocks skip it for daylight saving); pick another "
                            "time.")
                           .arg(text, QString::fromLatin1(zone.id()))
                << Qt::endl;
        return std::nullopt;
    }
    return zoned.toUTC();
}

std::optional<int> parseNumber(Context &ctx, const QString &option, const QString &text, int min)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < min) {
        ctx.err << Text::tr("chairside-cli: --%1 \"%2\" must be a whole number of at least %3.").arg(option, text).arg(min)
                << Qt::endl;
        return std::nullopt;
    }
    return n;
}

struct BookingContext
{
    std::unique_ptr<PracticeCache> cache;
    std::unique_ptr<PracticeServices> services;
    BookingService *service = nullptr;
    QTimeZone zone;
    UserSession session;
};

// Opens the cache and the practice for a booking command; an exit code when that fails.
std::optional<int> openBooking(Context &ctx, BookingContext &b)
{
    int code = Done;
    b.cache = openAs(ctx, std::nullopt, &b.session, &code);
    if (!b.cache)
        return code;
    b.services = std::make_unique<PracticeServices>(b.cache->store(), ctx.clock);
    b.service = &b.services->booking();
    QString error;
    const std::optional<QTimeZone> zone = b.service->practiceZone(&error);
    if (!zone) {
        ctx.err << u"chairside-cli: "_s << error << Qt::endl;
        return BadInput;
    }
    b.zone = *zone;
    return std::nullopt;
}

QJsonObject openingJson(const scheduling::Opening &o, const QTimeZone &zone)
{
    return {{u"start"_s, localStamp(scheduling::fromMinute(o.start), zone)},
            {u"end"_s, localStamp(scheduling::fromMinute(o.end), zone)},
            {u"providerId"_s, o.providerId},
            {u"chairId"_s, o.chairId},
            {u"score"_s, o.score}};
}

} // namespace

QJsonObject appointmentJson(const Appointment &a, const QTimeZone &zone)
{
    QJsonObject o{{u"id"_s, a.id},
                  {u"patientId"_s, a.patientId},
                  {u"typeId"_s, a.typeId},
                  {u"providerId"_s, a.providerId},
                  {u"chairId"_s, a.chairId},
                  {u"start"_s, localStamp(a.startUtc, zone)},
                  {u"end"_s, localStamp(a.endUtc(), zone)},
                  {u"minutes"_s, a.minutes},
                  {u"status"_s, appointmentStatusName(a.status)},
                  {u"version"_s, a.version},
                  {u"syncState"_s, syncStateName(a.syncState)},
                  {u"idempotencyKey"_s, a.idempotencyKey}};
    if (!a.cancelReason.isEmpty())
        o.insert(u"cancelReason"_s, a.cancelReason);
    return o;
}

namespace {

// The time a change gave back and who on the waitlist can take it, as the window's Fill the
// book panel shows it; nothing for a role that may not read the waitlist.
struct FreedReport
{
    QJsonObject json;
    QStringList lines;
};

FreedReport reportFreed(BookingContext &b, const FreedSlot &slot)
{
    FreedReport out;
    const scheduling::Opening where{scheduling::toMinute(slot.startUtc),
                                    scheduling::toMinute(slot.startUtc) + slot.minutes, slot.providerId, slot.chairId, 0};
    out.json = {{u"start"_s, localStamp(slot.startUtc, b.zone)},
                {u"end"_s, localStamp(slot.startUtc.addSecs(qint64(slot.minutes) * 60), b.zone)},
                {u"minutes"_s, slot.minutes},
                {u"providerId"_s, slot.providerId},
                {u"chairId"_s, slot.chairId}};
    out.lines << Text::tr("Time came free: %1, %n min.", nullptr, slot.minutes).arg(b.service->openingWords(where));
    if (!roleMay(b.session.role, Access::ReadWaitlist))
        return out;
    FillService &fill = b.services->fill();
    QString error;
    QList<FillService::NearMiss> misses;
    const std::optional<QList<FillService::Candidate>> found = fill.candidatesFor(slot, b.session, &error, &misses);
    if (!found) {
        out.json.insert(u"waitlistError"_s, error);
        out.lines << Text::tr("The waitlist cannot be read: %1").arg(error);
        return out;
    }
    QJsonArray candidates;
    for (const FillService::Candidate &c : *found)
        candidates.append(QJsonObject{{u"waitlistEntryId"_s, c.shown.entry.id},
                                      {u"patientId"_s, c.shown.entry.patientId},
                                      {u"typeId"_s, c.shown.entry.typeId}});
    QJsonArray cannot;
    for (const FillService::NearMiss &m : misses)
        cannot.append(QJsonObject{{u"waitlistEntryId"_s, m.shown.entry.id},
                                  {u"patientId"_s, m.shown.entry.patientId},
                                  {u"why"_s, m.why}});
    out.json.insert(u"waitlistCandidates"_s, candidates);
    out.json.insert(u"waitlistCannot"_s, cannot);
    if (found->isEmpty())
        out.lines << Text::tr("Nobody on the waitlist can take it.");
    else
        out.lines << Text::tr("%n patient(s) on the waitlist can take it:", nullptr, int(found->size()));
    for (const FillService::Candidate &c : *found)
        out.lines << u"  "_s + Text::tr("%1 (%2)").arg(c.shown.patientName, c.shown.typeName);
    if (!misses.isEmpty())
        out.lines << Text::tr("Cannot take it:");
    for (const FillService::NearMiss &m : misses)
        out.lines << u"  "_s + Text::tr("%1: %2", "a waitlist patient and why they cannot take the time")
                                       .arg(m.shown.patientName, m.why);
    return out;
}

int reportOutcome(Context &ctx, BookingContext &b, const BookingOutcome &outcome, bool json)
{
    const BookingService &booking = *b.service;
    const QTimeZone &zone = b.zone;
    switch (outcome.result) {
    case BookingOutcome::Result::Done: {
        const std::optional<FreedReport> freed =
                outcome.freed ? std::optional<FreedReport>(reportFreed(b, *outcome.freed)) : std::nullopt;
        if (json) {
            QJsonObject o = appointmentJson(outcome.appointment, zone);
            if (outcome.replayed)
                o.insert(u"replayed"_s, true);
            if (freed)
                o.insert(u"freed"_s, freed->json);
            ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        } else {
            // The id stays: it is what move, cancel and status take.
            const Appointment &a = outcome.appointment;
            const scheduling::Opening where{scheduling::toMinute(a.startUtc), scheduling::toMinute(a.endUtc()),
                                            a.providerId, a.chairId, 0};
            ctx.out << (outcome.replayed ? Text::tr("Already booked: %1") : Text::tr("Done: %1")).arg(a.id) << u"  "_s
                    << booking.openingWords(where) << u"  "_s << appointmentStatusText(a.status) << u"  v"_s << a.version
                    << Qt::endl;
            if (freed) {
                for (const QString &line : freed->lines)
                    ctx.out << line << Qt::endl;
            }
        }
        return Done;
    }
    case BookingOutcome::Result::Refused: {
        if (json) {
            QJsonArray violations;
            for (const scheduling::Violation &v : outcome.violations) {
                QJsonObject o{{u"rule"_s, v.rule}, {u"message"_s, v.message}};
                if (!v.otherId.isEmpty())
                    o.insert(u"otherId"_s, v.otherId);
                violations.append(o);
            }
            QJsonArray alternatives;
            for (const scheduling::Opening &o : outcome.alternatives)
                alternatives.append(openingJson(o, zone));
            QJsonObject refusedJson{{u"error"_s, u"refused"_s},
                                    {u"violations"_s, violations},
                                    {u"alternatives"_s, alternatives}};
            if (outcome.overridable)
                refusedJson.insert(u"overridable"_s, true);
            ctx.out << QString::fromUtf8(QJsonDocument(refusedJson).toJson(QJsonDocument::Indented));
        } else {
            ctx.err << Text::tr("chairside-cli: refused; nothing was changed:") << Qt::endl;
            for (const scheduling::Violation &v : outcome.violations)
                ctx.err << u"  ["_s << v.rule << u"] "_s << v.message << Qt::endl;
            if (outcome.overridable) {
                QStringList rules;
                for (const scheduling::Violation &v : outcome.violations) {
                    if (!rules.contains(v.rule))
                        rules.append(v.rule);
                }
                ctx.err << Text::tr("This is a warning: to book over it, run the same command with --override %1 "
                                    "(the choice is recorded in the audit log).")
                                   .arg(rules.join(u','))
                        << Qt::endl;
            }
            if (!outcome.alternatives.isEmpty()) {
                ctx.err << Text::tr("Openings instead:") << Qt::endl;
                for (const scheduling::Opening &o : outcome.alternatives)
                    ctx.err << u"  "_s << booking.openingWords(o) << Qt::endl;
            }
        }
        return BookingRefused;
    }
    case BookingOutcome::Result::BadRequest:
    case BookingOutcome::Result::NotFound:
        ctx.err << u"chairside-cli: "_s << outcome.message << Qt::endl;
        return BadInput;
    case BookingOutcome::Result::StoreFailed:
        ctx.err << u"chairside-cli: "_s << outcome.message << Qt::endl;
        return CacheUnavailable;
    case BookingOutcome::Result::Denied:
        ctx.err << u"chairside-cli: "_s << outcome.message << Qt::endl;
        return Denied;
    }
    return CacheUnavailable;
}

// The options the booking commands read, parsed once.
struct BookingOptions
{
    QCommandLineParser &parser;
    QHash<QString, const QCommandLineOption *> options;

    [[nodiscard]] bool has(const QString &name) const { return parser.isSet(*options.value(name)); }
    [[nodiscard]] QString value(const QString &name) const { return parser.value(*options.value(name)); }
};

bool require(Context &ctx, const BookingOptions &o, const QString &command, const QStringList &names)
{
    QStringList missing;
    for (const QString &n : names) {
        if (!o.has(n))
            missing.append(u"--"_s + n);
    }
    if (missing.isEmpty())
        return true;
    ctx.err << Text::tr("chairside-cli: %1 needs %2; see --help.").arg(command, missing.join(u", "_s)) << Qt::endl;
    return false;
}

int slots(Context &ctx, const BookingOptions &o)
{
    if (!require(ctx, o, u"slots"_s, {u"type"_s, u"from"_s, u"days"_s}))
        return BadInput;
    scheduling::OpeningRequest request;
    request.typeId = o.value(u"type"_s);
    request.from = QDate::fromString(o.value(u"from"_s), u"yyyy-MM-dd"_s);
    if (!request.from.isValid()) {
        ctx.err << Text::tr("chairside-cli: --from \"%1\" is not a date; use YYYY-MM-DD.").arg(localformat::excerpt(o.value(u"from"_s))) << Qt::endl;
        return BadInput;
    }
    const std::optional<int> days = parseNumber(ctx, u"days"_s, o.value(u"days"_s), 1);
    const std::optional<int> limit = o.has(u"limit"_s) ? parseNumber(ctx, u"limit"_s, o.value(u"limit"_s), 1) : 3;
    const std::optional<int> minutes = o.has(u"minutes"_s) ? parseNumber(ctx, u"minutes"_s, o.value(u"minutes"_s), 1) : 0;
    if (!days || !limit || !minutes)
        return BadInput;
    request.days = *days;
    request.limit = *limit;
    request.minutes = *minutes;
    request.providerId = o.value(u"provider"_s);
    request.patientId = o.value(u"patient"_s);

    BookingContext b;
    if (const std::optional<int> failed = openBooking(ctx, b))
        return *failed;
    const OpeningsOutcome found = b.service->openings(request);
    if (!found.error.isEmpty()) {
        ctx.err << u"chairside-cli: "_s << found.error << Qt::endl;
        return found.badRequest ? BadInput : CacheUnavailable;
    }
    if (o.has(u"json"_s)) {
        QJsonArray array;
        for (const scheduling::Opening &opening : found.openings)
            array.append(openingJson(opening, b.zone));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    if (found.openings.isEmpty())
        ctx.out << Text::tr("No openings in that window.") << Qt::endl;
    for (const scheduling::Opening &opening : found.openings)
        ctx.out << b.service->openingWords(opening) << u"  "_s << Text::tr("score %1").arg(opening.score) << Qt::endl;
    return Done;
}

// The warnings --override books over (comma-separated rule ids); empty with a message when
// one is not a warning that can be overridden.
std::optional<QStringList> overriddenWarnings(Context &ctx, const BookingOptions &o)
{
    if (!o.has(u"override"_s))
        return QStringList();
    const QStringList rules = o.value(u"override"_s).split(u',', Qt::SkipEmptyParts);
    const QString known = QString::fromUtf16(scheduling::rule::ProductionBlock);
    for (const QString &rule : rules) {
        if (rule.trimmed() != known) {
            ctx.err << Text::tr("chairside-cli: --override \"%1\" is not a warning that can be booked over; the one "
                                "there is: %2.")
                               .arg(localformat::excerpt(rule), known)
                    << Qt::endl;
            return std::nullopt;
        }
    }
    return QStringList{known};
}

int book(Context &ctx, const BookingOptions &o)
{
    if (!require(ctx, o, u"book"_s, {u"patient"_s, u"type"_s, u"provider"_s, u"chair"_s, u"start"_s}))
        return BadInput;
    const std::optional<int> minutes = o.has(u"minutes"_s) ? parseNumber(ctx, u"minutes"_s, o.value(u"minutes"_s), 1) : 0;
    if (!minutes)
        return BadInput;
    BookingContext b;
    if (const std::optional<int> failed = openBooking(ctx, b))
        return *failed;
    const std::optional<QDateTime> start = parseLocalStart(ctx, o.value(u"start"_s), b.zone);
    if (!start)
        return BadInput;
    BookRequest request;
    request.patientId = o.value(u"patient"_s);
    request.typeId = o.value(u"type"_s);
    request.providerId = o.value(u"provider"_s);
    request.chairId = o.value(u"chair"_s);
    request.startUtc = *start;
    request.minutes = *minutes;
    request.idempotencyKey = o.value(u"idempotency-key"_s);
    const std::optional<QStringList> overrides = overriddenWarnings(ctx, o);
    if (!overrides)
        return BadInput;
    request.overrideWarnings = *overrides;
    return reportOutcome(ctx, b, b.service->book(request, b.session), o.has(u"json"_s));
}

// The version to act on: --expected-version, else the one stored now.
std::optional<int> expectedVersion(Context &ctx, const BookingOptions &o, BookingContext &b, const QString &id,
                                   int *exitCode)
{
    if (o.has(u"expected-version"_s)) {
        const std::optional<int> v = parseNumber(ctx, u"expected-version"_s, o.value(u"expected-version"_s), 1);
        if (!v)
            *exitCode = BadInput;
        return v;
    }
    QString error;
    const std::optional<Appointment> current = b.service->find(id, &error);
    if (!current) {
        ctx.err << u"chairside-cli: "_s
                << (error.isEmpty() ? Text::tr("There is no appointment \"%1\"; check the id.").arg(localformat::excerpt(id)) : error) << Qt::endl;
        *exitCode = error.isEmpty() ? BadInput : CacheUnavailable;
        return std::nullopt;
    }
    return current->version;
}

int move(Context &ctx, const BookingOptions &o)
{
    if (!require(ctx, o, u"move"_s, {u"id"_s, u"expected-version"_s}))
        return BadInput;
    const std::optional<int> version = parseNumber(ctx, u"expected-version"_s, o.value(u"expected-version"_s), 1);
    if (!version)
        return BadInput;
    BookingContext b;
    if (const std::optional<int> failed = openBooking(ctx, b))
        return *failed;
    MoveRequest request;
    request.appointmentId = o.value(u"id"_s);
    request.expectedVersion = *version;
    if (o.has(u"start"_s)) {
        request.startUtc = parseLocalStart(ctx, o.value(u"start"_s), b.zone);
        if (!request.startUtc)
            return BadInput;
    }
    if (o.has(u"chair"_s))
        request.chairId = o.value(u"chair"_s);
    if (o.has(u"provider"_s))
        request.providerId = o.value(u"provider"_s);
    if (o.has(u"minutes"_s)) {
        request.minutes = parseNumber(ctx, u"minutes"_s, o.value(u"minutes"_s), 1);
        if (!request.minutes)
            return BadInput;
    }
    const std::optional<QStringList> overrides = overriddenWarnings(ctx, o);
    if (!overrides)
        return BadInput;
    request.overrideWarnings = *overrides;
    return reportOutcome(ctx, b, b.service->move(request, b.session), o.has(u"json"_s));
}

int cancel(Context &ctx, const BookingOptions &o)
{
    if (!require(ctx, o, u"cancel"_s, {u"id"_s, u"reason"_s}))
        return BadInput;
    const std::optional<CancelReason> reason = cancelReasonOption(o.value(u"reason"_s), ctx.err);
    if (!reason)
        return BadInput;
    BookingContext b;
    if (const std::optional<int> failed = openBooking(ctx, b))
        return *failed;
    int code = Done;
    const std::optional<int> version = expectedVersion(ctx, o, b, o.value(u"id"_s), &code);
    if (!version)
        return code;
    return reportOutcome(ctx, b, b.service->cancel(o.value(u"id"_s), *version, *reason, b.session),
                         o.has(u"json"_s));
}

int status(Context &ctx, const BookingOptions &o, bool undo)
{
    if (!require(ctx, o, undo ? u"undo"_s : u"status"_s, undo ? QStringList{u"id"_s} : QStringList{u"id"_s, u"to"_s}))
        return BadInput;
    std::optional<AppointmentStatus> to;
    if (!undo) {
        to = parseAppointmentStatus(o.value(u"to"_s));
        if (!to || *to == AppointmentStatus::Scheduled) {
            ctx.err << Text::tr("chairside-cli: --to \"%1\" is not one of confirmed, arrived, in_chair, completed, no_show, "
                                "cancelled.")
                               .arg(localformat::excerpt(o.value(u"to"_s)))
                    << Qt::endl;
            return BadInput;
        }
        if (*to == AppointmentStatus::Cancelled) {
            ctx.err << Text::tr("chairside-cli: to cancel, use: cancel --id A --reason R.") << Qt::endl;
            return BadInput;
        }
    }
    BookingContext b;
    if (const std::optional<int> failed = openBooking(ctx, b))
        return *failed;
    int code = Done;
    const QString id = o.value(u"id"_s);
    const std::optional<int> version = expectedVersion(ctx, o, b, id, &code);
    if (!version)
        return code;
    const BookingOutcome outcome = undo ? b.service->undoStatus(id, *version, b.session)
                                        : b.service->changeStatus(id, *version, *to, b.session);
    return reportOutcome(ctx, b, outcome, o.has(u"json"_s));
}

} // namespace

bool CommandLine::require(const QString &command, const QStringList &names) const
{
    QStringList missing;
    for (const QString &n : names) {
        if (!has(n))
            missing.append(u"--"_s + n);
    }
    if (missing.isEmpty())
        return true;
    err << Text::tr("chairside-cli: %1 needs %2; see chairside-cli help %1.").arg(command, missing.join(u", "_s))
        << Qt::endl;
    return false;
}

std::optional<CancelReason> cancelReasonOption(const QString &text, QTextStream &err)
{
    const std::optional<CancelReason> reason = parseCancelReason(text);
    if (!reason)
        err << Text::tr("chairside-cli: --reason \"%1\" is not one of patient, practice, emergency, other.")
                       .arg(localformat::excerpt(text))
            << Qt::endl;
    return reason;
}

QString exitCodeText(int code)
{
    switch (code) {
    case Done:
        return Text::tr("done");
    case BadInput:
        return Text::tr("bad input (the reason on stderr)");
    case 3:
        return Text::tr("refused: a booking rule, a likely duplicate patient, a broken audit trail, a damaged cache or a "
                        "newer cache kept");
    case CacheUnavailable:
        return Text::tr("the cache cannot be opened or written");
    case SyncIncomplete:
        return Text::tr("sync incomplete");
    case Denied:
        return Text::tr("your role may not do this");
    case SignInFailed:
        return Text::tr("sign-in failed");
    }
    return {};
}

namespace {

// What an option means, the same in every command that takes it.
QString optionText(const QString &name)
{
    static const QHash<QString, const char *> texts = {
            {u"demo"_s, QT_TRANSLATE_NOOP("chairside::cli", "fill the new cache with the demo practice")},
            {u"date"_s, QT_TRANSLATE_NOOP("chairside::cli", "the office date")},
            {u"type"_s, QT_TRANSLATE_NOOP("chairside::cli", "the appointment type's id")},
            {u"from"_s, QT_TRANSLATE_NOOP("chairside::cli", "the first office date")},
            {u"to"_s, QT_TRANSLATE_NOOP("chairside::cli", "the last office date")},
            {u"days"_s, QT_TRANSLATE_NOOP("chairside::cli", "how many days")},
            {u"provider"_s, QT_TRANSLATE_NOOP("chairside::cli", "the provider's id")},
            {u"patient"_s, QT_TRANSLATE_NOOP("chairside::cli", "the patient's id")},
            {u"limit"_s, QT_TRANSLATE_NOOP("chairside::cli", "at most this many")},
            {u"minutes"_s, QT_TRANSLATE_NOOP("chairside::cli", "the length in minutes")},
            {u"chair"_s, QT_TRANSLATE_NOOP("chairside::cli", "the chair's id")},
            {u"start"_s, QT_TRANSLATE_NOOP("chairside::cli", "the start, in the practice's local time")},
            {u"id"_s, QT_TRANSLATE_NOOP("chairside::cli", "the id the listing printed")},
            {u"expected-version"_s, QT_TRANSLATE_NOOP("chairside::cli", "the version you read (else the one stored now)")},
            {u"reason"_s, QT_TRANSLATE_NOOP("chairside::cli", "why: patient, practice, emergency or other")},
            {u"status-to"_s, QT_TRANSLATE_NOOP("chairside::cli", "the new status")},
            {u"idempotency-key"_s, QT_TRANSLATE_NOOP("chairside::cli", "books once however often it is sent")},
            {u"override"_s, QT_TRANSLATE_NOOP("chairside::cli", "book over this warning (production_block), audited")},
            {u"pms"_s, QT_TRANSLATE_NOOP("chairside::cli", "opendental, dentrix, eaglesoft or nexhealth")},
            {u"subdomain"_s, QT_TRANSLATE_NOOP("chairside::cli", "the practice's subdomain at NexHealth")},
            {u"location-id"_s, QT_TRANSLATE_NOOP("chairside::cli", "the practice's location id at NexHealth")},
            {u"url"_s, QT_TRANSLATE_NOOP("chairside::cli", "the practice system's address")},
            {u"ca-file"_s, QT_TRANSLATE_NOOP("chairside::cli", "a CA certificate (PEM) to trust besides the system's")},
            {u"rate"_s, QT_TRANSLATE_NOOP("chairside::cli", "requests a minute the practice system allows")},
            {u"practice-name"_s, QT_TRANSLATE_NOOP("chairside::cli", "the practice's name, for a cache made without a file")},
            {u"time-zone"_s, QT_TRANSLATE_NOOP("chairside::cli", "the practice's IANA time zone, for a cache made without a file")},
            {u"once"_s, QT_TRANSLATE_NOOP("chairside::cli", "one run (the default)")},
            {u"status"_s, QT_TRANSLATE_NOOP("chairside::cli", "report what waits, without syncing")},
            {u"keep-mine"_s, QT_TRANSLATE_NOOP("chairside::cli", "resolve a sync issue keeping this desk's change")},
            {u"take-theirs"_s, QT_TRANSLATE_NOOP("chairside::cli", "resolve a sync issue taking the practice system's")},
            {u"format"_s, QT_TRANSLATE_NOOP("chairside::cli", "csv")},
            {u"out"_s, QT_TRANSLATE_NOOP("chairside::cli", "the backup file to write")},
            {u"backup"_s, QT_TRANSLATE_NOOP("chairside::cli", "the backup file to restore")},
            {u"force"_s, QT_TRANSLATE_NOOP("chairside::cli", "replace a cache changed after the backup, or one that cannot be opened")},
            {u"name"_s, QT_TRANSLATE_NOOP("chairside::cli", "the new account's name")},
            {u"role"_s, QT_TRANSLATE_NOOP("chairside::cli", "office_manager, front_desk, provider or read_only")},
    };
    const char *text = texts.value(name);
    return text ? QCoreApplication::translate("chairside::cli", text) : QString();
}

Command::Option option(const QString &name, const QString &valueName = {})
{
    return Command::Option{name, valueName, [name] { return optionText(name); }};
}

// The command a line names: the longest name its first words spell ("waitlist add" before
// "waitlist").
const Command *findCommand(const QStringList &words, int *used)
{
    const Command *found = nullptr;
    for (const Command &c : commandTable()) {
        const QStringList name = c.name.split(u' ');
        if (name.size() <= words.size() && words.mid(0, name.size()) == name
            && (!found || name.size() > found->name.count(u' ') + 1)) {
            found = &c;
            *used = int(name.size());
        }
    }
    return found;
}

QString commandList()
{
    QString text = Text::tr("Usage: chairside-cli <command> [options]\n\nCommands:\n");
    for (const Command &c : commandTable())
        text += u"  "_s + c.synopsis + u"\n      "_s + c.summary() + u'\n';
    text += u'\n'
            + Text::tr("Every command takes --data-dir DIR (else the platform's application data folder) and --lang "
                       "es|en (else the system's language).\n"
                       "Once a cache has staff accounts, every command but init takes --user NAME; the password is\n"
                       "read from the terminal without echo, or from the first line of stdin (secrets a command\n"
                       "needs follow on the next lines). `init --demo` adds the demo accounts manager, frontdesk,\n"
                       "dr.alvarez and viewer, each with the password chairside-demo.\n"
                       "Times are the practice's local wall-clock time.\n"
                       "`chairside-cli help COMMAND` tells one command's options and exit codes.\n");
    return text;
}

QString commandHelp(const Command &c)
{
    QString text = Text::tr("Usage: chairside-cli %1").arg(c.synopsis) + u"\n\n" + c.summary() + u"\n\n";
    if (!c.options.isEmpty() || c.json) {
        text += Text::tr("Options:") + u'\n';
        for (const Command::Option &o : c.options) {
            const QString flag = u"--"_s + o.name + (o.valueName.isEmpty() ? QString() : u' ' + o.valueName);
            text += u"  "_s + flag.leftJustified(28) + u' ' + o.describe() + u'\n';
        }
        if (c.json)
            text += u"  "_s + u"--json"_s.leftJustified(28) + u' ' + Text::tr("print JSON (ids kept)") + u'\n';
        text += u'\n';
    }
    text += Text::tr("Exit codes:") + u'\n';
    for (const int code : QList<int>{Done} + c.exitCodes)
        text += u"  "_s + QString::number(code) + u"  "_s + exitCodeText(code) + u'\n';
    return text;
}

// Exit codes every command that opens the cache and signs in can end with.
const QList<int> kSignedIn = {BadInput, CacheUnavailable, Denied, SignInFailed};

BookingOptions bookingOptions(CommandLine &c)
{
    return BookingOptions{c.parser, c.options};
}

Context contextOf(CommandLine &c)
{
    return Context{c.out, c.err, c.dataDir, c.user, {}};
}

} // namespace

const QList<Command> &commandTable()
{
    static const QList<Command> table = [] {
        QList<Command> t;
        t.append({u"init"_s, [] { return Text::tr("create an encrypted cache (with the demo practice)"); },
                  u"init --data-dir DIR [--demo]"_s, {option(u"demo"_s)}, 0, false, {BadInput, CacheUnavailable},
                  [](CommandLine &c) {
                      Context ctx = contextOf(c);
                      return init(ctx, c.has(u"demo"_s));
                  }});
        t.append({u"import"_s, [] { return Text::tr("load a chairside-practice file, all or nothing"); },
                  u"import --data-dir DIR FILE"_s, {}, 1, false, kSignedIn, [](CommandLine &c) {
                      Context ctx = contextOf(c);
                      return importFile(ctx, c.args.constFirst());
                  }});
        t.append({u"day"_s, [] { return Text::tr("list one day's appointments"); },
                  u"day --data-dir DIR --date YYYY-MM-DD [--json]"_s, {option(u"date"_s, u"YYYY-MM-DD"_s)}, 0, true,
                  kSignedIn, [](CommandLine &c) {
                      if (!c.require(u"day"_s, {u"date"_s}))
                          return int(BadInput);
                      Context ctx = contextOf(c);
                      return day(ctx, c.value(u"date"_s), c.json());
                  }});
        t.append({u"slots"_s, [] { return Text::tr("the best openings for a visit, ranked"); },
                  u"slots --data-dir DIR --type T --from YYYY-MM-DD --days N [--provider P] [--patient Q] [--limit K] "
                  "[--minutes L] [--json]"_s,
                  {option(u"type"_s, u"T"_s), option(u"from"_s, u"YYYY-MM-DD"_s), option(u"days"_s, u"N"_s),
                   option(u"provider"_s, u"P"_s), option(u"patient"_s, u"Q"_s), option(u"limit"_s, u"K"_s),
                   option(u"minutes"_s, u"L"_s)},
                  0, true, kSignedIn, [](CommandLine &c) {
                      Context ctx = contextOf(c);
                      return slots(ctx, bookingOptions(c));
                  }});
        t.append({u"book"_s, [] { return Text::tr("book a visit"); },
                  u"book --data-dir DIR --patient Q --type T --provider P --chair C --start YYYY-MM-DDTHH:MM "
                  "[--minutes L] [--idempotency-key K] [--override production_block] [--json]"_s,
                  {option(u"patient"_s, u"Q"_s), option(u"type"_s, u"T"_s), option(u"provider"_s, u"P"_s),
                   option(u"chair"_s, u"C"_s), option(u"start"_s, u"YYYY-MM-DDTHH:MM"_s), option(u"minutes"_s, u"L"_s),
                   option(u"idempotency-key"_s, u"K"_s), option(u"override"_s, u"WARNING"_s)},
                  0, true, kSignedIn + QList<int>{BookingRefused}, [](CommandLine &c) {
                      Context ctx = contextOf(c);
                      return book(ctx, bookingOptions(c));
                  }});
        t.append({u"move"_s, [] { return Text::tr("move or resize a visit; says what time came free"); },
                  u"move --data-dir DIR --id A --expected-version V [--start ...] [--chair C] [--provider P] "
                  "[--minutes L] [--override production_block] [--json]"_s,
                  {option(u"id"_s, u"A"_s), option(u"expected-version"_s, u"V"_s),
                   option(u"start"_s, u"YYYY-MM-DDTHH:MM"_s), option(u"chair"_s, u"C"_s), option(u"provider"_s, u"P"_s),
                   option(u"minutes"_s, u"L"_s), option(u"override"_s, u"WARNING"_s)},
                  0, true, kSignedIn + QList<int>{BookingRefused}, [](CommandLine &c) {
                      Context ctx = contextOf(c);
                      return move(ctx, bookingOptions(c));
                  }});
        t.append({u"cancel"_s,
                  [] { return Text::tr("cancel a visit; says what time came free and who on the waitlist can take it"); },
                  u"cancel --data-dir DIR --id A --reason patient|practice|emergency|other [--expected-version V] "
                  "[--json]"_s,
                  {option(u"id"_s, u"A"_s), option(u"reason"_s, u"R"_s), option(u"expected-version"_s, u"V"_s)}, 0,
                  true, kSignedIn + QList<int>{BookingRefused}, [](CommandLine &c) {
                      Context ctx = contextOf(c);
                      return cancel(ctx, bookingOptions(c));
                  }});
        t.append({u"status"_s, [] { return Text::tr("the next step of a visit: confirmed, arrived, in the chair, …"); },
                  u"status --data-dir DIR --id A --to confirmed|arrived|in_chair|completed|no_show "
                  "[--expected-version V] [--json]"_s,
                  {option(u"id"_s, u"A"_s),
                   Command::Option{u"to"_s, u"S"_s, [] { return optionText(u"status-to"_s); }},
                   option(u"expected-version"_s, u"V"_s)},
                  0, true, kSignedIn + QList<int>{BookingRefused}, [](CommandLine &c) {
                      Context ctx = contextOf(c);
                      return status(ctx, bookingOptions(c), false);
                  }});
        t.append({u"undo"_s, [] { return Text::tr("undo a visit's last status step"); },
                  u"undo --data-dir DIR --id A [--expected-version V] [--json]"_s,
                  {option(u"id"_s, u"A"_s), option(u"expected-version"_s, u"V"_s)}, 0, true,
                  kSignedIn + QList<int>{BookingRefused}, [](CommandLine &c) {
                      Context ctx = contextOf(c);
                      return status(ctx, bookingOptions(c), true);
                  }});
        appendFillCommands(t);
        appendPatientCommands(t);
        appendRecallCommands(t);
        appendMessagingCommands(t);
        t.append({u"pms connect"_s,
                  [] {
                      return Text::tr("connect to the practice system: secrets on stdin to the keychain (Open Dental "
                                      "DEVELOPERKEY/CUSTOMERKEY on one line; Dentrix client id, client secret, API key "
                                      "on three; Eaglesoft user name and password on two; NexHealth the API key on "
                                      "one), link, first sync");
                  },
                  u"pms connect --data-dir DIR --pms opendental|dentrix|eaglesoft|nexhealth --url URL "
                  "[--subdomain SUB --location-id LOC] [--ca-file PEM] [--rate N] "
                  "[--practice-name NAME --time-zone ZONE] [--json]"_s,
                  {option(u"pms"_s, u"NAME"_s), option(u"url"_s, u"URL"_s), option(u"ca-file"_s, u"PEM"_s),
                   option(u"rate"_s, u"N"_s), option(u"practice-name"_s, u"NAME"_s), option(u"time-zone"_s, u"ZONE"_s),
                   option(u"subdomain"_s, u"SUB"_s), option(u"location-id"_s, u"LOC"_s)},
                  0, true, kSignedIn + QList<int>{SyncIncomplete}, [](CommandLine &c) {
                      if (!c.require(u"pms connect"_s, {u"pms"_s, u"url"_s}))
                          return int(BadInput);
                      QTextStream in(stdin);
                      PmsConnectArgs args;
                      args.pms = c.value(u"pms"_s);
                      args.url = c.value(u"url"_s);
                      args.caFile = c.value(u"ca-file"_s);
                      args.practiceName = c.value(u"practice-name"_s);
                      args.timeZone = c.value(u"time-zone"_s);
                      args.rate = c.value(u"rate"_s);
                      args.subdomain = c.value(u"subdomain"_s);
                      args.locationId = c.value(u"location-id"_s);
                      return pmsConnect(c.dataDir, c.user, args, in, c.out, c.err, c.json());
                  }});
        t.append({u"sync"_s,
                  [] {
                      return Text::tr("link, pull and push once; or report what waits and the sync issues; or resolve "
                                      "one");
                  },
                  u"sync --data-dir DIR [--once] [--status] [--json] | --keep-mine ISSUE | --take-theirs ISSUE"_s,
                  {option(u"once"_s), option(u"status"_s), option(u"keep-mine"_s, u"ISSUE"_s),
                   option(u"take-theirs"_s, u"ISSUE"_s)},
                  0, true, kSignedIn + QList<int>{SyncIncomplete}, [](CommandLine &c) {
                      if (c.has(u"keep-mine"_s) || c.has(u"take-theirs"_s)) {
                          const bool keepMine = c.has(u"keep-mine"_s);
                          bool ok = false;
                          const qint64 issue = c.value(keepMine ? u"keep-mine"_s : u"take-theirs"_s).toLongLong(&ok);
                          if (!ok || (c.has(u"keep-mine"_s) && c.has(u"take-theirs"_s))) {
                              c.err << Text::tr("chairside-cli: give one issue number, to --keep-mine or to "
                                                "--take-theirs (see sync --status).")
                                    << Qt::endl;
                              return int(BadInput);
                          }
                          return resolveIssue(c.dataDir, c.user, issue, keepMine, c.out, c.err);
                      }
                      return sync(c.dataDir, c.user, c.has(u"status"_s), c.out, c.err, c.json());
                  }});
        t.append({u"audit verify"_s,
                  [] { return Text::tr("check the audit trail's hash chain and every page (exit 3 if broken)"); },
                  u"audit verify --data-dir DIR [--json]"_s, {}, 0, true, kSignedIn + QList<int>{AuditBroken},
                  [](CommandLine &c) {
                      Context ctx = contextOf(c);
                      return auditVerify(ctx, c.json());
                  }});
        t.append({u"audit export"_s, [] { return Text::tr("one patient's access report, as CSV on stdout"); },
                  u"audit export --data-dir DIR --patient ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format csv"_s,
                  {option(u"patient"_s, u"ID"_s), option(u"from"_s, u"YYYY-MM-DD"_s), option(u"to"_s, u"YYYY-MM-DD"_s),
                   option(u"format"_s, u"csv"_s)},
                  0, false, kSignedIn, [](CommandLine &c) {
                      if (!c.require(u"audit export"_s, {u"patient"_s}))
                          return int(BadInput);
                      Context ctx = contextOf(c);
                      return auditExport(ctx, c.value(u"patient"_s), c.value(u"from"_s), c.value(u"to"_s),
                                         c.has(u"format"_s) ? c.value(u"format"_s) : u"csv"_s);
                  }});
        t.append({u"check"_s,
                  [] { return Text::tr("read every page of the cache (office manager); exit 3 names the first damaged "
                                       "table"); },
                  u"check --data-dir DIR [--json]"_s, {}, 0, true, kSignedIn + QList<int>{CacheDamaged},
                  [](CommandLine &c) { return check(c.dataDir, c.user, c.json(), c.out, c.err); }});
        t.append({u"users add"_s,
                  [] {
                      return Text::tr("add a staff account; its password on the next line (the first account is the "
                                      "office manager's)");
                  },
                  u"users add --data-dir DIR --name NAME --role office_manager|front_desk|provider|read_only "
                  "[--provider P]"_s,
                  {option(u"name"_s, u"NAME"_s), option(u"role"_s, u"ROLE"_s), option(u"provider"_s, u"P"_s)}, 0,
                  false, kSignedIn, [](CommandLine &c) {
                      if (!c.require(u"users add"_s, {u"name"_s, u"role"_s}))
                          return int(BadInput);
                      return addUser(c.dataDir, c.user, c.value(u"name"_s), c.value(u"role"_s),
                                     c.value(u"provider"_s), c.out, c.err);
                  }});
        t.append({u"users list"_s, [] { return Text::tr("the staff accounts, with their roles and whether they can sign in"); },
                  u"users list --data-dir DIR [--json]"_s, {}, 0, true, kSignedIn,
                  [](CommandLine &c) { return listUsers(c.dataDir, c.user, c.json(), c.out, c.err); }});
        t.append({u"users disable"_s,
                  [] { return Text::tr("stop an account from signing in, in the window and here (office manager)"); },
                  u"users disable --data-dir DIR --name NAME"_s, {option(u"name"_s, u"NAME"_s)}, 0, false, kSignedIn,
                  [](CommandLine &c) {
                      if (!c.require(u"users disable"_s, {u"name"_s}))
                          return int(BadInput);
                      return setUserDisabled(c.dataDir, c.user, c.value(u"name"_s), true, c.out, c.err);
                  }});
        t.append({u"users enable"_s, [] { return Text::tr("let a disabled account sign in again (office manager)"); },
                  u"users enable --data-dir DIR --name NAME"_s, {option(u"name"_s, u"NAME"_s)}, 0, false, kSignedIn,
                  [](CommandLine &c) {
                      if (!c.require(u"users enable"_s, {u"name"_s}))
                          return int(BadInput);
                      return setUserDisabled(c.dataDir, c.user, c.value(u"name"_s), false, c.out, c.err);
                  }});
        t.append({u"users reset-password"_s,
                  [] {
                      return Text::tr("give an account a new password, on the next line; clears its lockout (office "
                                      "manager)");
                  },
                  u"users reset-password --data-dir DIR --name NAME"_s, {option(u"name"_s, u"NAME"_s)}, 0, false,
                  kSignedIn, [](CommandLine &c) {
                      if (!c.require(u"users reset-password"_s, {u"name"_s}))
                          return int(BadInput);
                      return resetUserPassword(c.dataDir, c.user, c.value(u"name"_s), c.out, c.err);
                  }});
        t.append({u"users password"_s,
                  [] { return Text::tr("change your own password: the current one, then the new one, on the next lines"); },
                  u"users password --data-dir DIR --user NAME"_s, {}, 0, false, kSignedIn,
                  [](CommandLine &c) { return changeOwnPassword(c.dataDir, c.user, c.out, c.err); }});
        t.append({u"rekey"_s, [] { return Text::tr("re-encrypt the cache under a new key (office manager)"); },
                  u"rekey --data-dir DIR"_s, {}, 0, false, kSignedIn,
                  [](CommandLine &c) { return rekey(c.dataDir, c.user, c.out, c.err); }});
        t.append({u"backup"_s,
                  [] {
                      return Text::tr("an encrypted backup; the passphrase (at least 15 characters) on the next line");
                  },
                  u"backup --data-dir DIR --out FILE"_s, {option(u"out"_s, u"FILE"_s)}, 0, false,
                  kSignedIn + QList<int>{CacheDamaged}, [](CommandLine &c) {
                      if (!c.require(u"backup"_s, {u"out"_s}))
                          return int(BadInput);
                      return backup(c.dataDir, c.user, c.value(u"out"_s), c.out, c.err);
                  }});
        t.append({u"restore"_s,
                  [] {
                      return Text::tr("check a backup, then put it in place; never over a cache changed since the "
                                      "backup without --force (the replaced one is kept)");
                  },
                  u"restore --data-dir DIR --from FILE [--force]"_s,
                  {Command::Option{u"from"_s, u"FILE"_s, [] { return optionText(u"backup"_s); }}, option(u"force"_s)}, 0,
                  false, kSignedIn + QList<int>{NewerCacheKept}, [](CommandLine &c) {
                      if (!c.require(u"restore"_s, {u"from"_s}))
                          return int(BadInput);
                      return restore(c.dataDir, c.user, c.value(u"from"_s), c.has(u"force"_s), c.out, c.err);
                  }});
        t.append({u"help"_s, [] { return Text::tr("list the commands, or tell one command's options and exit codes"); },
                  u"help [COMMAND]"_s, {}, -1, false, {BadInput}, {}});
        return t;
    }();
    return table;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Options may come before the command ("--lang es --help"): kept aside for its parser.
    QStringList leading;
    QStringList words = arguments.mid(1);
    while (!words.isEmpty() && words.constFirst().startsWith(u'-') && words.constFirst() != u"--help"
           && words.constFirst() != u"-h" && words.constFirst() != u"--version" && words.constFirst() != u"-v") {
        const QString option = words.takeFirst();
        leading << option;
        if ((option == u"--lang" || option == u"--data-dir" || option == u"--user") && !words.isEmpty())
            leading << words.takeFirst();
    }
    if (words.isEmpty()) {
        err << commandList();
        return BadInput;
    }
    const QString first = words.constFirst();
    if (first == u"--version" || first == u"-v") {
        out << u"chairside-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    if (first == u"--help" || first == u"-h") {
        out << commandList();
        return Done;
    }
    if (first == u"help") {
        // The command's words, without --lang and its value (read by main()).
        QStringList asked;
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (words.at(i) == u"--lang")
                ++i;
            else if (!words.at(i).startsWith(u'-'))
                asked << words.at(i);
        }
        if (asked.isEmpty()) {
            out << commandList();
            return Done;
        }
        int used = 0;
        const Command *c = findCommand(asked, &used);
        if (!c || used != asked.size()) {
            err << Text::tr("chairside-cli: \"%1\" is not a command.").arg(localformat::excerpt(asked.join(u' ')))
                << Qt::endl
                << commandList();
            return BadInput;
        }
        out << commandHelp(*c);
        return Done;
    }
    int used = 0;
    const Command *command = findCommand(words, &used);
    if (!command) {
        err << Text::tr("chairside-cli: \"%1\" is not a command.").arg(localformat::excerpt(first)) << Qt::endl
            << commandList();
        return BadInput;
    }

    // Its own options, and the ones every command takes.
    QCommandLineParser parser;
    std::vector<QCommandLineOption> owned;
    owned.reserve(size_t(command->options.size()) + 5);
    QHash<QString, const QCommandLineOption *> byName;
    auto add = [&](const QString &name, const QString &valueName, const QString &text) {
        owned.emplace_back(name, text, valueName);
        parser.addOption(owned.back());
    };
    add(u"data-dir"_s, u"DIR"_s, Text::tr("The folder holding the cache."));
    add(u"user"_s, u"NAME"_s, Text::tr("Sign in as this staff account."));
    add(u"lang"_s, u"es|en"_s, Text::tr("The language of messages and help: es or en."));
    add(u"json"_s, {}, Text::tr("Print JSON."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    parser.addOption(helpOption);
    for (const Command::Option &o : command->options)
        add(o.name, o.valueName, o.describe());
    for (const QCommandLineOption &o : owned)
        byName.insert(o.names().constFirst(), &o);
    QStringList toParse{arguments.constFirst()};
    toParse += leading;
    toParse += words.mid(used);
    if (!parser.parse(toParse)) {
        err << u"chairside-cli: "_s << parser.errorText() << Qt::endl << commandHelp(*command);
        return BadInput;
    }
    if (parser.isSet(helpOption)) {
        out << commandHelp(*command);
        return Done;
    }
    if (parser.isSet(*byName.value(u"json"_s)) && !command->json) {
        err << Text::tr("chairside-cli: %1 has no --json output.").arg(command->name) << Qt::endl;
        return BadInput;
    }
    const QStringList args = parser.positionalArguments();
    if (command->args >= 0 && args.size() != command->args) {
        err << Text::tr("chairside-cli: %1 takes %2 argument(s); see chairside-cli help %1.")
                        .arg(command->name)
                        .arg(command->args)
            << Qt::endl;
        return BadInput;
    }
    CommandLine line{out, err, parser, byName, args, {}, parser.value(*byName.value(u"user"_s))};
    line.dataDir = parser.isSet(*byName.value(u"data-dir"_s))
            ? parser.value(*byName.value(u"data-dir"_s))
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return command->run(line);
}

} // namespace chairside::cli
