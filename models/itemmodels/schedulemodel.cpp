#include "schedulemodel.h"
#include "domain/localformat.h"

#include <QLocale>
#include <QTime>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

constexpr quintptr kLaneId = 0; // children carry their lane's row + 1

QString syncWords(SyncState state)
{
    switch (state) {
    case SyncState::Local:
        return ScheduleModel::tr("only in Chairside");
    case SyncState::Pending:
        return ScheduleModel::tr("waiting to reach the practice system");
    case SyncState::Synced:
        return ScheduleModel::tr("in the practice system");
    case SyncState::Conflict:
        return ScheduleModel::tr("sync conflict: needs a person to resolve");
    }
    return {};
}

} // namespace

ScheduleModel::ScheduleModel(QObject *parent) : QAbstractItemModel(parent) {}

void ScheduleModel::setPage(SchedulePage page)
{
    beginResetModel();
    m_page = std::move(page);
    m_typeIndex.clear();
    for (int i = 0; i < m_page.types.size(); ++i)
        m_typeIndex.insert(m_page.types.at(i).id, i);
    m_providerIndex.clear();
    for (int i = 0; i < m_page.providers.size(); ++i)
        m_providerIndex.insert(m_page.providers.at(i).id, i);
    rebuild();
    endResetModel();
}

void ScheduleModel::setHeld(QSet<QString> appointmentIds)
{
    if (appointmentIds == m_held)
        return;
    m_held = std::move(appointmentIds);
    tilesChanged(HeldRole);
}

void ScheduleModel::setLate(QSet<QString> appointmentIds)
{
    if (appointmentIds == m_late)
        return;
    m_late = std::move(appointmentIds);
    tilesChanged(LateRole);
}

void ScheduleModel::tilesChanged(int role)
{
    for (int l = 0; l < m_lanes.size(); ++l) {
        if (!m_lanes.at(l).tiles.isEmpty())
            Q_EMIT dataChanged(index(0, 0, laneIndex(l)), index(int(m_lanes.at(l).tiles.size()) - 1, 0, laneIndex(l)),
                               {role});
    }
}

void ScheduleModel::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    beginResetModel();
    m_laneMode = mode;
    rebuild();
    endResetModel();
}

void ScheduleModel::setColorMode(ColorMode mode)
{
    if (mode == m_colorMode)
        return;
    m_colorMode = mode;
    for (int l = 0; l < m_lanes.size(); ++l) {
        if (!m_lanes.at(l).tiles.isEmpty())
            Q_EMIT dataChanged(index(0, 0, laneIndex(l)), index(int(m_lanes.at(l).tiles.size()) - 1, 0, laneIndex(l)),
                               {ColorRole, Qt::BackgroundRole});
    }
}

void ScheduleModel::setProviderFilter(const QString &providerId)
{
    if (providerId == m_providerFilter)
        return;
    beginResetModel();
    m_providerFilter = providerId;
    rebuild();
    endResetModel();
}

void ScheduleModel::setClinicFilter(const QString &clinicId)
{
    if (clinicId == m_clinicFilter)
        return;
    beginResetModel();
    m_clinicFilter = clinicId;
    rebuild();
    endResetModel();
}

const AppointmentType *ScheduleModel::type(const QString &id) const
{
    const int i = m_typeIndex.value(id, -1);
    return i < 0 ? nullptr : &m_page.types.at(i);
}

