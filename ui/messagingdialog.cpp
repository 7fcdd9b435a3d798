#include "messagingdialog.h"

#include "domain/localformat.h"
#include "domain/phonenumber.h"
#include "services/access.h"
#include "services/patientmessaging.h"
#include "translations/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

constexpr auto kTwilioUrl = "https://api.twilio.com";
constexpr auto kSendGridUrl = "https://api.sendgrid.com";

QLabel *resultLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    return field;
}

} // namespace

MessagingDialog::MessagingDialog(MessagingService &messaging, const UserSession &session, const QTimeZone &zone,
                                 QWidget *parent)
    : QDialog(parent), m_messaging(messaging), m_session(session), m_zone(zone)
{
    setObjectName(u"messagingDialog"_s);
    setWindowTitle(tr("Messaging"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"messagingStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(6);
    layout->addWidget(m_status);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"messagingTabs"_s);
    m_tabs->addTab(buildProviders(), tr("&Providers"));
    m_tabs->addTab(buildSending(), tr("&Sending and test"));
    m_tabs->addTab(buildTemplates(), tr("&Templates"));
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // What the worker did moves on while the dialog is open.
    auto *tick = new QTimer(this);
    tick->setInterval(30 * 1000);
    connect(tick, &QTimer::timeout, this, &MessagingDialog::updateStatus);
    tick->start();
    setMinimumWidth(640);
    resize(760, 640);
    reload();
}

MessagingDialog::~MessagingDialog()
{
    for (QLineEdit *field : {m_authToken, m_apiKey})
        field->clear();
}

QWidget *MessagingDialog::buildProviders()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *sms = new QGroupBox(tr("Text messages: Twilio"), page);
    auto *smsForm = new QFormLayout(sms);
    m_smsUrl = lineEdit(u"messagingSmsUrlField"_s, sms);
    m_smsFrom = lineEdit(u"messagingSmsFromField"_s, sms);
    m_smsFrom->setPlaceholderText(tr("The Twilio number, like +15125550100"));
    m_accountSid = lineEdit(u"messagingAccountSidField"_s, sms);
    m_authToken = lineEdit(u"messagingAuthTokenField"_s, sms);
    m_authToken->setEchoMode(QLineEdit::Password);
    smsForm->addRow(tr("A&ddress:"), m_smsUrl);
    smsForm->addRow(tr("&From number:"), m_smsFrom);
    smsForm->addRow(tr("Account S&ID:"), m_accountSid);
    smsForm->addRow(tr("Auth t&oken:"), m_authToken);
    m_smsResult = resultLabel(u"messagingSmsResult"_s, sms);
    smsForm->addRow(m_smsResult);
    m_smsSave = new QPushButton(tr("Save te&xt settings"), sms);
    m_smsSave->setObjectName(u"messagingSmsSaveButton"_s);
    auto *smsButtons = new QHBoxLayout;
    smsButtons->addStretch(1);
    smsButtons->addWidget(m_smsSave);
    smsForm->addRow(smsButtons);
    layout->addWidget(sms);

    auto *email = new QGroupBox(tr("E-mail: SendGrid"), page);
    auto *emailForm = new QFormLayout(email);
    m_emailUrl = lineEdit(u"messagingEmailUrlField"_s, email);
    m_emailFrom = lineEdit(u"messagingEmailFromField"_s, email);
    m_emailFrom->setPlaceholderText(tr("The sender SendGrid verified, like desk@practice.example"));
    m_apiKey = lineEdit(u"messagingApiKeyField"_s, email);
    m_apiKey->setEchoMode(QLineEdit::Password);
    emailForm->addRow(tr("Addr&ess:"), m_emailUrl);
    emailForm->addRow(tr("From add&ress:"), m_emailFrom);
    emailForm->addRow(tr("API &key:"), m_apiKey);
    m_emailResult = resultLabel(u"messagingEmailResult"_s, email);
    emailForm->addRow(m_emailResult);
    m_emailSave = new QPushButton(tr("Save e-&mail settings"), email);
    m_emailSave->setObjectName(u"messagingEmailSaveButton"_s);
    auto *emailButtons = new QHBoxLayout;
    emailButtons->addStretch(1);
    emailButtons->addWidget(m_emailSave);
    emailForm->addRow(emailButtons);
    layout->addWidget(email);
    layout->addStretch(1);

    connect(m_smsSave, &QPushButton::clicked, this, [this] {
        MessagingConnectForm form;
        form.channel = MessagingConnectForm::Channel::Sms;
        form.provider = u"twilio"_s;
        form.url = m_smsUrl->text().trimmed();
        form.from = m_smsFrom->text().trimmed();
        form.accountSid = m_accountSid->text().trimmed();
        form.secret = m_authToken->text().trimmed();
        m_smsSave->setEnabled(false);
        say(m_smsResult, tr("Saving…"), false);
        Q_EMIT connectRequested(form);
    });
    connect(m_emailSave, &QPushButton::clicked, this, [this] {
        MessagingConnectForm form;
        form.channel = MessagingConnectForm::Channel::Email;
        form.provider = u"sendgrid"_s;
        form.url = m_emailUrl->text().trimmed();
        form.from = m_emailFrom->text().trimmed();
        form.secret = m_apiKey->text().trimmed();
        m_emailSave->setEnabled(false);
        say(m_emailResult, tr("Saving…"), false);
        Q_EMIT connectRequested(form);
    });
    return page;
}

