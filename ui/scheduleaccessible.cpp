#include "scheduleaccessible.h"

#include "scheduleview.h"

#include "itemmodels/schedulemodel.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPersistentModelIndex>

namespace chairside {

namespace {

class TileAccessible;

// The view: its children are the tiles, lane by lane.
class ViewAccessible final : public QAccessibleWidget
{
public:
    explicit ViewAccessible(ScheduleView *view) : QAccessibleWidget(view, QAccessible::List) {}
    ~ViewAccessible() override { clearChildren(); }

    [[nodiscard]] ScheduleView *view() const { return static_cast<ScheduleView *>(object()); }
    [[nodiscard]] QList<QModelIndex> tiles() const
    {
        QList<QModelIndex> out;
        const QAbstractItemModel *model = view()->model();
        if (!model)
            return out;
        for (int l = 0; l < model->rowCount(); ++l) {
            const QModelIndex lane = model->index(l, 0);
            for (int r = 0; r < model->rowCount(lane); ++r)
                out.append(model->index(r, 0, lane));
        }
        return out;
    }

    int childCount() const override { return int(tiles().size()); }
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QModelIndex index = view()->indexAt(view()->viewport()->mapFromGlobal(QPoint(x, y)));
        if (!index.parent().isValid())
            return nullptr;
        return child(int(tiles().indexOf(index)));
    }
    QAccessibleInterface *focusChild() const override
    {
        const QModelIndex current = view()->currentIndex();
        return current.parent().isValid() ? child(int(tiles().indexOf(current))) : nullptr;
    }

    void clearChildren()
    {
        for (QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
        m_children.clear();
    }

private:
    mutable QHash<QString, QAccessible::Id> m_children; // by appointment id
};

// One tile: its name says everything the tile shows, for a screen reader.
class TileAccessible final : public QAccessibleInterface
{
public:
    TileAccessible(const ViewAccessible *view, const QModelIndex &index) : m_view(view), m_index(index) {}

    bool isValid() const override { return m_index.isValid(); }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *parent() const override { return const_cast<ViewAccessible *>(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name:
            return m_index.data(Qt::AccessibleTextRole).toString();
        case QAccessible::Description:
            return m_index.data(ScheduleModel::ConflictRole).toString();
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        ScheduleView *view = m_view->view();
        const QRect r = view->tileRect(m_index);
        return QRect(view->viewport()->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        ScheduleView *view = m_view->view();
        s.selectable = true;
        s.focusable = true;
        s.selected = view->selectionModel() && view->selectionModel()->isSelected(m_index);
        s.focused = view->currentIndex() == QModelIndex(m_index) && view->hasFocus();
        s.invisible = !view->viewport()->rect().intersects(view->tileRect(m_index));
        return s;
    }

private:
    const ViewAccessible *m_view;
    QPersistentModelIndex m_index;
};

QAccessibleInterface *ViewAccessible::child(int index) const
{
    const QList<QModelIndex> all = tiles();
    if (index < 0 || index >= all.size())
        return nullptr;
    const QModelIndex tile = all.at(index);
    const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
    if (const QAccessible::Id known = m_children.value(id)) {
        QAccessibleInterface *existing = QAccessible::accessibleInterface(known);
        if (existing && existing->isValid() && static_cast<TileAccessible *>(existing)->text(QAccessible::Name)
                                                       == tile.data(Qt::AccessibleTextRole).toString())
            return existing;
        QAccessible::deleteAccessibleInterface(known);
    }
    auto *iface = new TileAccessible(this, tile);
    m_children.insert(id, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

int ViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || child->parent() != this)
        return -1;
    const QString name = child->text(QAccessible::Name);
    const QList<QModelIndex> all = tiles();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).data(Qt::AccessibleTextRole).toString() == name)
            return i;
    }
    return -1;
}

} // namespace

QAccessibleInterface *scheduleAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("chairside::ScheduleView") && object && object->isWidgetType())
        return new ViewAccessible(static_cast<ScheduleView *>(object));
    return nullptr;
}

void installScheduleAccessibility()
{
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(scheduleAccessibleFactory);
        installed = true;
    }
}

} // namespace chairside
