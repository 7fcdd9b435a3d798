#include "patientcarddialog.h"

#include "sidepanels.h"

#include "domain/localformat.h"
#include "domain/reminders.h"
#include "services/access.h"
#include "services/bookingservice.h"
#include "services/frontdesk.h"
#include "services/patientmessaging.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

constexpr int kAppointmentIdRole = Qt::UserRole + 1;
constexpr int kStartUtcRole = Qt::UserRole + 2;

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// A line that says a list is empty or not shown: read, never chosen.
void placeholder(QTreeWidgetItem *item)
{
    item->setFlags(Qt::ItemIsEnabled);
    item->setFirstColumnSpanned(true);
}

QTreeWidget *listView(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *view = new QTreeWidget(parent);
    view->setObjectName(name);
    view->setHeaderLabels(headers);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

PatientCardDialog::PatientCardDialog(FrontDesk &desk, const UserSession &session, const QTimeZone &zone,
                                     QWidget *parent)
    : QDialog(parent), m_desk(desk), m_session(session), m_zone(zone)
{
    setObjectName(u"patientCardDialog"_s);
    build();
}

PatientCardDialog::~PatientCardDialog() = default;

void PatientCardDialog::build()
{
    resize(900, 620);
    auto *layout = new QVBoxLayout(this);
    m_name = valueLabel(u"patientCardNameLabel"_s, this);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    layout->addWidget(m_name);
    m_summary = valueLabel(u"patientCardSummaryLabel"_s, this);
    layout->addWidget(m_summary);

    auto *form = m_form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_phone = valueLabel(u"patientCardPhoneLabel"_s, this);
    m_email = valueLabel(u"patientCardEmailLabel"_s, this);
    m_language = valueLabel(u"patientCardLanguageLabel"_s, this);
    m_contactBy = valueLabel(u"patientCardContactLabel"_s, this);
    m_reminders = valueLabel(u"patientCardRemindersLabel"_s, this);
    m_texts = valueLabel(u"patientCardTextsLabel"_s, this);
    m_prefers = valueLabel(u"patientCardPrefersLabel"_s, this);
    // Each member's name opens their card, from the keyboard too (Tab reaches the links).
    m_family = new QLabel(this);
    m_family->setObjectName(u"patientCardFamilyLabel"_s);
    m_family->setTextFormat(Qt::RichText);
    m_family->setWordWrap(true);
    m_family->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_family, &QLabel::linkActivated, this, [this](const QString &patientId) {
        QString error;
        if (!showPatient(patientId, &error))
            m_summary->setText(error);
    });
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Contact by:"), m_contactBy);
    form->addRow(tr("Reminders:"), m_reminders);
    form->addRow(tr("Texts:"), m_texts);
    form->addRow(tr("Prefers:"), m_prefers);
    form->addRow(tr("Family:"), m_family);
    layout->addLayout(form);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"patientCardTabs"_s);
    m_visits = listView(u"patientCardVisitsView"_s, {tr("When"), tr("Visit"), tr("With"), tr("Chair"), tr("How it went")},
                        this);
    m_visits->setAccessibleName(tr("Visits coming up and past; Enter goes to the visit's day"));
    connect(m_visits, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, kAppointmentIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT visitRequested(id, item->data(0, kStartUtcRole).toDateTime());
    });
    m_lists = listView(u"patientCardListsView"_s, {tr("What"), tr("When"), tr("Detail")}, this);
    m_lists->setAccessibleName(tr("The patient's waitlist entries and visits to rebook"));
    m_contacts = listView(u"patientCardContactsView"_s, {tr("When"), tr("About"), tr("How"), tr("Outcome"), tr("By")},
                          this);
    m_contacts->setRootIsDecorated(false);
    m_contacts->setAccessibleName(tr("Contact log, latest first"));
    m_tabs->addTab(m_visits, QString());
    m_tabs->addTab(m_lists, QString());
    m_tabs->addTab(m_contacts, QString());
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_book = buttons->addButton(tr("&Book…"), QDialogButtonBox::ActionRole);
    m_book->setObjectName(u"patientCardBookButton"_s);
    m_waitlist = buttons->addButton(tr("Add to &waitlist"), QDialogButtonBox::ActionRole);
    m_waitlist->setObjectName(u"patientCardWaitlistButton"_s);
    m_waitlistMenu = new QMenu(m_waitlist);
    m_waitlistMenu->setObjectName(u"patientCardWaitlistMenu"_s);
    m_waitlist->setMenu(m_waitlistMenu);
    m_call = buttons->addButton(tr("Record a &call"), QDialogButtonBox::ActionRole);
    m_call->setObjectName(u"patientCardCallButton"_s);
    m_callMenu = new QMenu(m_call);
    m_callMenu->setObjectName(u"patientCardCallMenu"_s);
    m_call->setMenu(m_callMenu);
    m_edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_edit->setObjectName(u"patientCardEditButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_book, &QPushButton::clicked, this, [this] {
        if (!m_card)
            return;
        // A visit to rebook comes first: its type is what the patient still needs.
        VisitToBook visit;
        visit.patientId = m_card->patient.id;
        visit.patientName = m_card->patient.name;
        if (!m_card->unscheduled.isEmpty())
            visit.typeId = m_card->unscheduled.constFirst().appointment.typeId;
        Q_EMIT bookRequested(visit);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_card)
            Q_EMIT editRequested(m_card->patient.id);
    });

    // Who may do what, as the services will check it: the viewer changes nothing, a provider
    // books and calls nobody.
    const bool mayBook = BookingService::mayWrite(m_session, BookingService::Write::Book);
    const QString refused = deniedMessage(m_session.role, Access::FillBook);
    m_book->setEnabled(mayBook);
    if (!mayBook)
        m_book->setToolTip(refused);
    const bool mayEdit = roleMay(m_session.role, Access::EditPatient);
    m_edit->setEnabled(mayEdit);
    if (!mayEdit)
        m_edit->setToolTip(deniedMessage(m_session.role, Access::EditPatient));
    if (!mayFill()) {
        m_waitlist->setToolTip(refused);
        m_call->setToolTip(refused);
    }
}

