#include "productionblocksdialog.h"

#include "services/blockoutservice.h"
#include "services/schedulepage.h"

#include "domain/localformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

ProductionBlocksDialog::ProductionBlocksDialog(BlockoutService &service, const UserSession &session,
                                               const SchedulePage &page, QWidget *parent)
    : QDialog(parent), m_service(service), m_session(session)
{
    setObjectName(u"productionBlocksDialog"_s);
    setWindowTitle(tr("Production blocks"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Time a provider or a chair keeps each week for certain visits. Booking another "
                                "visit there asks first; from the release days before the date on, anything books."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"productionBlocksListWidget"_s);
    m_list->setMinimumWidth(300);
    columns->addWidget(m_list, 1);

    auto *form = new QFormLayout;
    columns->addLayout(form, 1);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"productionNameLineEdit"_s);
    m_name->setPlaceholderText(tr("Crown/bridge"));
    form->addRow(tr("&Name:"), m_name);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"productionProviderComboBox"_s);
    m_provider->addItem(tr("Whoever works in the chair"), QString());
    for (const Provider &p : page.providers) {
        m_provider->addItem(p.name, p.id);
        m_providerNames.insert(p.id, p.name);
    }
    form->addRow(tr("&Provider:"), m_provider);
    m_chair = new QComboBox(this);
    m_chair->setObjectName(u"productionChairComboBox"_s);
    m_chair->addItem(tr("Any chair the provider works in"), QString());
    for (const Chair &c : page.chairs) {
        m_chair->addItem(c.name, c.id);
        m_chairNames.insert(c.id, c.name);
    }
    form->addRow(tr("&Chair:"), m_chair);
    auto *days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
        box->setObjectName(u"productionDay%1CheckBox"_s.arg(Weekdays::dayName(d)));
        days->addWidget(box);
        m_days[size_t(d - 1)] = box;
    }
    form->addRow(tr("Days:"), days);
    auto *times = new QHBoxLayout;
    m_start = new QTimeEdit(QTime(8, 0), this);
    m_start->setObjectName(u"productionStartTimeEdit"_s);
    m_end = new QTimeEdit(QTime(10, 0), this);
    m_end->setObjectName(u"productionEndTimeEdit"_s);
    for (QTimeEdit *t : {m_start, m_end})
        t->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    times->addWidget(m_start);
    times->addWidget(new QLabel(u"–"_s, this));
    times->addWidget(m_end);
    times->addStretch(1);
    form->addRow(tr("From:"), times);
    m_types = new QListWidget(this);
    m_types->setObjectName(u"productionTypesListWidget"_s);
    QStringList skills;
    for (const AppointmentType &t : page.types) {
        auto *item = new QListWidgetItem(t.name, m_types);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (!t.skill.isEmpty() && !skills.contains(t.skill))
            skills.append(t.skill);
    }
    m_types->setMaximumHeight(140);
    form->addRow(tr("For &visits:"), m_types);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"productionCategoryComboBox"_s);
    m_category->addItem(tr("Only the visits ticked"), QString());
    for (const QString &s : std::as_const(skills))
        m_category->addItem(tr("Every %1 visit").arg(skillText(s)), s);
    form->addRow(tr("Or a c&ategory:"), m_category);
    m_color = new QLineEdit(this);
    m_color->setObjectName(u"productionColorLineEdit"_s);
    m_color->setPlaceholderText(u"#e6550d"_s);
    form->addRow(tr("C&olour:"), m_color);
    auto *actions = new QHBoxLayout;
    m_new = new QPushButton(tr("&New"), this);
    m_new->setObjectName(u"productionNewButton"_s);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"productionSaveButton"_s);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(u"productionDeleteButton"_s);
    actions->addWidget(m_new);
    actions->addWidget(m_save);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    form->addRow(QString(), actions);

    auto *release = new QHBoxLayout;
    m_release = new QSpinBox(this);
    m_release->setObjectName(u"productionReleaseSpinBox"_s);
    m_release->setRange(0, 365);
    m_release->setSuffix(tr(" days before the date"));
    m_applyRelease = new QPushButton(tr("&Apply"), this);
    m_applyRelease->setObjectName(u"productionReleaseApplyButton"_s);
    release->addWidget(new QLabel(tr("Blocks release:"), this));
    release->addWidget(m_release);
    release->addWidget(m_applyRelease);
    release->addStretch(1);
    layout->addLayout(release);

    m_message = new QLabel(this);
    m_message->setObjectName(u"productionMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_blocks.size())
            showBlock(m_blocks.at(row));
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        showBlock({});
    });
    connect(m_save, &QPushButton::clicked, this, &ProductionBlocksDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &ProductionBlocksDialog::remove);
    connect(m_applyRelease, &QPushButton::clicked, this, &ProductionBlocksDialog::saveRelease);

    QString why;
    if (!BlockoutService::mayEdit(m_session, &why)) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_provider, m_chair, m_start, m_end, m_types,
                                                            m_category, m_color, m_release, m_save, m_delete, m_new,
                                                            m_applyRelease})
            w->setEnabled(false);
        for (QCheckBox *box : m_days)
            box->setEnabled(false);
        say(why, false);
    }
    QString error;
    m_release->setValue(m_service.releaseDays(&error).value_or(2));
    reload();
    resize(860, 560);
}

