#include "appointmentdialog.h"

#include "prompt.h"
#include "schedulechanger.h"

#include "services/bookingservice.h"
#include "services/frontdesk.h"
#include "domain/localformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {
constexpr int kOpeningStartRole = Qt::UserRole + 1;
constexpr int kOpeningProviderRole = Qt::UserRole + 2;
constexpr int kOpeningChairRole = Qt::UserRole + 3;
constexpr int kPatientNameRole = Qt::UserRole + 4;
} // namespace

AppointmentDialog::AppointmentDialog(ScheduleChanger &changer, BookingService &booking, FrontDesk &desk,
                                     const SchedulePage &page, QWidget *parent)
    : QDialog(parent), m_changer(changer), m_booking(booking), m_desk(desk), m_page(page)
{
    setObjectName(u"appointmentDialog"_s);
    setWindowTitle(tr("Book an appointment"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_patientSearch = new QLineEdit(this);
    m_patientSearch->setObjectName(u"patientSearchLineEdit"_s);
    m_patientSearch->setPlaceholderText(tr("Name or phone"));
    m_patientSearch->setClearButtonEnabled(true);
    m_patientResults = new QListWidget(this);
    m_patientResults->setObjectName(u"patientResultsListWidget"_s);
    // Room for four names whatever else the dialog shows, so a search's matches are read,
    // not scrolled through two at a time.
    m_patientResults->setMinimumHeight(m_patientResults->fontMetrics().height() * 4 + 8);
    m_patientResults->setMaximumHeight(std::max(110, m_patientResults->fontMetrics().height() * 6 + 8));
    m_patientResults->setAccessibleName(tr("Matching patients"));
    m_patientLabel = new QLabel(this);
    m_patientLabel->setObjectName(u"patientLabel"_s);
    m_patientLabel->setText(tr("No patient chosen"));
    form->addRow(tr("&Patient:"), m_patientSearch);
    form->addRow(QString(), m_patientResults);
    m_newPatient = new QPushButton(tr("New &patient…"), this);
    m_newPatient->setObjectName(u"newPatientButton"_s);
    m_newPatient->setToolTip(tr("A first-time caller: add them, then book"));
    m_newPatient->hide();
    auto *chosenRow = new QHBoxLayout;
    chosenRow->addWidget(m_patientLabel, 1);
    chosenRow->addWidget(m_newPatient);
    form->addRow(QString(), chosenRow);
    m_patientNote = new QLabel(this);
    m_patientNote->setObjectName(u"patientNoteLabel"_s);
    m_patientNote->setWordWrap(true);
    m_patientNote->setTextFormat(Qt::PlainText);
    m_patientNote->setStyleSheet(u"color: #e65100"_s);
    m_patientNote->hide();
    form->addRow(QString(), m_patientNote);

    m_type = new QComboBox(this);
    m_type->setObjectName(u"typeComboBox"_s);
    for (const AppointmentType &t : page.types)
        m_type->addItem(tr("%1 (%n min)", nullptr, t.minutes).arg(t.name), t.id);
    form->addRow(tr("&Type:"), m_type);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"providerComboBox"_s);
    for (const Provider &p : page.providers)
        m_provider->addItem(p.name, p.id);
    form->addRow(tr("Pro&vider:"), m_provider);
    m_chair = new QComboBox(this);
    m_chair->setObjectName(u"chairComboBox"_s);
    for (const Chair &c : page.chairs)
        m_chair->addItem(c.name, c.id);
    form->addRow(tr("&Chair:"), m_chair);
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setCalendarPopup(true);
    form->addRow(tr("&Date:"), m_date);
    m_time = new QTimeEdit(this);
    m_time->setObjectName(u"timeEdit"_s);
    m_time->setDisplayFormat(localformat::timeFormat());
    form->addRow(tr("T&ime:"), m_time);
    m_length = new QSpinBox(this);
    m_length->setObjectName(u"lengthSpinBox"_s);
    m_length->setRange(5, 480);
    m_length->setSingleStep(std::max(5, page.gridMinutes));
    m_length->setSuffix(tr(" min"));
    form->addRow(tr("&Length:"), m_length);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setMaximumHeight(60);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);

    m_violations = new QLabel(this);
    m_violations->setObjectName(u"violationsLabel"_s);
    m_violations->setWordWrap(true);
    m_violations->setTextFormat(Qt::PlainText);
    m_violations->setStyleSheet(u"color: #b00020"_s);
    layout->addWidget(m_violations);

    m_findOpening = new QPushButton(tr("&Find next opening"), this);
    m_findOpening->setObjectName(u"findOpeningButton"_s);
    layout->addWidget(m_findOpening);
    m_openings = new QListWidget(this);
    m_openings->setObjectName(u"openingsListWidget"_s);
    m_openings->setAccessibleName(tr("Best openings; activate one to book it"));
    m_openings->setMaximumHeight(80);
    m_openings->hide();
    layout->addWidget(m_openings);
    m_addToWaitlist = new QPushButton(this);
    m_addToWaitlist->setObjectName(u"addToWaitlistButton"_s);
    m_addToWaitlist->hide();
    layout->addWidget(m_addToWaitlist);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_patientSearch, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Whoever was chosen before is not the person now being looked for: the booking waits
        // until someone from the new search is chosen.
        patientChosen({}, {});
        searchPatients(text);
        refreshCheck();
    });
    connect(m_patientResults, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        patientChosen(item->data(Qt::UserRole).toString(), item->data(kPatientNameRole).toString());
        refreshCheck();
    });
    connect(m_newPatient, &QPushButton::clicked, this, [this] {
        if (!m_checks.newPatient)
            return;
        if (const std::optional<std::pair<QString, QString>> made = m_checks.newPatient()) {
            m_patientSearch->setText(made->second);
            m_patientResults->clear();
            patientChosen(made->first, made->second);
            refreshCheck();
        }
    });
    connect(m_addToWaitlist, &QPushButton::clicked, this, [this] {
        if (!m_checks.addToWaitlist || m_patientId.isEmpty())
            return;
        m_checks.addToWaitlist(m_patientId, m_patientName, m_type->currentData().toString(),
                               m_provider->currentData().toString());
        reject();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &AppointmentDialog::typeChanged);
    for (QComboBox *box : {m_provider, m_chair})
        connect(box, &QComboBox::currentIndexChanged, this, &AppointmentDialog::refreshCheck);
    connect(m_date, &QDateEdit::dateChanged, this, &AppointmentDialog::refreshCheck);
    connect(m_time, &QTimeEdit::timeChanged, this, &AppointmentDialog::refreshCheck);
    connect(m_length, &QSpinBox::valueChanged, this, &AppointmentDialog::refreshCheck);
    connect(m_findOpening, &QPushButton::clicked, this, &AppointmentDialog::findOpenings);
    connect(m_openings, &QListWidget::itemActivated, this, &AppointmentDialog::bookOpening);
    typeChanged();
}