void ScheduleModel::rebuild()
{
    m_lanes.clear();
    QHash<QString, int> laneOf; // date + key -> lane
    auto laneKey = [](const QDate &d, const QString &key) -> QString { return QString::number(d.toJulianDay()) + u'/' + key; };
    QSet<QString> clinicChairs; // empty = no clinic filter
    for (const Chair &chair : std::as_const(m_page.chairs)) {
        if (!m_clinicFilter.isEmpty() && chair.clinicId == m_clinicFilter)
            clinicChairs.insert(chair.id);
    }
    const bool byClinic = !m_clinicFilter.isEmpty();

    for (const DayFrame &frame : std::as_const(m_page.frames)) {
        if (m_laneMode == LaneMode::Chairs) {
            // Across several days a chair nobody works in and nothing is booked in that day
            // takes no room, so the days that are worked get width enough to read; a day the
            // whole practice is closed keeps one shaded lane. One day shows every chair.
            const bool severalDays = m_page.frames.size() > 1;
            QSet<QString> bookedChairs;
            for (const PageAppointment &p : std::as_const(m_page.appointments)) {
                if (p.date == frame.date && p.shown.appointment.status != AppointmentStatus::Cancelled)
                    bookedChairs.insert(p.shown.appointment.chairId);
            }
            auto worked = [&](const Chair &chair) {
                return !frame.chairOpen.value(chair.id).isEmpty() || bookedChairs.contains(chair.id);
            };
            const bool anyChairWorked = std::any_of(m_page.chairs.cbegin(), m_page.chairs.cend(), [&](const Chair &c) {
                return (!byClinic || clinicChairs.contains(c.id)) && worked(c);
            });
            bool keptClosedDay = false;
            for (const Chair &chair : std::as_const(m_page.chairs)) {
                if (byClinic && !clinicChairs.contains(chair.id))
                    continue;
                bool standsForTheDay = false; // the one lane of a day nobody works
                if (severalDays && !worked(chair)) {
                    if (anyChairWorked || keptClosedDay)
                        continue;
                    keptClosedDay = true;
                    standsForTheDay = true;
                }
                Lane lane;
                lane.key = chair.id;
                lane.date = frame.date;
                lane.title = standsForTheDay ? tr("Closed", "the one lane of a day nobody works, in the week") : chair.name;
                QStringList names;
                for (const QString &pid : frame.chairProviders.value(chair.id)) {
                    const int pi = m_providerIndex.value(pid, -1);
                    if (pi < 0)
                        continue;
                    const Provider &provider = m_page.providers.at(pi);
                    names.append(provider.name);
                    if (!lane.color.isValid())
                        lane.color = QColor(provider.color);
                    lane.bars.append({pid, provider.name, QColor(provider.color),
                                      frame.providerInChair.value(chair.id).value(pid)});
                }
                lane.subtitle = frame.closedReason.isEmpty() ? names.join(u" · "_s) : frame.closedReason;
                lane.closedReason = frame.closedReason;
                lane.open = frame.chairOpen.value(chair.id);
                lane.closed = frame.chairClosed.value(chair.id);
                const QStringList working = frame.chairProviders.value(chair.id);
                for (const ProductionRange &r : frame.production) {
                    if (r.chairId == chair.id || (r.chairId.isEmpty() && working.contains(r.providerId)))
                        lane.production.append(r);
                }
                laneOf.insert(laneKey(frame.date, chair.id), int(m_lanes.size()));
                m_lanes.append(std::move(lane));
            }
        } else {
            QSet<QString> booked;
            for (const PageAppointment &p : std::as_const(m_page.appointments)) {
                if (p.date == frame.date && p.shown.appointment.status != AppointmentStatus::Cancelled
                    && (!byClinic || clinicChairs.contains(p.shown.appointment.chairId)))
                    booked.insert(p.shown.appointment.providerId);
            }
            QSet<QString> inClinic; // providers working in the clinic's chairs that day
            for (const QString &chairId : std::as_const(clinicChairs)) {
                for (const QString &pid : frame.chairProviders.value(chairId))
                    inClinic.insert(pid);
            }
            const bool anyoneIn = !booked.isEmpty()
                    || std::any_of(frame.providerOpen.cbegin(), frame.providerOpen.cend(),
                                   [](const QList<DayRange> &open) { return !open.isEmpty(); });
            for (const Provider &provider : std::as_const(m_page.providers)) {
                if (!m_providerFilter.isEmpty() && provider.id != m_providerFilter)
                    continue;
                if (byClinic && !inClinic.contains(provider.id) && !booked.contains(provider.id))
                    continue;
                const QList<DayRange> open = frame.providerOpen.value(provider.id);
                // A provider who is off and has nothing booked that day takes no room, unless
                // they are the one being looked at or the whole practice is closed that day
                // (the day still shows, shaded).
                if (open.isEmpty() && !booked.contains(provider.id) && m_providerFilter.isEmpty() && anyoneIn)
                    continue;
                Lane lane;
                lane.key = provider.id;
                lane.date = frame.date;
                lane.title = provider.name;
                lane.subtitle = !frame.closedReason.isEmpty() ? frame.closedReason
                        : open.isEmpty()                     ? tr("Not working")
                                                             : QString();
                lane.closedReason = frame.closedReason;
                lane.color = QColor(provider.color);
                lane.open = open;
                lane.closed = frame.providerClosed.value(provider.id);
                for (const ProductionRange &r : frame.production) {
                    if (r.providerId == provider.id)
                        lane.production.append(r);
                }
                laneOf.insert(laneKey(frame.date, provider.id), int(m_lanes.size()));
                m_lanes.append(std::move(lane));
            }
        }
    }
    for (int i = 0; i < m_page.appointments.size(); ++i) {
        const PageAppointment &p = m_page.appointments.at(i);
        const Appointment &a = p.shown.appointment;
        if (a.status == AppointmentStatus::Cancelled)
            continue;
        if (!m_providerFilter.isEmpty() && a.providerId != m_providerFilter)
            continue;
        if (byClinic && !clinicChairs.contains(a.chairId))
            continue;
        const QString key = m_laneMode == LaneMode::Chairs ? a.chairId : a.providerId;
        const int lane = laneOf.value(laneKey(p.date, key), -1);
        if (lane >= 0)
            m_lanes[lane].tiles.append(i); // the page is ordered by start already
    }
}

