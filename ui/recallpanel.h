#pragma once

#include "sidepanels.h"

#include "domain/fill.h"
#include "domain/session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeView;

namespace chairside {

class MessagingService;
class RecallModel;
class RecallService;

// The recall list beside the waitlist: patients due for their cleaning or perio maintenance
// (overdue, and due within the practice's window), not already booked, filtered by usual
// hygienist, recall type and due dates. Book asks the window for its booking dialog with the
// patient, a visit that satisfies the recall and their usual hygienist and chair; Record
// contact notes a recall call in the contact log. It decides nothing: RecallService does.
class RecallPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit RecallPanel(RecallService &recalls, QWidget *parent = nullptr);

    void setSession(const UserSession &session);
    // Reads the filters' choices (first time) and the list again.
    void reload();
    [[nodiscard]] RecallModel *model() const { return m_model; }
    // The actions, for the patient at model() `row`.
    void book(int row);
    void recordContact(int row, ContactOutcome outcome);
    // Texts or e-mails: "Send recall message" is offered while a provider is connected.
    void setMessaging(MessagingService *messaging);
    void sendMessage(int row);

Q_SIGNALS:
    void bookRequested(const chairside::VisitToBook &visit);
    void message(const QString &text, bool problem);
    // A contact was recorded: it may wait for the practice system's communication log.
    void contactsRecorded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillChoices();
    [[nodiscard]] int currentRow() const;
    void showContactMenu();
    void enableActions();

    RecallService &m_recalls;
    UserSession m_session;
    RecallModel *m_model;
    QComboBox *m_provider;
    QComboBox *m_type;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTreeView *m_view;
    QLabel *m_count;
    QPushButton *m_book;
    QPushButton *m_contact;
    QPushButton *m_send;
    MessagingService *m_messaging = nullptr;
    bool m_choicesRead = false;
};

} // namespace chairside