bool PatientCardDialog::mayFill() const
{
    return roleMay(m_session.role, Access::FillBook);
}

bool PatientCardDialog::showPatient(const QString &patientId, QString *error)
{
    std::optional<PatientCard> card = m_desk.patientCard(patientId, m_session, error);
    if (!card)
        return false;
    m_card = std::move(card);
    fill();
    return true;
}

void PatientCardDialog::reload()
{
    if (!m_card)
        return;
    QString error;
    if (!showPatient(m_card->patient.id, &error))
        m_summary->setText(error);
}

void PatientCardDialog::fill()
{
    const PatientCard &card = *m_card;
    const Patient &p = card.patient;
    setWindowTitle(tr("Patient card: %1").arg(p.name));
    m_name->setText(p.name);
    QStringList summary;
    if (p.birthdate.isValid())
        summary << tr("Born %1, age %2").arg(localformat::birthdate(p.birthdate)).arg(card.age);
    else
        summary << tr("Birthdate not on record");
    summary << tr("No-shows in the last %1 months: %2").arg(kNoShowMonths).arg(card.noShows);
    m_summary->setText(summary.join(u"  ·  "_s));

    const QString none = tr("—");
    m_phone->setText(p.phone.isEmpty() ? none : localformat::phone(p.phone));
    m_email->setText(p.email.isEmpty() ? none : p.email);
    m_language->setText(patientLanguageText(p.language));
    m_contactBy->setText(p.doNotContact ? tr("Do not contact") : contactChannelText(p.preferredContact));
    m_reminders->setText(remindersText(card));
    // A number that texted STOP takes no more texts: staff call or e-mail instead.
    const std::optional<QDateTime> stopped = m_messaging && !p.phone.isEmpty()
                                                     ? m_messaging->textsStopped(p)
                                                     : std::optional<QDateTime>();
    const bool textsKnown = m_messaging && !p.phone.isEmpty();
    if (stopped)
        m_texts->setText(tr("stopped: texted STOP on %1; call or e-mail instead")
                                 .arg(localformat::longDate(stopped->toTimeZone(m_zone).date())));
    else
        m_texts->setText(textsKnown ? tr("allowed: no STOP received") : none);
    m_texts->setStyleSheet(stopped ? u"color: #b00020"_s : QString());
    m_form->setRowVisible(m_texts, m_messaging != nullptr);
    const QString prefers = preferencesText(card);
    m_prefers->setText(prefers.isEmpty() ? tr("any time") : prefers);
    QStringList members;
    for (const PatientCard::FamilyMember &m : card.family) {
        QString text = m.name.toHtmlEscaped();
        if (m.birthdate.isValid())
            text += u" ("_s + tr("born %1").arg(localformat::birthdate(m.birthdate)).toHtmlEscaped() + u')';
        members << u"<a href=\"%1\">%2</a>"_s.arg(m.patientId.toHtmlEscaped(), text);
    }
    m_family->setText(members.isEmpty() ? none : members.join(u", "_s));

    // Visits: what is coming, then what happened, each with how it went.
    m_visits->clear();
    auto group = [this](const QString &title, const QList<ScheduledAppointment> &list, const QString &empty) {
        auto *top = new QTreeWidgetItem(m_visits, {title});
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        if (list.isEmpty())
            placeholder(new QTreeWidgetItem(top, {empty}));
        for (const ScheduledAppointment &s : list) {
            auto *item = new QTreeWidgetItem(
                    top, {localformat::dateTime(s.appointment.startUtc.toTimeZone(m_zone)), s.typeName, s.providerName,
                          s.chairName, visitOutcomeText(s.appointment.status)});
            item->setData(0, kAppointmentIdRole, s.appointment.id);
            item->setData(0, kStartUtcRole, s.appointment.startUtc);
        }
        top->setExpanded(true);
    };
    group(tr("Coming up (%1)").arg(card.upcoming.size()), card.upcoming, tr("Nothing booked"));
    group(tr("Past (%1)").arg(card.past.size()), card.past, tr("No visits on record"));
    m_visits->resizeColumnToContents(0);
    m_visits->resizeColumnToContents(1);
    m_visits->resizeColumnToContents(2);
    // The next visit, else the last one, is where the keyboard starts.
    for (int group = 0; group < m_visits->topLevelItemCount(); ++group) {
        QTreeWidgetItem *first = m_visits->topLevelItem(group)->child(0);
        if (first && first->flags() & Qt::ItemIsSelectable) {
            m_visits->setCurrentItem(first);
            break;
        }
    }

    // The waitlist and the visits to rebook, when the role may read them.
    m_lists->clear();
    if (!card.waitlistShown) {
        placeholder(new QTreeWidgetItem(m_lists, {tr("Not shown to your role (%1)").arg(roleText(m_session.role))}));
    } else {
        auto *waiting = new QTreeWidgetItem(m_lists, {tr("On the waitlist (%1)").arg(card.waitlist.size())});
        for (const PatientCard::WaitlistLine &w : card.waitlist) {
            const QString when = w.entry.earliest == w.entry.latest
                                         ? localformat::shortDay(w.entry.earliest)
                                         : tr("%1 – %2").arg(localformat::shortDay(w.entry.earliest),
                                                             localformat::shortDay(w.entry.latest));
            QString detail = tr("urgency %1").arg(w.entry.urgency);
            if (!w.providerName.isEmpty())
                detail = tr("with %1, %2").arg(w.providerName, detail);
            new QTreeWidgetItem(waiting, {w.typeName, when, detail});
        }
        auto *rebook = new QTreeWidgetItem(m_lists, {tr("To rebook (%1)").arg(card.unscheduled.size())});
        for (const ScheduledAppointment &s : card.unscheduled) {
            auto *item = new QTreeWidgetItem(
                    rebook, {s.typeName, localformat::dateTime(s.appointment.startUtc.toTimeZone(m_zone)),
                             tr("%1 with %2").arg(visitOutcomeText(s.appointment.status), s.providerName)});
            item->setData(0, kAppointmentIdRole, s.appointment.id);
        }
        waiting->setExpanded(true);
        rebook->setExpanded(true);
        m_lists->resizeColumnToContents(0);
        m_lists->resizeColumnToContents(1);
    }

    m_contacts->clear();
    if (!card.contactsShown) {
        placeholder(new QTreeWidgetItem(m_contacts, {tr("Not shown to your role (%1)").arg(roleText(m_session.role))}));
    } else if (card.contacts.isEmpty()) {
        placeholder(new QTreeWidgetItem(m_contacts, {tr("No contact recorded")}));
    }
    for (const PatientCard::Contact &k : card.contacts) {
        QString about = contactPurposeText(k.record.purpose);
        if (!k.visitName.isEmpty())
            about = tr("%1 (%2)").arg(about, k.visitName);
        new QTreeWidgetItem(m_contacts, {localformat::dateTime(k.record.createdUtc.toTimeZone(m_zone)), about,
                                         contactChannelText(k.record.channel), contactOutcomeText(k.record.outcome),
                                         k.staffName});
    }
    for (int c = 0; c < 3; ++c)
        m_contacts->resizeColumnToContents(c);

    m_tabs->setTabText(0, tr("&Visits (%1)").arg(card.upcoming.size() + card.past.size()));
    m_tabs->setTabText(1, card.waitlistShown
                                  ? tr("Wa&itlist and to rebook (%1)").arg(card.waitlist.size() + card.unscheduled.size())
                                  : tr("Wa&itlist and to rebook"));
    m_tabs->setTabText(2, card.contactsShown ? tr("C&ontact log (%1)").arg(card.contacts.size()) : tr("C&ontact log"));
    fillWaitlistMenu();
    fillCallMenu();
}

