#include "appointmentlistmodel.h"
#include "domain/localformat.h"

#include <QColor>
#include <QFont>
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

WaitlistModel::WaitlistModel(QObject *parent) : QAbstractListModel(parent) {}

void WaitlistModel::setEntries(QList<ShownWaitlistEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int WaitlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

void WaitlistModel::setEligible(const QStringList &entryIds, const QString &what)
{
    m_eligible = entryIds;
    m_freedText = what;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
}

QVariant WaitlistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShownWaitlistEntry &e = m_entries.at(index.row());
    const bool eligible = m_eligible.contains(e.entry.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString text = tr("%1 — %2, urgency %3, %4 to %5")
                                     .arg(e.patientName, e.typeName)
                                     .arg(e.entry.urgency)
                                     .arg(QLocale().toString(e.entry.earliest, QLocale::ShortFormat),
                                          QLocale().toString(e.entry.latest, QLocale::ShortFormat));
        return eligible ? tr("★ %1 — can take %2").arg(text, m_freedText) : text;
    }
    case Qt::BackgroundRole:
        return eligible ? QVariant(QColor(0xff, 0xf1, 0xb8)) : QVariant();
    case Qt::FontRole: {
        if (!eligible)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case EligibleRole:
        return eligible;
    case EntryIdRole:
        return e.entry.id;
    case PatientIdRole:
        return e.entry.patientId;
    case TypeIdRole:
        return e.entry.typeId;
    case ProviderIdRole:
        return e.entry.providerId;
    case MinutesRole:
        return e.typeMinutes;
    case UrgencyRole:
        return e.entry.urgency;
    default:
        return {};
    }
}

} // namespace chairside
