#include "unscheduledmodel.h"

#include "domain/localformat.h"
#include "services/bookingservice.h"

using namespace Qt::StringLiterals;

namespace chairside {

UnscheduledModel::UnscheduledModel(QObject *parent) : QAbstractTableModel(parent) {}

void UnscheduledModel::setAppointments(QList<ScheduledAppointment> list, const QTimeZone &zone)
{
    beginResetModel();
    m_list = std::move(list);
    m_zone = zone;
    endResetModel();
}

int UnscheduledModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int UnscheduledModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UnscheduledModel::text(const ScheduledAppointment &s, int column) const
{
    const Appointment &a = s.appointment;
    switch (Column(column)) {
    case PatientColumn:
        return s.patientName;
    case TypeColumn:
        return s.typeName;
    case BookedForColumn:
        return localformat::dateTime(a.startUtc.toTimeZone(m_zone));
    case ReasonColumn:
        return a.status == AppointmentStatus::NoShow ? tr("Missed (no-show)")
                                                     : tr("Cancelled (%1)").arg(cancelReasonText(a.cancelReason));
    case ProviderColumn:
        return s.providerName;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UnscheduledModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduledAppointment &s = m_list.at(index.row());
    const Appointment &a = s.appointment;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(s, index.column());
    case Qt::ToolTipRole: {
        // The whole visit, whichever column the pointer is on (a side dock shows the first few).
        QStringList lines{tr("%1 · %2").arg(s.patientName, s.typeName),
                          tr("Was booked for %1 with %2").arg(text(s, BookedForColumn), s.providerName),
                          text(s, ReasonColumn)};
        if (!a.notes.isEmpty())
            lines << tr("Notes: %1").arg(a.notes);
        return lines.join(u'\n');
    }
    case SortRole:
        switch (Column(index.column())) {
        case BookedForColumn:
            return a.startUtc.toSecsSinceEpoch();
        default:
            return text(s, index.column());
        }
    case AppointmentIdRole:
        return a.id;
    case VersionRole:
        return a.version;
    case PatientIdRole:
        return a.patientId;
    case TypeIdRole:
        return a.typeId;
    case ProviderIdRole:
        return a.providerId;
    case MinutesRole:
        return a.minutes;
    case StartUtcRole:
        return a.startUtc;
    case MissedRole:
        return a.status == AppointmentStatus::NoShow;
    default:
        return {};
    }
}

QVariant UnscheduledModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PatientColumn: return tr("Patient");
    case TypeColumn: return tr("Type");
    case BookedForColumn: return tr("Was booked for");
    case ReasonColumn: return tr("Why");
    case ProviderColumn: return tr("Provider");
    case ColumnCount: break;
    }
    return {};
}

} // namespace chairside
