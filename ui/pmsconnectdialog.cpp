#include "pmsconnectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

// One way of reaching a practice's system, as the dialog offers it.
struct Choice
{
    const char *label;
    const char *about;
    QString system;
    QString url;
};

const Choice kChoices[] = {
        {QT_TRANSLATE_NOOP("chairside::PmsConnectDialog", "Dentrix (through NexHealth)"),
         QT_TRANSLATE_NOOP("chairside::PmsConnectDialog",
                           "Dentrix is reached through NexHealth's Synchronizer, installed at the office. Enter the "
                           "practice's NexHealth API key, subdomain and location id."),
         u"nexhealth"_s, u"https://nexhealth.info"_s},
        {QT_TRANSLATE_NOOP("chairside::PmsConnectDialog", "Eaglesoft (through NexHealth)"),
         QT_TRANSLATE_NOOP("chairside::PmsConnectDialog",
                           "Eaglesoft is reached through NexHealth's Synchronizer, installed at the office. Enter the "
                           "practice's NexHealth API key, subdomain and location id."),
         u"nexhealth"_s, u"https://nexhealth.info"_s},
        {QT_TRANSLATE_NOOP("chairside::PmsConnectDialog", "Open Dental (direct)"),
         QT_TRANSLATE_NOOP("chairside::PmsConnectDialog",
                           "Open Dental's API: its local API service at the office, or the remote API. Enter the "
                           "developer key and the practice's customer key."),
         u"opendental"_s, u"http://localhost:30222/api/v1"_s},
        {QT_TRANSLATE_NOOP("chairside::PmsConnectDialog", "Open Dental (through NexHealth)"),
         QT_TRANSLATE_NOOP("chairside::PmsConnectDialog",
                           "For a practice that already reaches Open Dental through NexHealth. Enter the practice's "
                           "NexHealth API key, subdomain and location id."),
         u"nexhealth"_s, u"https://nexhealth.info"_s},
        {QT_TRANSLATE_NOOP("chairside::PmsConnectDialog", "Dentrix (seed REST contract, for testing)"),
         QT_TRANSLATE_NOOP("chairside::PmsConnectDialog",
                           "The REST contract in Chairside's seed documents. No Dentrix office serves it; use it with "
                           "the simulator."),
         u"dentrix"_s, u"http://127.0.0.1:30223/v1"_s},
        {QT_TRANSLATE_NOOP("chairside::PmsConnectDialog", "Eaglesoft (seed SOAP contract, for testing)"),
         QT_TRANSLATE_NOOP("chairside::PmsConnectDialog",
                           "The SOAP contract in Chairside's seed documents. No Eaglesoft office serves it; use it "
                           "with the simulator."),
         u"eaglesoft"_s, u"http://127.0.0.1:30224/eaglesoft/Scheduling.asmx"_s},
};

QLineEdit *secretField(QWidget *parent, const QString &name)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace

PmsConnectDialog::PmsConnectDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"pmsConnectDialog"_s);
    setWindowTitle(tr("Connect to the practice system"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    // The rows after the system's explanation.
    auto *fields = new QFormLayout;
    m_system = new QComboBox(this);
    m_system->setObjectName(u"pmsSystemCombo"_s);
    for (const Choice &c : kChoices)
        m_system->addItem(tr(c.label));
    m_form->addRow(tr("The practice &runs:"), m_system);
    m_about = new QLabel(this);
    m_about->setWordWrap(true);
    layout->insertWidget(1, m_about);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"pmsUrlField"_s);
    fields->addRow(tr("&Address:"), m_url);
    m_subdomain = new QLineEdit(this);
    m_subdomain->setObjectName(u"pmsSubdomainField"_s);
    fields->addRow(tr("&Subdomain:"), m_subdomain);
    m_location = new QLineEdit(this);
    m_location->setObjectName(u"pmsLocationField"_s);
    fields->addRow(tr("&Location id:"), m_location);
    m_identity = new QLineEdit(this);
    m_identity->setObjectName(u"pmsIdentityField"_s);
    fields->addRow(tr("Key:"), m_identity);
    m_secret = secretField(this, u"pmsSecretField"_s);
    fields->addRow(tr("Key:"), m_secret);
    m_apiKey = secretField(this, u"pmsApiKeyField"_s);
    fields->addRow(tr("Key:"), m_apiKey);
    layout->addLayout(fields);
    m_fields = fields;
    m_result = new QLabel(this);
    m_result->setObjectName(u"pmsConnectResult"_s);
    m_result->setWordWrap(true);
    m_result->setStyleSheet(u"color: #b00020"_s);
    m_result->hide();
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"pmsConnectButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const Choice &c = kChoices[m_system->currentIndex()];
        PmsConnectForm form;
        form.system = c.system;
        form.url = m_url->text().trimmed();
        if (c.system == u"nexhealth") {
            form.subdomain = m_subdomain->text().trimmed();
            form.locationId = m_location->text().trimmed();
        }
        // Only the keys this system takes (what another choice left typed is not sent).
        if (c.system != u"nexhealth") {
            form.identity = m_identity->text().trimmed();
            form.secret = m_secret->text();
        }
        if (c.system == u"nexhealth" || c.system == u"dentrix")
            form.apiKey = m_apiKey->text().trimmed();
        m_connect->setEnabled(false);
        m_result->setStyleSheet(QString());
        m_result->setText(tr("Connecting…"));
        m_result->show();
        Q_EMIT connectRequested(form);
    });
    connect(m_system, &QComboBox::currentIndexChanged, this, &PmsConnectDialog::choose);
    setMinimumWidth(560);
    choose(0);
}

PmsConnectDialog::~PmsConnectDialog()
{
    for (QLineEdit *field : {m_secret, m_apiKey, m_identity})
        field->clear();
}

void PmsConnectDialog::choose(int index)
{
    const Choice &c = kChoices[index];
    m_about->setText(tr(c.about));
    m_url->setText(c.url);
    const bool nexhealth = c.system == u"nexhealth";
    m_fields->setRowVisible(m_subdomain, nexhealth);
    m_fields->setRowVisible(m_location, nexhealth);
    // Each system's keys, named as it names them.
    auto label = [this](QLineEdit *field, const QString &text) {
        m_fields->setRowVisible(field, !text.isEmpty());
        if (auto *l = qobject_cast<QLabel *>(m_fields->labelForField(field)))
            l->setText(text);
    };
    if (c.system == u"opendental") {
        label(m_identity, tr("&Developer key:"));
        label(m_secret, tr("C&ustomer key:"));
        label(m_apiKey, {});
    } else if (c.system == u"dentrix") {
        label(m_identity, tr("Client &id:"));
        label(m_secret, tr("Client s&ecret:"));
        label(m_apiKey, tr("API &key:"));
    } else if (c.system == u"eaglesoft") {
        label(m_identity, tr("&User name:"));
        label(m_secret, tr("&Password:"));
        label(m_apiKey, {});
    } else {
        label(m_identity, {});
        label(m_secret, {});
        label(m_apiKey, tr("API &key:"));
    }
    m_result->hide();
    adjustSize();
}

void PmsConnectDialog::showResult(bool connected, const QString &message)
{
    if (connected) {
        accept();
        return;
    }
    m_result->setStyleSheet(u"color: #b00020"_s);
    m_result->setText(message);
    m_result->show();
    m_connect->setEnabled(true);
    adjustSize();
}

} // namespace chairside
