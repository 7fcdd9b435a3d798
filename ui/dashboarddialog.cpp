#include "dashboarddialog.h"

#include "daterangebar.h"

#include "domain/localformat.h"
#include "services/bookingservice.h"
#include "services/dashboardservice.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 0) + u'%';
}

// A share of a goal as a bar with its figure ("86%"; past 100% the bar stays full).
QProgressBar *goalBar(int percent, const QString &accessibleName)
{
    auto *bar = new QProgressBar;
    bar->setRange(0, 100);
    bar->setValue(std::min(percent, 100));
    bar->setFormat(QString::number(percent) + u'%');
    bar->setAccessibleName(accessibleName);
    bar->setMaximumHeight(18);
    return bar;
}

} // namespace

DashboardDialog::DashboardDialog(DashboardService &dashboard, const UserSession &session, const QDate &from,
                                 QWidget *parent)
    : QDialog(parent), m_dashboard(dashboard), m_session(session)
{
    setObjectName(u"dashboardDialog"_s);
    setWindowTitle(tr("Dashboard"));
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);
    m_range = new DateRangeBar(from, 1, 366, this);
    layout->addWidget(m_range);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"dashboardSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *charts = new QHBoxLayout;
    m_statusChart = new QChartView(this);
    m_statusChart->setObjectName(u"statusChart"_s);
    m_statusChart->setMinimumHeight(250);
    m_statusChart->setRenderHint(QPainter::Antialiasing);
    m_utilisationChart = new QChartView(this);
    m_utilisationChart->setObjectName(u"utilisationChart"_s);
    m_utilisationChart->setRenderHint(QPainter::Antialiasing);
    charts->addWidget(m_statusChart);
    charts->addWidget(m_utilisationChart);
    layout->addLayout(charts, 3);
    m_productionTitle = new QLabel(this);
    m_productionTitle->setObjectName(u"dashboardProductionTitle"_s);
    QFont heading = m_productionTitle->font();
    heading.setBold(true);
    m_productionTitle->setFont(heading);
    layout->addWidget(m_productionTitle);
    m_production = new QTreeWidget(this);
    m_production->setObjectName(u"dashboardProduction"_s);
    m_production->setRootIsDecorated(false);
    m_production->setHeaderLabels({tr("Provider"), tr("Day: scheduled"), tr("Day: goal"), tr("Of the day's goal"),
                                   tr("Week: scheduled"), tr("Week: goal"), tr("Of the week's goal")});
    m_production->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_production->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_production->header()->setSectionResizeMode(6, QHeaderView::Stretch);
    layout->addWidget(m_production);
    auto *tables = new QHBoxLayout;
    m_providers = new QTreeWidget(this);
    m_providers->setObjectName(u"dashboardProviders"_s);
    m_providers->setRootIsDecorated(false);
    m_providers->setHeaderLabels({tr("Provider or chair"), tr("Visits"), tr("Booked"), tr("Open"), tr("Used"),
                                  tr("No-shows"), tr("Cancelled")});
    m_providers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gaps = new QTreeWidget(this);
    m_gaps->setObjectName(u"dashboardGaps"_s);
    m_gaps->setRootIsDecorated(false);
    m_gaps->setHeaderLabels({tr("Gaps worth filling"), tr("Provider"), tr("From"), tr("Minutes")});
    m_gaps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tables->addWidget(m_providers, 3);
    tables->addWidget(m_gaps, 2);
    layout->addLayout(tables, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(u"dashboardCsvButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(csv, &QPushButton::clicked, this, &DashboardDialog::exportCsv);
    connect(m_range, &DateRangeBar::changed, this, &DashboardDialog::load);
    load();
}

DashboardDialog::~DashboardDialog() = default;

void DashboardDialog::load()
{
    QString error;
    std::optional<Dashboard> d = m_dashboard.compute(m_range->from(), m_range->days(), m_session, &error);
    m_providers->clear();
    m_production->clear();
    m_productionTitle->clear();
    m_gaps->clear();
    if (!d) {
        m_current.reset();
        m_summary->setText(error);
        return;
    }
    m_current = std::make_unique<Dashboard>(std::move(*d));
    const Dashboard &s = *m_current;
    QStringList reasons;
    for (const auto &[reason, n] : s.cancellationsByReason)
        reasons << u"%1 %2"_s.arg(cancelReasonText(reason)).arg(n);
    m_summary->setText(tr("No-show rate: %1 over 30 days (%2 of %3), %4 over 90 days (%5 of %6). Cancellations: %7. "
                          "On the waitlist: %8.")
                               .arg(percent(s.noShowRate30()))
                               .arg(s.noShows30)
                               .arg(s.due30)
                               .arg(percent(s.noShowRate90()))
                               .arg(s.noShows90)
                               .arg(s.due90)
                               .arg(reasons.isEmpty() ? tr("none") : reasons.join(u", "_s))
                               .arg(s.waitlistSize));

    auto *statusSet = new QBarSet(tr("Appointments"));
    QStringList statusNames;
    for (const auto &[status, n] : s.byStatus) {
        *statusSet << n;
        statusNames << appointmentStatusText(status);
    }
    // Bars across, the statuses named down the side: names as long as "in the chair" or
    // "en el sillón" stay whole, where columns would cut them.
    auto *statusSeries = new QHorizontalBarSeries;
    statusSeries->append(statusSet);
    statusSeries->setLabelsVisible(true);
    auto *statusChart = new QChart;
    statusChart->setTitle(tr("Appointments by status"));
    statusChart->addSeries(statusSeries);
    statusChart->legend()->hide();
    auto *statusAxis = new QBarCategoryAxis;
    statusAxis->append(statusNames);
    statusChart->addAxis(statusAxis, Qt::AlignLeft);
    statusSeries->attachAxis(statusAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(u"%d"_s);
    statusChart->addAxis(countAxis, Qt::AlignBottom);
    statusSeries->attachAxis(countAxis);
    replaceChart(m_statusChart, statusChart);

    auto *usedSet = new QBarSet(tr("Booked of open time (%)"));
    QStringList providerNames;
    for (const ResourceFigures &p : s.providers) {
        *usedSet << p.utilisation() * 100.0;
        providerNames << p.name;
    }
    auto *usedSeries = new QHorizontalBarSeries;
    usedSeries->append(usedSet);
    auto *usedChart = new QChart;
    usedChart->setTitle(tr("Provider utilization"));
    usedChart->addSeries(usedSeries);
    usedChart->legend()->hide();
    auto *providerAxis = new QBarCategoryAxis;
    providerAxis->append(providerNames);
    usedChart->addAxis(providerAxis, Qt::AlignLeft);
    usedSeries->attachAxis(providerAxis);
    auto *shareAxis = new QValueAxis;
    shareAxis->setRange(0, 100);
    shareAxis->setLabelFormat(u"%d%%"_s);
    usedChart->addAxis(shareAxis, Qt::AlignBottom);
    usedSeries->attachAxis(shareAxis);
    replaceChart(m_utilisationChart, usedChart);

    auto row = [this](const ResourceFigures &r) {
        new QTreeWidgetItem(m_providers, {r.name, QString::number(r.visits), tr("%1 min").arg(r.bookedMinutes),
                                          tr("%1 min").arg(r.openMinutes), percent(r.utilisation()),
                                          QString::number(r.noShows), QString::number(r.cancellations)});
    };
    for (const ResourceFigures &r : s.providers)
        row(r);
    for (const ResourceFigures &r : s.chairs)
        row(r);
    for (const Gap &g : s.gaps)
        new QTreeWidgetItem(m_gaps, {localformat::shortDay(g.date), g.providerName, localformat::time(g.startMinute),
                                     QString::number(g.minutes)});
    showProduction(s);
}

void DashboardDialog::showProduction(const Dashboard &d)
{
    const Production &p = d.production;
    QString title = tr("Scheduled production: %1 and the week of %2 to %3")
                            .arg(localformat::shortDay(p.day), localformat::shortDay(p.weekFrom),
                                 localformat::shortDay(p.weekTo()));
    if (p.practice.weekUnpriced > 0)
        title += u"  "_s + tr("(%n visit(s) that week are of types with no fee set)", nullptr, p.practice.weekUnpriced);
    m_productionTitle->setText(title);
    auto row = [this](const QString &name, const ProductionFigures &f) {
        const QString none = u"—"_s; // no goal that day: a day off, or none set
        auto *item = new QTreeWidgetItem(
                m_production, {name, localformat::dollars(f.dayCents),
                               f.dayGoalCents > 0 ? localformat::dollars(f.dayGoalCents) : none, QString(),
                               localformat::dollars(f.weekCents),
                               f.weekGoalCents > 0 ? localformat::dollars(f.weekGoalCents) : none, QString()});
        for (const int column : {1, 2, 4, 5})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (const std::optional<int> percent = f.dayPercent())
            m_production->setItemWidget(item, 3, goalBar(*percent, tr("%1: %2% of the day's goal").arg(name).arg(*percent)));
        if (const std::optional<int> percent = f.weekPercent())
            m_production->setItemWidget(item, 6, goalBar(*percent, tr("%1: %2% of the week's goal").arg(name).arg(*percent)));
        return item;
    };
    for (const ProductionFigures &f : p.providers)
        row(f.name, f);
    QTreeWidgetItem *practice = row(tr("Practice"), p.practice);
    QFont bold = practice->font(0);
    bold.setBold(true);
    for (int column = 0; column < m_production->columnCount(); ++column)
        practice->setFont(column, bold);
    // Every provider and the practice in sight (a practice has a handful); the charts and the
    // tables below share what is left.
    const int rows = std::min(m_production->topLevelItemCount(), 12);
    m_production->setFixedHeight(m_production->header()->sizeHint().height() + rows * m_production->sizeHintForRow(0)
                                 + 2 * m_production->frameWidth() + 2);
}

void DashboardDialog::exportCsv()
{
    if (!m_current)
        return;
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the dashboard"),
            u"dashboard-%1.csv"_s.arg(m_current->from.toString(Qt::ISODate)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_current->toCsv()) < 0 || !file.commit()) {
        m_summary->setText(tr("The dashboard could not be written to %1 (%2); choose another place.")
                                   .arg(path, file.errorString()));
        return;
    }
    m_summary->setText(tr("Exported to %1.").arg(path));
}

} // namespace chairside
