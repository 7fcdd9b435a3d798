#pragma once

#include "services/frontdesk.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace chairside {

// A plain list of appointments with their date and time: the holding tray, a patient's other
// appointments.
class AppointmentListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { AppointmentIdRole = Qt::UserRole + 1, VersionRole, PatientIdRole, TypeIdRole, MinutesRole, StartUtcRole };

    explicit AppointmentListModel(QObject *parent = nullptr);
    void setAppointments(QList<ScheduledAppointment> list, const QTimeZone &zone);
    [[nodiscard]] const ScheduledAppointment &at(int row) const { return m_list.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ScheduledAppointment> m_list;
    QTimeZone m_zone;
};

// The waitlist as its panel lists it: most urgent first, then longest waiting.
class WaitlistModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, PatientIdRole, TypeIdRole, ProviderIdRole, MinutesRole, UrgencyRole,
        EligibleRole // true for the entries that can take the time that just came free
    };

    explicit WaitlistModel(QObject *parent = nullptr);
    void setEntries(QList<ShownWaitlistEntry> entries);
    // Marks the entries that can take freed time (`what` names it: "the 9:00 with Dr. A"):
    // highlighted, with a note; an empty list clears the marks.
    void setEligible(const QStringList &entryIds, const QString &what);
    [[nodiscard]] const QStringList &eligible() const { return m_eligible; }
    [[nodiscard]] const ShownWaitlistEntry &at(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ShownWaitlistEntry> m_entries;
    QStringList m_eligible;
    QString m_freedText;
};

} // namespace chairside
