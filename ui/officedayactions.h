#pragma once

#include "domain/appointment.h"
#include "domain/session.h"

#include <QDate>
#include <QObject>
#include <QTimeZone>

#include <functional>

class QAction;
class QMenu;
class QModelIndex;
class QWidget;

namespace chairside {

class AbsenceService;
class FamilyBooking;
class SeriesService;
struct SchedulePage;

// The office day's actions beyond one booking: repeating a visit as a series, moving or
// cancelling a series from one of its visits, booking a family together (the tile menu), and
// a provider away (Edit › Provider away…). A controller over SeriesService, FamilyBooking and
// AbsenceService: it offers its actions to whoever may fill the book, runs their dialogs over
// `window`, and reports what happened; the services decide and write.
class OfficeDayActions final : public QObject
{
    Q_OBJECT
public:
    // What the window shows when an action runs: the page (names, types), the practice's
    // zone, the day, and the clinic and provider chosen in its filters.
    struct Where
    {
        const SchedulePage *page = nullptr;
        QTimeZone zone;
        QDate date;
        QString clinicId;
        QString providerId;
    };

    OfficeDayActions(SeriesService &series, FamilyBooking &family, AbsenceService &absence, QWidget *window,
                     std::function<Where()> where);

    void setSession(const UserSession &session) { m_session = session; }
    // Edit › Provider away… (object name "providerAwayAction").
    [[nodiscard]] QAction *awayAction() const { return m_away; }
    void retranslate();
    // Adds the series and family actions for `tile` (a ScheduleModel index) to `menu`, for a
    // role that may fill the book.
    void addTileActions(QMenu &menu, const QModelIndex &tile);
    void showAbsence();

Q_SIGNALS:
    // The schedule changed: the window reloads and sync is told.
    void changed();
    void message(const QString &text, bool problem);
    // A series cancelled freed this time (the first of it, for Fill the book).
    void timeFreed(const chairside::FreedSlot &slot);

private:
    void after(bool changedSchedule);

    SeriesService &m_series;
    FamilyBooking &m_family;
    AbsenceService &m_absence;
    QWidget *m_window;
    std::function<Where()> m_where;
    UserSession m_session;
    QAction *m_away;
};

} // namespace chairside