void AppointmentDialog::prefillNew(const QString &chairId, const QString &providerId, const QDate &date,
                                   int startMinute, int minutes)
{
    const QSignalBlocker b1(m_provider), b2(m_chair), b3(m_date), b4(m_time), b5(m_length);
    if (!chairId.isEmpty())
        m_chair->setCurrentIndex(m_chair->findData(chairId));
    if (!providerId.isEmpty())
        m_provider->setCurrentIndex(m_provider->findData(providerId));
    m_date->setDate(date);
    m_time->setTime(QTime(0, 0).addSecs(qint64(startMinute) * 60));
    if (minutes > 0)
        m_length->setValue(minutes);
    refreshCheck();
}

void AppointmentDialog::prefillVisit(const QString &patientId, const QString &patientName, const QString &typeId,
                                     int minutes, const QString &notes, const QString &waitlistEntryId)
{
    m_waitlistEntryId = waitlistEntryId;
    patientChosen(patientId, patientName);
    m_patientSearch->hide();
    m_patientResults->hide();
    m_patientLabel->setText(tr("Booking for %1").arg(patientName));
    // Without a type asked for, the dialog's own choice stays.
    if (!typeId.isEmpty()) {
        const QSignalBlocker block(m_type);
        m_type->setCurrentIndex(m_type->findData(typeId));
    }
    typeChanged();
    if (minutes > 0)
        m_length->setValue(minutes);
    m_notes->setPlainText(notes);
    refreshCheck();
}

void AppointmentDialog::showExisting(const Appointment &a, const QString &patientName)
{
    m_existing = a;
    m_newPatient->hide();
    m_patientId = a.patientId;
    m_patientName = patientName;
    setWindowTitle(tr("Appointment: %1").arg(patientName));
    m_patientSearch->hide();
    m_patientResults->hide();
    m_patientLabel->setText(patientName);
    m_type->setCurrentIndex(m_type->findData(a.typeId));
    m_type->setEnabled(false);
    m_notes->setPlainText(a.notes);
    m_save->setText(tr("&Save"));
    const QDateTime local = a.startUtc.toTimeZone(m_changer.zone());
    prefillNew(a.chairId, a.providerId, local.date(), local.time().msecsSinceStartOfDay() / 60000, a.minutes);
}

