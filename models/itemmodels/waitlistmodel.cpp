#include "waitlistmodel.h"

#include "domain/localformat.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

WaitlistModel::UrgencyBand WaitlistModel::urgencyBand(int urgency)
{
    return urgency >= 8 ? UrgencyBand::High : urgency >= 4 ? UrgencyBand::Medium : UrgencyBand::Low;
}

QString WaitlistModel::urgencyBandText(UrgencyBand band)
{
    switch (band) {
    case UrgencyBand::High: return tr("High (8–10)");
    case UrgencyBand::Medium: return tr("Medium (4–7)");
    case UrgencyBand::Low: return tr("Low (1–3)");
    }
    return {};
}

WaitlistModel::WaitlistModel(QObject *parent) : QAbstractTableModel(parent) {}

void WaitlistModel::setEntries(QList<ShownWaitlistEntry> entries, const QTimeZone &zone)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_zone = zone;
    endResetModel();
}

int WaitlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WaitlistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void WaitlistModel::setEligible(const QStringList &entryIds, const QString &what)
{
    m_eligible = entryIds;
    m_freedText = what;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

QVariant WaitlistModel::text(const ShownWaitlistEntry &e, int column) const
{
    const WaitlistEntry &w = e.entry;
    switch (Column(column)) {
    case PatientColumn:
        return m_eligible.contains(w.id) ? u"★ "_s + e.patientName : e.patientName;
    case TypeColumn:
        return e.typeName;
    case UrgencyColumn:
        return w.urgency;
    case ProviderColumn:
        if (w.providerId.isEmpty())
            return tr("Any provider");
        // A provider no longer in the practice's list is not named by an id.
        return e.providerName.isEmpty() ? tr("Provider no longer listed") : e.providerName;
    case WindowColumn:
        return tr("%1 – %2").arg(shortDate(w.earliest), shortDate(w.latest));
    case SinceColumn:
        return shortDate(w.sinceUtc.toTimeZone(m_zone).date());
    case LastContactColumn:
        return e.lastContactUtc.isValid() ? shortDate(e.lastContactUtc.toTimeZone(m_zone).date()) : tr("None yet");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WaitlistModel::sortValue(const ShownWaitlistEntry &e, int column) const
{
    const WaitlistEntry &w = e.entry;
    switch (Column(column)) {
    case PatientColumn:
        return e.patientName;
    case TypeColumn:
        return e.typeName;
    case UrgencyColumn:
        return w.urgency;
    case ProviderColumn:
        return text(e, column);
    case WindowColumn:
        return w.earliest.toJulianDay() * 100000
                + w.earliest.daysTo(w.latest); // the earliest day, then the shorter window
    case SinceColumn:
        return w.sinceUtc.toSecsSinceEpoch();
    case LastContactColumn: // never contacted first: they are owed a call the longest
        return e.lastContactUtc.isValid() ? e.lastContactUtc.toSecsSinceEpoch() : qint64(0);
    case ColumnCount:
        break;
    }
    return {};
}

QString WaitlistModel::toolTip(const ShownWaitlistEntry &e, bool eligible) const
{
    // The whole entry, whichever column the pointer is on: a side dock shows only the first
    // columns without scrolling.
    QStringList lines;
    if (eligible)
        lines << tr("★ Can take %1").arg(m_freedText);
    lines << tr("%1 · %2").arg(e.patientName, e.typeName)
          << tr("Urgency %1 · %2").arg(e.entry.urgency).arg(text(e, ProviderColumn).toString())
          << tr("Can come %1").arg(text(e, WindowColumn).toString())
          << tr("Waiting since %1").arg(text(e, SinceColumn).toString())
          << (e.lastContactUtc.isValid()
                      ? tr("Last contact %1").arg(localformat::dateTime(e.lastContactUtc.toTimeZone(m_zone)))
                      : tr("No contact recorded"));
    return lines.join(u'\n');
}

QVariant WaitlistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShownWaitlistEntry &e = m_entries.at(index.row());
    const bool eligible = m_eligible.contains(e.entry.id);
    switch (role) {
    case Qt::DisplayRole:
        return text(e, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == PatientColumn && eligible)
            return tr("%1, can take %2").arg(e.patientName, m_freedText);
        return text(e, index.column()).toString();
    case Qt::ToolTipRole:
        return toolTip(e, eligible);
    case Qt::TextAlignmentRole:
        return index.column() == UrgencyColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::BackgroundRole:
        return eligible ? QVariant(QColor(0xff, 0xf1, 0xb8)) : QVariant();
    case Qt::FontRole: {
        if (!eligible)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case SortRole:
        return sortValue(e, index.column());
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
    case UrgencyBandRole:
        return int(urgencyBand(e.entry.urgency));
    default:
        return {};
    }
}

QVariant WaitlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case PatientColumn: return tr("Patient");
        case TypeColumn: return tr("Type");
        case UrgencyColumn: return tr("Urgency");
        case ProviderColumn: return tr("Provider");
        case WindowColumn: return tr("Window");
        case SinceColumn: return tr("Waiting since");
        case LastContactColumn: return tr("Last contact");
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case UrgencyColumn: return tr("1 can wait, 10 as soon as possible");
        case ProviderColumn: return tr("The provider the patient asked for");
        case WindowColumn: return tr("The days the patient can come");
        case SinceColumn: return tr("On the list since");
        case LastContactColumn: return tr("The last time the practice contacted the patient, about anything");
        default: break;
        }
    }
    return {};
}

} // namespace chairside
