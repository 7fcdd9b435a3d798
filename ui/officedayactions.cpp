#include "officedayactions.h"

#include "officedaydialogs.h"

#include "itemmodels/schedulemodel.h"
#include "services/access.h"
#include "services/schedulepage.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

ScheduleNames namesOf(const SchedulePage &page, const QTimeZone &zone)
{
    ScheduleNames names;
    names.zone = zone;
    for (const Provider &p : page.providers)
        names.providers.insert(p.id, p.name);
    for (const Chair &c : page.chairs)
        names.chairs.insert(c.id, c.name);
    return names;
}

} // namespace

OfficeDayActions::OfficeDayActions(SeriesService &series, FamilyBooking &family, AbsenceService &absence,
                                   QWidget *window, std::function<Where()> where)
    : QObject(window), m_series(series), m_family(family), m_absence(absence), m_window(window),
      m_where(std::move(where)), m_away(new QAction(this))
{
    m_away->setObjectName(u"providerAwayAction"_s);
    connect(m_away, &QAction::triggered, this, &OfficeDayActions::showAbsence);
    retranslate();
}

void OfficeDayActions::retranslate()
{
    m_away->setText(tr("Provider &away…"));
}

void OfficeDayActions::after(bool changedSchedule)
{
    if (changedSchedule)
        Q_EMIT changed();
}

void OfficeDayActions::showAbsence()
{
    const Where w = m_where();
    QString providerId = w.providerId;
    if (providerId.isEmpty() && !w.page->providers.isEmpty())
        providerId = w.page->providers.constFirst().id;
    AbsenceDialog dialog(m_absence, m_session, namesOf(*w.page, w.zone), w.page->providers, providerId, w.date,
                         m_window);
    dialog.exec();
    after(dialog.changedSchedule());
}

void OfficeDayActions::addTileActions(QMenu &menu, const QModelIndex &tile)
{
    if (!roleMay(m_session.role, Access::FillBook))
        return;
    const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
    const QString patientId = tile.data(ScheduleModel::PatientIdRole).toString();
    const QString typeId = tile.data(ScheduleModel::TypeIdRole).toString();
    const QDateTime startUtc = tile.data(ScheduleModel::StartUtcRole).toDateTime();
    menu.addSeparator();
    QString error;
    const std::optional<std::pair<QString, int>> inSeries = m_series.seriesOf(id, &error);
    if (inSeries) {
        const QString seriesId = inSeries->first;
        const int instance = inSeries->second;
        QAction *move = menu.addAction(tr("Mo&ve the series from this visit…"), this, [this, seriesId, instance] {
            const Where w = m_where();
            SeriesDialog dialog(m_series, m_session, namesOf(*w.page, w.zone), seriesId, instance, m_window);
            dialog.exec();
            after(dialog.changedSchedule());
        });
        move->setObjectName(u"moveSeriesAction"_s);
        QAction *cancel = menu.addAction(tr("Cancel the series from t&his visit…"), this, [this, seriesId, instance] {
            const SeriesOutcome outcome = m_series.cancel(seriesId, instance, CancelReason::Patient, m_session);
            if (!outcome.ok()) {
                Q_EMIT message(outcome.message, true);
                return;
            }
            Q_EMIT message(tr("%n visit(s) of the series cancelled.", nullptr, int(outcome.appointments.size())), false);
            after(true);
            // The fill panel shows one freed time at a time: the series' next visit.
            if (!outcome.freed.isEmpty())
                Q_EMIT timeFreed(outcome.freed.constFirst());
        });
        cancel->setObjectName(u"cancelSeriesAction"_s);
    } else {
        QAction *repeat = menu.addAction(tr("Re&peat as a series…"), this, [this, tile, patientId, typeId, startUtc] {
            const Where w = m_where();
            const QDateTime local = startUtc.toTimeZone(w.zone);
            SeriesRequest request;
            request.patientId = patientId;
            request.typeId = typeId;
            request.providerId = tile.data(ScheduleModel::ProviderIdRole).toString();
            request.chairId = tile.data(ScheduleModel::ChairIdRole).toString();
            request.minutes = tile.data(ScheduleModel::MinutesRole).toInt();
            request.firstDate = local.date().addDays(7);
            request.startMinute = local.time().hour() * 60 + local.time().minute();
            request.rule.count = 6;
            SeriesDialog dialog(m_series, m_session, namesOf(*w.page, w.zone), request, m_window);
            dialog.exec();
            after(dialog.changedSchedule());
        });
        repeat->setObjectName(u"repeatSeriesAction"_s);
    }
    QAction *family = menu.addAction(tr("Book with the &family…"), this, [this, patientId, typeId] {
        QString why;
        const std::optional<QList<Patient>> members = m_family.family(patientId, m_session, &why);
        if (!members) {
            Q_EMIT message(why, true);
            return;
        }
        if (members->size() < 2) {
            Q_EMIT message(tr("No family is recorded for this patient; add the family in the practice system."), true);
            return;
        }
        const Where w = m_where();
        FamilyDialog dialog(m_family, m_session, namesOf(*w.page, w.zone), *members, patientId, w.page->types, typeId,
                            w.date, w.clinicId, m_window);
        dialog.exec();
        after(dialog.changedSchedule());
    });
    family->setObjectName(u"familyBookingAction"_s);
}

} // namespace chairside