void AppointmentDialog::searchPatients(const QString &text)
{
    m_patientResults->clear();
    QString error;
    const QList<Patient> found = m_desk.searchPatients(text, 12, m_changer.session(), &error);
    for (const Patient &p : found) {
        QString line = p.phone.isEmpty() ? p.name : tr("%1 — %2").arg(p.name, localformat::phone(p.phone));
        // The language the patient's messages go out in, when it is not English.
        if (p.language == u"es")
            line = tr("%1 · speaks Spanish").arg(line);
        auto *item = new QListWidgetItem(line, m_patientResults);
        item->setData(Qt::UserRole, p.id);
        item->setData(kPatientNameRole, p.name);
    }
    if (!error.isEmpty())
        m_violations->setText(error);
    else if (found.isEmpty() && !text.trimmed().isEmpty())
        m_patientLabel->setText(tr("No patient matches “%1”").arg(text.trimmed()));
    if (found.size() == 1)
        m_patientResults->setCurrentRow(0);
}

void AppointmentDialog::typeChanged()
{
    const QString typeId = m_type->currentData().toString();
    for (const AppointmentType &t : m_page.types) {
        if (t.id != typeId || m_existing)
            continue;
        const QSignalBlocker block(m_length);
        m_length->setValue(t.minutes);
        // A visit that needs a skill starts with a provider who has it (the engine refuses
        // anyone else): the chosen one when they do, else the first who does.
        if (t.skill.isEmpty())
            continue;
        auto hasSkill = [&](const QString &providerId) {
            for (const Provider &p : m_page.providers)
                if (p.id == providerId)
                    return p.skills.contains(t.skill);
            return false;
        };
        if (hasSkill(m_provider->currentData().toString()))
            continue;
        for (int i = 0; i < m_provider->count(); ++i) {
            if (hasSkill(m_provider->itemData(i).toString())) {
                const QSignalBlocker blockProvider(m_provider);
                m_provider->setCurrentIndex(i);
                break;
            }
        }
    }
    refreshCheck();
}

void AppointmentDialog::setPatientChecks(PatientChecks checks)
{
    m_checks = std::move(checks);
    m_addToWaitlist->setText(tr("Add to &waitlist…"));
    m_addToWaitlist->setToolTip(tr("Nothing suits: put the patient on the waitlist for this visit instead"));
    m_newPatient->setVisible(m_checks.newPatient && !m_existing);
    if (!m_patientId.isEmpty())
        patientChosen(m_patientId, m_patientName);
}

void AppointmentDialog::patientChosen(const QString &patientId, const QString &name)
{
    if (patientId != m_patientId)
        forgetApproval();
    m_patientId = patientId;
    m_patientName = name;
    m_patientLabel->setText(patientId.isEmpty() ? tr("No patient chosen") : tr("Booking for %1").arg(name));
    m_needsApproval = false;
    QString note;
    if (m_checks.noShowNote && !m_existing)
        std::tie(note, m_needsApproval) = m_checks.noShowNote(patientId);
    m_patientNote->setText(note);
    m_patientNote->setVisible(!note.isEmpty());
    m_addToWaitlist->setVisible(m_checks.addToWaitlist && !m_existing && !patientId.isEmpty()
                                && m_waitlistEntryId.isEmpty());
}

std::optional<BookRequest> AppointmentDialog::request(QString *why) const
{
    const std::optional<QDateTime> start =
            m_changer.startUtc(m_date->date(), m_time->time().msecsSinceStartOfDay() / 60000);
    if (!start) {
        *why = tr("That time does not exist on this date: the clocks change then.");
        return std::nullopt;
    }
    BookRequest r;
    r.patientId = m_patientId;
    r.typeId = m_type->currentData().toString();
    r.providerId = m_provider->currentData().toString();
    r.chairId = m_chair->currentData().toString();
    r.startUtc = *start;
    r.minutes = m_length->value();
    r.notes = m_notes->toPlainText();
    r.waitlistEntryId = m_waitlistEntryId;
    r.approval = m_approval;
    return r;
}

std::optional<BookRequest> AppointmentDialog::readyRequest()
{
    QString why;
    std::optional<BookRequest> r = request(&why);
    if (r && r->patientId.isEmpty()) {
        why = tr("Find the patient by name or phone.");
        r.reset();
    }
    if (!r)
        m_violations->setText(why);
    m_save->setEnabled(r.has_value());
    return r;
}

MoveRequest AppointmentDialog::changeTo(const BookRequest &r) const
{
    MoveRequest move;
    move.appointmentId = m_existing->id;
    move.expectedVersion = m_existing->version;
    move.startUtc = r.startUtc;
    move.chairId = r.chairId;
    move.providerId = r.providerId;
    move.minutes = r.minutes;
    if (r.notes != m_existing->notes)
        move.notes = r.notes;
    return move;
}

