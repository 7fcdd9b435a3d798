#include "command.h"
#include "clisession.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "services/access.h"
#include "services/frontdesk.h"
#include "services/patientrecords.h"
#include "services/practicecache.h"
#include "services/practiceservices.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace chairside::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::cli)
};

// A patient already on file, as `patient add` shows it when refusing a likely duplicate.
QJsonObject patientJson(const Patient &p)
{
    return QJsonObject{{u"id"_s, p.id},
                       {u"name"_s, p.name},
                       {u"birthdate"_s, p.birthdate.isValid() ? QJsonValue(p.birthdate.toString(Qt::ISODate))
                                                              : QJsonValue(QJsonValue::Null)},
                       {u"phone"_s, p.phone},
                       {u"email"_s, p.email}};
}

QString patientLine(const Patient &p, const QString &region)
{
    QStringList parts{p.name};
    if (p.birthdate.isValid())
        parts << Text::tr("born %1").arg(localformat::birthdate(p.birthdate));
    if (!p.phone.isEmpty())
        parts << localformat::phone(p.phone, region);
    if (!p.email.isEmpty())
        parts << p.email;
    return parts.join(u", "_s);
}

// The options given, over `details` (a new patient's defaults, or the record being changed).
// False with the reason on stderr when one cannot be read.
bool readOptions(CommandLine &c, PatientDetails &details)
{
    if (c.has(u"first"_s))
        details.firstName = c.value(u"first"_s);
    if (c.has(u"last"_s))
        details.lastName = c.value(u"last"_s);
    if (c.has(u"birthdate"_s)) {
        details.birthdate = QDate::fromString(c.value(u"birthdate"_s).trimmed(), Qt::ISODate);
        if (!details.birthdate.isValid()) {
            c.err << Text::tr("chairside-cli: --birthdate \"%1\" is not a date; use YYYY-MM-DD.")
                             .arg(localformat::excerpt(c.value(u"birthdate"_s)))
                  << Qt::endl;
            return false;
        }
    }
    if (c.has(u"sex"_s))
        details.sex = c.value(u"sex"_s).trimmed().toLower();
    if (c.has(u"phone"_s))
        details.phone = c.value(u"phone"_s);
    if (c.has(u"email"_s))
        details.email = c.value(u"email"_s);
    if (c.has(u"language"_s))
        details.language = c.value(u"language"_s).trimmed().toLower();
    if (c.has(u"contact"_s)) {
        const std::optional<ContactChannel> contact = parseContactChannel(c.value(u"contact"_s).trimmed().toLower());
        if (!contact) {
            c.err << Text::tr("chairside-cli: --contact \"%1\" is not one of sms, email, phone, none.")
                             .arg(localformat::excerpt(c.value(u"contact"_s)))
                  << Qt::endl;
            return false;
        }
        details.contact = *contact;
    }
    if (c.has(u"guarantor"_s))
        details.guarantorId = c.value(u"guarantor"_s).trimmed();
    return true;
}

// What a refused write prints, and its exit code.
int refusedWrite(CommandLine &c, const PatientWriteOutcome &out, const QString &region)
{
    switch (out.result) {
    case PatientWriteOutcome::Result::Done:
        return Done;
    case PatientWriteOutcome::Result::Duplicate:
        if (c.json()) {
            QJsonArray found;
            for (const Patient &p : out.duplicates)
                found.append(patientJson(p));
            c.out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"duplicates"_s, found}}).toJson());
        } else {
            for (const Patient &p : out.duplicates)
                c.out << patientLine(p, region) << u" ("_s << p.id << u")"_s << Qt::endl;
        }
        c.err << u"chairside-cli: "_s << out.message << u' '
              << Text::tr("Add --allow-duplicate to add the patient anyway.") << Qt::endl;
        return LikelyDuplicate;
    case PatientWriteOutcome::Result::Denied:
        c.err << u"chairside-cli: "_s << out.message << Qt::endl;
        return Denied;
    case PatientWriteOutcome::Result::StoreFailed:
        c.err << u"chairside-cli: "_s << out.message << Qt::endl;
        return CacheUnavailable;
    case PatientWriteOutcome::Result::Invalid:
    case PatientWriteOutcome::Result::NotHere:
    case PatientWriteOutcome::Result::NotFound:
        break;
    }
    c.err << u"chairside-cli: "_s << out.message << Qt::endl;
    return BadInput;
}

