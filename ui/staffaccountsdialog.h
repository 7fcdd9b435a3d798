#pragma once

#include "domain/session.h"

#include <QDialog>

#include <optional>
#include <utility>

class QLabel;
class QPushButton;
class QTableView;

namespace chairside {

class StaffAccountsModel;
class UserAccounts;

// Settings › Staff accounts… (office manager): every account with its role and whether it can
// sign in; add one, disable or enable one, reset a forgotten password. The service decides
// and audits; this dialog asks and shows what it said.
class StaffAccountsDialog final : public QDialog
{
    Q_OBJECT
public:
    StaffAccountsDialog(UserAccounts &accounts, const UserSession &session, QWidget *parent = nullptr);

    [[nodiscard]] StaffAccountsModel *model() const { return m_model; }
    // Reads the accounts again (after one was added elsewhere).
    void reload();

    // Asks for a new password twice (and the current one first when `current`); empty when
    // cancelled. The second of the pair is the new password, the first the current one.
    static std::optional<std::pair<QByteArray, QByteArray>> askPassword(QWidget *parent, const QString &title,
                                                                        const QString &explanation, bool current,
                                                                        QString *mismatch);

Q_SIGNALS:
    // "Add account…": the window's add-account dialog, then reload().
    void addRequested();

private:
    void toggleDisabled();
    void resetPassword();
    void updateButtons();
    [[nodiscard]] QString selectedName() const;
    void say(const QString &text, bool problem);

    UserAccounts &m_accounts;
    UserSession m_session;
    StaffAccountsModel *m_model;
    QTableView *m_table;
    QPushButton *m_disable;
    QPushButton *m_reset;
    QLabel *m_message;
};

} // namespace chairside
