#include "appointmentlistmodel.h"
#include "domain/localformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace chairside {

AppointmentListModel::AppointmentListModel(QObject *parent) : QAbstractListModel(parent) {}

void AppointmentListModel::setAppointments(QList<ScheduledAppointment> list, const QTimeZone &zone)
{
    beginResetModel();
    m_list = std::move(list);
    m_zone = zone;
    endResetModel();
}

int AppointmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

QVariant AppointmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduledAppointment &s = m_list.at(index.row());
    const Appointment &a = s.appointment;
    const QDateTime local = a.startUtc.toTimeZone(m_zone);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString(tr("%1 — %2, %3 %4 (%n min), %5", nullptr, a.minutes)
                .arg(s.patientName, s.typeName, QLocale().toString(local.date(), QLocale::ShortFormat),
                     localformat::time(local.time()), s.providerName)
                + u" · "_s + appointmentStatusText(a.status));
    case AppointmentIdRole:
        return a.id;
    case VersionRole:
        return a.version;
    case PatientIdRole:
        return a.patientId;
    case TypeIdRole:
        return a.typeId;
    case MinutesRole:
        return a.minutes;
    case StartUtcRole:
        return a.startUtc;
    default:
        return {};
    }
}

} // namespace chairside
