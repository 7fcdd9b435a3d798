#include "patientformdialog.h"

#include "domain/localformat.h"
#include "domain/patientsearch.h"
#include "services/patientrecords.h"

#include "translations/language.h"

#include <QComboBox>
#include <QCompleter>
#include <QStringListModel>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

PatientFormDialog::PatientFormDialog(PatientRecords &records, const UserSession &session, const Patient *patient,
                                     QWidget *parent)
    : QDialog(parent), m_records(records), m_session(session), m_editing(patient ? patient->id : QString())
{
    setObjectName(u"patientFormDialog"_s);
    setWindowTitle(patient ? tr("Patient details") : tr("New patient"));
    auto *layout = new QVBoxLayout(this);
    auto *form = m_form = new QFormLayout;
    auto line = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        return edit;
    };
    m_first = line(u"firstNameLineEdit"_s);
    m_last = line(u"lastNameLineEdit"_s);
    m_birthdate = line(u"birthdateLineEdit"_s);
    m_birthdate->setPlaceholderText(
            tr("e.g. %1").arg(localformat::birthdate(QDate(1984, 3, 27))));
    // Made in the order of the form, which is the order Tab goes through it.
    m_sex = new QComboBox(this);
    m_sex->setObjectName(u"sexComboBox"_s);
    m_sex->addItem(tr("Not said"), QString());
    m_sex->addItem(tr("Female"), u"female"_s);
    m_sex->addItem(tr("Male"), u"male"_s);
    m_phone = line(u"phoneLineEdit"_s);
    m_phone->setPlaceholderText(tr("e.g. (512) 555-0100"));
    m_email = line(u"emailLineEdit"_s);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageComboBox"_s);
    // Each language named in itself, as Settings › Language names them.
    m_language->addItem(language::nativeName(u"en"_s), u"en"_s);
    m_language->addItem(language::nativeName(u"es"_s), u"es"_s);
    m_contact = new QComboBox(this);
    m_contact->setObjectName(u"contactComboBox"_s);
    m_contact->addItem(tr("Phone call"), contactChannelName(ContactChannel::Phone));
    m_contact->addItem(tr("Text message"), contactChannelName(ContactChannel::Sms));
    m_contact->addItem(tr("E-mail"), contactChannelName(ContactChannel::Email));
    m_contact->addItem(tr("No reminders or messages"), contactChannelName(ContactChannel::None));
    form->addRow(tr("&First name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("&Birthdate:"), m_birthdate);
    form->addRow(tr("Se&x:"), m_sex);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("&Reach by:"), m_contact);
    m_guarantor = line(u"guarantorLineEdit"_s);
    m_guarantor->setPlaceholderText(tr("Optional: type a family member's name"));
    m_guarantor->setClearButtonEnabled(true);
    m_guarantorChoices = new QStringListModel(this);
    m_guarantorCompleter = new QCompleter(m_guarantorChoices, this);
    m_guarantorCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_guarantor->setCompleter(m_guarantorCompleter);
    form->addRow(tr("G&uarantor:"), m_guarantor);
    form->labelForField(m_guarantor)->hide();
    m_guarantor->hide();
    connect(m_guarantor, &QLineEdit::textEdited, this, [this](const QString &typed) {
        // Whoever was chosen before is not who is being looked for now.
        m_guarantorId.clear();
        if (!m_lookup || typed.trimmed().size() < 2) {
            m_found.clear();
            m_guarantorChoices->setStringList({});
            return;
        }
        m_found = m_lookup(typed);
        QStringList shown;
        for (const auto &[id, text] : std::as_const(m_found))
            shown << text;
        m_guarantorChoices->setStringList(shown);
        m_guarantorCompleter->complete();
    });
    connect(m_guarantorCompleter, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        for (const auto &[id, shown] : std::as_const(m_found)) {
            if (shown == text)
                m_guarantorId = id;
        }
    });
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: #b71c1c"_s);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(patient ? tr("&Save") : tr("&Add patient"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"saveButton"_s);
    save->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (patient) {
        const PatientDetails d = PatientDetails::of(*patient);
        m_first->setText(d.firstName);
        m_last->setText(d.lastName);
        if (d.birthdate.isValid())
            m_birthdate->setText(localformat::birthdate(d.birthdate));
        m_phone->setText(localformat::phone(d.phone, m_records.region()));
        m_email->setText(d.email);
        m_sex->setCurrentIndex(std::max(0, m_sex->findData(d.sex)));
        m_language->setCurrentIndex(std::max(0, m_language->findData(d.language)));
        m_contact->setCurrentIndex(std::max(0, m_contact->findData(contactChannelName(d.contact))));
        m_patientId = patient->id;
        m_patientName = patient->name;
        m_originalGuarantor = d.guarantorId;
        m_guarantorId = d.guarantorId;
    }
    setMinimumWidth(440);
}

