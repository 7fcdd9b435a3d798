#include "fillpanel.h"

#include "domain/localformat.h"
#include "domain/reminders.h"
#include "scheduling/booking.h"
#include "scheduling/timeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

// A message with the patient's language named, in the staff's language: "In Spanish: …".
enum class Said { Row, Heading };
QString inLanguage(Said said, const QString &code, const QString &patientName, const QString &message)
{
    const bool spanish = code.startsWith(u"es"_s);
    const bool english = code.isEmpty() || code.startsWith(u"en"_s);
    if (said == Said::Row) {
        const QString lead = spanish   ? QCoreApplication::translate("chairside::FollowUpDialog", "In Spanish: %1")
                             : english ? QCoreApplication::translate("chairside::FollowUpDialog", "In English: %1")
                                       : QCoreApplication::translate("chairside::FollowUpDialog", "In %2: %1").arg(u"%1"_s, QLocale(code).nativeLanguageName());
        return lead.arg(message);
    }
    const QString heading = spanish   ? QCoreApplication::translate("chairside::FollowUpDialog", "Message for %1, in Spanish:")
                            : english ? QCoreApplication::translate("chairside::FollowUpDialog", "Message for %1, in English:")
                                      : QCoreApplication::translate("chairside::FollowUpDialog", "Message for %1, in %2:")
                                                .arg(u"%1"_s, QLocale(code).nativeLanguageName());
    return heading.arg(patientName) + u'\n' + message;
}

} // namespace

FillPanel::FillPanel(FillService &fill, BookingService &booking, QWidget *parent)
    : QWidget(parent), m_fill(fill), m_booking(booking)
{
    setObjectName(u"fillPanel"_s);
    auto *layout = new QVBoxLayout(this);
    m_freedLabel = new QLabel(this);
    m_freedLabel->setObjectName(u"freedLabel"_s);
    m_freedLabel->setWordWrap(true);
    m_freedLabel->setTextFormat(Qt::PlainText);
    m_offerButton = new QPushButton(this);
    m_offerButton->setObjectName(u"offerButton"_s);
    m_offerButton->setEnabled(false);
    m_offersLabel = new QLabel(this);
    m_offers = new QTreeWidget(this);
    m_offers->setObjectName(u"offersView"_s);
    m_offers->setRootIsDecorated(false);
    m_offers->setColumnCount(3);
    m_offers->header()->setStretchLastSection(true);
    auto *answers = new QHBoxLayout;
    m_acceptedButton = new QPushButton(this);
    m_acceptedButton->setObjectName(u"offerAcceptedButton"_s);
    m_declinedButton = new QPushButton(this);
    m_declinedButton->setObjectName(u"offerDeclinedButton"_s);
    answers->addWidget(m_acceptedButton);
    answers->addWidget(m_declinedButton);
    m_lateLabel = new QLabel(this);
    m_late = new QListWidget(this);
    m_late->setObjectName(u"lateView"_s);
    m_noShowButton = new QPushButton(this);
    m_noShowButton->setObjectName(u"markNoShowButton"_s);
    layout->addWidget(m_freedLabel);
    layout->addWidget(m_offerButton);
    layout->addWidget(m_offersLabel);
    layout->addWidget(m_offers, 2);
    layout->addLayout(answers);
    layout->addWidget(m_lateLabel);
    layout->addWidget(m_late, 1);
    layout->addWidget(m_noShowButton);
    retranslate();

    connect(m_offerButton, &QPushButton::clicked, this, &FillPanel::offer);
    connect(m_acceptedButton, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_declinedButton, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_noShowButton, &QPushButton::clicked, this, &FillPanel::markNoShow);
}

