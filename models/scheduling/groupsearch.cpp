// Scheduler::groupOpenings: placing a family together.
#include "scheduler.h"

#include "domain/appointment.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside::scheduling {

namespace {

// Members already placed sit in the index under these ids while the next one is tried.
QString probeId(qsizetype member)
{
    return u"group-probe-"_s + QString::number(member);
}

} // namespace

QList<GroupOpening> Scheduler::groupOpenings(const GroupRequest &request, const QDateTime &nowUtc)
{
    QList<GroupOpening> out;
    if (request.members.isEmpty() || request.limit <= 0 || request.days <= 0 || !request.from.isValid())
        return out;
    for (const GroupMember &m : request.members) {
        if (!m_snapshot.type(m.typeId))
            return out;
    }
    const Practice &practice = m_snapshot.practice();
    const int grid = std::max(practice.gridMinutes, 1);
    const int slack = std::max(practice.chairTurnoverMinutes, practice.providerBufferMinutes) + grid;
    const QList<Chair> &chairs = m_snapshot.chairs();

    // Chairs in the practice's order, nearest `chairId` first, in the clinic asked for.
    auto chairsNear = [&](const QString &chairId) {
        QList<int> order;
        const int at = int(std::find_if(chairs.cbegin(), chairs.cend(), [&](const Chair &c) { return c.id == chairId; })
                           - chairs.cbegin());
        for (int i = 0; i < int(chairs.size()); ++i) {
            if (request.clinicId.isEmpty() || chairs.at(i).clinicId == request.clinicId)
                order.append(i);
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return std::abs(a - at) < std::abs(b - at); });
        return order;
    };
    // Providers who may do `type`, `first` (when given and able) before the others.
    auto providersFor = [&](const AppointmentType &type, const QString &first) {
        QStringList ids;
        for (const Provider &p : m_snapshot.providers()) {
            if (!request.providerId.isEmpty() && p.id != request.providerId)
                continue;
            if (type.skill.isEmpty() || p.skills.contains(type.skill))
                ids.append(p.id);
        }
        if (ids.removeOne(first))
            ids.prepend(first);
        return ids;
    };

    for (qsizetype d = 0; d < request.days && out.size() < request.limit; ++d) {
        const QDate date = request.from.addDays(d);
        const GroupMember &lead = request.members.constFirst();
        OpeningRequest firstRequest;
        firstRequest.typeId = lead.typeId;
        firstRequest.from = date;
        firstRequest.days = 1;
        firstRequest.providerId = request.providerId;
        firstRequest.patientId = lead.patientId;
        firstRequest.minutes = lead.minutes;
        firstRequest.clinicId = request.clinicId;
        firstRequest.limit = 60;
        QList<Opening> firsts = openings(firstRequest, nowUtc);
        // Earliest first within the day, so "first thing in the morning" comes before later.
        std::stable_sort(firsts.begin(), firsts.end(),
                         [](const Opening &a, const Opening &b) { return a.start < b.start; });

        int onThisDay = 0;
        Minute lastStart = -1;
        for (const Opening &first : std::as_const(firsts)) {
            if (onThisDay >= request.perDay || out.size() >= request.limit)
                break;
            if (first.start == lastStart)
                continue;
            QList<Opening> placed{first};
            auto probe = [&](qsizetype member, const Opening &o) {
                Appointment a;
                a.id = probeId(member);
                a.patientId = request.members.at(member).patientId;
                a.typeId = request.members.at(member).typeId;
                a.providerId = o.providerId;
                a.chairId = o.chairId;
                a.startUtc = fromMinute(o.start);
                a.minutes = int(o.end - o.start);
                a.status = AppointmentStatus::Scheduled;
                m_index.upsert(booked(a));
            };
            probe(0, first);
            for (qsizetype m = 1; m < request.members.size(); ++m) {
                const GroupMember &member = request.members.at(m);
                const AppointmentType &type = *m_snapshot.type(member.typeId);
                const int minutes = member.minutes > 0 ? member.minutes : type.minutes;
                const Opening &previous = placed.constLast();
                QList<Minute> starts;
                if (request.arrangement == GroupRequest::Arrangement::SideBySide) {
                    starts.append(first.start);
                } else {
                    for (Minute s = previous.end; s <= previous.end + slack; s += grid)
                        starts.append(s);
                }
                const QStringList providers = providersFor(type, previous.providerId);
                std::optional<Opening> found;
                for (Minute start : std::as_const(starts)) {
                    for (int ci : chairsNear(previous.chairId)) {
                        for (const QString &providerId : providers) {
                            const BookingCandidate c{member.patientId, member.typeId, providerId, chairs.at(ci).id,
                                                     start,            minutes,       {},         true};
                            // Placed without asking: no production block it would need overriding.
                            if (check(c, nowUtc).isEmpty() && warnings(c, nowUtc).isEmpty()) {
                                found = Opening{start, start + minutes, providerId, chairs.at(ci).id, 0};
                                break;
                            }
                        }
                        if (found)
                            break;
                    }
                    if (found)
                        break;
                }
                if (!found)
                    break;
                placed.append(*found);
                probe(m, *found);
            }
            for (qsizetype m = 0; m < placed.size(); ++m)
                m_index.remove(probeId(m));
            if (placed.size() != request.members.size())
                continue;
            out.append(GroupOpening{placed, first.score});
            lastStart = first.start;
            ++onThisDay;
        }
    }
    return out;
}

} // namespace chairside::scheduling
