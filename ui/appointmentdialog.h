#pragma once

#include "domain/session.h"
#include "services/schedulepage.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QVBoxLayout;

namespace chairside {

class BookingService;
class FrontDesk;
class ScheduleChanger;
struct BookRequest;
struct MoveRequest;

// Books a new appointment, or changes an existing one's time, chair, provider and length.
// The rules it would break are shown as the fields change; "Find next opening" lists the
// engine's three best options and books one on a click.
class AppointmentDialog final : public QDialog
{
    Q_OBJECT
public:
    AppointmentDialog(ScheduleChanger &changer, BookingService &booking, FrontDesk &desk, const SchedulePage &page,
                      QWidget *parent = nullptr);

    // A new booking prefilled from a lane (chair or provider id), date, start and length.
    void prefillNew(const QString &chairId, const QString &providerId, const QDate &date, int startMinute, int minutes);
    // Searches for openings keep to this clinic (empty = every clinic).
    void setClinic(const QString &clinicId) { m_clinicId = clinicId; }
    // A booking for a known patient and visit (a waitlist entry, an unscheduled visit): the
    // waitlist entry, when given, leaves the list with the booking.
    void prefillVisit(const QString &patientId, const QString &patientName, const QString &typeId, int minutes,
                      const QString &notes, const QString &waitlistEntryId);
    // An existing appointment: the patient and type stay, the rest can change.
    void showExisting(const Appointment &appointment, const QString &patientName);

    [[nodiscard]] QString violations() const;

    // What the waitlist and no-show rules add to the dialog, given by the window.
    struct PatientChecks
    {
        // Words on the patient's no-show record when it is over the practice's limit (empty
        // otherwise) and whether booking them then needs an office manager's approval.
        std::function<std::pair<QString, bool>(const QString &patientId)> noShowNote;
        // Asks an office manager for their approval (name and password, which the booking
        // service checks); nothing when they did not give it.
        std::function<std::optional<Approval>()> approve;
        // "Add to waitlist…": the patient, visit and provider chosen so far.
        std::function<void(const QString &patientId, const QString &patientName, const QString &typeId,
                           const QString &providerId)>
                addToWaitlist;
        // "New patient…": a first-time caller made a patient (their id and name), or nothing.
        std::function<std::optional<std::pair<QString, QString>>()> newPatient;
    };
    void setPatientChecks(PatientChecks checks);
    ~AppointmentDialog() override;

private:
    QString m_clinicId;
    void searchPatients(const QString &text);
    // Wipes and drops the approval given for this booking (used once, or the patient changed).
    void forgetApproval();
    void patientChosen(const QString &patientId, const QString &name);
    void typeChanged();
    void refreshCheck();
    void findOpenings();
    // Books (or moves to) one of the openings found, once staff confirmed who, what and when.
    void bookOpening(QListWidgetItem *item);
    void accept() override;
    [[nodiscard]] std::optional<BookRequest> request(QString *why) const;
    // The request when it names a patient and an existing time; else says why on the dialog.
    [[nodiscard]] std::optional<BookRequest> readyRequest();
    // The change an existing appointment's fields ask for.
    [[nodiscard]] MoveRequest changeTo(const BookRequest &r) const;

    ScheduleChanger &m_changer;
    BookingService &m_booking;
    FrontDesk &m_desk;
    const SchedulePage &m_page;
    std::optional<Appointment> m_existing;
    QString m_patientId;
    QString m_waitlistEntryId;
    QString m_patientName;
    PatientChecks m_checks;
    bool m_needsApproval = false;
    std::optional<Approval> m_approval;
    QLabel *m_patientNote;
    QPushButton *m_addToWaitlist;
    QPushButton *m_newPatient;

    QLineEdit *m_patientSearch;
    QListWidget *m_patientResults;
    QLabel *m_patientLabel;
    QComboBox *m_type;
    QComboBox *m_provider;
    QComboBox *m_chair;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QSpinBox *m_length;
    QPlainTextEdit *m_notes;
    QLabel *m_violations;
    QPushButton *m_findOpening;
    QListWidget *m_openings;
    QPushButton *m_save;
};

} // namespace chairside
