#include "messagesinbox.h"

#include "domain/localformat.h"
#include "domain/phonenumber.h"
#include "services/frontdesk.h"
#include "services/patientmessaging.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

constexpr int kProviderIdRole = Qt::UserRole + 1;
constexpr int kPatientIdRole = Qt::UserRole + 2;
constexpr int kOpenRole = Qt::UserRole + 3;

// Two columns, so the patient's words are read in a narrow dock: who and when; what they
// wrote and what Chairside did.
enum Column { PatientColumn, TextColumn };

} // namespace

MessagesInbox::MessagesInbox(MessagingService &messaging, FrontDesk &desk, QWidget *parent)
    : QWidget(parent), m_messaging(messaging), m_desk(desk)
{
    setObjectName(u"messagesInbox"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(u"messagesInboxView"_s);
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setHeaderLabels({tr("From"), tr("Message")});
    m_view->header()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Messages from patients: open ones first"));
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_done = new QPushButton(tr("Done"), this);
    m_done->setObjectName(u"messagesDoneButton"_s);
    m_done->setToolTip(tr("Mark the message handled: it leaves the open list"));
    m_card = new QPushButton(tr("Patient card"), this);
    m_card->setObjectName(u"messagesCardButton"_s);
    buttons->addWidget(m_done);
    buttons->addWidget(m_card);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_view, &QTreeWidget::currentItemChanged, this, &MessagesInbox::updateButtons);
    connect(m_done, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_view->currentItem())
            close(item->data(0, kProviderIdRole).toString());
    });
    auto openCard = [this] {
        QTreeWidgetItem *item = m_view->currentItem();
        const QString patientId = item ? item->data(0, kPatientIdRole).toString() : QString();
        if (!patientId.isEmpty())
            Q_EMIT cardRequested(patientId);
    };
    connect(m_card, &QPushButton::clicked, this, openCard);
    connect(m_view, &QTreeWidget::itemActivated, this, openCard);
    updateButtons();
}

void MessagesInbox::setSession(const UserSession &session)
{
    if (session.userId != m_session.userId || session.role != m_session.role)
        m_names.clear();
    m_session = session;
}

QString MessagesInbox::patientName(const QString &patientId)
{
    if (patientId.isEmpty())
        return tr("Not a patient's number on file");
    if (const auto known = m_names.constFind(patientId); known != m_names.constEnd())
        return *known;
    QString error;
    const std::optional<Patient> patient = m_desk.patient(patientId, m_session, &error);
    // A patient this role may not open is not named (the id is no name either).
    const QString name = patient ? patient->name : tr("A patient you may not open");
    m_names.insert(patientId, name);
    return name;
}

int MessagesInbox::reload(const QTimeZone &zone)
{
    m_zone = zone;
    const QString current = m_view->currentItem() ? m_view->currentItem()->data(0, kProviderIdRole).toString()
                                                  : QString();
    QString error;
    const std::optional<QList<InboundMessage>> items = m_messaging.inbox(m_session, &error);
    m_view->clear();
    m_open = 0;
    if (!items) {
        auto *line = new QTreeWidgetItem(m_view, {error});
        line->setFlags(Qt::ItemIsEnabled);
        line->setFirstColumnSpanned(true);
        updateButtons();
        return 0;
    }
    // Open ones first; each group newest first, as the service lists them.
    QList<InboundMessage> ordered;
    for (const InboundMessage &m : *items)
        if (m.open)
            ordered.append(m);
    m_open = int(ordered.size());
    for (const InboundMessage &m : *items)
        if (!m.open)
            ordered.append(m);
    if (ordered.isEmpty()) {
        auto *line = new QTreeWidgetItem(m_view, {tr("No messages")});
        line->setFlags(Qt::ItemIsEnabled);
        line->setFirstColumnSpanned(true);
    }
    const QString region = phonenumber::regionOf(zone);
    QTreeWidgetItem *select = nullptr;
    for (const InboundMessage &m : std::as_const(ordered)) {
        const QString name = patientName(m.patientId);
        const QString phone = localformat::phone(m.from, region);
        auto *item = new QTreeWidgetItem(
                m_view, {name + u'\n' + phone + u'\n' + localformat::dateTime(m.receivedUtc.toTimeZone(zone)),
                         m.body.isEmpty() ? m.note : tr("“%1”").arg(m.body) + u'\n' + m.note});
        item->setData(0, kProviderIdRole, m.providerId);
        item->setData(0, kPatientIdRole, m.patientId);
        item->setData(0, kOpenRole, m.open);
        item->setToolTip(TextColumn, m.body + u'\n' + m.note);
        QFont font = item->font(0);
        font.setBold(m.open);
        for (int c = 0; c < m_view->columnCount(); ++c) {
            item->setFont(c, font);
            if (!m.open)
                item->setForeground(c, m_view->palette().brush(QPalette::Disabled, QPalette::Text));
        }
        item->setData(0, Qt::AccessibleTextRole,
                      (m.open ? tr("Open: %1, %2") : tr("Done: %1, %2")).arg(name, m.body));
        if (m.providerId == current || (!select && current.isEmpty()))
            select = item;
    }
    m_view->resizeColumnToContents(PatientColumn);
    m_view->setColumnWidth(PatientColumn, std::min(m_view->columnWidth(PatientColumn), 170));
    if (select)
        m_view->setCurrentItem(select);
    updateButtons();
    return m_open;
}

void MessagesInbox::close(const QString &providerId)
{
    if (providerId.isEmpty())
        return;
    QString error;
    if (!m_messaging.closeInboxItem(providerId, m_session, &error)) {
        Q_EMIT message(error, true);
        return;
    }
    reload(m_zone);
    Q_EMIT changed();
}

void MessagesInbox::updateButtons()
{
    QTreeWidgetItem *item = m_view->currentItem();
    m_done->setEnabled(item && item->data(0, kOpenRole).toBool());
    m_card->setEnabled(item && !item->data(0, kPatientIdRole).toString().isEmpty());
}

} // namespace chairside
