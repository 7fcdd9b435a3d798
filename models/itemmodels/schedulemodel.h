#pragma once

#include "services/schedulepage.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QSet>

namespace chairside {

// The schedule as a two-level model: each top-level row is a lane (a chair or a provider on
// one date), and its children are the appointment tiles in that lane, by start. Lanes carry
// their open hours, breaks and blocks; tiles carry everything a tile shows. Cancelled
// appointments leave the book and are not shown; no-shows stay, marked.
class ScheduleModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class LaneMode { Chairs, Providers };
    enum class ColorMode { Provider, Type };
    enum Role {
        IsLaneRole = Qt::UserRole + 1,
        LaneKeyRole,      // chair or provider id
        LaneDateRole,     // QDate
        LaneSubtitleRole, // chair lanes: the providers working in it
        ColorRole,        // lane: provider colour; tile: by the colour mode
        AppointmentIdRole,
        VersionRole,
        PatientIdRole,
        TypeIdRole,
        TypeNameRole,
        ProviderIdRole,
        ProviderNameRole,
        ChairIdRole,
        ChairNameRole,
        StartUtcRole,     // QDateTime
        StartMinuteRole,  // minutes after local midnight
        MinutesRole,
        MinMinutesRole,   // the type's bounds, for resizing
        MaxMinutesRole,
        StatusRole,       // stable status name
        SyncStateRole,    // stable sync-state name
        ProviderTimeRole, // 'X' provider, '/' assistant, per 5 minutes
        ConflictRole,     // why it breaks the rules as it stands, or empty
        NotesRole,
        HeldRole,         // on the holding tray
        LateRole,         // not checked in though start + the no-show grace has passed
    };

    // A lane as the view draws it.
    struct Lane
    {
        QString key;
        QDate date;
        QString title;
        QString subtitle;
        QColor color;
        QList<DayRange> open;
        QList<DayRange> closed;
        QList<int> tiles; // indexes into page().appointments, by start
        QString closedReason; // why nobody works on the lane's date, else empty
        // A chair lane: when each provider scheduled in the chair works there, in their color.
        struct ProviderBar
        {
            QString providerId;
            QString name;
            QColor color;
            QList<DayRange> working;
        };
        QList<ProviderBar> bars;
        // Production blocks falling in the lane: drawn as coloured borders with their name.
        QList<ProductionRange> production;
    };

    explicit ScheduleModel(QObject *parent = nullptr);

    void setPage(SchedulePage page);
    void setHeld(QSet<QString> appointmentIds);
    // The appointments flagged "late / possible no-show".
    void setLate(QSet<QString> appointmentIds);
    void setLaneMode(LaneMode mode);
    void setColorMode(ColorMode mode);
    // Providers mode: only this provider's lanes; chairs mode: only their tiles. Empty = all.
    void setProviderFilter(const QString &providerId);
    // Only one clinic: its chairs' lanes, or the providers working (or booked) in its chairs
    // that day, and only visits in its chairs. Empty = every clinic.
    void setClinicFilter(const QString &clinicId);

    [[nodiscard]] const SchedulePage &page() const { return m_page; }
    [[nodiscard]] LaneMode laneMode() const { return m_laneMode; }
    [[nodiscard]] ColorMode colorMode() const { return m_colorMode; }
    [[nodiscard]] const QString &providerFilter() const { return m_providerFilter; }
    [[nodiscard]] const QString &clinicFilter() const { return m_clinicFilter; }
    [[nodiscard]] int laneCount() const { return int(m_lanes.size()); }
    [[nodiscard]] const Lane &lane(int row) const { return m_lanes.at(row); }
    [[nodiscard]] const PageAppointment &tile(int lane, int row) const;
    [[nodiscard]] QModelIndex laneIndex(int lane) const { return index(lane, 0); }
    [[nodiscard]] QModelIndex indexOfAppointment(const QString &id) const;
    [[nodiscard]] const AppointmentType *type(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();
    [[nodiscard]] QVariant laneData(const Lane &lane, int role) const;
    [[nodiscard]] QVariant tileData(const PageAppointment &p, int role) const;

    SchedulePage m_page;
    void tilesChanged(int role);
    QSet<QString> m_held;
    QSet<QString> m_late;
    LaneMode m_laneMode = LaneMode::Chairs;
    ColorMode m_colorMode = ColorMode::Provider;
    QString m_providerFilter;
    QString m_clinicFilter;
    QList<Lane> m_lanes;
    QHash<QString, int> m_typeIndex;
    QHash<QString, int> m_providerIndex;
};

} // namespace chairside
