// MainWindow: blockouts on the lanes and the production blocks dialog. The view emits what
// staff asked for; BlockoutService decides and writes; a refusal is shown with its reason.
#include "mainwindow.h"

#include "blockoutdialog.h"
#include "productionblocksdialog.h"
#include "prompt.h"
#include "schedulechanger.h"
#include "scheduleview.h"

#include "itemmodels/schedulemodel.h"
#include "services/blockoutservice.h"
#include "services/bookingservice.h"

#include "domain/localformat.h"

#include <QAction>
#include <QLocale>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace chairside {

void MainWindow::setBlockoutService(BlockoutService *blockouts)
{
    m_blockouts = blockouts;
    if (m_productionBlocksAction)
        m_productionBlocksAction->setVisible(blockouts != nullptr);
}

bool MainWindow::blockoutsReady()
{
    if (m_blockouts)
        return true;
    showMessage(tr("Blockouts cannot be changed from this window."), true);
    return false;
}

void MainWindow::scopeFromLane(const QString &laneKey, Block *block) const
{
    block->chairId.clear();
    block->providerId.clear();
    if (m_model->laneMode() == ScheduleModel::LaneMode::Chairs)
        block->chairId = laneKey;
    else
        block->providerId = laneKey;
}

void MainWindow::createBlockoutAt(const SchedulePlacement &at)
{
    if (!blockoutsReady())
        return;
    QString why;
    if (!BlockoutService::mayEdit(m_session, &why)) {
        showMessage(why, true);
        return;
    }
    Block draft;
    const std::optional<QDateTime> start = m_changer->startUtc(at.date, at.startMinute);
    const std::optional<QDateTime> end = m_changer->startUtc(at.date, at.startMinute + std::max(at.minutes, 5));
    if (!start || !end) {
        showMessage(tr("That time does not exist on %1 (the clocks change); pick another.")
                            .arg(localformat::longDate(at.date)),
                    true);
        return;
    }
    draft.startUtc = *start;
    draft.endUtc = *end;
    scopeFromLane(at.laneKey, &draft);
    BlockoutDialog dialog(m_model->page(), m_changer->zone(), draft,
                          [this](const Block &b) {
                              const BlockoutOutcome out = m_blockouts->create(b, m_session);
                              return out.ok() ? QString() : out.message;
                          },
                          this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        showMessage(tr("Blockout \"%1\" added.").arg(dialog.block().label), false);
    }
}

void MainWindow::moveBlockout(const QString &blockId, const QDate &date, const SchedulePlacement &to)
{
    if (!blockoutsReady())
        return;
    const std::optional<QDateTime> start = m_changer->startUtc(to.date, to.startMinute);
    if (!start) {
        showMessage(tr("That time does not exist on %1 (the clocks change); pick another.")
                            .arg(localformat::longDate(to.date)),
                    true);
        return;
    }
    QString error;
    const std::optional<Block> current = m_blockouts->find(blockId, &error);
    if (!current) {
        reload();
        showMessage(error, true);
        return;
    }
    // A chair's or provider's blockout follows the lane it is dropped on; a practice-wide one
    // stays practice-wide.
    std::optional<QString> chair;
    std::optional<QString> provider;
    const bool chairs = m_model->laneMode() == ScheduleModel::LaneMode::Chairs;
    if (chairs && !current->chairId.isEmpty())
        chair = to.laneKey;
    if (!chairs && !current->providerId.isEmpty())
        provider = to.laneKey;
    const BlockoutOutcome out = m_blockouts->move(blockId, date, *start, m_session, chair, provider);
    reload();
    showMessage(out.ok() ? QString() : out.message, !out.ok());
}

void MainWindow::resizeBlockout(const QString &blockId, const QDate &date, int startMinute, int endMinute)
{
    Q_UNUSED(startMinute)
    if (!blockoutsReady())
        return;
    const std::optional<QDateTime> end = endMinute >= 1440 ? m_changer->startUtc(date.addDays(1), endMinute - 1440)
                                                           : m_changer->startUtc(date, endMinute);
    if (!end)
        return;
    const BlockoutOutcome out = m_blockouts->resize(blockId, date, *end, m_session);
    reload();
    showMessage(out.ok() ? QString() : out.message, !out.ok());
}

