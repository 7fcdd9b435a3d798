#pragma once

#include "domain/messaging.h"
#include "domain/session.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimeEdit;

namespace chairside {

class MessagingService;

// What the office manager typed to connect one messaging provider. The secret (Twilio's auth
// token, SendGrid's API key) is empty when the one already in the keychain is to be kept. The
// dialog decides nothing about it: the window hands it on (MainWindow::messagingConnectRequested)
// to the program, which keeps the secret in the keychain and connects through MessagingService.
struct MessagingConnectForm
{
    enum class Channel { Sms, Email };
    enum class Field { None, Url, From, Account, Secret };
    Channel channel = Channel::Sms;
    QString provider; // "twilio" or "sendgrid"
    QString url;
    QString from;       // E.164 number or e-mail address
    QString accountSid; // Twilio only
    QString secret;
};

// Settings › Messaging…: the practice's text and e-mail providers, the number patients call,
// quiet hours, the templates messages are written from, a test message and how the worker is
// doing. Settings without secrets go through MessagingService, which checks them and says why
// it refuses; connecting a provider and sending a test need the keychain and the providers, so
// they are asked for (connectRequested, testRequested) and answered with showConnectResult and
// showTestResult. Secrets are never shown back, only whether one is kept.
class MessagingDialog final : public QDialog
{
    Q_OBJECT
public:
    MessagingDialog(MessagingService &messaging, const UserSession &session, const QTimeZone &zone,
                    QWidget *parent = nullptr);
    ~MessagingDialog() override;

    // The answer to connectRequested: `field` is where the problem is, focused.
    void showConnectResult(MessagingConnectForm::Channel channel, bool connected, const QString &message,
                           MessagingConnectForm::Field field = MessagingConnectForm::Field::None);
    // The provider's answer to testRequested.
    void showTestResult(bool accepted, const QString &message);
    // Reads the settings, the template shown and the worker's status again.
    void reload();

Q_SIGNALS:
    void connectRequested(const chairside::MessagingConnectForm &form);
    // One text (`to` a number) or e-mail (`to` an address) with the saved settings.
    void testRequested(chairside::MessagingConnectForm::Channel channel, const QString &to);
    // Settings were saved (the worker may need to start or stop).
    void settingsChanged();

private:
    QWidget *buildProviders();
    QWidget *buildSending();
    QWidget *buildTemplates();
    void loadSettings();
    void loadTemplate();
    void saveTemplate(const QString &text);
    void saveSending();
    void updateStatus();
    void say(QLabel *label, const QString &text, bool problem);
    [[nodiscard]] TemplateKind kind() const;
    [[nodiscard]] QString templateLanguage() const;

    MessagingService &m_messaging;
    UserSession m_session;
    QTimeZone m_zone;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Text messages.
    QLineEdit *m_smsUrl = nullptr;
    QLineEdit *m_smsFrom = nullptr;
    QLineEdit *m_accountSid = nullptr;
    QLineEdit *m_authToken = nullptr;
    QLabel *m_smsResult = nullptr;
    QPushButton *m_smsSave = nullptr;
    // E-mail.
    QLineEdit *m_emailUrl = nullptr;
    QLineEdit *m_emailFrom = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_emailResult = nullptr;
    QPushButton *m_emailSave = nullptr;
    // Phone, quiet hours, test.
    QLineEdit *m_practicePhone = nullptr;
    QCheckBox *m_noQuiet = nullptr;
    QTimeEdit *m_quietFrom = nullptr;
    QTimeEdit *m_quietTo = nullptr;
    QLabel *m_sendingResult = nullptr;
    QLineEdit *m_testTo = nullptr;
    QPushButton *m_testSend = nullptr;
    QLabel *m_testResult = nullptr;
    // Templates.
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_templateState = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_templateResult = nullptr;
};

} // namespace chairside

Q_DECLARE_METATYPE(chairside::MessagingConnectForm)
