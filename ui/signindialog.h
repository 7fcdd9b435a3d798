#pragma once

#include "services/useraccounts.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace chairside {

// Signing in: the first office manager's account on a new cache, sign-in at start, and the
// lock screen (the same person goes on, or someone else signs in instead). Nothing about
// patients is on it. The password fields' buffers are wiped after each attempt.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { FirstManager, SignIn, Unlock };

    SignInDialog(UserAccounts &accounts, Mode mode, QString workstation, const QString &name = {},
                 QWidget *parent = nullptr);

    [[nodiscard]] const std::optional<SignedIn> &signedIn() const { return m_signedIn; }
    // For the tests and the scripted start: fill the fields and press the button.
    void submit(const QString &name, const QString &password, const QString &again = {});
    [[nodiscard]] QString problem() const;

public Q_SLOTS:
    void reject() override; // the lock screen cannot be dismissed

private:
    void attempt();

    UserAccounts &m_accounts;
    Mode m_mode;
    QString m_workstation;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_again = nullptr;
    QLabel *m_problem;
    std::optional<SignedIn> m_signedIn;
};

} // namespace chairside
