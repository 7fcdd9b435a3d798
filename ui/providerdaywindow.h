#pragma once

#include "domain/session.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace chairside {

class BookingService;
class Clock;
class DashboardService;
class FrontDesk;
struct Provider;
class ScheduleModel;
class ScheduleView;

// The dentist's day: one provider's appointments in large type for a monitor at the chair,
// with their scheduled production against goal for the day and the week (once given the
// dashboard). Read-only; it follows the cache and the clock on its own. Opens on `date`, else
// today; its own controls go to another day or (for staff who see every provider) another provider.
class ProviderDayWindow final : public QWidget
{
    Q_OBJECT
public:
    ProviderDayWindow(BookingService &booking, FrontDesk &desk, const Clock &clock, const QString &providerId,
                      UserSession session, const QDate &date = {}, QWidget *parent = nullptr);

    void showDate(const QDate &date);
    void reload();
    // Where the production figures come from; none shown without it.
    void setDashboardService(DashboardService *dashboard);
    [[nodiscard]] ScheduleModel *model() const { return m_model; }
    [[nodiscard]] ScheduleView *view() const { return m_view; }
    [[nodiscard]] const QDate &date() const { return m_date; }
    [[nodiscard]] const QString &providerId() const { return m_providerId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    BookingService &m_booking;
    FrontDesk &m_desk;
    const Clock &m_clock;
    qint64 m_seenDataVersion = -1;
    QString m_providerId;
    UserSession m_session;
    QDate m_date;
    ScheduleModel *m_model;
    ScheduleView *m_view;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_production;
    QProgressBar *m_productionBar;
    DashboardService *m_dashboard = nullptr;
    QComboBox *m_provider;
    QPushButton *m_previous;
    QPushButton *m_today;
    QPushButton *m_next;
    void retranslate();
    void fillProviders(const QList<Provider> &providers);
    void showProduction();
};

} // namespace chairside
