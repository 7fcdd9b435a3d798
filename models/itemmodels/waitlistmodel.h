#pragma once

#include "services/frontdesk.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace chairside {

// The waitlist as its panel's table shows it, one entry a row: patient, type, urgency, the
// provider asked for, the window, on the list since, last contact. Rows come in the list's
// order (most urgent first, then longest waiting); dates are in the practice's time zone.
class WaitlistModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PatientColumn, TypeColumn, UrgencyColumn, ProviderColumn, WindowColumn, SinceColumn,
                  LastContactColumn, ColumnCount };
    // Every column answers each role for its row.
    enum Role {
        EntryIdRole = Qt::UserRole + 1, PatientIdRole, TypeIdRole, ProviderIdRole, MinutesRole, UrgencyRole,
        EligibleRole, // true for the entries that can take the time that just came free
        UrgencyBandRole, // the entry's UrgencyBand, what the urgency filter picks by
        SortRole // the column's value as it sorts: a name, a number, a date
    };
    // How soon, in the words of the urgency filter: urgency 8–10, 4–7, 1–3.
    enum class UrgencyBand { High, Medium, Low };
    [[nodiscard]] static UrgencyBand urgencyBand(int urgency);
    [[nodiscard]] static QString urgencyBandText(UrgencyBand band);

    explicit WaitlistModel(QObject *parent = nullptr);
    void setEntries(QList<ShownWaitlistEntry> entries, const QTimeZone &zone);
    // Marks the entries that can take freed time (`what` names it: "the 9:00 with Dr. A"):
    // starred and highlighted, with a note; an empty list clears the marks.
    void setEligible(const QStringList &entryIds, const QString &what);
    [[nodiscard]] const QStringList &eligible() const { return m_eligible; }
    [[nodiscard]] const ShownWaitlistEntry &at(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant text(const ShownWaitlistEntry &e, int column) const;
    [[nodiscard]] QVariant sortValue(const ShownWaitlistEntry &e, int column) const;
    [[nodiscard]] QString toolTip(const ShownWaitlistEntry &e, bool eligible) const;

    QList<ShownWaitlistEntry> m_entries;
    QTimeZone m_zone;
    QStringList m_eligible;
    QString m_freedText;
};

} // namespace chairside
