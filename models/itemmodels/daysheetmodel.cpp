#include "daysheetmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

QString statusText(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Scheduled: return DaySheetModel::tr("Scheduled");
    case AppointmentStatus::Confirmed: return DaySheetModel::tr("Confirmed");
    case AppointmentStatus::Arrived: return DaySheetModel::tr("Arrived");
    case AppointmentStatus::InChair: return DaySheetModel::tr("In chair");
    case AppointmentStatus::Completed: return DaySheetModel::tr("Completed");
    case AppointmentStatus::Cancelled: return DaySheetModel::tr("Cancelled");
    case AppointmentStatus::NoShow: return DaySheetModel::tr("No-show");
    }
    return {};
}

int localMinute(const QDateTime &utc, const QTimeZone &zone)
{
    const QTime t = utc.toTimeZone(zone).time();
    return t.hour() * 60 + t.minute();
}

} // namespace

DaySheetModel::DaySheetModel(QObject *parent) : QAbstractTableModel(parent) {}

void DaySheetModel::setDay(const DaySchedule &day)
{
    beginResetModel();
    m_day = day;
    m_step = std::max(5, day.practice.gridMinutes);
    const QTimeZone zone = day.practice.timeZone();

    // From the earliest working hour to the latest, and never hiding an appointment.
    int first = 8 * 60;
    int last = 17 * 60;
    for (const Provider &p : day.providers) {
        for (const WorkingHours &h : p.hours) {
            if (h.days.contains(day.date.dayOfWeek())) {
                first = std::min(first, h.span.startMinute);
                last = std::max(last, h.span.endMinute);
            }
        }
    }
    for (const store::ScheduledAppointment &s : day.appointments) {
        const int start = localMinute(s.appointment.startUtc, zone);
        first = std::min(first, start);
        last = std::max(last, std::min(24 * 60, start + s.appointment.minutes));
    }
    m_firstMinute = (first / 60) * 60;
    m_lastMinute = ((last + 59) / 60) * 60;

    const int rows = (m_lastMinute - m_firstMinute) / m_step;
    m_cells = QList<QList<Cell>>(day.chairs.size(), QList<Cell>(rows));
    for (qsizetype i = 0; i < day.appointments.size(); ++i) {
        const Appointment &a = day.appointments.at(i).appointment;
        if (!isLive(a.status))
            continue; // cancelled and no-show visits free their chair
        const auto chair = std::find_if(day.chairs.begin(), day.chairs.end(), [&](const Chair &c) { return c.id == a.chairId; });
        if (chair == day.chairs.end())
            continue;
        const qsizetype column = chair - day.chairs.begin();
        const int startRow = (localMinute(a.startUtc, zone) - m_firstMinute) / m_step;
        const int span = std::max(1, (a.minutes + m_step - 1) / m_step);
        if (startRow < 0 || startRow >= rows || m_cells[column][startRow].appointment >= 0)
            continue;
        for (int r = startRow; r < std::min(rows, startRow + span); ++r)
            m_cells[column][r] = Cell{int(i), r == startRow};
    }
    endResetModel();
}

const DaySheetModel::Cell *DaySheetModel::cellAt(int row, int column) const
{
    if (column < 0 || column >= m_cells.size() || row < 0 || row >= m_cells.at(column).size())
        return nullptr;
    const Cell &cell = m_cells.at(column).at(row);
    return cell.appointment >= 0 ? &cell : nullptr;
}

int DaySheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_lastMinute - m_firstMinute) / m_step;
}

int DaySheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_day.chairs.size());
}

QVariant DaySheetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Cell *cell = cellAt(index.row(), index.column());
    if (!cell)
        return {};
    const store::ScheduledAppointment &s = m_day.appointments.at(cell->appointment);
    switch (role) {
    case Qt::DisplayRole:
        if (!cell->start)
            return {};
        return u"%1 · %2\n%3"_s.arg(s.patientName, s.typeName, s.providerName);
    case Qt::ToolTipRole:
        return tr("%1 — %2, %n minute(s), with %3 (%4)", nullptr, s.appointment.minutes)
                .arg(s.patientName, s.typeName, s.providerName, statusText(s.appointment.status));
    case Qt::BackgroundRole: {
        QColor c(s.providerColor.isEmpty() ? u"#cccccc"_s : s.providerColor);
        c.setAlpha(cell->start ? 110 : 70);
        return QBrush(c);
    }
    case AppointmentIdRole:
        return s.appointment.id;
    case SpanRole:
        return cell->start ? std::max(1, (s.appointment.minutes + m_step - 1) / m_step) : 0;
    case StatusRole:
        return appointmentStatusName(s.appointment.status);
    default:
        return {};
    }
}

QVariant DaySheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_day.chairs.size() ? QVariant(m_day.chairs.at(section).name) : QVariant();
    const int minute = m_firstMinute + section * m_step;
    // The locale's short time without seconds (the C locale's short format carries them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return QLocale().toString(QTime(minute / 60, minute % 60), format);
}

} // namespace chairside
