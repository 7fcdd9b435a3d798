#include "recallmodel.h"

#include "domain/localformat.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace chairside {

RecallModel::RecallModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecallModel::setRows(QList<RecallListRow> rows, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_zone = zone;
    endResetModel();
}

int RecallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecallModel::standingText(const RecallListRow &row)
{
    switch (row.standing) {
    case RecallStanding::Overdue:
        return tr("overdue %n day(s)", nullptr, row.daysOverdue);
    case RecallStanding::DueToday:
        return tr("due today");
    case RecallStanding::DueSoon:
        return tr("due soon");
    case RecallStanding::NotDue:
        return tr("not yet due");
    }
    return {};
}

QString RecallModel::text(const RecallListRow &row, int column) const
{
    const RecallDue &d = row.due;
    switch (Column(column)) {
    case PatientColumn:
        return d.patientName;
    case RecallColumn:
        return d.recallTypeName;
    case DueColumn:
        return tr("%1 (%2)").arg(localformat::date(d.recall.due), standingText(row));
    case HygienistColumn:
        return d.usualProviderName;
    case LastContactColumn: {
        if (!d.lastContactUtc.isValid())
            return tr("none");
        const std::optional<ContactOutcome> outcome = parseContactOutcome(d.lastContactOutcome);
        return tr("%1, %2").arg(localformat::date(d.lastContactUtc.toTimeZone(m_zone).date()),
                                outcome ? contactOutcomeText(*outcome) : d.lastContactOutcome);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecallListRow &row = m_rows.at(index.row());
    const RecallDue &d = row.due;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(row, index.column());
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1 · %2").arg(d.patientName, d.recallTypeName), text(row, DueColumn)};
        if (d.recall.lastDone.isValid())
            lines << tr("Last seen %1").arg(localformat::date(d.recall.lastDone));
        if (!d.usualProviderName.isEmpty())
            lines << (d.usualChairName.isEmpty() ? tr("Usually with %1").arg(d.usualProviderName)
                                                 : tr("Usually with %1 in %2").arg(d.usualProviderName, d.usualChairName));
        if (d.doNotContact)
            lines << tr("Asked not to be contacted");
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && row.standing == RecallStanding::Overdue)
            return QBrush(QColor(0xb0, 0x30, 0x20));
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case DueColumn:
            return d.recall.due.toJulianDay();
        case LastContactColumn:
            return d.lastContactUtc.isValid() ? d.lastContactUtc.toSecsSinceEpoch() : qint64(0);
        default:
            return text(row, index.column());
        }
    case RecallIdRole:
        return d.recall.id;
    case PatientIdRole:
        return d.recall.patientId;
    case RecallTypeIdRole:
        return d.recall.recallTypeId;
    case ProviderIdRole:
        return d.usualProviderId;
    case ChairIdRole:
        return d.usualChairId;
    case OverdueRole:
        return row.standing == RecallStanding::Overdue;
    default:
        return {};
    }
}

QVariant RecallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PatientColumn: return tr("Patient");
    case RecallColumn: return tr("Recall");
    case DueColumn: return tr("Due");
    case HygienistColumn: return tr("Usual hygienist");
    case LastContactColumn: return tr("Last contact");
    case ColumnCount: break;
    }
    return {};
}

} // namespace chairside
