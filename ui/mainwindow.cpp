#include "mainwindow.h"

#include "domain/clock.h"
#include "itemmodels/daysheetmodel.h"
#include "services/schedulereader.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace chairside {

MainWindow::MainWindow(ScheduleReader &reader, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_reader(reader), m_clock(clock), m_model(new DaySheetModel(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *bar = new QHBoxLayout;

    auto *previous = new QPushButton(tr("◀ Previous day"), central);
    previous->setObjectName(QStringLiteral("previousDayButton"));
    auto *today = new QPushButton(tr("Today"), central);
    today->setObjectName(QStringLiteral("todayButton"));
    auto *next = new QPushButton(tr("Next day ▶"), central);
    next->setObjectName(QStringLiteral("nextDayButton"));
    m_dateEdit = new QDateEdit(central);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dayLabel = new QLabel(central);
    m_dayLabel->setObjectName(QStringLiteral("dayLabel"));
    QFont big = m_dayLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_dayLabel->setFont(big);

    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addWidget(m_dateEdit);
    bar->addSpacing(16);
    bar->addWidget(m_dayLabel, 1);
    layout->addLayout(bar);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("dayTableView"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->setAccessibleName(tr("Day schedule by chair"));
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    connect(previous, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(1)); });
    connect(today, &QPushButton::clicked, this, [this] { showDate(m_reader.today(m_clock)); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (d != m_date)
            showDate(d);
    });

    setWindowTitle(tr("Chairside — %1").arg(m_reader.practice().name));
    resize(1280, 820);
    showDate(m_reader.today(m_clock));
}

void MainWindow::showDate(const QDate &date)
{
    QString error;
    const std::optional<DaySchedule> day = m_reader.day(date, &error);
    if (!day) {
        QMessageBox::warning(this, tr("Cannot show this day"), error);
        return;
    }
    m_date = date;
    m_model->setDay(*day);
    m_table->clearSpans();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const int span = m_model->index(row, column).data(DaySheetModel::SpanRole).toInt();
            if (span > 1)
                m_table->setSpan(row, column, std::min(span, m_model->rowCount() - row), 1);
        }
    }
    const QSignalBlocker blocker(m_dateEdit);
    m_dateEdit->setDate(date);
    qsizetype live = 0;
    for (const auto &s : day->appointments)
        live += isLive(s.appointment.status) ? 1 : 0;
    m_dayLabel->setText(QLocale().toString(date, QLocale::LongFormat));
    statusBar()->showMessage(tr("%n appointment(s) on this day", nullptr, int(live)));
    // Start the view at the current time on today, else at the first row.
    const int nowMinute = m_clock.nowUtc().toTimeZone(day->practice.timeZone()).time().msecsSinceStartOfDay() / 60000;
    const int row = date == m_reader.today(m_clock) ? (nowMinute - m_model->firstMinute()) / m_model->stepMinutes() - 3 : 0;
    m_table->scrollTo(m_model->index(std::clamp(row, 0, std::max(0, m_model->rowCount() - 1)), 0),
                      QAbstractItemView::PositionAtTop);
}

} // namespace chairside