QWidget *MessagingDialog::buildSending()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *sending = new QGroupBox(tr("What patients read and when"), page);
    auto *form = new QFormLayout(sending);
    m_practicePhone = lineEdit(u"messagingPracticePhoneField"_s, sending);
    m_practicePhone->setPlaceholderText(tr("Empty: the number texts come from"));
    form->addRow(tr("Practice p&hone in messages:"), m_practicePhone);
    m_noQuiet = new QCheckBox(tr("No &quiet hours"), sending);
    m_noQuiet->setObjectName(u"messagingNoQuietCheckBox"_s);
    form->addRow(QString(), m_noQuiet);
    m_quietFrom = new QTimeEdit(sending);
    m_quietFrom->setObjectName(u"messagingQuietFromEdit"_s);
    m_quietTo = new QTimeEdit(sending);
    m_quietTo->setObjectName(u"messagingQuietToEdit"_s);
    for (QTimeEdit *edit : {m_quietFrom, m_quietTo})
        edit->setDisplayFormat(localformat::timeFormat());
    auto *quiet = new QHBoxLayout;
    auto *untilLabel = new QLabel(tr("unti&l"), sending);
    untilLabel->setBuddy(m_quietTo);
    quiet->addWidget(m_quietFrom);
    quiet->addWidget(untilLabel);
    quiet->addWidget(m_quietTo);
    quiet->addStretch(1);
    form->addRow(tr("No texts from:"), quiet);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(quiet)))
        label->setBuddy(m_quietFrom);
    auto *about = new QLabel(tr("In quiet hours reminders wait for the morning and offers are left to staff. "
                                "Times are the practice's own."),
                             sending);
    about->setWordWrap(true);
    form->addRow(about);
    m_sendingResult = resultLabel(u"messagingSendingResult"_s, sending);
    form->addRow(m_sendingResult);
    auto *save = new QPushButton(tr("Sa&ve phone and quiet hours"), sending);
    save->setObjectName(u"messagingSendingSaveButton"_s);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(save);
    form->addRow(saveRow);
    layout->addWidget(sending);
    connect(m_noQuiet, &QCheckBox::toggled, this, [this](bool off) {
        m_quietFrom->setEnabled(!off);
        m_quietTo->setEnabled(!off);
    });
    connect(save, &QPushButton::clicked, this, &MessagingDialog::saveSending);

    auto *test = new QGroupBox(tr("Send a test message"), page);
    auto *testForm = new QFormLayout(test);
    auto *aboutTest = new QLabel(tr("One text to a mobile number, or one e-mail to an address, with the saved "
                                    "settings. It is not logged against any patient."),
                                 test);
    aboutTest->setWordWrap(true);
    testForm->addRow(aboutTest);
    m_testTo = lineEdit(u"messagingTestToField"_s, test);
    m_testTo->setPlaceholderText(tr("+15125550100 or someone@practice.example"));
    testForm->addRow(tr("Test re&cipient:"), m_testTo);
    m_testResult = resultLabel(u"messagingTestResult"_s, test);
    testForm->addRow(m_testResult);
    m_testSend = new QPushButton(tr("Send test mess&age"), test);
    m_testSend->setObjectName(u"messagingTestSendButton"_s);
    auto *testRow = new QHBoxLayout;
    testRow->addStretch(1);
    testRow->addWidget(m_testSend);
    testForm->addRow(testRow);
    layout->addWidget(test);
    layout->addStretch(1);
    connect(m_testSend, &QPushButton::clicked, this, [this] {
        const QString to = m_testTo->text().trimmed();
        if (to.isEmpty()) {
            m_testTo->setFocus();
            return;
        }
        // An address goes by e-mail, anything else is a number to text.
        const auto channel = to.contains(u'@') ? MessagingConnectForm::Channel::Email
                                               : MessagingConnectForm::Channel::Sms;
        m_testSend->setEnabled(false);
        say(m_testResult, tr("Sending…"), false);
        Q_EMIT testRequested(channel, to);
    });
    return page;
}

