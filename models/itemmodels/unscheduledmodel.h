#pragma once

#include "domain/appointment.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace chairside {

// Cancelled and missed visits not booked again, as the unscheduled panel's table shows them:
// patient, type, when the visit was booked for, why it did not happen, provider. Rows come as
// given (the latest first); times are in the practice's time zone.
class UnscheduledModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PatientColumn, TypeColumn, BookedForColumn, ReasonColumn, ProviderColumn, ColumnCount };
    // Every column answers each role for its row.
    enum Role {
        AppointmentIdRole = Qt::UserRole + 1, VersionRole, PatientIdRole, TypeIdRole, ProviderIdRole, MinutesRole,
        StartUtcRole,
        MissedRole, // true for a no-show, false for a cancellation: what the "why" filter picks by
        SortRole    // the column's value as it sorts: a name, a date
    };

    explicit UnscheduledModel(QObject *parent = nullptr);
    void setAppointments(QList<ScheduledAppointment> list, const QTimeZone &zone);
    [[nodiscard]] const ScheduledAppointment &at(int row) const { return m_list.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const ScheduledAppointment &s, int column) const;

    QList<ScheduledAppointment> m_list;
    QTimeZone m_zone;
};

} // namespace chairside
