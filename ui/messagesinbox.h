#pragma once

#include "domain/messaging.h"
#include "domain/session.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace chairside {

class FrontDesk;
class MessagingService;

// The front desk's messages: replies from patients the messaging worker could not act on
// and texts that could not reach a patient, open ones first, newest first. Each shows who
// (the patient by name, the number as the practice dials it), what they wrote, when, and what
// Chairside did. Done closes one through MessagingService; the patient's card is asked of the
// window (cardRequested).
class MessagesInbox final : public QWidget
{
    Q_OBJECT
public:
    MessagesInbox(MessagingService &messaging, FrontDesk &desk, QWidget *parent = nullptr);

    void setSession(const UserSession &session);
    // Reads the inbox again, dates in `zone` (the practice's); the number of open items.
    int reload(const QTimeZone &zone);
    [[nodiscard]] int openCount() const { return m_open; }
    [[nodiscard]] QTreeWidget *view() const { return m_view; }
    // Closes the item `providerId` (Done).
    void close(const QString &providerId);

Q_SIGNALS:
    void cardRequested(const QString &patientId);
    void message(const QString &text, bool problem);
    // An item was closed.
    void changed();

private:
    [[nodiscard]] QString patientName(const QString &patientId);
    void updateButtons();

    MessagingService &m_messaging;
    FrontDesk &m_desk;
    UserSession m_session;
    QTimeZone m_zone;
    int m_open = 0;
    // Names read for this session, so a refresh does not read every patient again.
    QHash<QString, QString> m_names;
    QTreeWidget *m_view = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_card = nullptr;
};

} // namespace chairside
