#pragma once

#include "services/frontdesk.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace chairside {

// A plain list of appointments with their date and time: the holding tray, a patient's other
// appointments.
class AppointmentListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { AppointmentIdRole = Qt::UserRole + 1, VersionRole, PatientIdRole, TypeIdRole, MinutesRole, StartUtcRole };

    explicit AppointmentListModel(QObject *parent = nullptr);
    void setAppointments(QList<ScheduledAppointment> list, const QTimeZone &zone);
    [[nodiscard]] const ScheduledAppointment &at(int row) const { return m_list.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ScheduledAppointment> m_list;
    QTimeZone m_zone;
};

} // namespace chairside