QWidget *MessagingDialog::buildTemplates()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *pick = new QFormLayout;
    m_kind = new QComboBox(page);
    m_kind->setObjectName(u"messagingTemplateKindCombo"_s);
    for (TemplateKind k : templateKinds()) {
        QString text;
        switch (k) {
        case TemplateKind::Reminder:
            text = tr("Appointment reminder");
            break;
        case TemplateKind::Offer:
            text = tr("Waitlist offer");
            break;
        case TemplateKind::OfferTaken:
            text = tr("Offer taken: the booking confirmed");
            break;
        case TemplateKind::EmailFooter:
            text = tr("E-mail footer");
            break;
        case TemplateKind::Recall:
            text = tr("Recall: due for a visit");
            break;
        }
        m_kind->addItem(text, templateKindName(k));
    }
    m_language = new QComboBox(page);
    m_language->setObjectName(u"messagingTemplateLanguageCombo"_s);
    for (const QString &code : language::available())
        m_language->addItem(language::nativeName(code), code);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_kind, 1);
    auto *languageLabel = new QLabel(tr("Lan&guage:"), page);
    languageLabel->setBuddy(m_language);
    pickRow->addWidget(languageLabel);
    pickRow->addWidget(m_language);
    pick->addRow(tr("&Which message:"), pickRow);
    if (auto *label = qobject_cast<QLabel *>(pick->labelForField(pickRow)))
        label->setBuddy(m_kind);
    layout->addLayout(pick);
    m_templateState = new QLabel(page);
    m_templateState->setObjectName(u"messagingTemplateStateLabel"_s);
    m_templateState->setWordWrap(true);
    layout->addWidget(m_templateState);
    m_text = new QPlainTextEdit(page);
    m_text->setObjectName(u"messagingTemplateTextEdit"_s);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("The message's text"));
    layout->addWidget(m_text, 1);
    // The placeholders, each a button that types it where the cursor is.
    auto *inserts = new QGridLayout;
    auto *insertLabel = new QLabel(tr("Insert:"), page);
    inserts->addWidget(insertLabel, 0, 0);
    const QStringList names = messagetemplate::placeholders();
    const int perRow = 4;
    for (int i = 0; i < names.size(); ++i) {
        const QString placeholder = u'{' + names.at(i) + u'}';
        auto *button = new QPushButton(placeholder, page);
        button->setObjectName(u"messagingInsert_"_s + names.at(i) + u"Button"_s);
        button->setToolTip(tr("Insert %1 where the cursor is").arg(placeholder));
        button->setAutoDefault(false);
        inserts->addWidget(button, i / perRow, 1 + i % perRow);
        connect(button, &QPushButton::clicked, this, [this, placeholder] {
            m_text->insertPlainText(placeholder);
            m_text->setFocus();
        });
    }
    inserts->setColumnStretch(perRow + 1, 1);
    layout->addLayout(inserts);
    m_templateResult = resultLabel(u"messagingTemplateResult"_s, page);
    layout->addWidget(m_templateResult);
    auto *buttons = new QHBoxLayout;
    auto *reset = new QPushButton(tr("&Back to the default text"), page);
    reset->setObjectName(u"messagingTemplateResetButton"_s);
    auto *save = new QPushButton(tr("Sa&ve template"), page);
    save->setObjectName(u"messagingTemplateSaveButton"_s);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MessagingDialog::loadTemplate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MessagingDialog::loadTemplate);
    connect(save, &QPushButton::clicked, this, [this] { saveTemplate(m_text->toPlainText()); });
    // An empty text is the service's way back to the default.
    connect(reset, &QPushButton::clicked, this, [this] { saveTemplate(QString()); });
    return page;
}

