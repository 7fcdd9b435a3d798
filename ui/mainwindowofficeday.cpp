// MainWindow: series, family booking and provider absence.
#include "mainwindow.h"

#include "officedaydialogs.h"
#include "schedulechanger.h"

#include "itemmodels/schedulemodel.h"
#include "services/access.h"
#include "services/schedulepage.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>

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

void MainWindow::setOfficeDayServices(SeriesService *series, FamilyBooking *family, AbsenceService *absence)
{
    if (m_series || !series || !family || !absence)
        return;
    m_series = series;
    m_family = family;
    m_absence = absence;
    if (!roleMay(m_session.role, Access::FillBook))
        return;
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        if (menu->objectName() == u"editMenu") {
            menu->addSeparator();
            auto *away = new QAction(this);
            away->setObjectName(u"providerAwayAction"_s);
            translated(away, [away] { away->setText(tr("Provider &away…")); });
            connect(away, &QAction::triggered, this, &MainWindow::showAbsence);
            menu->addAction(away);
        }
    }
}

void MainWindow::afterChange(bool changed)
{
    if (!changed)
        return;
    reload();
    Q_EMIT localChangeMade();
}

void MainWindow::showAbsence()
{
    QString providerId = m_providerFilter->currentData().toString();
    if (providerId.isEmpty() && !m_model->page().providers.isEmpty())
        providerId = m_model->page().providers.constFirst().id;
    AbsenceDialog dialog(*m_absence, m_session, namesOf(m_model->page(), m_changer->zone()), m_model->page().providers,
                         providerId, m_date, this);
    dialog.exec();
    afterChange(dialog.changedSchedule());
}

void MainWindow::addOfficeDayActions(QMenu &menu, const QModelIndex &tile)
{
    if (!m_series || !roleMay(m_session.role, Access::FillBook))
        return;
    const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
    const QString patientId = tile.data(ScheduleModel::PatientIdRole).toString();
    const QString typeId = tile.data(ScheduleModel::TypeIdRole).toString();
    const QDateTime startUtc = tile.data(ScheduleModel::StartUtcRole).toDateTime();
    menu.addSeparator();
    QString error;
    const std::optional<std::pair<QString, int>> inSeries = m_series->seriesOf(id, &error);
    if (inSeries) {
        const QString seriesId = inSeries->first;
        const int instance = inSeries->second;
        QAction *move = menu.addAction(tr("Mo&ve the series from this visit…"), this, [this, seriesId, instance] {
            SeriesDialog dialog(*m_series, m_session, namesOf(m_model->page(), m_changer->zone()), seriesId, instance,
                                this);
            dialog.exec();
            afterChange(dialog.changedSchedule());
        });
        move->setObjectName(u"moveSeriesAction"_s);
        QAction *cancel = menu.addAction(tr("Cancel the series from t&his visit…"), this, [this, seriesId, instance] {
            const SeriesOutcome outcome = m_series->cancel(seriesId, instance, CancelReason::Patient, m_session);
            if (!outcome.ok()) {
                showMessage(outcome.message, true);
                return;
            }
            showMessage(tr("%n visit(s) of the series cancelled.", nullptr, int(outcome.appointments.size())), false);
            afterChange(true);
            // The fill panel shows one freed time at a time: the series' next visit.
            if (!outcome.freed.isEmpty())
                freedTime(outcome.freed.constFirst());
        });
        cancel->setObjectName(u"cancelSeriesAction"_s);
    } else {
        QAction *repeat = menu.addAction(tr("Re&peat as a series…"), this, [this, tile, patientId, typeId, startUtc] {
            const QDateTime local = startUtc.toTimeZone(m_changer->zone());
            SeriesRequest request;
            request.patientId = patientId;
            request.typeId = typeId;
            request.providerId = tile.data(ScheduleModel::ProviderIdRole).toString();
            request.chairId = tile.data(ScheduleModel::ChairIdRole).toString();
            request.minutes = tile.data(ScheduleModel::MinutesRole).toInt();
            request.firstDate = local.date().addDays(7);
            request.startMinute = local.time().hour() * 60 + local.time().minute();
            request.rule.count = 6;
            SeriesDialog dialog(*m_series, m_session, namesOf(m_model->page(), m_changer->zone()), request, this);
            dialog.exec();
            afterChange(dialog.changedSchedule());
        });
        repeat->setObjectName(u"repeatSeriesAction"_s);
    }
    QAction *family = menu.addAction(tr("Book with the &family…"), this, [this, patientId, typeId] {
        QString why;
        const std::optional<QList<Patient>> members = m_family->family(patientId, m_session, &why);
        if (!members) {
            showMessage(why, true);
            return;
        }
        if (members->size() < 2) {
            showMessage(tr("No family is recorded for this patient; add the family in the practice system."), true);
            return;
        }
        FamilyDialog dialog(*m_family, m_session, namesOf(m_model->page(), m_changer->zone()), *members,
                            patientId, m_model->page().types, typeId, m_date, m_clinicFilter->currentData().toString(), this);
        dialog.exec();
        afterChange(dialog.changedSchedule());
    });
    family->setObjectName(u"familyBookingAction"_s);
}

} // namespace chairside
