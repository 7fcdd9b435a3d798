#include "providerdaywindow.h"

#include "scheduleview.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "itemmodels/schedulemodel.h"
#include "services/bookingservice.h"
#include "services/dashboardservice.h"
#include "services/frontdesk.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QEvent>
#include <QLocale>
#include <QProgressBar>
#include <QScreen>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

ProviderDayWindow::ProviderDayWindow(BookingService &booking, FrontDesk &desk, const Clock &clock,
                                     const QString &providerId, UserSession session, const QDate &date,
                                     QWidget *parent)
    : QWidget(parent, Qt::Window), m_booking(booking), m_desk(desk), m_clock(clock), m_providerId(providerId),
      m_session(std::move(session)),
      m_model(new ScheduleModel(this)), m_view(new ScheduleView(this)), m_title(new QLabel(this)),
      m_summary(new QLabel(this)), m_production(new QLabel(this)), m_productionBar(new QProgressBar(this)),
      m_provider(new QComboBox(this)), m_previous(new QPushButton(this)),
      m_today(new QPushButton(this)), m_next(new QPushButton(this))
{
    setObjectName(u"providerDayWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(u"providerDayTitleLabel"_s);
    QFont medium = m_summary->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.5);
    m_summary->setFont(medium);
    m_summary->setObjectName(u"providerDaySummaryLabel"_s);
    m_production->setFont(medium);
    m_production->setObjectName(u"providerDayProductionLabel"_s);
    m_production->setWordWrap(true);
    m_productionBar->setObjectName(u"providerDayProductionBar"_s);
    m_productionBar->setTextVisible(true);
    m_productionBar->setFont(medium);
    m_production->hide();
    m_productionBar->hide();
    // Whose day and which: a provider signed in sees only their own.
    auto *controls = new QHBoxLayout;
    m_provider->setObjectName(u"providerDayProvider"_s);
    m_provider->setVisible(m_session.role != Role::Provider);
    m_previous->setObjectName(u"providerDayPrevious"_s);
    m_today->setObjectName(u"providerDayToday"_s);
    m_next->setObjectName(u"providerDayNext"_s);
    controls->addWidget(m_provider);
    controls->addStretch(1);
    controls->addWidget(m_previous);
    controls->addWidget(m_today);
    controls->addWidget(m_next);
    layout->addLayout(controls);
    connect(m_previous, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(1)); });
    connect(m_today, &QPushButton::clicked, this, [this] {
        QString error;
        const QTimeZone zone = m_booking.practiceZone(&error).value_or(QTimeZone::systemTimeZone());
        showDate(m_clock.nowUtc().toTimeZone(zone).date());
    });
    connect(m_provider, &QComboBox::activated, this, [this] {
        const QString chosen = m_provider->currentData().toString();
        if (chosen.isEmpty() || chosen == m_providerId)
            return;
        m_providerId = chosen;
        m_model->setProviderFilter(chosen);
        showDate(m_date);
    });
    retranslate();
    // A window of its own: Esc or Ctrl+W puts it away.
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)}) {
        auto *close = new QShortcut(keys, this);
        connect(close, &QShortcut::activated, this, &QWidget::close);
    }
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_production);
    layout->addWidget(m_productionBar);
    m_model->setLaneMode(ScheduleModel::LaneMode::Providers);
    m_model->setProviderFilter(providerId);
    m_view->setObjectName(u"providerDayView"_s);
    m_view->setReadOnly(true);
    m_view->setTextScale(1.9);
    m_view->setZoom(3.2);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("The provider's appointments today"));
    layout->addWidget(m_view, 1);

    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, [this] {
        const QDateTime now = m_clock.nowUtc();
        QString error;
        const QTimeZone zone = m_booking.practiceZone(&error).value_or(QTimeZone::systemTimeZone());
        const QDateTime local = now.toTimeZone(zone);
        m_view->setNow(local.date(), local.time().msecsSinceStartOfDay() / 60000);
        // Another window, the CLI or sync committed: show it.
        const qint64 version = m_desk.dataVersion();
        if (version != m_seenDataVersion) {
            m_seenDataVersion = version;
            reload();
        }
    });
    timer->start();
    // A chairside monitor or a laptop: never taller than the screen it opens on.
    QSize size(900, 1000);
    if (const QScreen *shown = screen())
        size = size.boundedTo(shown->availableGeometry().size() - QSize(0, 40));
    resize(size);
    QString error;
    const QTimeZone zone = m_booking.practiceZone(&error).value_or(QTimeZone::systemTimeZone());
    const QDateTime local = m_clock.nowUtc().toTimeZone(zone);
    m_view->setNow(local.date(), local.time().msecsSinceStartOfDay() / 60000);
    showDate(date.isValid() ? date : local.date());
}

