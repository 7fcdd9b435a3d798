#pragma once

#include "schedulegeometry.h"

#include <QAbstractItemView>
#include <QDate>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QStaticText>

#include <functional>

namespace chairside {

class ScheduleModel;
struct ProductionRange;

// Where something would go on the schedule: a lane (chair or provider id) on a date, a start
// (minutes after local midnight) and a length. For an existing appointment, its id and the
// version the view read.
struct SchedulePlacement
{
    QString appointmentId;
    int version = 0;
    QString laneKey;
    QDate date;
    int startMinute = 0;
    int minutes = 0;
};

// Something dragged onto the schedule from a side panel: a waitlist entry, a tray item, or a
// cancelled or missed visit from the unscheduled list.
struct ScheduleDragItem
{
    enum class Kind { Waitlist, Tray, Unscheduled };
    Kind kind = Kind::Waitlist;
    QString id;          // waitlist entry id, or the appointment id (tray, unscheduled)
    int version = 0;     // tray items
    QString patientId;
    QString typeId;
    QString label;
    int minutes = 0;
    QString notes; // unscheduled: carried to the new booking
};

// The day and week schedule: one column per lane of a ScheduleModel, sharing one time gutter
// and one vertical scroll, tiles placed side by side where they overlap. It never writes:
// drags, resizes, keys and menus become intents (signals) that a controller applies through
// the booking service. While dragging it asks `placementCheck` whether the drop would be
// accepted and shows the answer on the ghost.
class ScheduleView final : public QAbstractItemView
{
    Q_OBJECT
public:
    // Empty when the placement would be accepted, else why not in words.
    using PlacementCheck = std::function<QString(const SchedulePlacement &)>;
    using DragItemCheck = std::function<QString(const ScheduleDragItem &, const SchedulePlacement &)>;

    explicit ScheduleView(QWidget *parent = nullptr);
    ~ScheduleView() override;

    void setModel(QAbstractItemModel *model) override;
    void setPlacementCheck(PlacementCheck check) { m_check = std::move(check); }
    void setDragItemCheck(DragItemCheck check) { m_itemCheck = std::move(check); }
    // Today's date and the minute of the day, for the now-line.
    void setNow(const QDate &date, int minuteOfDay);
    // Pixels per minute; Ctrl+wheel and Ctrl+plus/minus change it within [0.6, 6].
    void setZoom(double pixelsPerMinute);
    [[nodiscard]] double zoom() const { return m_axis.pixelsPerMinute; }
    // Narrow lanes that fit the width (the week view) instead of readable ones that scroll.
    void setCompact(bool compact);
    // Scales every font (the dentist's day on a chairside monitor).
    void setTextScale(double scale);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // Production blocks drawn on the lanes as coloured borders with their name (View menu).
    void setProductionBlocksShown(bool shown);
    [[nodiscard]] bool productionBlocksShown() const { return m_productionShown; }
    // The blockout under a viewport point (empty id when none): its id, the lane's date and its
    // minutes on that date; `onBottomEdge` when the point is on its bottom edge.
    struct BlockoutHit
    {
        QString blockId;
        QString label;
        int lane = -1;
        int startMinute = 0;
        int endMinute = 0;
    };
    [[nodiscard]] BlockoutHit blockoutAt(const QPoint &viewportPos, bool *onBottomEdge = nullptr) const;
    // The production block whose name tab is under a viewport point (empty id when none).
    using ProductionHit = BlockoutHit;
    [[nodiscard]] ProductionHit productionTabAt(const QPoint &viewportPos) const;
    // The blockout last clicked (Delete removes it); empty when none.
    [[nodiscard]] const BlockoutHit &selectedBlockout() const { return m_selectedBlockout; }
    // The modifier that turns a drag on an empty part of a lane into a new blockout.
    static constexpr Qt::KeyboardModifier kBlockoutModifier = Qt::ShiftModifier;
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    // Scrolls so that `minuteOfDay` sits near the top.
    void scrollToMinute(int minuteOfDay);

    // Geometry, for tests and the panels that drag onto the view (viewport coordinates).
    [[nodiscard]] QRect tileRect(const QModelIndex &tile) const;
    [[nodiscard]] QPoint pointFor(int lane, int minuteOfDay) const;
    [[nodiscard]] const geometry::TimeAxis &axis() const { return m_axis; }
    [[nodiscard]] int headerHeight() const { return m_headerHeight; }
    // What the ghost of the current drag says: empty when the drop would be accepted.
    [[nodiscard]] QString dragVerdict() const { return m_drag.verdict; }

