#pragma once

#include "domain/practice.h"
#include "domain/session.h"
#include "services/patientcard.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

class QFormLayout;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace chairside {

class FrontDesk;
class MessagingService;
struct VisitToBook;

// A patient's card: who they are and how to reach them, their family, their visits with how
// each went, the waitlist, unscheduled visits and the contact log, read in one call through
// FrontDesk for the signed-in person. It writes nothing: its buttons ask the window (book,
// add to the waitlist, record a call, edit), and those the role may not use are disabled.
// Enter on a visit goes to its day; a family member's name opens their card here.
class PatientCardDialog final : public QDialog
{
    Q_OBJECT
    Q_MOC_INCLUDE("ui/sidepanels.h")
public:
    PatientCardDialog(FrontDesk &desk, const UserSession &session, const QTimeZone &zone, QWidget *parent = nullptr);
    ~PatientCardDialog() override;

    // The practice's appointment types, for adding the patient to the waitlist for a visit
    // they have not had yet.
    void setVisitTypes(const QList<AppointmentType> &types) { m_types = types; }
    // Whether the patient's number takes the practice's texts (it texted STOP) is read here.
    void setMessaging(MessagingService *messaging) { m_messaging = messaging; }
    // Reads and shows the patient's card; false with `error` set when it cannot be read (the
    // role may not, no such patient, the cache failed), the card shown before kept.
    bool showPatient(const QString &patientId, QString *error);
    // Reads the same patient again (after a booking or a call made from the card).
    void reload();
    [[nodiscard]] const std::optional<PatientCard> &card() const { return m_card; }

Q_SIGNALS:
    void bookRequested(const chairside::VisitToBook &visit);
    // An entry for `typeId` (and the provider of the visit it came from, when one did).
    void waitlistRequested(const QString &patientId, const QString &patientName, const QString &typeId,
                           const QString &providerId);
    // A call about a cancelled or missed visit: the reschedule call.
    void rescheduleCallRequested(const QString &appointmentId, const QString &patientName);
    // A call about a coming visit: the confirmation list from its day.
    void confirmationCallRequested(const QDate &day);
    void editRequested(const QString &patientId);
    void visitRequested(const QString &appointmentId, const QDateTime &startUtc);

private:
    void build();
    void fill();
    void fillWaitlistMenu();
    void fillCallMenu();
    [[nodiscard]] bool mayFill() const;

    FrontDesk &m_desk;
    UserSession m_session;
    QTimeZone m_zone;
    QList<AppointmentType> m_types;
    std::optional<PatientCard> m_card;
    QLabel *m_name = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_contactBy = nullptr;
    QLabel *m_reminders = nullptr;
    QLabel *m_texts = nullptr;
    QFormLayout *m_form = nullptr;
    MessagingService *m_messaging = nullptr;
    QLabel *m_prefers = nullptr;
    QLabel *m_family = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_visits = nullptr;
    QTreeWidget *m_lists = nullptr;
    QTreeWidget *m_contacts = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_waitlist = nullptr;
    QPushButton *m_call = nullptr;
    QPushButton *m_edit = nullptr;
    QMenu *m_waitlistMenu = nullptr;
    QMenu *m_callMenu = nullptr;
};

} // namespace chairside