void ProviderDayWindow::showDate(const QDate &date)
{
    m_date = date;
    reload();
    // Today opens at now; another day at the provider's first visit.
    QString error;
    const QTimeZone zone = m_booking.practiceZone(&error).value_or(QTimeZone::systemTimeZone());
    const QDateTime local = m_clock.nowUtc().toTimeZone(zone);
    int minute = local.time().msecsSinceStartOfDay() / 60000;
    if (date != local.date()) {
        minute = 8 * 60;
        for (const PageAppointment &a : m_model->page().appointments)
            if (a.date == date && a.shown.appointment.providerId == m_providerId && isLive(a.shown.appointment.status))
                minute = std::min(minute, a.startMinute);
    }
    m_view->scrollToMinute(std::max(0, minute - 30));
}

void ProviderDayWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void ProviderDayWindow::retranslate()
{
    m_view->setAccessibleName(tr("The provider's appointments today"));
    m_previous->setText(tr("◀ &Previous day"));
    m_today->setText(tr("&Today"));
    m_next->setText(tr("&Next day ▶"));
    m_provider->setAccessibleName(tr("Whose day"));
}

void ProviderDayWindow::fillProviders(const QList<Provider> &providers)
{
    if (m_provider->count() == providers.size())
        return;
    m_provider->clear();
    for (const Provider &p : providers)
        m_provider->addItem(p.name, p.id);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(m_providerId)));
}

void ProviderDayWindow::reload()
{
    QString error;
    std::optional<SchedulePage> page = m_booking.page(m_date, 1, m_session, &error);
    if (!page) {
        m_summary->setText(error);
        return;
    }
    QString name = m_providerId;
    for (const Provider &p : page->providers) {
        if (p.id == m_providerId)
            name = p.name;
    }
    int count = 0;
    int minutes = 0;
    for (const PageAppointment &a : page->appointments) {
        if (a.shown.appointment.providerId == m_providerId && isLive(a.shown.appointment.status)) {
            ++count;
            minutes += a.shown.appointment.minutes;
        }
    }
    fillProviders(page->providers);
    m_model->setPage(std::move(*page));
    setWindowTitle(tr("%1 — %2").arg(name, localformat::longDate(m_date)));
    m_title->setText(tr("%1 · %2").arg(name, localformat::longDate(m_date)));
    m_summary->setText(tr("%n appointment(s), %1 booked", nullptr, count)
                               .arg(tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)));
    showProduction();
}

void ProviderDayWindow::setDashboardService(DashboardService *dashboard)
{
    m_dashboard = dashboard;
    showProduction();
}

void ProviderDayWindow::showProduction()
{
    QString error;
    const std::optional<Production> production =
            m_dashboard && m_date.isValid() ? m_dashboard->production(m_date, m_session, &error) : std::nullopt;
    const ProductionFigures *mine = production ? production->provider(m_providerId) : nullptr;
    m_production->setVisible(m_dashboard != nullptr);
    m_productionBar->setVisible(mine && mine->dayPercent());
    if (!m_dashboard)
        return;
    if (!production) {
        m_production->setText(error);
        return;
    }
    // A provider with nothing booked that week and not working it has no figures: nothing
    // scheduled, no goal.
    const ProductionFigures none;
    const ProductionFigures &f = mine ? *mine : none;
    const QString day = f.dayPercent() ? tr("Scheduled production: %1 of the %2 goal (%3%)")
                                                 .arg(localformat::dollars(f.dayCents), localformat::dollars(f.dayGoalCents))
                                                 .arg(*f.dayPercent())
                                       : tr("Scheduled production: %1 (no goal this day)").arg(localformat::dollars(f.dayCents));
    const QString week = f.weekPercent() ? tr("week: %1 of %2 (%3%)")
                                                   .arg(localformat::dollars(f.weekCents), localformat::dollars(f.weekGoalCents))
                                                   .arg(*f.weekPercent())
                                         : tr("week: %1").arg(localformat::dollars(f.weekCents));
    m_production->setText(tr("%1 · %2").arg(day, week));
    if (const std::optional<int> percent = f.dayPercent()) {
        m_productionBar->setRange(0, 100);
        m_productionBar->setValue(std::min(*percent, 100));
        m_productionBar->setFormat(tr("%1% of the day's goal").arg(*percent));
        m_productionBar->setAccessibleName(m_productionBar->format());
    }
}

} // namespace chairside
