#pragma once

#include "services/fillservice.h"

#include "domain/session.h"

#include <QDialog>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace chairside {

class Clock;

// "Fill the book": the time that just came free and who on the waitlist can take it, the
// offers made and their state (with Accepted / Declined as the patient answers), and today's
// late patients to mark no-show. Offers expire on their own while the panel is shown.
class FillPanel final : public QWidget
{
    Q_OBJECT
public:
    FillPanel(FillService &fill, BookingService &booking, QWidget *parent = nullptr);

    void setSession(const UserSession &session);
    // Time came free: the waitlist entries that can take it are looked up (and reported through
    // eligibleChanged) and "Offer" offers it to them in order.
    void setFreedSlot(const FreedSlot &slot, const QString &what);
    [[nodiscard]] const std::optional<FreedSlot> &freedSlot() const { return m_slot; }
    // Expires offers whose time is up, marks late patients no-show when the practice asks for
    // it, and re-reads the lists.
    void refresh();
    [[nodiscard]] QSet<QString> lateIds() const { return m_lateIds; }

Q_SIGNALS:
    // The panel changed the cache (a booking, a no-show); the schedule reloads.
    void changed();
    void message(const QString &text, bool problem);
    // A contact with a patient was recorded (an offer, an answer): it may wait for the
    // practice system's communication log.
    void contactsRecorded();
    // The waitlist entries that can take the freed time, and the words for that time.
    void eligibleChanged(const QStringList &entryIds, const QString &what);
    // A no-show marked here (by hand or as the practice asks) gave time back.
    void timeFreed(const chairside::FreedSlot &slot);

private:
    void retranslate();
    void offer();
    void answer(bool accepted);
    void markNoShow();

    FillService &m_fill;
    BookingService &m_booking;
    UserSession m_session;
    std::optional<FreedSlot> m_slot;
    QString m_slotText;
    QStringList m_eligible;
    QSet<QString> m_lateIds;
    QLabel *m_freedLabel;
    QPushButton *m_offerButton;
    QLabel *m_offersLabel;
    QTreeWidget *m_offers;
    QPushButton *m_acceptedButton;
    QPushButton *m_declinedButton;
    QLabel *m_lateLabel;
    QListWidget *m_late;
    QPushButton *m_noShowButton;

protected:
    void changeEvent(QEvent *event) override;
};

// A waitlist entry's window, urgency and provider, for a new entry or an edit.
class WaitlistEntryDialog final : public QDialog
{
    Q_OBJECT
public:
    WaitlistEntryDialog(const WaitlistEntry &entry, const QString &patientName, const QList<Provider> &providers,
                        QWidget *parent = nullptr);
    [[nodiscard]] WaitlistEntry entry() const;

private:
    WaitlistEntry m_entry;
    QDateEdit *m_earliest;
    QDateEdit *m_latest;
    QSpinBox *m_urgency;
    QComboBox *m_provider;
};

// A reschedule call about a missed or cancelled visit: the engine's three best times and the
// message to read out, then what the patient said (a chosen time is booked).
class RescheduleDialog final : public QDialog
{
    Q_OBJECT
public:
    RescheduleDialog(FillService &fill, const QString &appointmentId, const QString &patientName,
                     const UserSession &session, QWidget *parent = nullptr);
    // The booking made, when the patient took a time.
    [[nodiscard]] const QString &bookedId() const { return m_booked; }

private:
    void log(ContactOutcome outcome);

    FillService &m_fill;
    QString m_appointmentId;
    UserSession m_session;
    QList<scheduling::Opening> m_options;
    QListWidget *m_list;
    QLabel *m_error;
    QString m_booked;
};

// The weekly no-show follow-up: last week's no-shows nobody has booked again, with each
// patient's way of contact (or "do not contact") and the message to send; Reschedule opens
// the call for the chosen one.
class FollowUpDialog final : public QDialog
{
    Q_OBJECT
public:
    FollowUpDialog(FillService &fill, const UserSession &session, QWidget *parent = nullptr);
    [[nodiscard]] bool booked() const { return m_booked; }

private:
    void load();

    FillService &m_fill;
    UserSession m_session;
    QList<FollowUp> m_rows;
    QLabel *m_message = nullptr;
    QTreeWidget *m_list;
    bool m_booked = false;
};

// The practice's choices for filling the book, for the office manager: how many patients a
// freed time is offered to at once and for how long, automatic no-show marking, and the
// no-show limit with a warning or an office manager's approval above it. Saved through
// FillService (refused for other roles, audited).
class FillSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    FillSettingsDialog(FillService &fill, const UserSession &session, QWidget *parent = nullptr);

    void accept() override;

private:
    FillService &m_fill;
    UserSession m_session;
    QSpinBox *m_offersAtOnce;
    QSpinBox *m_offerMinutes;
    QCheckBox *m_autoNoShow;
    QSpinBox *m_noShowLimit;
    QComboBox *m_overLimit;
    QLabel *m_error;
};

} // namespace chairside