void MainWindow::deleteBlockout(const QString &blockId, const QDate &date)
{
    if (!blockoutsReady())
        return;
    QString error;
    const std::optional<Block> current = m_blockouts->find(blockId, &error);
    if (!current) {
        reload();
        showMessage(error, true);
        return;
    }
    QString why;
    if (!BlockoutService::mayEdit(m_session, &why)) {
        showMessage(why, true);
        return;
    }
    BlockoutOutcome out;
    if (current->repeat) {
        const std::optional<int> which =
                Prompt::choose(this, tr("Delete blockout"), tr("\"%1\" repeats weekly. Delete:").arg(current->label),
                               {tr("Only %1").arg(localformat::longDate(date)), tr("Every date (the whole series)")});
        if (!which)
            return;
        out = *which == 0 ? m_blockouts->skipDate(blockId, date, m_session) : m_blockouts->remove(blockId, m_session);
    } else {
        if (!Prompt::confirm(this, tr("Delete blockout"),
                             tr("Delete the blockout \"%1\"? Its time opens for booking.").arg(current->label)))
            return;
        out = m_blockouts->remove(blockId, m_session);
    }
    reload();
    showMessage(out.ok() ? tr("Blockout \"%1\" deleted.").arg(current->label) : out.message, !out.ok());
}

void MainWindow::openBlockout(const QString &blockId, const QDate &date)
{
    Q_UNUSED(date)
    if (!blockoutsReady())
        return;
    QString error;
    const std::optional<Block> current = m_blockouts->find(blockId, &error);
    if (!current) {
        reload();
        showMessage(error, true);
        return;
    }
    BlockoutDialog dialog(m_model->page(), m_changer->zone(), *current,
                          [this](const Block &b) {
                              const BlockoutOutcome out = m_blockouts->update(b, m_session);
                              return out.ok() ? QString() : out.message;
                          },
                          this);
    QString why;
    if (!BlockoutService::mayEdit(m_session, &why))
        dialog.setReadOnly(why);
    if (dialog.exec() == QDialog::Accepted && BlockoutService::mayEdit(m_session))
        reload();
}

void MainWindow::laneMenu(const QString &blockId, const SchedulePlacement &at, const QPoint &globalPos)
{
    if (!m_blockouts)
        return;
    QMenu menu(this);
    menu.setObjectName(u"laneMenu"_s);
    QString why;
    const bool may = BlockoutService::mayEdit(m_session, &why);
    if (blockId.isEmpty()) {
        QAction *create = menu.addAction(tr("New &blockout…"), this, [this, at] { createBlockoutAt(at); });
        create->setObjectName(u"newBlockoutAction"_s);
        create->setEnabled(may);
    } else {
        QAction *edit = menu.addAction(may ? tr("&Edit blockout…") : tr("&Show blockout…"), this,
                                       [this, blockId, at] { openBlockout(blockId, at.date); });
        edit->setObjectName(u"editBlockoutAction"_s);
        QAction *remove = menu.addAction(tr("&Delete blockout"), this,
                                         [this, blockId, at] { deleteBlockout(blockId, at.date); });
        remove->setObjectName(u"deleteBlockoutAction"_s);
        remove->setEnabled(may);
    }
    if (!may) {
        menu.addSeparator();
        menu.addAction(why)->setEnabled(false);
    }
    menu.exec(globalPos);
}

void MainWindow::moveProductionBlock(const QString &blockId, int startMinute, int endMinute)
{
    if (!blockoutsReady())
        return;
    QString error;
    const std::optional<QList<ProductionBlock>> blocks = m_blockouts->productionBlocks(&error);
    const auto it = blocks ? std::find_if(blocks->cbegin(), blocks->cend(),
                                          [&](const ProductionBlock &b) { return b.id == blockId; })
                           : QList<ProductionBlock>::const_iterator();
    if (!blocks || it == blocks->cend()) {
        reload();
        showMessage(error.isEmpty() ? tr("That production block is gone; the schedule was reloaded.") : error, true);
        return;
    }
    ProductionBlock moved = *it;
    moved.startMinute = startMinute;
    moved.endMinute = endMinute;
    const BlockoutOutcome out = m_blockouts->saveProductionBlock(moved, m_session);
    reload();
    showMessage(out.ok() ? tr("\"%1\" now runs %2–%3 every week on its days.")
                                   .arg(moved.name, localformat::time(startMinute), localformat::time(endMinute))
                         : out.message,
                !out.ok());
}

void MainWindow::showProductionBlocks()
{
    if (!blockoutsReady())
        return;
    ProductionBlocksDialog dialog(*m_blockouts, m_session, m_model->page(), this);
    dialog.exec();
    if (dialog.changedAnything())
        reload();
}

} // namespace chairside
