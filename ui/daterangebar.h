#pragma once

#include <QWidget>

class QDate;
class QDateEdit;
class QSpinBox;

namespace chairside {

// "From [date] for [N day(s)]": the range a list or a report covers. `changed` is emitted
// whenever either part changes.
class DateRangeBar final : public QWidget
{
    Q_OBJECT
public:
    DateRangeBar(const QDate &from, int days, int maxDays, QWidget *parent = nullptr);
    [[nodiscard]] QDate from() const;
    [[nodiscard]] int days() const;

Q_SIGNALS:
    void changed();

private:
    QDateEdit *m_from;
    QSpinBox *m_days;
};

} // namespace chairside