void PatientCardDialog::fillWaitlistMenu()
{
    m_waitlistMenu->clear();
    const PatientCard &card = *m_card;
    // The types of the patient's own visits first (to rebook, booked, last had), each with the
    // provider of that visit; then every other type.
    QSet<QString> offered;
    auto offer = [&](const ScheduledAppointment &s, const QString &why) {
        if (offered.contains(s.appointment.typeId))
            return;
        offered.insert(s.appointment.typeId);
        const QString typeId = s.appointment.typeId;
        const QString providerId = s.appointment.providerId;
        m_waitlistMenu->addAction(tr("%1 with %2 (%3)").arg(s.typeName, s.providerName, why), this,
                                  [this, typeId, providerId] {
                                      Q_EMIT waitlistRequested(m_card->patient.id, m_card->patient.name, typeId,
                                                               providerId);
                                  });
    };
    for (const ScheduledAppointment &s : card.unscheduled)
        offer(s, tr("to rebook"));
    for (const ScheduledAppointment &s : card.upcoming)
        offer(s, tr("sooner than %1").arg(localformat::shortDay(s.appointment.startUtc.toTimeZone(m_zone).date())));
    if (!card.past.isEmpty())
        offer(card.past.constFirst(), tr("as last time"));
    QMenu *other = m_waitlistMenu;
    if (!m_waitlistMenu->isEmpty()) {
        other = m_waitlistMenu->addMenu(tr("Another visit"));
        other->setObjectName(u"patientCardWaitlistOtherMenu"_s);
    }
    for (const AppointmentType &t : std::as_const(m_types)) {
        if (offered.contains(t.id))
            continue;
        const QString typeId = t.id;
        other->addAction(t.name, this, [this, typeId] {
            Q_EMIT waitlistRequested(m_card->patient.id, m_card->patient.name, typeId, QString());
        });
    }
    m_waitlist->setEnabled(mayFill() && !m_waitlistMenu->isEmpty());
}