void FillPanel::retranslate()
{
    if (m_slot)
        setFreedSlot(*m_slot, m_slotText);
    else
        m_freedLabel->setText(tr("No time has come free since Chairside started. A cancellation, no-show, move or "
                                 "shorter visit shows here who on the waitlist can take it. Time never booked (the "
                                 "day's gaps) is listed under View › Dashboard…; drag a waitlist entry onto it."));
    m_offerButton->setText(tr("Offer to the waitlist"));
    m_offerButton->setToolTip(tr("Offer the freed time to the next patients on the list, for a limited time"));
    m_offersLabel->setText(tr("Offers"));
    m_offers->setHeaderLabels({tr("Patient"), tr("Time"), tr("State")});
    m_offers->setAccessibleName(tr("Offers of freed time and their state"));
    m_acceptedButton->setText(tr("Patient accepted"));
    m_acceptedButton->setToolTip(tr("Book the selected offer's time for the patient"));
    m_declinedButton->setText(tr("Patient declined"));
    m_declinedButton->setToolTip(tr("Close the selected offer and offer the time to the next patient"));
    m_lateLabel->setText(tr("Late / possible no-show"));
    m_late->setAccessibleName(tr("Patients not checked in after the grace minutes"));
    m_noShowButton->setText(tr("Mark no-show"));
    refresh();
}

void FillPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FillPanel::setSession(const UserSession &session)
{
    m_session = session;
    m_slot.reset();
    m_eligible.clear();
    Q_EMIT eligibleChanged({}, {});
    retranslate();
}

void FillPanel::setFreedSlot(const FreedSlot &slot, const QString &what)
{
    m_slot = slot;
    m_slotText = what;
    QString error;
    QList<FillService::NearMiss> misses;
    const std::optional<QList<FillService::Candidate>> found = m_fill.candidatesFor(slot, m_session, &error, &misses);
    m_eligible.clear();
    if (!found) {
        m_freedLabel->setText(tr("Freed: %1. The waitlist cannot be read: %2").arg(what, error));
    } else {
        for (const FillService::Candidate &c : *found)
            m_eligible << c.shown.entry.id;
        QString text = found->isEmpty()
                ? tr("Freed: %1. Nobody on the waitlist can take it.").arg(what)
                : tr("Freed: %1. %n patient(s) on the waitlist can take it (marked ★).", nullptr, int(found->size()))
                          .arg(what);
        // Why the others cannot, one line each, so a "no" is never a mystery.
        constexpr int kShownMisses = 5;
        for (int i = 0; i < std::min<int>(kShownMisses, int(misses.size())); ++i)
            text += u"\n• "_s + tr("%1: %2").arg(misses.at(i).shown.patientName, misses.at(i).why);
        if (misses.size() > kShownMisses)
            text += u"\n"_s + tr("…and %n more who cannot.", nullptr, int(misses.size()) - kShownMisses);
        m_freedLabel->setText(text);
    }
    m_offerButton->setEnabled(!m_eligible.isEmpty());
    Q_EMIT eligibleChanged(m_eligible, what);
}

void FillPanel::offer()
{
    if (!m_slot)
        return;
    QString error;
    const std::optional<QList<WaitlistOffer>> made = m_fill.offerSlot(*m_slot, m_session, &error);
    if (!made) {
        Q_EMIT message(error, true);
    } else if (made->isEmpty()) {
        Q_EMIT message(tr("No new offer: the time is already offered to as many patients as the practice allows, "
                          "or nobody else can take it."),
                       false);
    } else {
        Q_EMIT message(tr("Offered to %n patient(s); call or text them with the message in the offer's tooltip.",
                          nullptr, int(made->size())),
                       false);
        Q_EMIT contactsRecorded();
    }
    refresh();
}

void FillPanel::answer(bool accepted)
{
    QTreeWidgetItem *item = m_offers->currentItem();
    if (!item) {
        Q_EMIT message(tr("Select an offer first."), true);
        return;
    }
    const QString id = item->data(0, Qt::UserRole).toString();
    if (accepted) {
        const BookingOutcome o = m_fill.acceptOffer(id, m_session);
        if (o.ok()) {
            Q_EMIT message(tr("Booked from the waitlist; the other offers for that time are withdrawn."), false);
            m_slot.reset();
            m_eligible.clear();
            Q_EMIT eligibleChanged({}, {});
            Q_EMIT changed();
        } else {
            Q_EMIT message(o.message.isEmpty() && !o.violations.isEmpty() ? o.violations.first().message : o.message,
                           true);
        }
    } else {
        QString error;
        const std::optional<QList<WaitlistOffer>> next = m_fill.declineOffer(id, m_session, &error);
        if (!next) {
            Q_EMIT message(error, true);
        } else {
            Q_EMIT message(next->isEmpty() ? tr("Declined; nobody else on the waitlist can take that time.")
                                           : tr("Declined; offered to the next patient on the list."),
                           false);
            Q_EMIT contactsRecorded();
        }
    }
    refresh();
}

