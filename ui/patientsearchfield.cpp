#include "patientsearchfield.h"

#include "itemmodels/patientsearchmodel.h"
#include "services/frontdesk.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {
constexpr int kShown = 12;
constexpr int kTypingPauseMs = 120;
constexpr int kPopupWidth = 720;
}

PatientSearchField::PatientSearchField(FrontDesk &desk, std::function<UserSession()> session,
                                       std::function<QTimeZone()> zone, QWidget *parent)
    : QLineEdit(parent), m_desk(desk), m_session(std::move(session)), m_zone(std::move(zone)),
      m_model(new PatientSearchModel(this)), m_completer(new QCompleter(this)), m_typing(new QTimer(this))
{
    setObjectName(u"patientSearchLineEdit"_s);
    setClearButtonEnabled(true);
    // The field asks the service itself; the completer only shows what came back.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kShown);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(u"patientSearchResultsView"_s);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &PatientSearchField::search);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_chosen = false;
        m_typing->start();
    });
    // Enter: the highlighted patient, else the only one found. A search still waiting for a
    // pause in typing is made first; otherwise what is listed is what Enter chooses from.
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (const QModelIndex index = chosenIndex(); index.isValid())
            choose(index);
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &PatientSearchField::choose);
}

PatientSearchField::~PatientSearchField() = default;

void PatientSearchField::startWith(const QString &text)
{
    setFocus(Qt::ShortcutFocusReason);
    setText(text);
    m_typing->start();
}

void PatientSearchField::forget()
{
    m_typing->stop();
    m_completer->popup()->hide();
    setText(QString()); // not clear(): undo must not bring a patient's name back
    m_model->setResult({}, m_zone());
    m_chosen = false;
}

QModelIndex PatientSearchField::chosenIndex()
{
    if (m_typing->isActive()) {
        m_typing->stop();
        search();
    }
    const QModelIndex highlighted = m_completer->popup()->currentIndex();
    if (highlighted.isValid())
        return highlighted;
    return m_model->result().found.size() == 1 ? m_model->index(0) : QModelIndex();
}

void PatientSearchField::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Enter or Alt+Enter: the patient's card; plain Enter still goes to the next visit.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const QModelIndex index = chosenIndex();
        const QString patientId = index.data(PatientSearchModel::PatientIdRole).toString();
        event->accept();
        if (patientId.isEmpty())
            return;
        m_completer->popup()->hide();
        Q_EMIT cardRequested(patientId, m_model->result().found.at(index.row()).patient.name);
        return;
    }
    // Down opens the list when it was closed with results still in it.
    if (event->key() == Qt::Key_Down && m_model->rowCount() > 0 && !m_completer->popup()->isVisible()) {
        m_completer->complete(QRect(0, 0, std::max(width(), kPopupWidth), height()));
        return;
    }
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        forget();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void PatientSearchField::search()
{
    const QString typed = text();
    m_chosen = false;
    if (typed.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        m_model->setResult({}, m_zone());
        return;
    }
    QString error;
    PatientSearchResult found = m_desk.findPatients(typed, kShown, m_session(), &error);
    if (!error.isEmpty()) {
        m_completer->popup()->hide();
        Q_EMIT searchFailed(error);
        return;
    }
    m_model->setResult(std::move(found), m_zone());
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        setToolTip(tr("No patient matches; try the last name, the phone's last four digits or the birthdate."));
        return;
    }
    setToolTip({});
    // Wider than the field: each row says who, born when, which phone and the next visit.
    m_completer->complete(QRect(0, 0, std::max(width(), kPopupWidth), height()));
}

void PatientSearchField::choose(const QModelIndex &index)
{
    // Once per search (the completer and Enter may both answer one key), and never the
    // "more patients match" line.
    const QString patientId = index.data(PatientSearchModel::PatientIdRole).toString();
    if (!index.isValid() || patientId.isEmpty() || m_chosen)
        return;
    m_chosen = true;
    const QString name = m_model->result().found.at(index.row()).patient.name;
    const QString next = index.data(PatientSearchModel::NextAppointmentIdRole).toString();
    const QDateTime nextStart = index.data(PatientSearchModel::NextStartUtcRole).toDateTime();
    m_completer->popup()->hide();
    setText(name);
    Q_EMIT patientChosen(patientId, name, next, nextStart);
}

} // namespace chairside
