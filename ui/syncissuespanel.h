#pragma once

#include "domain/session.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace chairside {

class FrontDesk;

// The changes the practice system refused, each with what this desk holds and what the PMS
// holds, and the two ways out (keep mine, take theirs). It reads and decides through
// FrontDesk (the role is checked there); the window places it in a dock and reloads the
// schedule when it says a change was made.
class SyncIssuesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SyncIssuesPanel(FrontDesk &desk, QWidget *parent = nullptr);

    void setSession(const UserSession &session);
    // Where the issues' times are shown and what the chairs are called.
    void setPlaces(const QTimeZone &zone, const QHash<QString, QString> &chairNames);
    // Reads the issues again; how many there are.
    int reload();

Q_SIGNALS:
    void message(const QString &text, bool problem);
    // An issue was resolved: the schedule reloads and the change may wait for the next sync.
    void resolved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void resolve(bool mine);

    FrontDesk &m_desk;
    UserSession m_session;
    QTimeZone m_zone = QTimeZone::utc();
    QHash<QString, QString> m_chairNames;
    QTreeWidget *m_view;
    QLabel *m_empty;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
};

} // namespace chairside