void FillPanel::markNoShow()
{
    QListWidgetItem *item = m_late->currentItem();
    if (!item) {
        Q_EMIT message(tr("Select a late patient first."), true);
        return;
    }
    const QString id = item->data(Qt::UserRole).toString();
    const int version = item->data(Qt::UserRole + 1).toInt();
    const BookingOutcome o = m_booking.changeStatus(id, version, AppointmentStatus::NoShow, m_session);
    if (!o.ok()) {
        Q_EMIT message(o.message.isEmpty() && !o.violations.isEmpty() ? o.violations.first().message : o.message, true);
        return;
    }
    Q_EMIT changed();
    if (o.freed)
        Q_EMIT timeFreed(*o.freed);
    refresh();
}

void FillPanel::refresh()
{
    if (m_session.userId.isEmpty() || !roleMay(m_session.role, Access::ReadWaitlist)) {
        m_offers->clear();
        m_late->clear();
        return;
    }
    QString error;
    const bool mayFill = roleMay(m_session.role, Access::FillBook);
    if (mayFill) {
        const std::optional<QList<WaitlistOffer>> next = m_fill.expireOffers(m_session, &error);
        if (next && !next->isEmpty()) {
            Q_EMIT message(tr("An offer expired; the time was offered to the next patient on the list."), false);
            Q_EMIT contactsRecorded();
        }
        QList<FreedSlot> freed;
        const std::optional<int> marked = m_fill.markLateNoShows(m_session, &error, &freed);
        if (marked && *marked > 0) {
            Q_EMIT message(tr("%n late appointment(s) marked no-show, as the practice asks.", nullptr, *marked), false);
            Q_EMIT changed();
            // The panel shows one freed time at a time: the first of them.
            if (!freed.isEmpty())
                Q_EMIT timeFreed(freed.constFirst());
        }
    }
    const QTimeZone zone = m_booking.practiceZone(&error).value_or(QTimeZone::utc());
    const std::optional<QList<WaitlistOffer>> offers = m_fill.recentOffers(12, m_session, &error);
    const std::optional<QList<Appointment>> late = m_fill.lateAppointments(m_session, &error);
    QStringList patients;
    for (const WaitlistOffer &o : offers.value_or(QList<WaitlistOffer>()))
        patients << o.patientId;
    for (const Appointment &a : late.value_or(QList<Appointment>()))
        patients << a.patientId;
    const QHash<QString, QString> names = m_fill.patientNames(patients, m_session, &error);

    const QString current = m_offers->currentItem() ? m_offers->currentItem()->data(0, Qt::UserRole).toString()
                                                    : QString();
    m_offers->clear();
    for (const WaitlistOffer &o : offers.value_or(QList<WaitlistOffer>())) {
        QString state = offerStateText(o.state);
        if (o.state == OfferState::Offered)
            state = tr("%1, until %2").arg(state, localformat::time(o.expiresUtc.toTimeZone(zone).time()));
        if (o.direct)
            state += u" · "_s + tr("direct");
        auto *item = new QTreeWidgetItem(m_offers, {names.value(o.patientId), localformat::dateTime(o.startUtc.toTimeZone(zone)),
                                                    state});
        item->setData(0, Qt::UserRole, o.id);
        const std::optional<QList<ContactRecord>> contacts = m_fill.contactsFor(o.id, m_session, &error);
        if (contacts && !contacts->isEmpty()) {
            const ContactRecord &c = contacts->first();
            const QString tip = tr("By %1 (%2): %3").arg(contactChannelText(c.channel), c.language, c.message);
            for (int col = 0; col < 3; ++col)
                item->setToolTip(col, tip);
        }
        if (o.id == current)
            m_offers->setCurrentItem(item);
    }
    m_lateIds.clear();
    m_late->clear();
    for (const Appointment &a : late.value_or(QList<Appointment>())) {
        auto *item = new QListWidgetItem(tr("%1 — due %2, not checked in")
                                                 .arg(names.value(a.patientId),
                                                      localformat::time(a.startUtc.toTimeZone(zone).time())),
                                         m_late);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.version);
        m_lateIds.insert(a.id);
    }
    m_acceptedButton->setEnabled(mayFill);
    m_declinedButton->setEnabled(mayFill);
    m_noShowButton->setEnabled(mayFill && m_late->count() > 0);
    m_offerButton->setEnabled(mayFill && !m_eligible.isEmpty());
}