void PatientFormDialog::setGuarantorLookup(PatientLookup lookup, const QString &currentName)
{
    m_lookup = std::move(lookup);
    m_guarantor->setText(currentName);
    m_guarantor->setVisible(bool(m_lookup));
    m_form->labelForField(m_guarantor)->setVisible(bool(m_lookup));
}

bool PatientFormDialog::available(PatientRecords &records, bool creating, QString *why)
{
    QString error;
    const PatientWritePlace place = records.place(&error);
    if (!error.isEmpty()) {
        *why = error;
        return false;
    }
    if (creating ? place.canCreate : place.canEdit)
        return true;
    *why = creating ? place.createRefusal : place.editRefusal;
    return false;
}

PatientDetails PatientFormDialog::details() const
{
    PatientDetails d;
    d.firstName = m_first->text();
    d.lastName = m_last->text();
    const QString born = m_birthdate->text().trimmed();
    const patientsearch::Query asDate = patientsearch::parse(born, QLocale(), m_records.officeToday());
    if (asDate.kind == patientsearch::Query::Kind::Birthdate)
        d.birthdate = asDate.birthdate;
    d.sex = m_sex->currentData().toString();
    d.phone = m_phone->text();
    d.email = m_email->text();
    d.language = m_language->currentData().toString();
    d.contact = parseContactChannel(m_contact->currentData().toString()).value_or(ContactChannel::Phone);
    d.guarantorId = m_guarantor->isHidden() ? m_originalGuarantor : m_guarantorId;
    return d;
}

void PatientFormDialog::showProblem(const QString &field, const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    QWidget *at = field == u"first"       ? static_cast<QWidget *>(m_first)
            : field == u"last"            ? m_last
            : field == u"birthdate"       ? m_birthdate
            : field == u"sex"             ? static_cast<QWidget *>(m_sex)
            : field == u"phone"           ? m_phone
            : field == u"email"           ? m_email
            : field == u"language"        ? static_cast<QWidget *>(m_language)
            : field == u"contact"         ? static_cast<QWidget *>(m_contact)
            : field == u"guarantor"       ? m_guarantor
                                          : nullptr;
    if (at)
        at->setFocus();
}

void PatientFormDialog::accept()
{
    PatientDetails d = details();
    if (!m_guarantor->isHidden() && !m_guarantor->text().trimmed().isEmpty() && d.guarantorId.isEmpty()) {
        showProblem(u"guarantor"_s, tr("Choose the guarantor from the list that opens as you type, or clear the field."));
        return;
    }
    if (!m_birthdate->text().trimmed().isEmpty() && !d.birthdate.isValid()) {
        showProblem(u"birthdate"_s, tr("\"%1\" is not a date; type it as %2.")
                                     .arg(localformat::excerpt(m_birthdate->text()),
                                          localformat::birthdate(QDate(1984, 3, 27))));
        return;
    }
    if (!m_editing.isEmpty()) {
        // What the form shows of the phone is its display form; unchanged, it stays as kept.
        const PatientWriteOutcome out = m_records.edit(m_editing, d, m_session);
        if (!out.ok()) {
            showProblem(out.field, out.message);
            return;
        }
        m_message = out.message;
        QDialog::accept();
        return;
    }
    PatientWriteOutcome out = m_records.create(d, false, m_session);
    if (out.result == PatientWriteOutcome::Result::Duplicate) {
        const Patient &onFile = out.duplicates.constFirst();
        QStringList shown;
        for (const Patient &p : std::as_const(out.duplicates)) {
            QStringList parts{p.name};
            if (p.birthdate.isValid())
                parts << tr("born %1").arg(localformat::birthdate(p.birthdate));
            if (!p.phone.isEmpty())
                parts << localformat::phone(p.phone, m_records.region());
            shown << parts.join(u", "_s);
        }
        QMessageBox box(QMessageBox::Question, tr("Already a patient?"),
                        tr("This looks like a patient on file (same name and birthdate, or same phone):\n\n%1")
                                .arg(shown.join(u'\n')),
                        QMessageBox::NoButton, this);
        box.setObjectName(u"duplicateBox"_s);
        QPushButton *use = box.addButton(tr("&Use %1").arg(onFile.name), QMessageBox::AcceptRole);
        use->setObjectName(u"useExistingButton"_s);
        QPushButton *add = box.addButton(tr("&Add as a new patient"), QMessageBox::DestructiveRole);
        add->setObjectName(u"addAnywayButton"_s);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(use);
        box.exec();
        if (box.clickedButton() == use) {
            m_patientId = onFile.id;
            m_patientName = onFile.name;
            QDialog::accept();
            return;
        }
        if (box.clickedButton() != add)
            return;
        out = m_records.create(d, true, m_session);
    }
    if (!out.ok()) {
        showProblem(out.field, out.message);
        return;
    }
    m_patientId = out.patientId;
    m_patientName = QString(d.firstName.simplified() + u' ' + d.lastName.simplified());
    m_message = out.message;
    QDialog::accept();
}

} // namespace chairside
