#include "daterangebar.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace chairside {

DateRangeBar::DateRangeBar(const QDate &from, int days, int maxDays, QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(from, this);
    m_from->setObjectName(u"rangeFrom"_s);
    m_from->setCalendarPopup(true);
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"rangeDays"_s);
    m_days->setRange(1, maxDays);
    m_days->setValue(days);
    // " day" after 1, " days" after more, as the language counts.
    auto suffix = [this](int n) { m_days->setSuffix(tr(" day(s)", "after the number of days", n)); };
    suffix(days);
    connect(m_days, qOverload<int>(&QSpinBox::valueChanged), this, suffix);
    row->addWidget(new QLabel(tr("From"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("for"), this));
    row->addWidget(m_days);
    row->addStretch();
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeBar::changed);
    connect(m_days, qOverload<int>(&QSpinBox::valueChanged), this, &DateRangeBar::changed);
}

QDate DateRangeBar::from() const
{
    return m_from->date();
}

int DateRangeBar::days() const
{
    return m_days->value();
}

} // namespace chairside