WaitlistEntryDialog::WaitlistEntryDialog(const WaitlistEntry &entry, const QString &patientName,
                                         const QList<Provider> &providers, QWidget *parent)
    : QDialog(parent), m_entry(entry)
{
    setObjectName(u"waitlistEntryDialog"_s);
    setWindowTitle(tr("Waitlist entry"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Patient:"), new QLabel(patientName, this));
    m_earliest = new QDateEdit(entry.earliest, this);
    m_earliest->setObjectName(u"earliestDateEdit"_s);
    m_earliest->setCalendarPopup(true);
    m_latest = new QDateEdit(entry.latest, this);
    m_latest->setObjectName(u"latestDateEdit"_s);
    m_latest->setCalendarPopup(true);
    m_urgency = new QSpinBox(this);
    m_urgency->setObjectName(u"urgencySpinBox"_s);
    m_urgency->setRange(1, 10);
    m_urgency->setValue(entry.urgency);
    m_urgency->setToolTip(tr("1 can wait, 10 as soon as possible"));
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"waitlistProviderComboBox"_s);
    m_provider->addItem(tr("Any provider"), QString());
    for (const Provider &p : providers)
        m_provider->addItem(p.name, p.id);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(entry.providerId)));
    form->addRow(tr("&Earliest:"), m_earliest);
    form->addRow(tr("&Latest:"), m_latest);
    form->addRow(tr("&Urgency:"), m_urgency);
    form->addRow(tr("P&rovider:"), m_provider);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

WaitlistEntry WaitlistEntryDialog::entry() const
{
    WaitlistEntry e = m_entry;
    e.earliest = m_earliest->date();
    e.latest = m_latest->date();
    e.urgency = m_urgency->value();
    e.providerId = m_provider->currentData().toString();
    return e;
}

RescheduleDialog::RescheduleDialog(FillService &fill, const QString &appointmentId, const QString &patientName,
                                   const UserSession &session, QWidget *parent)
    : QDialog(parent), m_fill(fill), m_appointmentId(appointmentId), m_session(session)
{
    setObjectName(u"rescheduleDialog"_s);
    setWindowTitle(tr("Reschedule %1").arg(patientName));
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"rescheduleOptionsView"_s);
    m_list->setAccessibleName(tr("The best new times by the patient's preferences"));
    auto *message = new QPlainTextEdit(this);
    message->setObjectName(u"rescheduleMessageEdit"_s);
    message->setReadOnly(true);
    message->setAccessibleName(tr("The message for the patient, in their language"));
    message->setMaximumHeight(90);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b00020"_s);
    layout->addWidget(new QLabel(tr("Times to offer:"), this));
    layout->addWidget(m_list);
    layout->addWidget(new QLabel(tr("Message:"), this));
    layout->addWidget(message);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *book = buttons->addButton(tr("Patient took the selected time"), QDialogButtonBox::AcceptRole);
    book->setObjectName(u"rescheduleBookButton"_s);
    QPushButton *declined = buttons->addButton(tr("Patient declined"), QDialogButtonBox::ActionRole);
    declined->setObjectName(u"rescheduleDeclinedButton"_s);
    QPushButton *noAnswer = buttons->addButton(tr("No answer"), QDialogButtonBox::ActionRole);
    noAnswer->setObjectName(u"rescheduleNoAnswerButton"_s);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(book, &QPushButton::clicked, this, [this] { log(ContactOutcome::Accepted); });
    connect(declined, &QPushButton::clicked, this, [this] { log(ContactOutcome::Declined); });
    connect(noAnswer, &QPushButton::clicked, this, [this] { log(ContactOutcome::NoAnswer); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);

    QString error;
    const std::optional<QList<scheduling::Opening>> options = m_fill.rescheduleOptions(appointmentId, session, &error);
    if (!options) {
        m_error->setText(error);
        book->setEnabled(false);
        return;
    }
    m_options = *options;
    const QTimeZone zone = m_fill.practiceZone(&error).value_or(QTimeZone::utc());
    for (const scheduling::Opening &o : m_options) {
        const QDateTime start = scheduling::fromMinute(o.start);
        auto *item = new QListWidgetItem(localformat::dateTime(start.toTimeZone(zone)), m_list);
        item->setData(Qt::UserRole, int(m_list->count() - 1));
    }
    if (m_options.isEmpty())
        m_error->setText(tr("No time in the next 30 days suits; add the patient to the waitlist."));
    else
        m_list->setCurrentRow(0);
    book->setEnabled(!m_options.isEmpty());
    message->setPlainText(m_fill.rescheduleMessage(appointmentId, m_options, &error).value_or(error));
}

