#pragma once

#include "services/schedulereader.h"

#include <QAbstractTableModel>

namespace chairside {

// One day as a table: a column per chair, a row per grid step. An appointment sits in the
// cell of its start row and reports how many rows it covers (SpanRole).
class DaySheetModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { AppointmentIdRole = Qt::UserRole + 1, SpanRole, StatusRole };

    explicit DaySheetModel(QObject *parent = nullptr);

    void setDay(const DaySchedule &day);
    [[nodiscard]] const DaySchedule &day() const { return m_day; }
    [[nodiscard]] int firstMinute() const { return m_firstMinute; }
    [[nodiscard]] int stepMinutes() const { return m_step; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        int appointment = -1; // index into m_day.appointments
        bool start = false;
    };
    [[nodiscard]] const Cell *cellAt(int row, int column) const;

    DaySchedule m_day;
    int m_firstMinute = 7 * 60;
    int m_lastMinute = 18 * 60;
    int m_step = 10;
    QList<QList<Cell>> m_cells; // [column][row]
};

} // namespace chairside
