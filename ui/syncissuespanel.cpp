#include "syncissuespanel.h"

#include "domain/localformat.h"
#include "services/access.h"
#include "services/frontdesk.h"
#include "services/syncissues.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

SyncIssuesPanel::SyncIssuesPanel(FrontDesk &desk, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_view(new QTreeWidget(this)),
      m_empty(new QLabel(this)),
      m_keepMine(new QPushButton(this)),
      m_takeTheirs(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setObjectName(u"syncIssuesView"_s);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    // One issue to an entry, its lines under each other: the panel is narrow, and columns
    // would cut their headings and the reason.
    m_view->setColumnCount(1);
    m_view->setHeaderHidden(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_empty->setObjectName(u"syncIssuesEmptyLabel"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(6);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_takeTheirs->setObjectName(u"takeTheirsButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(true); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolve(false); });
    retranslate();
}

void SyncIssuesPanel::setSession(const UserSession &session)
{
    m_session = session;
}

void SyncIssuesPanel::setPlaces(const QTimeZone &zone, const QHash<QString, QString> &chairNames)
{
    m_zone = zone;
    m_chairNames = chairNames;
}

void SyncIssuesPanel::retranslate()
{
    m_view->setAccessibleName(tr("Sync issues: changes the practice system refused"));
    m_empty->setText(tr("Nothing to decide. When the practice system refuses a change made here, it "
                        "is listed here with both versions, to keep yours or take theirs."));
    m_keepMine->setText(tr("Keep mine"));
    m_keepMine->setToolTip(tr("Send this desk's version to the practice system again"));
    m_takeTheirs->setText(tr("Take theirs"));
    m_takeTheirs->setToolTip(tr("Drop this desk's change; the practice system's version stands"));
}

void SyncIssuesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

int SyncIssuesPanel::reload()
{
    QString error;
    const QList<SyncIssue> issues = roleMay(m_session.role, Access::ReadSyncIssues)
            ? m_desk.syncIssues(m_session, &error)
            : QList<SyncIssue>();
    const qint64 current = m_view->currentItem() ? m_view->currentItem()->data(0, Qt::UserRole).toLongLong() : -1;
    m_view->clear();
    auto when = [&](const QDateTime &utc, const QString &chair) {
        const QString at = localformat::dateTime(utc.toTimeZone(m_zone));
        return chair.isEmpty() ? at : at + u" · "_s + m_chairNames.value(chair, chair);
    };
    for (const SyncIssue &i : issues) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setData(0, Qt::UserRole, i.id);
        const QString here = isLive(i.mine.status) ? when(i.mine.startUtc, i.mine.chairId) : tr("cancelled");
        const QString there = !i.theirs                 ? tr("not booked there")
                : isLive(i.theirs->status) ? when(i.theirs->startUtc, QString())
                                           : tr("cancelled there");
        const QString text = QStringList{i.patientName.isEmpty() ? tr("a patient") : i.patientName,
                                         tr("Here: %1").arg(here), tr("Practice system: %1").arg(there),
                                         tr("Why: %1").arg(i.reason)}
                                     .join(u'\n');
        item->setText(0, text);
        item->setToolTip(0, text);
        if (i.id == current)
            m_view->setCurrentItem(item);
    }
    // An empty list says so; the ways out are offered when there is something to decide and
    // the role may decide it.
    m_empty->setVisible(issues.isEmpty());
    m_view->setVisible(!issues.isEmpty());
    const bool mayResolve = !issues.isEmpty() && roleMay(m_session.role, Access::ResolveSyncIssues);
    m_keepMine->setVisible(mayResolve);
    m_takeTheirs->setVisible(mayResolve);
    if (!issues.isEmpty() && !m_view->currentItem())
        m_view->setCurrentItem(m_view->topLevelItem(0));
    return int(issues.size());
}

void SyncIssuesPanel::resolve(bool mine)
{
    const QTreeWidgetItem *item = m_view->currentItem();
    if (!item) {
        Q_EMIT message(tr("Choose a sync issue first."), true);
        return;
    }
    QString error;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    if (!(mine ? m_desk.keepMine(id, m_session, &error) : m_desk.takeTheirs(id, m_session, &error))) {
        Q_EMIT message(error, true);
        reload();
        return;
    }
    Q_EMIT message(mine ? tr("Sent again with the next sync.") : tr("The practice system's version stands."), false);
    Q_EMIT resolved();
}

} // namespace chairside