void MessagingDialog::reload()
{
    loadSettings();
    loadTemplate();
    updateStatus();
}

void MessagingDialog::loadSettings()
{
    QString error;
    const std::optional<MessagingSettings> s = m_messaging.settings(&error);
    if (!s) {
        say(m_smsResult, error, true);
        return;
    }
    m_smsUrl->setText(s->smsUrl.isEmpty() ? QString::fromLatin1(kTwilioUrl) : s->smsUrl);
    m_smsFrom->setText(s->smsFrom);
    m_accountSid->setText(s->accountSid);
    m_authToken->clear();
    // The secret is never shown back: only whether one is kept.
    m_authToken->setPlaceholderText(s->sms() ? tr("Stored in the keychain; type a new one to replace it")
                                             : tr("Not stored yet"));
    m_emailUrl->setText(s->emailUrl.isEmpty() ? QString::fromLatin1(kSendGridUrl) : s->emailUrl);
    m_emailFrom->setText(s->emailFrom);
    m_apiKey->clear();
    m_apiKey->setPlaceholderText(s->email() ? tr("Stored in the keychain; type a new one to replace it")
                                            : tr("Not stored yet"));
    m_practicePhone->setText(s->practicePhone.isEmpty() ? QString() : localformat::phone(s->practicePhone, phonenumber::regionOf(m_zone)));
    m_noQuiet->setChecked(s->quiet.off());
    m_quietFrom->setTime(s->quiet.off() ? QTime(20, 0) : s->quiet.from);
    m_quietTo->setTime(s->quiet.off() ? QTime(8, 0) : s->quiet.to);
    m_quietFrom->setEnabled(!s->quiet.off());
    m_quietTo->setEnabled(!s->quiet.off());
}

TemplateKind MessagingDialog::kind() const
{
    return parseTemplateKind(m_kind->currentData().toString()).value_or(TemplateKind::Reminder);
}

QString MessagingDialog::templateLanguage() const
{
    return m_language->currentData().toString();
}

void MessagingDialog::loadTemplate()
{
    QString error;
    const std::optional<QString> text = m_messaging.templateText(kind(), templateLanguage(), &error);
    m_templateResult->hide();
    if (!text) {
        say(m_templateResult, error, true);
        return;
    }
    m_text->setPlainText(*text);
    m_templateState->setText(m_messaging.isDefaultTemplate(kind(), templateLanguage())
                                     ? tr("Chairside's default text.")
                                     : tr("The practice's own text."));
}

void MessagingDialog::saveTemplate(const QString &text)
{
    QString error;
    if (!m_messaging.setTemplate(kind(), templateLanguage(), text, m_session, &error)) {
        // The text stays as typed, to be corrected.
        say(m_templateResult, error, true);
        m_text->setFocus();
        return;
    }
    loadTemplate();
    say(m_templateResult, text.isEmpty() ? tr("Back to the default text.") : tr("Saved."), false);
    Q_EMIT settingsChanged();
}