void ProductionBlocksDialog::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? u"QLabel { color: #a40000; }"_s : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ProductionBlocksDialog::reload(const QString &selectId)
{
    QString error;
    m_blocks = m_service.productionBlocks(&error).value_or(QList<ProductionBlock>());
    if (!error.isEmpty())
        say(error, true);
    m_list->clear();
    int select = -1;
    for (const ProductionBlock &b : std::as_const(m_blocks)) {
        QStringList where;
        if (!b.providerId.isEmpty())
            where << m_providerNames.value(b.providerId, b.providerId);
        if (!b.chairId.isEmpty())
            where << m_chairNames.value(b.chairId, b.chairId);
        QStringList days;
        for (int d = 1; d <= 7; ++d) {
            if (b.days.contains(d))
                days << QLocale().dayName(d, QLocale::ShortFormat);
        }
        auto *item = new QListWidgetItem(tr("%1 — %2\n%3 %4–%5", "a production block: name, who or where; days, times")
                                                 .arg(b.name, where.join(u", "_s), days.join(u' '),
                                                      localformat::time(b.startMinute), localformat::time(b.endMinute)),
                                         m_list);
        if (!b.color.isEmpty())
            item->setForeground(QColor(b.color));
        if (b.id == selectId)
            select = int(m_list->count() - 1);
    }
    if (select >= 0)
        m_list->setCurrentRow(select);
    else if (!m_blocks.isEmpty())
        m_list->setCurrentRow(0);
    else
        showBlock({});
}

void ProductionBlocksDialog::showBlock(const ProductionBlock &b)
{
    m_currentId = b.id;
    m_name->setText(b.name);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(b.providerId)));
    m_chair->setCurrentIndex(std::max(0, m_chair->findData(b.chairId)));
    for (int d = 1; d <= 7; ++d)
        m_days[size_t(d - 1)]->setChecked(b.days.contains(d));
    if (!b.id.isEmpty()) {
        m_start->setTime(QTime(b.startMinute / 60, b.startMinute % 60));
        m_end->setTime(b.endMinute >= 1440 ? QTime(23, 59) : QTime(b.endMinute / 60, b.endMinute % 60));
    }
    for (int i = 0; i < m_types->count(); ++i) {
        QListWidgetItem *item = m_types->item(i);
        item->setCheckState(b.typeIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(b.category)));
    m_color->setText(b.color);
    m_delete->setEnabled(!b.id.isEmpty() && BlockoutService::mayEdit(m_session));
}

ProductionBlock ProductionBlocksDialog::formBlock() const
{
    ProductionBlock b;
    b.id = m_currentId;
    b.name = m_name->text().trimmed();
    b.providerId = m_provider->currentData().toString();
    b.chairId = m_chair->currentData().toString();
    for (int d = 1; d <= 7; ++d) {
        if (m_days[size_t(d - 1)]->isChecked())
            b.days.insert(d);
    }
    b.startMinute = m_start->time().hour() * 60 + m_start->time().minute();
    b.endMinute = m_end->time().hour() * 60 + m_end->time().minute();
    for (int i = 0; i < m_types->count(); ++i) {
        if (m_types->item(i)->checkState() == Qt::Checked)
            b.typeIds << m_types->item(i)->data(Qt::UserRole).toString();
    }
    b.category = m_category->currentData().toString();
    b.color = m_color->text().trimmed();
    return b;
}

void ProductionBlocksDialog::save()
{
    const BlockoutOutcome out = m_service.saveProductionBlock(formBlock(), m_session);
    if (!out.ok()) {
        say(out.message, true);
        return;
    }
    m_changed = true;
    say(tr("Saved \"%1\".").arg(out.productionBlock.name), false);
    reload(out.productionBlock.id);
}

void ProductionBlocksDialog::remove()
{
    if (m_currentId.isEmpty())
        return;
    const BlockoutOutcome out = m_service.removeProductionBlock(m_currentId, m_session);
    if (!out.ok()) {
        say(out.message, true);
        return;
    }
    m_changed = true;
    say(tr("Deleted."), false);
    reload();
}

void ProductionBlocksDialog::saveRelease()
{
    const BlockoutOutcome out = m_service.setReleaseDays(m_release->value(), m_session);
    if (!out.ok()) {
        say(out.message, true);
        return;
    }
    m_changed = true;
    say(tr("Production blocks now release %n day(s) before their date.", nullptr, m_release->value()), false);
}

} // namespace chairside