// `patient add` and `patient edit ID`: the same options, one service.
int writePatient(CommandLine &c, bool adding)
{
    if (adding && !c.require(u"patient add"_s, {u"first"_s, u"last"_s, u"birthdate"_s}))
        return BadInput;
    const QString id = adding ? QString() : c.args.value(0).trimmed();
    if (!adding && id.isEmpty()) {
        c.err << u"chairside-cli: "_s << Text::tr("Say which patient to change: the id `patient find` prints.")
              << Qt::endl;
        return BadInput;
    }
    SystemClock clock;
    UserSession session;
    int code = Done;
    std::unique_ptr<PracticeCache> cache = openSignedIn(c.dataDir, clock, c.user, std::nullopt, &session, c.err, &code);
    if (!cache)
        return code;
    PracticeServices services(cache->store(), clock);
    PatientRecords &records = services.patients();
    const QString region = records.region();

    PatientDetails details;
    if (!adding) {
        QString error;
        const std::optional<Patient> current = services.desk().patient(id, session, &error);
        if (!current) {
            c.err << u"chairside-cli: "_s
                  << (error.isEmpty() ? Text::tr("There is no patient \"%1\" in this cache.").arg(localformat::excerpt(id))
                                      : error)
                  << Qt::endl;
            return roleMay(session.role, Access::ReadPatient) ? BadInput : Denied;
        }
        details = PatientDetails::of(*current);
    }
    if (!readOptions(c, details))
        return BadInput;
    // Reached by e-mail when that is the only way given and no preference was said.
    if (adding && !c.has(u"contact"_s) && details.phone.trimmed().isEmpty() && !details.email.trimmed().isEmpty())
        details.contact = ContactChannel::Email;
    const PatientWriteOutcome out = adding ? records.create(details, c.has(u"allow-duplicate"_s), session)
                                           : records.edit(id, details, session);
    if (!out.ok())
        return refusedWrite(c, out, region);
    if (c.json()) {
        c.out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, out.patientId}, {u"message"_s, out.message}})
                                           .toJson());
    } else {
        c.out << out.message << Qt::endl << Text::tr("Id: %1").arg(out.patientId) << Qt::endl;
    }
    return Done;
}

} // namespace

void appendPatientCommands(QList<Command> &t)
{
    const QList<int> writes = {BadInput, LikelyDuplicate, CacheUnavailable, Denied, SignInFailed};
    auto opt = [](const QString &name, const QString &value, std::function<QString()> describe) {
        return Command::Option{name, value, std::move(describe)};
    };
    const QList<Command::Option> fields{
            opt(u"first"_s, u"F"_s, [] { return Text::tr("first name"); }),
            opt(u"last"_s, u"L"_s, [] { return Text::tr("last name"); }),
            opt(u"birthdate"_s, u"YYYY-MM-DD"_s, [] { return Text::tr("birthdate"); }),
            opt(u"sex"_s, u"female|male"_s,
                [] { return Text::tr("the patient's sex (needed to create a patient through NexHealth)"); }),
            opt(u"phone"_s, u"P"_s,
                [] { return Text::tr("phone number, any formatting; kept in E.164 (+15125550100)"); }),
            opt(u"email"_s, u"E"_s, [] { return Text::tr("e-mail address"); }),
            opt(u"language"_s, u"en|es"_s, [] { return Text::tr("the language the patient reads"); }),
            opt(u"contact"_s, u"sms|email|phone|none"_s,
                [] { return Text::tr("how the patient prefers to be reached; none: no reminders or messages"); }),
            opt(u"guarantor"_s, u"ID"_s, [] { return Text::tr("the family member responsible for the account"); })};
    t.append({u"patient add"_s,
              [] {
                  return Text::tr("add a new patient (sent to the practice system where it takes new patients); "
                                  "prints the new id");
              },
              u"patient add --data-dir DIR --first F --last L --birthdate YYYY-MM-DD [--sex female|male] [--phone P] [--email E] "
              "[--language en|es] [--contact sms|email|phone|none] [--guarantor ID] [--allow-duplicate] [--json]"_s,
              fields
                      + QList<Command::Option>{opt(u"allow-duplicate"_s, {}, [] {
                            return Text::tr("add the patient even when one with the same name and birthdate, or "
                                            "the same phone, is on file");
                        })},
              0, true, writes, [](CommandLine &c) { return writePatient(c, true); }});
    t.append({u"patient edit"_s, [] { return Text::tr("change a patient's details; what is not given stays"); },
              u"patient edit --data-dir DIR ID [--first F] [--last L] [--birthdate YYYY-MM-DD] [--phone P] "
              "[--sex female|male] [--email E] [--language en|es] [--contact sms|email|phone|none] [--guarantor ID] [--json]"_s,
              fields, 1, true, writes, [](CommandLine &c) { return writePatient(c, false); }});
}

} // namespace chairside::cli