void AppointmentDialog::refreshCheck()
{
    const std::optional<BookRequest> r = readyRequest();
    if (!r)
        return;
    const BookingOutcome outcome = m_existing ? m_booking.check(changeTo(*r)) : m_booking.check(*r);
    m_violations->setText(outcome.ok() ? QString() : m_changer.describe(outcome));
}

QString AppointmentDialog::violations() const
{
    return m_violations->text();
}

void AppointmentDialog::findOpenings()
{
    m_openings->clear();
    scheduling::OpeningRequest find;
    find.typeId = m_type->currentData().toString();
    find.patientId = m_patientId;
    find.from = m_date->date(); // the service sets the window: from the office's today at the earliest
    find.minutes = m_length->value();
    find.clinicId = m_clinicId;
    if (m_existing)
        find.replacingId = m_existing->id;
    const OpeningsOutcome outcome = m_booking.nextOpenings(find);
    if (!outcome.error.isEmpty()) {
        m_violations->setText(outcome.error);
        return;
    }
    if (outcome.openings.isEmpty())
        m_violations->setText(tr("No opening in the next %n day(s); add the patient to the waitlist.", nullptr,
                                 BookingService::kOpeningDays));
    for (const scheduling::Opening &o : outcome.openings) {
        const QDateTime start = scheduling::fromMinute(o.start);
        const QDateTime local = start.toTimeZone(m_changer.zone());
        QString provider = o.providerId;
        for (const Provider &p : m_page.providers) {
            if (p.id == o.providerId)
                provider = p.name;
        }
        QString chair = o.chairId;
        for (const Chair &c : m_page.chairs) {
            if (c.id == o.chairId)
                chair = c.name;
        }
        auto *item = new QListWidgetItem(tr("%1 at %2 — %3, %4")
                                                 .arg(QLocale().toString(local.date(), QLocale::LongFormat),
                                                      localformat::time(local.time()), provider,
                                                      chair),
                                         m_openings);
        item->setData(kOpeningStartRole, start);
        item->setData(kOpeningProviderRole, o.providerId);
        item->setData(kOpeningChairRole, o.chairId);
    }
    m_openings->setVisible(m_openings->count() > 0);
}

void AppointmentDialog::bookOpening(QListWidgetItem *item)
{
    if (!m_existing && m_patientId.isEmpty()) {
        m_violations->setText(tr("Choose the patient first: find them by name or phone."));
        m_patientSearch->setFocus();
        return;
    }
    const QDateTime local = item->data(kOpeningStartRole).toDateTime().toTimeZone(m_changer.zone());
    const QString providerId = item->data(kOpeningProviderRole).toString();
    const QString chairId = item->data(kOpeningChairRole).toString();
    // Who, what, when and where, before anything is written; Enter books.
    const QString question =
            (m_existing ? tr("Move %1's %2 to %3 at %4, with %5 in %6?") : tr("Book %1 for %2 on %3 at %4, with %5 in %6?"))
                    .arg(m_patientName, m_type->currentText(),
                         QLocale().toString(local.date(), QLocale::LongFormat), localformat::time(local.time()),
                         m_provider->itemText(m_provider->findData(providerId)),
                         m_chair->itemText(m_chair->findData(chairId)));
    if (!Prompt::confirm(this, m_existing ? tr("Move this visit?") : tr("Book this visit?"), question,
                         Prompt::Default::Yes))
        return;
    const QSignalBlocker b1(m_provider), b2(m_chair), b3(m_date), b4(m_time);
    m_provider->setCurrentIndex(m_provider->findData(providerId));
    m_chair->setCurrentIndex(m_chair->findData(chairId));
    m_date->setDate(local.date());
    m_time->setTime(local.time());
    accept();
}

AppointmentDialog::~AppointmentDialog()
{
    forgetApproval();
}

void AppointmentDialog::forgetApproval()
{
    if (m_approval)
        m_approval->password.fill('\0');
    m_approval.reset();
}

void AppointmentDialog::accept()
{
    if (!m_existing && m_needsApproval && !m_approval) {
        m_approval = m_checks.approve ? m_checks.approve() : std::nullopt;
        if (!m_approval) {
            m_violations->setText(tr("Booking this patient needs an office manager's approval."));
            return;
        }
    }
    const std::optional<BookRequest> r = readyRequest();
    if (!r)
        return;
    QString refusal;
    const QMetaObject::Connection c =
            connect(&m_changer, &ScheduleChanger::refused, this, [&refusal](const QString &m) { refusal = m; });
    bool ok = false;
    if (m_existing) {
        // A change goes through the same path as a drag, with undo.
        ok = m_changer.move(changeTo(*r));
    } else {
        ok = m_changer.book(*r);
        forgetApproval(); // used once: a refused booking asks again
    }
    disconnect(c);
    if (!ok) {
        m_violations->setText(refusal);
        return;
    }
    QDialog::accept();
}

} // namespace chairside
