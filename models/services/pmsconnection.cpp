#include "pmsconnection.h"

#include "access.h"

#include "domain/clock.h"
#include "domain/practicedata.h"
#include "domain/session.h"
#include "store/writeguard.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::PmsConnectionService)
};

} // namespace

PmsConnectionService::PmsConnectionService(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

PmsConnectionOutcome PmsConnectionService::connect(const PmsConnectionRequest &request, const UserSession &session)
{
    using Result = PmsConnectionOutcome::Result;
    if (const std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::ManagePractice, u"pms_connection"_s))
        return {Result::Denied, *denied};
    QSqlDatabase &db = m_cache.database();
    store::PracticeRepository practice(db);
    QSqlError error;
    const bool hasPractice = practice.practice(&error).has_value();
    if (error.isValid())
        return {Result::StoreFailed, m_cache.describeFailure(error)};
    // Times come from such a PMS in UTC and are shown in the practice's zone: a different zone
    // there would move every visit by hours.
    const QString practiceZone = hasPractice ? QString::fromUtf8(practice.practice(&error)->timeZoneId)
                                             : request.timeZoneId;
    if (!request.pmsTimeZoneId.isEmpty() && !practiceZone.isEmpty() && practiceZone != request.pmsTimeZoneId)
        return {Result::Mismatch,
                Text::tr("The practice system keeps this practice in the time zone %1, but Chairside has %2. Set the "
                         "same zone in both (or leave --time-zone out to take the practice system's), then connect "
                         "again.")
                        .arg(request.pmsTimeZoneId, practiceZone)};
    const QString zoneId = practiceZone.isEmpty() ? request.pmsTimeZoneId : practiceZone;
    const QString name = request.practiceName.trimmed().isEmpty() ? request.pmsPracticeName.trimmed()
                                                                  : request.practiceName.trimmed();
    PracticeData settings;
    if (!hasPractice) {
        const QTimeZone zone(zoneId.toUtf8());
        if (name.isEmpty() || zoneId.isEmpty() || !zone.isValid())
            return {Result::BadRequest,
                    Text::tr("This cache has no practice settings yet; give the practice's name and time zone (an IANA "
                             "zone such as America/Chicago), or import the practice file first.")};
        Practice p;
        p.name = name;
        p.timeZoneId = zoneId.toUtf8();
        settings.practice = p;
    }
    const QDateTime now = m_clock.nowUtc();
    auto fail = [&](const QSqlError &e) {
        return PmsConnectionOutcome{Result::StoreFailed, m_cache.describeFailure(e)};
    };
    store::WriteGuard unit(m_cache);
    if (!unit.begun())
        return fail(unit.error());
    store::PmsLinkRepository links(db);
    if (!hasPractice && !practice.write(settings, now.toSecsSinceEpoch(), &error))
        return fail(error);
    if (!links.setConnection(request.system, request.url, &error) || !links.setCaFile(request.caFile, &error)
        || !links.setRateLimit(request.perMinute, &error)
        || !links.setScope(request.subdomain, request.locationId, &error)
        || !store::AppointmentRepository(db).markUnsentPending(&error))
        return fail(error);
    // The address's host only: a URL may carry a key in its query.
    QString detail = request.system + u" host="_s + QUrl(request.url).host();
    if (!hasPractice)
        detail += u" practice settings created"_s;
    if (!unit.audit(store::AuditRecord::by(session, now, u"pms-connect"_s, u"pms_connection"_s, request.system, {},
                                           detail),
                    &error)
        || !unit.commit(&error))
        return fail(error);
    return {};
}

} // namespace chairside
