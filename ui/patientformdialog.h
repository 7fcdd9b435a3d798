#pragma once

#include "domain/session.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QFormLayout;
class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace chairside {

class PatientRecords;
struct Patient;
struct PatientDetails;

// A new patient, or a patient's details changed: the form a receptionist fills while the
// caller is on the line. The service checks and writes (PatientRecords); the form shows what
// it says at the field it names, and on a likely duplicate offers the patient on file.
class PatientFormDialog final : public QDialog
{
    Q_OBJECT
public:
    // A new patient when `patient` is null; otherwise that patient's details, to change.
    PatientFormDialog(PatientRecords &records, const UserSession &session, const Patient *patient,
                      QWidget *parent = nullptr);

    // The patient saved, or the one on file chosen instead of a duplicate.
    [[nodiscard]] QString patientId() const { return m_patientId; }
    [[nodiscard]] QString patientName() const { return m_patientName; }
    [[nodiscard]] QString message() const { return m_message; }

    // Whether a form can be shown at all; false with `why` (the practice system takes no
    // new patients or changes from here, said before anyone types).
    [[nodiscard]] static bool available(PatientRecords &records, bool creating, QString *why);

    // The details as typed (a birthdate that does not read as a date is left invalid).
    [[nodiscard]] PatientDetails details() const;

    // Patients matching what was typed, as the window's search finds them for the person
    // signed in: each one's id and how it is shown ("Ana Ruiz, born 2/3/1980").
    using PatientLookup = std::function<QList<std::pair<QString, QString>>(const QString &typed)>;
    // Offers the guarantor row: a family member found by name, or none. `currentName` shows
    // the guarantor on file.
    void setGuarantorLookup(PatientLookup lookup, const QString &currentName = {});

    void accept() override;

private:
    void showProblem(const QString &field, const QString &message);

    PatientRecords &m_records;
    UserSession m_session;
    QString m_editing; // the patient being changed, empty for a new one
    // What the form started from: fields it does not show (the guarantor) stay as they were.
    QString m_originalGuarantor;
    QLineEdit *m_first;
    QLineEdit *m_last;
    QLineEdit *m_birthdate;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_sex;
    QComboBox *m_language;
    QComboBox *m_contact;
    QFormLayout *m_form;
    QLineEdit *m_guarantor;
    QCompleter *m_guarantorCompleter;
    QStringListModel *m_guarantorChoices;
    PatientLookup m_lookup;
    QList<std::pair<QString, QString>> m_found; // the last lookup's patients
    QString m_guarantorId;                      // the one chosen (or on file)
    QLabel *m_problem;
    QString m_patientId;
    QString m_patientName;
    QString m_message;
};

} // namespace chairside