void RescheduleDialog::log(ContactOutcome outcome)
{
    std::optional<scheduling::Opening> chosen;
    if (outcome == ContactOutcome::Accepted) {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_options.size()) {
            m_error->setText(tr("Select the time the patient took."));
            return;
        }
        chosen = m_options.at(row);
    }
    const FillService::RescheduleResult result = m_fill.logReschedule(m_appointmentId, outcome, chosen, m_session);
    if (!result.booking.ok()) {
        m_error->setText(result.booking.message.isEmpty() && !result.booking.violations.isEmpty()
                                 ? result.booking.violations.first().message
                                 : result.booking.message);
        return;
    }
    m_booked = result.booking.appointment.id;
    accept();
}

FollowUpDialog::FollowUpDialog(FillService &fill, const UserSession &session, QWidget *parent)
    : QDialog(parent), m_fill(fill), m_session(session)
{
    setObjectName(u"followUpDialog"_s);
    setWindowTitle(tr("No-show follow-up: the last 7 days"));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"followUpView"_s);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({tr("Patient"), tr("Missed"), tr("Contact by"), tr("Message")});
    m_list->setAccessibleName(tr("No-shows of the last 7 days not booked again"));
    layout->addWidget(m_list, 1);
    // The whole message of the chosen row, in the patient's language (which may not be the
    // staff's: the list says which), to read out or copy.
    m_message = new QLabel(this);
    m_message->setObjectName(u"followUpMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    layout->addWidget(m_message);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0 || row >= m_rows.size()) {
            m_message->setText(m_rows.isEmpty() ? tr("Every no-show of the last 7 days is booked again.")
                                                : tr("Choose a patient to see the whole message."));
            return;
        }
        const FollowUp &f = m_rows.at(row);
        m_message->setText(f.doNotContact ? tr("%1 asked not to be contacted: there is no message to send. Wait for "
                                               "them to call.").arg(f.missed.patientName)
                           : f.message.isEmpty()
                                   ? tr("There is no way to reach %1 on file: no message was written.")
                                             .arg(f.missed.patientName)
                                   : inLanguage(Said::Heading, f.language, f.missed.patientName, f.message));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reschedule = buttons->addButton(tr("Reschedule…"), QDialogButtonBox::ActionRole);
    reschedule->setObjectName(u"followUpRescheduleButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reschedule, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0 || row >= m_rows.size())
            return;
        const FollowUp &f = m_rows.at(row);
        RescheduleDialog dialog(m_fill, f.missed.appointment.id, f.missed.patientName, m_session, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_booked = m_booked || !dialog.bookedId().isEmpty();
            load();
        }
    });
    load();
}

void FollowUpDialog::load()
{
    m_list->clear();
    QString error;
    const std::optional<QList<FollowUp>> rows = m_fill.weeklySweep(m_session, &error);
    if (!rows) {
        m_rows.clear(); // nothing to act on: the row says why
        new QTreeWidgetItem(m_list, {error});
        return;
    }
    m_rows = *rows;
    const QTimeZone zone = m_fill.practiceZone(&error).value_or(QTimeZone::utc());
    for (const FollowUp &f : m_rows) {
        const QString contact = f.doNotContact ? tr("do not contact") : contactChannelText(f.channel);
        auto *item = new QTreeWidgetItem(
                m_list, {f.missed.patientName,
                         localformat::dateTime(f.missed.appointment.startUtc.toTimeZone(zone)) + u" · "_s
                                 + f.missed.typeName,
                         contact, f.doNotContact        ? tr("no message: do not contact")
                                  : f.message.isEmpty() ? tr("no message: no way to reach them")
                                                        : inLanguage(Said::Row, f.language, {}, f.message)});
        item->setToolTip(3, f.message);
    }
    for (int column : {0, 1, 2})
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_message->setText(tr("Every no-show of the last 7 days is booked again."));
}

