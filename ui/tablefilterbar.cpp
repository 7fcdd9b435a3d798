#include "tablefilterbar.h"

#include "itemmodels/tablefiltermodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside {

TableFilterBar::TableFilterBar(TableFilterModel *filter, QWidget *parent)
    : QWidget(parent), m_filter(filter), m_count(new QLabel(this))
{
    // The choices on one line, the count under them: the bar stays as narrow as a side dock.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_choices = new QHBoxLayout;
    m_choices->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_choices);
    m_count->setObjectName(u"countLabel"_s);
    layout->addWidget(m_count);
    // New rows bring new choices; any change of rows moves the count.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TableFilterBar::refresh);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TableFilterBar::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TableFilterBar::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TableFilterBar::updateCount);
}

QComboBox *TableFilterBar::addFilter(const QString &objectName, int role, int labelColumn, Words all)
{
    return add(objectName, {nullptr, role, labelColumn, {}, std::move(all)});
}

QComboBox *TableFilterBar::addFilter(const QString &objectName, int role, std::function<QList<Choice>()> choices,
                                     Words all)
{
    return add(objectName, {nullptr, role, 0, std::move(choices), std::move(all)});
}

QComboBox *TableFilterBar::add(const QString &objectName, Filter filter)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    // Long names do not widen the dock: the box shows what fits, its list the whole name.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(3);
    filter.box = box;
    m_choices->addWidget(box, 1);
    m_filters.append(filter);
    const int role = filter.role;
    connect(box, &QComboBox::currentIndexChanged, this, [this, box, role] {
        m_filter->setRoleFilter(role, box->currentData());
        updateCount();
    });
    rebuild(filter);
    updateCount();
    return box;
}

void TableFilterBar::setCountWords(std::function<QString(int, int)> words)
{
    m_countWords = std::move(words);
    updateCount();
}

void TableFilterBar::refresh()
{
    for (const Filter &f : std::as_const(m_filters))
        rebuild(f);
    updateCount();
}

void TableFilterBar::rebuild(const Filter &f)
{
    QList<Choice> choices;
    if (f.choices) {
        choices = f.choices();
    } else {
        QAbstractItemModel *rows = m_filter->sourceModel();
        for (int r = 0; rows && r < rows->rowCount(); ++r) {
            const QVariant value = rows->index(r, 0).data(f.role);
            if (std::none_of(choices.cbegin(), choices.cend(), [&](const Choice &c) { return c.first == value; }))
                choices.append({value, rows->index(r, f.labelColumn).data().toString()});
        }
        std::sort(choices.begin(), choices.end(), [](const Choice &a, const Choice &b) {
            return QString::localeAwareCompare(a.second, b.second) < 0;
        });
    }
    // What is chosen stays chosen, even when no row holds it any more (the table then says
    // none of the rows match, rather than silently showing them all).
    const QVariant chosen = f.box->currentData();
    const QString chosenWords = f.box->currentText();
    if (chosen.isValid()
        && std::none_of(choices.cbegin(), choices.cend(), [&](const Choice &c) { return c.first == chosen; }))
        choices.append({chosen, chosenWords});

    const QSignalBlocker quiet(f.box);
    f.box->clear();
    f.box->addItem(f.all(), QVariant());
    for (const Choice &c : std::as_const(choices))
        f.box->addItem(c.second, c.first);
    f.box->setCurrentIndex(chosen.isValid() ? f.box->findData(chosen) : 0);
}

void TableFilterBar::updateCount()
{
    if (!m_countWords)
        return;
    const QAbstractItemModel *rows = m_filter->sourceModel();
    m_count->setText(m_countWords(m_filter->rowCount(), rows ? rows->rowCount() : 0));
}

} // namespace chairside
