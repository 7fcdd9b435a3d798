#include "confirmationdialog.h"

#include "daterangebar.h"

#include "domain/localformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

// "72 h text sent · 24 h text due Tue 10:00 · 2 h failed: …"
QString remindersText(const QList<ReminderJob> &jobs, const QTimeZone &zone)
{
    QStringList parts;
    for (const ReminderJob &j : jobs) {
        switch (j.status) {
        case ReminderStatus::Pending:
            parts << ConfirmationDialog::tr("%1 %2 due %3")
                             .arg(leadText(j.leadMinutes), contactChannelText(j.channel),
                                  localformat::dateTime(j.sendAtUtc.toTimeZone(zone)));
            break;
        case ReminderStatus::Sent:
            parts << ConfirmationDialog::tr("%1 %2 handed over").arg(leadText(j.leadMinutes),
                                                                      contactChannelText(j.sentChannel));
            break;
        case ReminderStatus::Failed:
            parts << ConfirmationDialog::tr("%1 failed: %2").arg(leadText(j.leadMinutes), j.lastError);
            break;
        case ReminderStatus::Withdrawn:
            break;
        }
    }
    return parts.isEmpty() ? ConfirmationDialog::tr("none") : parts.join(u" · "_s);
}

} // namespace

ConfirmationDialog::ConfirmationDialog(ReminderService &reminders, const UserSession &session, const QDate &from,
                                       QWidget *parent)
    : QDialog(parent), m_reminders(reminders), m_session(session)
{
    setObjectName(u"confirmationDialog"_s);
    setWindowTitle(tr("Confirmations"));
    resize(980, 480);
    auto *layout = new QVBoxLayout(this);
    m_range = new DateRangeBar(from, 3, 14, this);
    layout->addWidget(m_range);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"confirmationsView"_s);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({tr("When"), tr("Patient"), tr("Phone"), tr("Contact by"), tr("Visit"), tr("Confirmation"),
                             tr("Reminders")});
    m_list->setAccessibleName(tr("Visits to confirm"));
    for (int c : {0, 1, 2, 3, 4, 5})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(6, QHeaderView::Stretch);
    layout->addWidget(m_list);
    m_error = new QLabel(this);
    m_error->setObjectName(u"confirmationsError"_s);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const std::pair<ConfirmationState, QString> marks[] = {
        {ConfirmationState::Confirmed, tr("&Confirmed")},
        {ConfirmationState::LeftMessage, tr("&Left message")},
        {ConfirmationState::Declined, tr("&Declined")},
        {ConfirmationState::Unconfirmed, tr("&Unconfirmed")},
    };
    for (const auto &[state, text] : marks) {
        QPushButton *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(u"mark_"_s + confirmationStateName(state));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, state = state] { mark(state); });
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_range, &DateRangeBar::changed, this, &ConfirmationDialog::load);
    load();
}

void ConfirmationDialog::load()
{
    const QString keep = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_list->clear();
    QString error;
    const std::optional<QList<ConfirmationRow>> rows =
            m_reminders.confirmations(m_range->from(), m_range->days(), m_session, &error);
    m_rows = rows.value_or(QList<ConfirmationRow>());
    m_error->setText(rows ? QString() : error);
    QString zoneError;
    const QTimeZone office = m_reminders.practiceZone(&zoneError).value_or(QTimeZone::utc());
    for (const ConfirmationRow &row : std::as_const(m_rows)) {
        const Appointment &a = row.shown.appointment;
        auto *item = new QTreeWidgetItem(
                m_list, {localformat::dateTime(a.startUtc.toTimeZone(office)), row.shown.patientName,
                         row.phone.isEmpty() ? tr("no number") : localformat::phone(row.phone),
                         row.doNotContact ? contactChannelText(ContactChannel::None) : contactChannelText(row.contact),
                         row.shown.typeName + u" · "_s + row.shown.providerName, confirmationStateText(row.state),
                         remindersText(row.reminders, office)});
        item->setData(0, Qt::UserRole, a.id);
        // A narrow window cuts the reminders; pointing at them shows them whole.
        item->setToolTip(6, remindersText(row.reminders, office).replace(u" · "_s, u"\n"_s));
        item->setToolTip(4, item->text(4));
        bool failed = false;
        for (const ReminderJob &j : row.reminders)
            failed = failed || j.status == ReminderStatus::Failed;
        if (row.state == ConfirmationState::Declined || failed) {
            for (int c = 0; c < item->columnCount(); ++c)
                item->setForeground(c, QColor(0xb0, 0x00, 0x20));
        }
        if (row.state == ConfirmationState::Confirmed)
            item->setForeground(5, QColor(0x1b, 0x6e, 0x20));
        if (a.id == keep)
            m_list->setCurrentItem(item);
    }
    if (m_rows.isEmpty() && rows)
        new QTreeWidgetItem(m_list, {tr("Nothing to confirm in these days.")});
}

void ConfirmationDialog::mark(ConfirmationState state)
{
    QTreeWidgetItem *item = m_list->currentItem();
    const QString id = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (id.isEmpty()) {
        m_error->setText(tr("Select a visit first."));
        return;
    }
    const BookingOutcome o = m_reminders.markConfirmation(id, state, m_session);
    if (!o.ok()) {
        m_error->setText(o.message.isEmpty() && !o.violations.isEmpty() ? o.violations.first().message : o.message);
        return;
    }
    m_changed = true;
    load();
}

} // namespace chairside