FillSettingsDialog::FillSettingsDialog(FillService &fill, const UserSession &session, QWidget *parent)
    : QDialog(parent), m_fill(fill), m_session(session)
{
    setObjectName(u"fillSettingsDialog"_s);
    setWindowTitle(tr("Filling the book"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_offersAtOnce = new QSpinBox(this);
    m_offersAtOnce->setObjectName(u"offersAtOnceBox"_s);
    m_offersAtOnce->setRange(1, 3);
    m_offersAtOnce->setToolTip(tr("1 offers a freed time to one patient at a time; 2 or 3 offer it to that many at "
                                  "once, and the first to accept books it."));
    form->addRow(tr("Offer a freed time to"), m_offersAtOnce);
    m_offerMinutes = new QSpinBox(this);
    m_offerMinutes->setObjectName(u"offerMinutesBox"_s);
    m_offerMinutes->setRange(1, 24 * 60);
    m_offerMinutes->setSuffix(tr(" min"));
    m_offerMinutes->setToolTip(tr("When an offer expires unanswered, the time goes to the next patient on the list."));
    form->addRow(tr("An offer stays open for"), m_offerMinutes);
    m_autoNoShow = new QCheckBox(tr("Mark late patients no-show automatically after the grace minutes"), this);
    m_autoNoShow->setObjectName(u"autoNoShowBox"_s);
    form->addRow(QString(), m_autoNoShow);
    m_noShowLimit = new QSpinBox(this);
    m_noShowLimit->setObjectName(u"noShowLimitBox"_s);
    m_noShowLimit->setRange(0, 99);
    m_noShowLimit->setSuffix(tr(" in 12 months"));
    form->addRow(tr("No-show limit"), m_noShowLimit);
    m_overLimit = new QComboBox(this);
    m_overLimit->setObjectName(u"overLimitBox"_s);
    m_overLimit->addItem(tr("Warn in the booking dialog"));
    m_overLimit->addItem(tr("Require an office manager's approval"));
    form->addRow(tr("Above the limit"), m_overLimit);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(u"fillSettingsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FillSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QString error;
    const std::optional<FillSettings> current = m_fill.settings(&error);
    const FillSettings shown = current.value_or(FillSettings{});
    m_offersAtOnce->setValue(shown.offersAtOnce);
    m_offerMinutes->setValue(shown.offerMinutes);
    m_autoNoShow->setChecked(shown.autoNoShow);
    m_noShowLimit->setValue(shown.noShowLimit);
    m_overLimit->setCurrentIndex(shown.noShowNeedsApproval ? 1 : 0);
    if (!current)
        m_error->setText(error);
    if (!roleMay(m_session.role, Access::ManagePractice)) {
        for (QWidget *w : {static_cast<QWidget *>(m_offersAtOnce), static_cast<QWidget *>(m_offerMinutes),
                           static_cast<QWidget *>(m_autoNoShow), static_cast<QWidget *>(m_noShowLimit),
                           static_cast<QWidget *>(m_overLimit)})
            w->setEnabled(false);
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_error->setText(tr("Only an office manager can change these; ask yours to sign in."));
    }
}

void FillSettingsDialog::accept()
{
    FillSettings s;
    s.offersAtOnce = m_offersAtOnce->value();
    s.offerMinutes = m_offerMinutes->value();
    s.autoNoShow = m_autoNoShow->isChecked();
    s.noShowLimit = m_noShowLimit->value();
    s.noShowNeedsApproval = m_overLimit->currentIndex() == 1;
    QString error;
    if (!m_fill.setSettings(s, m_session, &error)) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace chairside
