#include "pmsadapter.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chairside::sync {

PmsAppointment sameBooking(const QList<PmsAppointment> &candidates, const PmsAppointment &wanted)
{
    for (const PmsAppointment &candidate : candidates) {
        if (candidate.operatoryPmsId == wanted.operatoryPmsId && candidate.startUtc == wanted.startUtc
            && isLive(candidate.status))
            return candidate;
    }
    return {};
}

void PmsAdapter::listAllPatients(const QString &cursor, PatientsDone done)
{
    auto rows = std::make_shared<QList<PmsPatient>>();
    auto next = std::make_shared<QString>();
    listPatients(cursor, 0,
                 [cursor, rows, next, done = std::move(done)](const ListPage<PmsPatient> &page, int,
                                                              const PmsError &e) {
                     if (!e.ok()) {
                         done({}, cursor, e);
                         return false;
                     }
                     *rows += page.rows;
                     if (next->isEmpty())
                         *next = page.serverTime;
                     if (!page.more)
                         done(*rows, next->isEmpty() ? cursor : *next, {});
                     return true;
                 });
}

void PmsAdapter::unsupported(const QString &what, std::function<void(const PmsError &)> done)
{
    PmsError e;
    e.kind = PmsError::Kind::Unsupported;
    e.message = QCoreApplication::translate("chairside::sync::PmsAdapter", "%1 are not read from %2.")
                        .arg(what, system());
    QTimer::singleShot(0, this, [done = std::move(done), e] { done(e); });
}

void PmsAdapter::setStatus(const QString &, AppointmentStatus, const QDateTime &, Done done)
{
    unsupported(QCoreApplication::translate("chairside::sync::PmsAdapter", "Visit steps"), std::move(done));
}

void PmsAdapter::listSchedules(const QDate &, const QDate &, SchedulesDone done)
{
    unsupported(QCoreApplication::translate("chairside::sync::PmsAdapter", "Schedules"),
                [done = std::move(done)](const PmsError &e) { done({}, e); });
}

void PmsAdapter::checkAvailability(const QDate &, const QDate &, const QString &, const QString &, SlotsDone done)
{
    unsupported(QCoreApplication::translate("chairside::sync::PmsAdapter", "Openings"),
                [done = std::move(done)](const PmsError &e) { done({}, e); });
}

void PmsAdapter::patientPreferences(const QString &, PreferencesDone done)
{
    unsupported(QCoreApplication::translate("chairside::sync::PmsAdapter", "Patient preferences"),
                [done = std::move(done)](const PmsError &e) { done({}, e); });
}

void PmsAdapter::listWaitlist(WaitlistDone done)
{
    unsupported(QCoreApplication::translate("chairside::sync::PmsAdapter", "Waitlists"),
                [done = std::move(done)](const PmsError &e) { done({}, e); });
}

void PmsAdapter::listRecallTypes(RecallTypesDone done)
{
    unsupported(QCoreApplication::translate("chairside::sync::PmsAdapter", "Recalls"),
                [done = std::move(done)](const PmsError &e) { done({}, e); });
}

void PmsAdapter::listRecalls(RecallsDone done)
{
    unsupported(QCoreApplication::translate("chairside::sync::PmsAdapter", "Recalls"),
                [done = std::move(done)](const PmsError &e) { done({}, e); });
}

void PmsAdapter::createCommlog(const PmsCommlog &, CommlogDone done)
{
    PmsError e;
    e.kind = PmsError::Kind::Unsupported;
    e.message = QCoreApplication::translate("chairside::sync::PmsAdapter",
                                            "%1 cannot write to a patient's communication log.")
                        .arg(system());
    QTimer::singleShot(0, this, [done = std::move(done), e] { done({}, e); });
}

void PmsAdapter::findCommlog(const PmsCommlog &note, CommlogDone done)
{
    createCommlog(note, [done = std::move(done)](const PmsCommlog &, const PmsError &e) { done({}, e); });
}

void PmsAdapter::createPatient(const PmsPatient &, PatientDone done)
{
    PmsError e;
    e.kind = PmsError::Kind::Unsupported;
    e.message = QCoreApplication::translate("chairside::sync::PmsAdapter", "%1 takes no new patients from Chairside.")
                        .arg(pmsDisplayName(system()));
    QTimer::singleShot(0, this, [done = std::move(done), e] { done({}, e); });
}

void PmsAdapter::findPatient(const PmsPatient &patient, PatientDone done)
{
    createPatient(patient, [done = std::move(done)](const PmsPatient &, const PmsError &e) { done({}, e); });
}

void PmsAdapter::updatePatient(const PmsPatient &, const QStringList &, Done done)
{
    PmsError e;
    e.kind = PmsError::Kind::Unsupported;
    e.message = QCoreApplication::translate("chairside::sync::PmsAdapter",
                                            "%1 takes no changes to a patient's details from Chairside.")
                        .arg(pmsDisplayName(system()));
    QTimer::singleShot(0, this, [done = std::move(done), e] { done(e); });
}

} // namespace chairside::sync
