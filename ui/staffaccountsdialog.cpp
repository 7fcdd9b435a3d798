#include "staffaccountsdialog.h"

#include "itemmodels/staffaccountsmodel.h"
#include "services/useraccounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

StaffAccountsDialog::StaffAccountsDialog(UserAccounts &accounts, const UserSession &session, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_model(new StaffAccountsModel(this)),
      m_table(new QTableView(this)), m_disable(new QPushButton(this)), m_reset(new QPushButton(tr("&Reset password…"), this)),
      m_message(new QLabel(this))
{
    setObjectName(u"staffAccountsDialog"_s);
    setWindowTitle(tr("Staff accounts"));
    auto *layout = new QVBoxLayout(this);
    m_table->setObjectName(u"staffAccountsView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message->setObjectName(u"staffAccountsMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&Add account…"), QDialogButtonBox::ActionRole);
    add->setObjectName(u"addAccountButton"_s);
    m_disable->setObjectName(u"disableAccountButton"_s);
    m_reset->setObjectName(u"resetPasswordButton"_s);
    buttons->addButton(m_disable, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reset, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &StaffAccountsDialog::addRequested);
    connect(m_disable, &QPushButton::clicked, this, &StaffAccountsDialog::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &StaffAccountsDialog::resetPassword);
    reload();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StaffAccountsDialog::updateButtons);
    updateButtons();
    resize(640, 360);
}

void StaffAccountsDialog::reload()
{
    QString error;
    const QString keep = selectedName();
    const std::optional<QList<StaffAccount>> list = m_accounts.accounts(m_session, &error);
    if (!list) {
        say(error, true);
        return;
    }
    m_model->setAccounts(*list);
    m_table->resizeColumnsToContents();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(StaffAccountsModel::AccountNameRole).toString() == keep)
            m_table->selectRow(r);
    }
    updateButtons();
}

QString StaffAccountsDialog::selectedName() const
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(StaffAccountsModel::AccountNameRole).toString()
                             : QString();
}

void StaffAccountsDialog::updateButtons()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool disabled = current.isValid() && current.siblingAtColumn(0).data(StaffAccountsModel::DisabledRole).toBool();
    // Nobody disables their own account (the service refuses it too).
    const bool own = current.isValid() && current.row() < m_model->accounts().size()
            && m_model->accounts().at(current.row()).id == m_session.userId;
    m_disable->setText(disabled ? tr("&Enable") : tr("&Disable"));
    m_disable->setEnabled(current.isValid() && !own);
    m_disable->setToolTip(own ? tr("Your own account; another office manager can disable it.") : QString());
    m_reset->setEnabled(current.isValid());
}

void StaffAccountsDialog::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? u"QLabel { color: #8a1c1c; }"_s : QString());
    m_message->setText(text);
}

void StaffAccountsDialog::toggleDisabled()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const bool disable = !m_table->selectionModel()->currentIndex().siblingAtColumn(0)
                                  .data(StaffAccountsModel::DisabledRole)
                                  .toBool();
    QString error;
    if (!m_accounts.setDisabled(m_session, name, disable, &error)) {
        say(error, true);
        return;
    }
    say(disable ? tr("%1 can no longer sign in.").arg(name) : tr("%1 can sign in again.").arg(name), false);
    reload();
}

void StaffAccountsDialog::resetPassword()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    QString mismatch;
    std::optional<std::pair<QByteArray, QByteArray>> typed =
            askPassword(this, tr("Reset password"),
                        tr("A new password for %1. Give it to them in person; they can change it afterwards.").arg(name),
                        false, &mismatch);
    if (!typed) {
        if (!mismatch.isEmpty())
            say(mismatch, true);
        return;
    }
    QString error;
    if (!m_accounts.resetPassword(m_session, name, typed->second, &error)) {
        say(error, true);
        return;
    }
    say(tr("%1 has a new password.").arg(name), false);
    reload();
}

std::optional<std::pair<QByteArray, QByteArray>> StaffAccountsDialog::askPassword(QWidget *parent,
                                                                                  const QString &title,
                                                                                  const QString &explanation,
                                                                                  bool current, QString *mismatch)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"passwordDialog"_s);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *text = new QLabel(explanation, &dialog);
    text->setWordWrap(true);
    form->addRow(text);
    auto field = [&dialog](const QString &name) {
        auto *edit = new QLineEdit(&dialog);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    QLineEdit *now = current ? field(u"currentPasswordLineEdit"_s) : nullptr;
    QLineEdit *next = field(u"newPasswordLineEdit"_s);
    QLineEdit *again = field(u"againPasswordLineEdit"_s);
    if (now)
        form->addRow(tr("&Current password:"), now);
    form->addRow(tr("&New password:"), next);
    form->addRow(tr("New password &again:"), again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const bool ok = dialog.exec() == QDialog::Accepted;
    std::pair<QByteArray, QByteArray> out{now ? now->text().toUtf8() : QByteArray(), next->text().toUtf8()};
    const bool same = next->text() == again->text();
    for (QLineEdit *e : {now, next, again}) {
        if (e)
            e->clear();
    }
    if (!ok)
        return std::nullopt;
    if (!same) {
        out.first.fill('\0');
        out.second.fill('\0');
        *mismatch = tr("The two new passwords differ; nothing was changed.");
        return std::nullopt;
    }
    return out;
}

} // namespace chairside
