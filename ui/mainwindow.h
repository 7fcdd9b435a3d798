#pragma once

#include <QDate>
#include <QMainWindow>

class QDateEdit;
class QLabel;
class QTableView;

namespace chairside {

class Clock;
class DaySheetModel;
class ScheduleReader;

// The first main window: one day of the practice as a per-chair table, with day navigation.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ScheduleReader &reader, const Clock &clock, QWidget *parent = nullptr);

    void showDate(const QDate &date);
    [[nodiscard]] QDate date() const { return m_date; }
    [[nodiscard]] DaySheetModel *model() const { return m_model; }

private:
    ScheduleReader &m_reader;
    const Clock &m_clock;
    QDate m_date;
    DaySheetModel *m_model;
    QTableView *m_table;
    QDateEdit *m_dateEdit;
    QLabel *m_dayLabel;
};

} // namespace chairside