const PageAppointment &ScheduleModel::tile(int lane, int row) const
{
    return m_page.appointments.at(m_lanes.at(lane).tiles.at(row));
}

QModelIndex ScheduleModel::indexOfAppointment(const QString &id) const
{
    for (int l = 0; l < m_lanes.size(); ++l) {
        const QList<int> &tiles = m_lanes.at(l).tiles;
        for (int r = 0; r < tiles.size(); ++r) {
            if (m_page.appointments.at(tiles.at(r)).shown.appointment.id == id)
                return index(r, 0, laneIndex(l));
        }
    }
    return {};
}

QModelIndex ScheduleModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_lanes.size() ? createIndex(row, 0, kLaneId) : QModelIndex();
    if (parent.internalId() != kLaneId || parent.row() >= m_lanes.size())
        return {};
    return row < m_lanes.at(parent.row()).tiles.size() ? createIndex(row, 0, quintptr(parent.row()) + 1)
                                                        : QModelIndex();
}

QModelIndex ScheduleModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kLaneId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kLaneId);
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_lanes.size());
    if (parent.internalId() == kLaneId && parent.column() == 0)
        return int(m_lanes.at(parent.row()).tiles.size());
    return 0;
}

int ScheduleModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kLaneId)
        return laneData(m_lanes.at(index.row()), role);
    return tileData(tile(int(index.internalId() - 1), index.row()), role);
}

QVariant ScheduleModel::laneData(const Lane &lane, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return lane.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return lane.subtitle.isEmpty() ? lane.title : lane.title + u" — "_s + lane.subtitle;
    case IsLaneRole:
        return true;
    case LaneKeyRole:
        return lane.key;
    case LaneDateRole:
        return lane.date;
    case LaneSubtitleRole:
        return lane.subtitle;
    case ColorRole:
        return lane.color;
    default:
        return {};
    }
}

