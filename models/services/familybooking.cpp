#include "familybooking.h"

#include "access.h"
#include "servicewrites.h"

#include "domain/session.h"
#include "scheduling/timeline.h"
#include "store/cache.h"
#include "store/practicerepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::FamilyBooking)
};
} // namespace

FamilyBooking::FamilyBooking(store::Cache &cache, const Clock &clock, BookingService &booking)
    : m_cache(cache), m_clock(clock), m_booking(booking)
{
}

std::optional<QList<Patient>> FamilyBooking::family(const QString &patientId, const UserSession &session,
                                                   QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        *error = *denied;
        return std::nullopt;
    }
    QSqlError sqlError;
    store::PracticeRepository practice(m_cache.database());
    const std::optional<Patient> patient = practice.patient(patientId, &sqlError);
    QList<Patient> out;
    if (patient) {
        out.append(*patient);
        if (!patient->familyId.isEmpty()) {
            for (const Patient &p : practice.family(patient->familyId, &sqlError)) {
                if (p.id != patient->id)
                    out.append(p);
            }
        }
    }
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    QList<ReadOf> reads;
    for (const Patient &p : std::as_const(out))
        reads.append({u"patient"_s, p.id, p.id});
    if (!auditReads(m_cache, m_clock, session, reads, u"family of "_s + patientId, error))
        return std::nullopt;
    return out;
}

FamilyOpeningsOutcome FamilyBooking::openings(const scheduling::GroupRequest &request, const UserSession &session)
{
    FamilyOpeningsOutcome out;
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        out.error = *denied;
        return out;
    }
    const OpeningsOutcome found = m_booking.groupOpenings(request);
    out.error = found.error;
    out.badRequest = found.badRequest;
    out.openings = found.groups;
    return out;
}

FamilyOutcome FamilyBooking::book(const scheduling::GroupRequest &request, const scheduling::GroupOpening &opening,
                                  const UserSession &session)
{
    FamilyOutcome out;
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        out.result = BookingOutcome::Result::Denied;
        out.message = *denied;
        return out;
    }
    if (opening.placements.size() != request.members.size() || request.members.isEmpty()) {
        out.result = BookingOutcome::Result::BadRequest;
        out.message = Text::tr("The proposal does not match the family members asked for; search again.");
        return out;
    }
    QString error;
    BookingService::Batch batch(m_booking, &error);
    if (!batch.begun()) {
        out.result = BookingOutcome::Result::StoreFailed;
        out.message = error;
        return out;
    }
    for (qsizetype i = 0; i < request.members.size(); ++i) {
        const scheduling::GroupMember &member = request.members.at(i);
        const scheduling::Opening &place = opening.placements.at(i);
        BookRequest book;
        book.patientId = member.patientId;
        book.typeId = member.typeId;
        book.providerId = place.providerId;
        book.chairId = place.chairId;
        book.startUtc = scheduling::fromMinute(place.start);
        book.minutes = int(place.end - place.start);
        const BookingOutcome booked = m_booking.book(book, session);
        if (!booked.ok()) {
            out.result = booked.result;
            out.failedMember = int(i);
            out.violations = booked.violations;
            out.message = stepFailure(booked, Text::tr("That time is no longer free for every family member (%1) "
                                                       "Nothing was booked; search again."));
            return out;
        }
        out.appointments.append(booked.appointment);
    }
    if (!batch.commit(&error)) {
        out = {};
        out.result = BookingOutcome::Result::StoreFailed;
        out.message = error;
    }
    return out;
}

} // namespace chairside