void MessagingDialog::saveSending()
{
    QString error;
    if (!m_messaging.setPracticePhone(m_practicePhone->text(), m_session, &error)) {
        say(m_sendingResult, error, true);
        m_practicePhone->setFocus();
        return;
    }
    QuietHours quiet;
    if (m_noQuiet->isChecked()) {
        quiet.from = quiet.to = QTime(0, 0);
    } else {
        quiet.from = m_quietFrom->time();
        quiet.to = m_quietTo->time();
    }
    if (!m_messaging.setQuietHours(quiet, m_session, &error)) {
        say(m_sendingResult, error, true);
        m_quietFrom->setFocus();
        return;
    }
    loadSettings();
    say(m_sendingResult, tr("Saved."), false);
    updateStatus();
    Q_EMIT settingsChanged();
}

void MessagingDialog::showConnectResult(MessagingConnectForm::Channel channel, bool connected,
                                        const QString &message, MessagingConnectForm::Field field)
{
    const bool sms = channel == MessagingConnectForm::Channel::Sms;
    QLabel *result = sms ? m_smsResult : m_emailResult;
    (sms ? m_smsSave : m_emailSave)->setEnabled(true);
    if (connected) {
        loadSettings();
        updateStatus();
        say(result, message.isEmpty() ? tr("Saved; the secret is kept in this computer's keychain.") : message, false);
        Q_EMIT settingsChanged();
        return;
    }
    say(result, message, true);
    QLineEdit *focus = nullptr;
    switch (field) {
    case MessagingConnectForm::Field::Url:
        focus = sms ? m_smsUrl : m_emailUrl;
        break;
    case MessagingConnectForm::Field::From:
        focus = sms ? m_smsFrom : m_emailFrom;
        break;
    case MessagingConnectForm::Field::Account:
        focus = m_accountSid;
        break;
    case MessagingConnectForm::Field::Secret:
        focus = sms ? m_authToken : m_apiKey;
        break;
    case MessagingConnectForm::Field::None:
        break;
    }
    if (focus) {
        m_tabs->setCurrentIndex(0);
        focus->setFocus();
        focus->selectAll();
    }
}

void MessagingDialog::showTestResult(bool accepted, const QString &message)
{
    m_testSend->setEnabled(true);
    say(m_testResult, message, !accepted);
    if (!accepted)
        m_testTo->setFocus();
}

void MessagingDialog::updateStatus()
{
    QString error;
    const std::optional<MessagingStatus> s = m_messaging.status(&error);
    if (!s) {
        m_status->setText(error);
        return;
    }
    if (!s->settings.sms() && !s->settings.email()) {
        m_status->setText(tr("Messaging is not connected: reminders and offers go to staff to call, as before."));
        return;
    }
    auto count = [&](std::initializer_list<MessageState> states) {
        int n = 0;
        for (MessageState state : states)
            n += s->counts.value(state);
        return n;
    };
    auto when = [this](const MessagingStep &step) {
        return step.atUtc.isValid() ? localformat::dateTime(step.atUtc.toTimeZone(m_zone)) : tr("not yet");
    };
    QStringList ways;
    if (s->settings.sms())
        ways << tr("texts from %1").arg(localformat::phone(s->settings.smsFrom, phonenumber::regionOf(m_zone)));
    if (s->settings.email())
        ways << tr("e-mails from %1").arg(s->settings.emailFrom);
    const QStringList lines = {
            tr("Sending %1.").arg(ways.join(tr(" and "))),
            tr("Messages: %1 waiting, %2 sent, %3 delivered, %4 failed.")
                    .arg(count({MessageState::Queued, MessageState::Sending, MessageState::Unclear}))
                    .arg(count({MessageState::Accepted}))
                    .arg(count({MessageState::Delivered}))
                    .arg(count({MessageState::Failed})),
            tr("Last send: %1 · delivery check: %2 · reply check: %3")
                    .arg(when(s->lastSend), when(s->lastDelivery), when(s->lastReplies)),
            tr("%n reply(s) in the inbox for the front desk.", nullptr, s->openInbox),
    };
    m_status->setText(lines.join(u'\n'));
}

void MessagingDialog::say(QLabel *label, const QString &text, bool problem)
{
    label->setStyleSheet(problem ? u"color: #b00020"_s : QString());
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace chairside
