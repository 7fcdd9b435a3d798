#include "blockoutdialog.h"

#include "services/schedulepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

BlockoutDialog::BlockoutDialog(const SchedulePage &page, const QTimeZone &zone, const Block &initial, Submit submit,
                               QWidget *parent)
    : QDialog(parent), m_initial(initial), m_zone(zone), m_submit(std::move(submit))
{
    setObjectName(u"blockoutDialog"_s);
    setWindowTitle(initial.id.isEmpty() ? tr("New blockout") : tr("Blockout"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_label = new QLineEdit(initial.label, this);
    m_label->setObjectName(u"blockoutLabelLineEdit"_s);
    m_label->setPlaceholderText(tr("Staff meeting, lunch and learn, chair out of service…"));
    form->addRow(tr("&Label:"), m_label);

    const QDateTime start = initial.startUtc.toTimeZone(zone);
    const QDateTime end = initial.endUtc.toTimeZone(zone);
    m_date = new QDateEdit(start.date(), this);
    m_date->setObjectName(u"blockoutDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(tr("&Date:"), m_date);
    auto *times = new QHBoxLayout;
    m_start = new QTimeEdit(start.time(), this);
    m_start->setObjectName(u"blockoutStartTimeEdit"_s);
    m_end = new QTimeEdit(end.time(), this);
    m_end->setObjectName(u"blockoutEndTimeEdit"_s);
    for (QTimeEdit *t : {m_start, m_end})
        t->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    times->addWidget(m_start);
    times->addWidget(new QLabel(u"–"_s, this));
    times->addWidget(m_end);
    times->addStretch(1);
    form->addRow(tr("From:"), times);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"blockoutScopeComboBox"_s);
    m_scope->addItem(tr("The whole practice"), u"practice"_s);
    for (const Chair &c : page.chairs)
        m_scope->addItem(tr("Chair: %1").arg(c.name), QString(u"chair:"_s + c.id));
    for (const Provider &p : page.providers)
        m_scope->addItem(tr("Provider: %1").arg(p.name), QString(u"provider:"_s + p.id));
    const QString scope = !initial.chairId.isEmpty()      ? u"chair:"_s + initial.chairId
            : !initial.providerId.isEmpty()               ? u"provider:"_s + initial.providerId
                                                          : u"practice"_s;
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scope)));
    form->addRow(tr("&Keeps:"), m_scope);

    m_repeat = new QCheckBox(tr("&Repeats weekly on:"), this);
    m_repeat->setObjectName(u"blockoutRepeatCheckBox"_s);
    m_repeat->setChecked(initial.repeat.has_value());
    auto *days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
        box->setObjectName(u"blockoutDay%1CheckBox"_s.arg(Weekdays::dayName(d)));
        box->setChecked(initial.repeat ? initial.repeat->days.contains(d) : d == start.date().dayOfWeek());
        days->addWidget(box);
        m_days[size_t(d - 1)] = box;
    }
    days->addStretch(1);
    form->addRow(m_repeat, days);
    auto *until = new QHBoxLayout;
    m_hasUntil = new QCheckBox(tr("&Until"), this);
    m_hasUntil->setObjectName(u"blockoutUntilCheckBox"_s);
    m_hasUntil->setChecked(initial.repeat && initial.repeat->until.isValid());
    m_until = new QDateEdit(initial.repeat && initial.repeat->until.isValid() ? initial.repeat->until
                                                                              : start.date().addMonths(3),
                            this);
    m_until->setObjectName(u"blockoutUntilDateEdit"_s);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    until->addWidget(m_hasUntil);
    until->addWidget(m_until);
    until->addStretch(1);
    form->addRow(QString(), until);

    m_message = new QLabel(this);
    m_message->setObjectName(u"blockoutMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"QLabel { color: #a40000; }"_s);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"blockoutButtonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &BlockoutDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BlockoutDialog::reject);
    layout->addWidget(buttons);
    connect(m_repeat, &QCheckBox::toggled, this, &BlockoutDialog::updateRepeat);
    connect(m_hasUntil, &QCheckBox::toggled, this, &BlockoutDialog::updateRepeat);
    updateRepeat();
    setMinimumWidth(520);
}

void BlockoutDialog::updateRepeat()
{
    for (QCheckBox *box : m_days)
        box->setEnabled(m_repeat->isChecked() && m_repeat->isEnabled());
    m_hasUntil->setEnabled(m_repeat->isChecked() && m_repeat->isEnabled());
    m_until->setEnabled(m_repeat->isChecked() && m_hasUntil->isChecked() && m_repeat->isEnabled());
}

Block BlockoutDialog::block() const
{
    Block b = m_initial;
    b.label = m_label->text().trimmed();
    const QDate date = m_date->date();
    b.startUtc = QDateTime(date, m_start->time(), m_zone).toUTC();
    // An end at midnight is the end of the day.
    const QTime endTime = m_end->time();
    b.endUtc = QDateTime(endTime == QTime(0, 0) ? date.addDays(1) : date, endTime, m_zone).toUTC();
    const QString scope = m_scope->currentData().toString();
    b.chairId = scope.startsWith(u"chair:"_s) ? scope.mid(6) : QString();
    b.providerId = scope.startsWith(u"provider:"_s) ? scope.mid(9) : QString();
    if (m_repeat->isChecked()) {
        BlockRepeat r = m_initial.repeat.value_or(BlockRepeat{});
        r.days = {};
        for (int d = 1; d <= 7; ++d) {
            if (m_days[size_t(d - 1)]->isChecked())
                r.days.insert(d);
        }
        r.until = m_hasUntil->isChecked() ? m_until->date() : QDate();
        b.repeat = r;
    } else {
        b.repeat.reset();
    }
    return b;
}

void BlockoutDialog::setReadOnly(const QString &why)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_label, m_date, m_start, m_end, m_scope, m_repeat, m_hasUntil,
                                                        m_until})
        w->setEnabled(false);
    for (QCheckBox *box : m_days)
        box->setEnabled(false);
    if (auto *buttons = findChild<QDialogButtonBox *>(u"blockoutButtonBox"_s)) {
        buttons->setStandardButtons(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, this, &BlockoutDialog::reject);
    }
    m_message->setStyleSheet(QString());
    m_message->setText(why);
    m_message->show();
}

void BlockoutDialog::accept()
{
    if (!m_submit) {
        QDialog::accept();
        return;
    }
    const QString refused = m_submit(block());
    if (!refused.isEmpty()) {
        m_message->setText(refused);
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace chairside