    // A drag from a side panel passing over the view (global position), dropped, or gone.
    void dragItemMoved(const ScheduleDragItem &item, const QPoint &globalPos);
    bool dragItemDropped(const ScheduleDragItem &item, const QPoint &globalPos);
    void dragItemLeft();

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

Q_SIGNALS:
    void moveRequested(const chairside::SchedulePlacement &to);
    void resizeRequested(const QString &appointmentId, int version, int minutes);
    void createRequested(const chairside::SchedulePlacement &at);
    void openRequested(const QModelIndex &tile);
    void cancelRequested(const QModelIndex &tile);
    void contextMenuRequested(const QModelIndex &tile, const QPoint &globalPos);
    // A tile was dragged out of the view and let go at globalPos (the tray may take it).
    void tileDroppedOutside(const QModelIndex &tile, const QPoint &globalPos);
    void dragItemPlaced(const chairside::ScheduleDragItem &item, const chairside::SchedulePlacement &at);
    void zoomChanged(double pixelsPerMinute);
    // A letter or digit typed on the schedule: the start of a patient search.
    void typingStarted(const QString &text);
    // Blockouts: intents only; the office manager's service decides. `at` gives the lane
    // (chair or provider), date, start and length; `date` is the occurrence's date.
    void blockoutCreateRequested(const chairside::SchedulePlacement &at);
    void blockoutMoveRequested(const QString &blockId, const QDate &date, const chairside::SchedulePlacement &to);
    void blockoutResizeRequested(const QString &blockId, const QDate &date, int startMinute, int endMinute);
    void blockoutDeleteRequested(const QString &blockId, const QDate &date);
    void blockoutOpenRequested(const QString &blockId, const QDate &date);
    // A production block's name tab dragged up or down its lane: its new local times.
    void productionBlockMoveRequested(const QString &blockId, int startMinute, int endMinute);
    // A right click on a lane's empty time or a blockout (blockId empty when none).
    void laneMenuRequested(const QString &blockId, const chairside::SchedulePlacement &at, const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void updateGeometries() override;

private:
    struct Tile;
    struct Drag
    {
        enum class Mode {
            None, Pending, Move, Resize, Create, Item, BlockCreate, BlockPending, BlockMove, BlockResize,
            ProductionPending, ProductionMove
        };
        Mode mode = Mode::None;
        QPersistentModelIndex tile;
        QPoint pressPos;
        double grabOffsetY = 0; // press point below the tile's top
        SchedulePlacement target;
        bool targetValid = false;
        QString verdict;
        int createAnchor = 0; // minute where a create drag started
        ScheduleDragItem item;
        BlockoutHit block; // the blockout a block drag started on
    };

    void relayout();
    void layoutLane(int lane);
    [[nodiscard]] ScheduleModel *scheduleModel() const;
    [[nodiscard]] const Tile *tileAt(const QPoint &viewportPos, bool *onBottomEdge = nullptr) const;
    [[nodiscard]] const Tile *tileFor(const QModelIndex &index) const;
    [[nodiscard]] QRectF contentRect(const Tile &t) const;
    [[nodiscard]] int laneAtViewportX(int x) const;
    [[nodiscard]] double contentY(int viewportY) const;
    void updateDragTarget(const QPoint &viewportPos);
    void updateItemTarget(const QPoint &viewportPos);
    void finishDrag(const QPoint &viewportPos, const QPoint &globalPos);
    void moveCurrentBy(int laneDelta, int minuteDelta);
    void paintLanes(QPainter &p, const QRect &area);
    void paintTiles(QPainter &p, const QRect &area);
    void drawTile(QPainter &p, const Tile &t, const QRect &rect) const;
    [[nodiscard]] QRect tileRectInLane(const Tile &t) const;
    [[nodiscard]] const QPixmap *laneTiles(int lane) const;
    void paintNowLine(QPainter &p, const QRect &area);
    void paintGhost(QPainter &p);
    void paintHeader(QPainter &p);
    void paintGutter(QPainter &p);
    void applyFonts();
    static QStaticText staticText(QHash<QString, QStaticText> &cache, const QString &text, const QFont &font);

    geometry::TimeAxis m_axis;
    geometry::LaneStrip m_strip;
    int m_headerHeight = 44;
    double m_minLaneWidth = 150;
    bool m_compact = false;
    bool m_readOnly = false;
    double m_textScale = 1.0;
    int m_grid = 10;
    QString m_defaultName; // the accessible name the view gives itself, in the current language
    QDate m_today;
    int m_nowMinute = -1;
    QList<QList<Tile>> m_tiles; // per lane, in model row order
    mutable QList<QPixmap> m_laneImages; // per lane, its tiles as last drawn
    Drag m_drag;
    PlacementCheck m_check;
    DragItemCheck m_itemCheck;
    QFont m_nameFont;
    QFont m_smallFont;
    QFont m_headerFont;
    QHash<QString, QStaticText> m_boldTexts;
    QHash<QString, QStaticText> m_smallTexts;
    bool m_productionShown = true;
    BlockoutHit m_selectedBlockout;
    // The blocks' frames (under the visits), or their name tabs (over them).
    void paintProduction(QPainter &p, const QRect &area, bool names);
    [[nodiscard]] bool blockDrag() const;
    [[nodiscard]] QRectF productionTab(int lane, const ProductionRange &r) const;
};

} // namespace chairside

Q_DECLARE_METATYPE(chairside::SchedulePlacement)
