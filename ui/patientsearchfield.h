#pragma once

#include "domain/session.h"

#include <QDateTime>
#include <QLineEdit>
#include <QTimeZone>

#include <functional>

class QCompleter;
class QTimer;

namespace chairside {

class FrontDesk;
class PatientSearchModel;

// The main window's "find a patient" field: what is typed is looked up as it is typed (the
// front desk service decides what matches and audits what is shown) and the patients found
// drop down under it. Choosing one says so; the window goes to their next visit. Ctrl+Enter
// (or Alt+Enter) asks for the patient's card instead.
class PatientSearchField final : public QLineEdit
{
    Q_OBJECT
public:
    // `session` and `zone` are asked at each search: whoever is signed in, the practice's zone.
    PatientSearchField(FrontDesk &desk, std::function<UserSession()> session, std::function<QTimeZone()> zone,
                       QWidget *parent = nullptr);
    ~PatientSearchField() override;

    [[nodiscard]] PatientSearchModel *model() const { return m_model; }
    [[nodiscard]] QCompleter *completer() const { return m_completer; }
    // Starts a search with `text` typed elsewhere (on the schedule).
    void startWith(const QString &text);
    // Forgets what was typed and found (the window locks).
    void forget();

Q_SIGNALS:
    // A patient was chosen: their next visit (empty id and invalid time when none is booked).
    void patientChosen(const QString &patientId, const QString &patientName, const QString &nextAppointmentId,
                       const QDateTime &nextStartUtc);
    // The card of the highlighted patient (else the only one found) was asked for.
    void cardRequested(const QString &patientId, const QString &patientName);
    // The search could not be made (the role may not, the cache failed): what to tell the user.
    void searchFailed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void choose(const QModelIndex &index);
    // The highlighted patient, else the only one found, after any search still waiting.
    [[nodiscard]] QModelIndex chosenIndex();

    FrontDesk &m_desk;
    std::function<UserSession()> m_session;
    std::function<QTimeZone()> m_zone;
    PatientSearchModel *m_model;
    QCompleter *m_completer;
    QTimer *m_typing;
    bool m_chosen = false; // the patient listed was chosen; typing again clears it
};

} // namespace chairside
