#pragma once

#include "services/reminderservice.h"

#include "domain/session.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace chairside {

class DateRangeBar;

// The confirmation list for the next days: each visit's confirmation state, its reminders
// (sent, due, failed) and the patient's way of contact; one click records the outcome of a
// call. Confirming moves the visit to Confirmed (the tile, the practice system).
class ConfirmationDialog final : public QDialog
{
    Q_OBJECT
public:
    ConfirmationDialog(ReminderService &reminders, const UserSession &session, const QDate &from,
                       QWidget *parent = nullptr);
    // Whether any visit changed (the schedule reloads).
    [[nodiscard]] bool changedSchedule() const { return m_changed; }

private:
    void load();
    void mark(ConfirmationState state);

    ReminderService &m_reminders;
    UserSession m_session;
    DateRangeBar *m_range;
    QTreeWidget *m_list;
    QLabel *m_error;
    QList<ConfirmationRow> m_rows;
    bool m_changed = false;
};

} // namespace chairside
