#include "patientsearchmodel.h"

#include "domain/localformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace chairside {

PatientSearchModel::PatientSearchModel(QObject *parent) : QAbstractListModel(parent) {}

void PatientSearchModel::setResult(PatientSearchResult result, const QTimeZone &zone)
{
    beginResetModel();
    m_result = std::move(result);
    m_zone = zone;
    endResetModel();
}

int PatientSearchModel::rowCount(const QModelIndex &parent) const
{
    // One more row says there are more than shown.
    return parent.isValid() ? 0 : int(m_result.found.size()) + (m_result.more ? 1 : 0);
}

Qt::ItemFlags PatientSearchModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return index.row() < m_result.found.size() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                                               : Qt::ItemNeverHasChildren;
}

QVariant PatientSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_result.found.size()) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("More patients match; type more of the name, or the birthdate.");
        return {};
    }
    const FoundPatient &f = m_result.found.at(index.row());
    // Follows a member of the same family listed just above it.
    const bool member = index.row() > 0 && !f.patient.familyId.isEmpty()
            && m_result.found.at(index.row() - 1).patient.familyId == f.patient.familyId;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QStringList parts{f.patient.name};
        if (f.patient.birthdate.isValid())
            parts << tr("born %1").arg(localformat::birthdate(f.patient.birthdate));
        if (!f.patient.phone.isEmpty())
            parts << (f.textsStopped ? tr("%1 (texted STOP: no texts)").arg(localformat::phone(f.patient.phone))
                                     : localformat::phone(f.patient.phone));
        if (f.nextStartUtc.isValid()) {
            const QDateTime local = f.nextStartUtc.toTimeZone(m_zone);
            parts << tr("next: %1 %2, %3").arg(localformat::shortDay(local.date()), localformat::time(local.time()),
                                               f.nextTypeName);
        } else {
            parts << tr("nothing booked");
        }
        return QString((member ? u"    "_s : QString()) + parts.join(u" · "_s));
    }
    case Qt::ToolTipRole:
        return f.nextStartUtc.isValid() ? tr("Enter goes to the next visit, with %1.").arg(f.nextProviderName)
                                        : tr("Enter lists the patient's visits.");
    case PatientIdRole:
        return f.patient.id;
    case NextAppointmentIdRole:
        return f.nextAppointmentId;
    case NextStartUtcRole:
        return f.nextStartUtc;
    case FamilyMemberRole:
        return member;
    default:
        return {};
    }
}

} // namespace chairside
