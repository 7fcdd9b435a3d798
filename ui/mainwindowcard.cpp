// The main window's part in a patient's card: opening it (from the patient search or a tile's
// menu) and answering its buttons with the window's own dialogs: booking, the waitlist entry,
// the reschedule call and the confirmation list.
#include "mainwindow.h"

#include "fillpanel.h"
#include "patientcarddialog.h"
#include "schedulechanger.h"
#include "sidepanels.h"

#include "itemmodels/schedulemodel.h"
#include "services/frontdesk.h"

using namespace Qt::StringLiterals;

namespace chairside {

void MainWindow::showPatientCard(const QString &patientId)
{
    // One card at a time, read for whoever is signed in now.
    if (m_card)
        m_card->close();
    auto *card = new PatientCardDialog(m_desk, m_session, m_changer->zone(), this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->setVisitTypes(m_model->page().types);
    card->setMessaging(m_messaging);
    QString error;
    if (!card->showPatient(patientId, &error)) {
        delete card;
        showMessage(error, true);
        return;
    }
    m_card = card;
    connect(card, &PatientCardDialog::bookRequested, this, [this, card](const VisitToBook &visit) {
        bookVisit(visit);
        card->reload();
    });
    connect(card, &PatientCardDialog::waitlistRequested, this,
            [this, card](const QString &id, const QString &name, const QString &typeId, const QString &providerId) {
                addToWaitlist(id, name, typeId, providerId);
                card->reload();
            });
    connect(card, &PatientCardDialog::rescheduleCallRequested, this,
            [this, card](const QString &appointmentId, const QString &name) {
                rescheduleCall(appointmentId, name);
                card->reload();
            });
    connect(card, &PatientCardDialog::confirmationCallRequested, this, [this, card](const QDate &day) {
        showConfirmations(day);
        card->reload();
    });
    connect(card, &PatientCardDialog::editRequested, this, [this, card](const QString &id) {
        editPatient(id);
        card->reload();
    });
    connect(card, &PatientCardDialog::visitRequested, this,
            [this, card](const QString &appointmentId, const QDateTime &startUtc) {
                goToPatient(card->card()->patient.id, card->card()->patient.name, appointmentId, startUtc);
                activateWindow();
            });
    card->show();
    card->raise();
    card->activateWindow();
}

void MainWindow::rescheduleCall(const QString &appointmentId, const QString &patientName)
{
    if (!m_fill)
        return;
    RescheduleDialog dialog(*m_fill, appointmentId, patientName, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT localChangeMade(); // the call logged, and any booking, wait for the practice system
}

} // namespace chairside
