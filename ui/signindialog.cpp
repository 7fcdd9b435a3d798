#include "signindialog.h"

#include "domain/securebytes.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

// Takes the text out of a password field into bytes and empties the field.
QByteArray takePassword(QLineEdit *field)
{
    QByteArray bytes = field->text().toUtf8();
    field->clear();
    return bytes;
}

} // namespace

SignInDialog::SignInDialog(UserAccounts &accounts, Mode mode, QString workstation, const QString &name,
                           QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_mode(mode), m_workstation(std::move(workstation)),
      m_name(new QLineEdit(name, this)), m_password(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(u"signInDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    switch (mode) {
    case Mode::FirstManager:
        setWindowTitle(tr("Chairside: first start"));
        intro->setText(tr("Create the office manager's account. The office manager adds everyone else's."));
        break;
    case Mode::SignIn:
        setWindowTitle(tr("Chairside: sign in"));
        intro->setText(tr("Sign in with your Chairside account."));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Chairside is locked"));
        intro->setText(tr("Chairside is locked. Type your password to go on, or sign in as someone else."));
        break;
    }
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name->setObjectName(u"signInName"_s);
    m_password->setObjectName(u"signInPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    if (mode == Mode::FirstManager) {
        m_again = new QLineEdit(this);
        m_again->setObjectName(u"signInAgain"_s);
        m_again->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Password &again:"), m_again);
    }
    layout->addLayout(form);
    m_problem->setObjectName(u"signInProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *go = buttons->addButton(mode == Mode::FirstManager ? tr("Create account") : tr("Sign in"),
                                         QDialogButtonBox::AcceptRole);
    go->setObjectName(u"signInButton"_s);
    go->setDefault(true);
    if (mode != Mode::Unlock)
        buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (name.isEmpty() ? m_name : m_password)->setFocus();
}

void SignInDialog::submit(const QString &name, const QString &password, const QString &again)
{
    m_name->setText(name);
    m_password->setText(password);
    if (m_again)
        m_again->setText(again.isEmpty() ? password : again);
    attempt();
}

QString SignInDialog::problem() const
{
    return m_problem->text();
}

void SignInDialog::reject()
{
    if (m_mode != Mode::Unlock)
        QDialog::reject();
}

void SignInDialog::attempt()
{
    QString error;
    QByteArray password = takePassword(m_password);
    if (m_mode == Mode::FirstManager) {
        QByteArray again = takePassword(m_again);
        const bool same = again == password;
        secureWipe(again);
        if (!same) {
            secureWipe(password);
            m_problem->setText(tr("The two passwords differ; type them again."));
            return;
        }
        if (!m_accounts.createFirstManager(m_name->text(), password, m_workstation, &error)) {
            m_problem->setText(error);
            return;
        }
        password.clear();
        m_problem->setText(tr("Account created; now sign in."));
        m_mode = Mode::SignIn;
        m_again->hide();
        return;
    }
    m_signedIn = m_accounts.signIn(m_name->text(), password, m_workstation, &error);
    if (!m_signedIn) {
        m_problem->setText(error);
        return;
    }
    m_problem->clear();
    accept();
}

} // namespace chairside