QVariant ScheduleModel::tileData(const PageAppointment &p, int role) const
{
    const Appointment &a = p.shown.appointment;
    switch (role) {
    case Qt::DisplayRole:
        return p.shown.patientName;
    case Qt::ToolTipRole: {
        QString text = u"<b>"_s + p.shown.patientName.toHtmlEscaped() + u"</b><br>"_s
                + tr("%1, %2–%3 (%n min)", nullptr, a.minutes)
                          .arg(p.shown.typeName.toHtmlEscaped(), localformat::time(p.startMinute), localformat::time(p.startMinute + a.minutes))
                + u"<br>"_s
                + tr("%1 in %2").arg(p.shown.providerName.toHtmlEscaped(), p.shown.chairName.toHtmlEscaped())
                + u"<br>"_s + tr("Status: %1").arg(appointmentStatusText(a.status)) + u"<br>"_s
                + tr("Sync: %1").arg(syncWords(a.syncState));
        if (!p.syncNote.isEmpty())
            text += u"<br><i>"_s + p.syncNote.toHtmlEscaped() + u"</i>"_s;
        if (m_late.contains(a.id))
            text += u"<br><b style='color:#e65100'>"_s + tr("Late: not checked in; possible no-show").toHtmlEscaped()
                    + u"</b>"_s;
        if (!a.notes.isEmpty())
            text += u"<br><i>"_s + a.notes.toHtmlEscaped() + u"</i>"_s;
        if (!p.conflicts.isEmpty())
            text += u"<br><span style='color:#b00020'>"_s + p.conflicts.join(u"<br>"_s).toHtmlEscaped() + u"</span>"_s;
        return text;
    }
    case Qt::AccessibleTextRole:
        return QString(tr("%1, %2 at %3 for %n minutes, %4, %5", nullptr, a.minutes)
                .arg(p.shown.patientName, p.shown.typeName, localformat::time(p.startMinute), p.shown.providerName,
                     appointmentStatusText(a.status))
                + (m_late.contains(a.id) ? u", "_s + tr("late, possible no-show") : QString())
                + (p.conflicts.isEmpty() ? QString() : u", "_s + tr("conflict: %1").arg(p.conflicts.join(u"; "_s))));
    case IsLaneRole:
        return false;
    case ColorRole:
        return QColor(m_colorMode == ColorMode::Provider ? p.shown.providerColor : p.shown.typeColor);
    case AppointmentIdRole:
        return a.id;
    case VersionRole:
        return a.version;
    case PatientIdRole:
        return a.patientId;
    case TypeIdRole:
        return a.typeId;
    case TypeNameRole:
        return p.shown.typeName;
    case ProviderIdRole:
        return a.providerId;
    case ProviderNameRole:
        return p.shown.providerName;
    case ChairIdRole:
        return a.chairId;
    case ChairNameRole:
        return p.shown.chairName;
    case StartUtcRole:
        return a.startUtc;
    case StartMinuteRole:
        return p.startMinute;
    case MinutesRole:
        return a.minutes;
    case MinMinutesRole:
        if (const AppointmentType *t = type(a.typeId))
            return t->minMinutes;
        return a.minutes;
    case MaxMinutesRole:
        if (const AppointmentType *t = type(a.typeId))
            return t->maxMinutes;
        return a.minutes;
    case StatusRole:
        return appointmentStatusName(a.status);
    case SyncStateRole:
        return syncStateName(a.syncState);
    case ProviderTimeRole:
        return p.providerTime;
    case ConflictRole:
        return p.conflicts.join(u'\n');
    case NotesRole:
        return a.notes;
    case HeldRole:
        return m_held.contains(a.id);
    case LateRole:
        return m_late.contains(a.id);
    case LaneDateRole:
        return p.date;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScheduleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{IsLaneRole, "isLane"},          {LaneKeyRole, "laneKey"},     {LaneDateRole, "date"},
                  {LaneSubtitleRole, "subtitle"},  {ColorRole, "color"},         {AppointmentIdRole, "appointmentId"},
                  {VersionRole, "version"},        {PatientIdRole, "patientId"}, {TypeIdRole, "typeId"},
                  {TypeNameRole, "typeName"},      {ProviderIdRole, "providerId"}, {ProviderNameRole, "providerName"},
                  {ChairIdRole, "chairId"},        {ChairNameRole, "chairName"}, {StartUtcRole, "startUtc"},
                  {StartMinuteRole, "startMinute"}, {MinutesRole, "minutes"},    {MinMinutesRole, "minMinutes"},
                  {MaxMinutesRole, "maxMinutes"},  {StatusRole, "status"},       {SyncStateRole, "syncState"},
                  {ProviderTimeRole, "providerTime"}, {ConflictRole, "conflict"}, {NotesRole, "notes"},
                  {HeldRole, "held"}, {LateRole, "late"}});
    return names;
}

} // namespace chairside