void PatientCardDialog::fillCallMenu()
{
    m_callMenu->clear();
    const PatientCard &card = *m_card;
    const QString name = card.patient.name;
    for (const ScheduledAppointment &s : card.unscheduled) {
        const QString id = s.appointment.id;
        m_callMenu->addAction(tr("Reschedule call: %1 %2, %3…")
                                      .arg(s.typeName, localformat::shortDay(s.appointment.startUtc.toTimeZone(m_zone).date()),
                                           visitOutcomeText(s.appointment.status)),
                              this, [this, id, name] { Q_EMIT rescheduleCallRequested(id, name); });
    }
    if (!card.upcoming.isEmpty()) {
        const ScheduledAppointment &next = card.upcoming.constFirst();
        const QDate day = next.appointment.startUtc.toTimeZone(m_zone).date();
        m_callMenu->addAction(tr("Confirmation call: %1 %2…").arg(next.typeName, localformat::shortDay(day)), this,
                              [this, day] { Q_EMIT confirmationCallRequested(day); });
    }
    m_call->setEnabled(mayFill() && !m_callMenu->isEmpty());
    if (mayFill())
        m_call->setToolTip(m_callMenu->isEmpty() ? tr("Nothing to call about: no visit coming up and none to rebook.")
                                                 : QString());
}

} // namespace chairside
