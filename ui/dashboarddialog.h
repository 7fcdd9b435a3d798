#pragma once

#include "domain/session.h"

#include <QDialog>

class QChartView;
class QLabel;
class QTreeWidget;

namespace chairside {

class DateRangeBar;

class DashboardService;
struct Dashboard;

// The daily dashboard: for a date and a number of days, appointments by status and each
// provider's and chair's utilisation as charts, the no-show rates, cancellations by reason,
// scheduled production against goal (the first date and its week, per provider and for the
// practice), the gaps worth filling and the waitlist size; Export CSV… writes every figure.
class DashboardDialog final : public QDialog
{
    Q_OBJECT
public:
    DashboardDialog(DashboardService &dashboard, const UserSession &session, const QDate &from,
                    QWidget *parent = nullptr);
    ~DashboardDialog() override;

private:
    void load();
    void showProduction(const Dashboard &d);
    void exportCsv();

    DashboardService &m_dashboard;
    UserSession m_session;
    DateRangeBar *m_range;
    QLabel *m_summary;
    QChartView *m_statusChart;
    QChartView *m_utilisationChart;
    QTreeWidget *m_providers;
    QLabel *m_productionTitle;
    QTreeWidget *m_production;
    QTreeWidget *m_gaps;
    std::unique_ptr<Dashboard> m_current;
};

} // namespace chairside
