#pragma once

#include "services/recallservice.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace chairside {

// Patients due for their recall, as the recall panel's table shows them: patient, recall,
// due date with how overdue, the usual hygienist, the latest contact. Rows come as given
// (earliest due first); dates in the practice's calendar, in the locale's format.
class RecallModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PatientColumn, RecallColumn, DueColumn, HygienistColumn, LastContactColumn, ColumnCount };
    enum Role {
        RecallIdRole = Qt::UserRole + 1, PatientIdRole, RecallTypeIdRole, ProviderIdRole, ChairIdRole,
        OverdueRole, // true for a patient past their due date
        SortRole     // the column's value as it sorts: a name, a date
    };

    explicit RecallModel(QObject *parent = nullptr);
    void setRows(QList<RecallListRow> rows, const QTimeZone &zone);
    [[nodiscard]] const RecallListRow &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "overdue 12 days", "due soon", in the program's language.
    [[nodiscard]] static QString standingText(const RecallListRow &row);

private:
    [[nodiscard]] QString text(const RecallListRow &row, int column) const;

    QList<RecallListRow> m_rows;
    QTimeZone m_zone;
};

} // namespace chairside
