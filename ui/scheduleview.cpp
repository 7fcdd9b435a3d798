#include "scheduleview.h"

#include "scheduleaccessible.h"

#include "itemmodels/schedulemodel.h"
#include "domain/localformat.h"

#include <QAccessible>

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QPixmap>
#include <QStaticText>
#include <QTime>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

constexpr int kGutter = 58;
constexpr int kEdgeGrip = 6; // pixels at a tile's bottom that grab it for resizing
constexpr double kMinZoom = 0.6;
constexpr double kMaxZoom = 6.0;
constexpr qint64 kMaxLaneImageBytes = 16 * 1024 * 1024;

// The tile's colour washed towards white, so dark text stays readable on any provider colour.
QColor washed(const QColor &c, double amount)
{
    return QColor::fromRgbF(float(c.redF() + (1 - c.redF()) * amount), float(c.greenF() + (1 - c.greenF()) * amount),
                            float(c.blueF() + (1 - c.blueF()) * amount));
}

QString shortLaneName(const QString &title)
{
    // A chair: the first letter of each word and its number ("Op 4 (X-ray)" -> "O4",
    // "Lakeside 1" -> "L1", "Surgical suite" -> "SS"), so two chairs numbered 1 stay apart.
    // A person: their initials ("Dr. Ngozi Okafor" -> "NO", "Priya Patel, RDH" -> "PP").
    QStringList words = title.section(u" ("_s, 0, 0).section(u',', 0, 0).split(u' ', Qt::SkipEmptyParts);
    const bool hasNumber = std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return w.at(0).isDigit(); });
    if (!hasNumber && words.size() > 2 && words.constFirst().endsWith(u'.'))
        words.removeFirst(); // "Dr." before a person's name
    if (words.size() == 1 && !words.constFirst().at(0).isDigit())
        return words.constFirst().left(2); // "Quirófano" -> "Qu"
    QString out;
    bool person = true;
    for (const QString &w : std::as_const(words))
        person = person && !w.at(0).isDigit();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.at(0).isDigit())
            out += w;
        else if (!person || i == 0 || i == words.size() - 1)
            out += w.at(0).toUpper();
    }
    return out.isEmpty() ? title.left(2) : out;
}

// A short mark for each status, drawn in the tile's corner.
QString statusGlyph(const QString &status)
{
    if (status == u"confirmed")
        return u"✓"_s;
    if (status == u"arrived")
        return u"⇥"_s;
    if (status == u"in_chair")
        return u"●"_s;
    if (status == u"completed")
        return u"✔✔"_s;
    if (status == u"no_show")
        return u"✗"_s;
    return u"○"_s;
}

QColor syncColor(const QString &sync)
{
    if (sync == u"synced")
        return QColor(0x2e, 0x7d, 0x32);
    if (sync == u"pending")
        return QColor(0xef, 0x8f, 0x00);
    if (sync == u"conflict")
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x90, 0x90, 0x90);
}

} // namespace

struct ScheduleView::Tile
{
    int lane = 0;
    int row = 0;
    int start = 0;
    int minutes = 0;
    geometry::SideBySide place;
    QString name;
    QString detail;
    QStaticText nameText; // laid out once per relayout; drawn many times
    QStaticText detailText;
    QStaticText glyphText;
    QString pattern;
    QString status;
    QString sync;
    QColor color;
    bool conflict = false;
    bool held = false;
    bool late = false; // not checked in after the grace minutes: a possible no-show
};

ScheduleView::ScheduleView(QWidget *parent) : QAbstractItemView(parent)
{
    installScheduleAccessibility();
    setObjectName(u"scheduleView"_s);
    m_defaultName = tr("Schedule");
    setAccessibleName(m_defaultName);
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectItems);
    setEditTriggers(NoEditTriggers);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFocusPolicy(Qt::StrongFocus);
    m_strip.gutter = kGutter;
    // paintEvent covers every pixel itself; skip Qt's fill of the whole viewport first.
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    applyFonts();
}

ScheduleView::~ScheduleView() = default;

ScheduleModel *ScheduleView::scheduleModel() const
{
    return qobject_cast<ScheduleModel *>(model());
}

void ScheduleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Only the view's own name follows; a name the holding window gave it is that window's.
        if (accessibleName() == m_defaultName) {
            m_defaultName = tr("Schedule");
            setAccessibleName(m_defaultName);
        }
        // The clock and the day headings follow the new locale.
        applyFonts();
        relayout();
    }
    QAbstractItemView::changeEvent(event);
}

void ScheduleView::setModel(QAbstractItemModel *newModel)
{
    if (model())
        disconnect(model(), nullptr, this, nullptr);
    QAbstractItemView::setModel(newModel);
    if (!newModel)
        return;
    connect(newModel, &QAbstractItemModel::modelReset, this, &ScheduleView::relayout);
    connect(newModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // Tiles of one lane changed (colour, tray mark): lay out that lane only.
                const QModelIndex lane = topLeft.parent();
                if (!lane.isValid() || lane != bottomRight.parent() || lane.row() >= m_tiles.size()) {
                    relayout();
                    return;
                }
                m_tiles[lane.row()].clear();
                layoutLane(lane.row());
                if (lane.row() < m_laneImages.size())
                    m_laneImages[lane.row()] = QPixmap();
                viewport()->update();
            });
    connect(newModel, &QAbstractItemModel::rowsInserted, this, &ScheduleView::relayout);
    connect(newModel, &QAbstractItemModel::rowsRemoved, this, &ScheduleView::relayout);
    relayout();
}

void ScheduleView::applyFonts()
{
    QFont base = font();
    const double size = (base.pointSizeF() > 0 ? base.pointSizeF() : 9.0) * m_textScale;
    m_nameFont = base;
    m_nameFont.setPointSizeF(size);
    m_nameFont.setBold(true);
    m_smallFont = base;
    m_smallFont.setPointSizeF(size * 0.88);
    m_headerFont = base;
    m_headerFont.setPointSizeF(size);
    m_headerFont.setBold(true);
    m_boldTexts.clear();
    m_smallTexts.clear();
    const QFontMetrics fm(m_headerFont);
    m_headerHeight = fm.height() * 2 + 10 + (m_compact ? fm.height() : 0);
    // Wide enough for the locale's longest clock text ("12:45 p. m.", "12:45 AM", "12:45").
    const QFontMetrics small(m_smallFont);
    int widest = 0;
    for (const int minute : {0, 10 * 60 + 45, 12 * 60 + 45, 22 * 60 + 45})
        widest = std::max(widest, small.horizontalAdvance(localformat::time(minute)));
    m_strip.gutter = std::max(int(kGutter * std::max(1.0, m_textScale * 0.9)), widest + 12);
}

void ScheduleView::setNow(const QDate &date, int minuteOfDay)
{
    if (date == m_today && minuteOfDay == m_nowMinute)
        return;
    m_today = date;
    m_nowMinute = minuteOfDay;
    viewport()->update();
}

void ScheduleView::setZoom(double pixelsPerMinute)
{
    const double clamped = std::clamp(pixelsPerMinute, kMinZoom, kMaxZoom);
    if (std::abs(clamped - m_axis.pixelsPerMinute) < 1e-9)
        return;
    const int topMinute = m_axis.minuteAt(verticalOffset());
    m_axis.pixelsPerMinute = clamped;
    updateGeometries();
    verticalScrollBar()->setValue(int(m_axis.y(topMinute)));
    viewport()->update();
    Q_EMIT zoomChanged(clamped);
}

void ScheduleView::setCompact(bool compact)
{
    m_compact = compact;
    m_minLaneWidth = compact ? 22 : 150;
    applyFonts();
    relayout();
}

void ScheduleView::setTextScale(double scale)
{
    m_textScale = scale;
    m_minLaneWidth = std::max(m_minLaneWidth, 150 * scale);
    applyFonts();
    relayout();
}

void ScheduleView::scrollToMinute(int minuteOfDay)
{
    verticalScrollBar()->setValue(int(m_axis.y(minuteOfDay)));
}

// --- layout ------------------------------------------------------------------------------

void ScheduleView::relayout()
{
    m_tiles.clear();
    m_laneImages.clear();
    const ScheduleModel *m = scheduleModel();
    int first = 7 * 60;
    int last = 19 * 60;
    if (m) {
        m_grid = std::max(1, m->page().gridMinutes);
        m_strip.count = m->laneCount();
        m_tiles.resize(m->laneCount());
        for (int l = 0; l < m->laneCount(); ++l) {
            const ScheduleModel::Lane &lane = m->lane(l);
            for (const DayRange &r : lane.open) {
                first = std::min(first, r.startMinute);
                last = std::max(last, r.endMinute);
            }
            layoutLane(l);
            for (const Tile &t : std::as_const(m_tiles[l])) {
                first = std::min(first, t.start);
                last = std::max(last, t.start + t.minutes);
            }
        }
    } else {
        m_strip.count = 0;
    }
    m_axis.firstMinute = std::max(0, first - first % 60);
    m_axis.lastMinute = std::min(26 * 60, last + (60 - last % 60) % 60);
    updateGeometries();
    viewport()->update();
}

void ScheduleView::layoutLane(int laneRow)
{
    const ScheduleModel *m = scheduleModel();
    const ScheduleModel::Lane &lane = m->lane(laneRow);
    QList<Tile> &tiles = m_tiles[laneRow];
    tiles.reserve(lane.tiles.size());
    QList<geometry::Span> spans;
    spans.reserve(lane.tiles.size());
    for (int r = 0; r < lane.tiles.size(); ++r) {
        const PageAppointment &p = m->tile(laneRow, r);
        const Appointment &a = p.shown.appointment;
        Tile t;
        t.lane = laneRow;
        t.row = r;
        t.start = p.startMinute;
        t.minutes = std::max(a.minutes, 5);
        t.name = p.shown.patientName;
        // Busy time (another provider's visit) says "Busy" once, then its length.
        t.detail = p.shown.typeName.isEmpty() || p.shown.typeName == p.shown.patientName
                ? tr("%n min", nullptr, a.minutes)
                : tr("%1 · %n min", nullptr, a.minutes).arg(p.shown.typeName);
        // In a provider's lane, where the patient sits.
        if (m->laneMode() == ScheduleModel::LaneMode::Providers && !p.shown.chairName.isEmpty()
            && p.shown.typeName != p.shown.patientName)
            t.detail += u" · "_s + p.shown.chairName;
        t.pattern = p.providerTime;
        t.status = appointmentStatusName(a.status);
        t.sync = syncStateName(a.syncState);
        t.color = QColor(m->colorMode() == ScheduleModel::ColorMode::Provider ? p.shown.providerColor
                                                                               : p.shown.typeColor);
        if (!t.color.isValid())
            t.color = QColor(0x9e, 0x9e, 0x9e);
        t.conflict = !p.conflicts.isEmpty();
        t.held = m->index(r, 0, m->laneIndex(laneRow)).data(ScheduleModel::HeldRole).toBool();
        t.late = m->index(r, 0, m->laneIndex(laneRow)).data(ScheduleModel::LateRole).toBool();
        if (t.late)
            t.detail = tr("Late?", "not checked in after the grace minutes: a possible no-show") + u" · "_s + t.detail;
        t.nameText = staticText(m_boldTexts, t.name, m_nameFont);
        t.detailText = staticText(m_smallTexts, t.detail, m_smallFont);
        t.glyphText = staticText(m_boldTexts, statusGlyph(t.status), m_nameFont);
        spans.append({t.start, t.start + t.minutes});
        tiles.append(std::move(t));
    }
    const QList<geometry::SideBySide> places = geometry::placeSideBySide(spans);
    for (int i = 0; i < tiles.size(); ++i)
        tiles[i].place = places.at(i);
}

QStaticText ScheduleView::staticText(QHash<QString, QStaticText> &cache, const QString &text, const QFont &font)
{
    // Laid-out text is kept by string: type lines, status marks and the practice's patients
    // recur from day to day, so switching days rarely shapes text anew.
    auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() > 20000)
        cache.clear();
    QStaticText laidOut(text);
    laidOut.setTextFormat(Qt::PlainText);
    laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
    laidOut.prepare(QTransform(), font);
    cache.insert(text, laidOut);
    return laidOut;
}

void ScheduleView::updateGeometries()
{
    const int available = viewport()->width() - m_strip.gutter;
    m_strip.width = m_compact ? geometry::fittedLaneWidth(available, m_strip.count, m_minLaneWidth)
                              : geometry::fittedLaneWidth(available, m_strip.count, m_minLaneWidth * m_textScale);
    if (!m_compact && m_strip.count > 0)
        m_strip.width = std::min(m_strip.width, std::max(m_minLaneWidth * 2.2, double(available) / m_strip.count));
    const int contentW = int(std::ceil(m_strip.contentWidth()));
    horizontalScrollBar()->setRange(0, std::max(0, contentW - available));
    horizontalScrollBar()->setPageStep(available);
    horizontalScrollBar()->setSingleStep(int(m_strip.width / 2));
    const int visibleH = viewport()->height() - m_headerHeight;
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_axis.height())) - visibleH));
    verticalScrollBar()->setPageStep(visibleH);
    verticalScrollBar()->setSingleStep(int(m_grid * m_axis.pixelsPerMinute));
    QAbstractItemView::updateGeometries();
}

void ScheduleView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    updateGeometries();
}

QRectF ScheduleView::contentRect(const Tile &t) const
{
    const double laneLeft = t.lane * m_strip.width;
    const double inner = m_strip.width - 6;
    const double w = inner / t.place.columns;
    return {laneLeft + 3 + t.place.column * w, m_axis.y(t.start), w - 1, t.minutes * m_axis.pixelsPerMinute - 1};
}

QRect ScheduleView::tileRect(const QModelIndex &tile) const
{
    const Tile *t = tileFor(tile);
    if (!t)
        return {};
    const QRectF r = contentRect(*t).translated(m_strip.gutter - horizontalOffset(), m_headerHeight - verticalOffset());
    return r.toAlignedRect();
}

QPoint ScheduleView::pointFor(int lane, int minuteOfDay) const
{
    return QPoint(int(m_strip.gutter + lane * m_strip.width + m_strip.width / 2 - horizontalOffset()),
                  int(m_headerHeight + m_axis.y(minuteOfDay) - verticalOffset()));
}

const ScheduleView::Tile *ScheduleView::tileFor(const QModelIndex &index) const
{
    if (!index.isValid() || !index.parent().isValid())
        return nullptr;
    const int lane = index.parent().row();
    if (lane >= m_tiles.size() || index.row() >= m_tiles.at(lane).size())
        return nullptr;
    return &m_tiles.at(lane).at(index.row());
}

int ScheduleView::laneAtViewportX(int x) const
{
    if (x < m_strip.gutter)
        return -1;
    return m_strip.laneAt(x + horizontalOffset());
}

double ScheduleView::contentY(int viewportY) const
{
    return viewportY - m_headerHeight + verticalOffset();
}

const ScheduleView::Tile *ScheduleView::tileAt(const QPoint &pos, bool *onBottomEdge) const
{
    const int lane = laneAtViewportX(pos.x());
    if (lane < 0 || pos.y() < m_headerHeight || lane >= m_tiles.size())
        return nullptr;
    const QPointF content(pos.x() - m_strip.gutter + horizontalOffset(), contentY(pos.y()));
    // Later tiles are drawn on top; hit them first.
    const QList<Tile> &tiles = m_tiles.at(lane);
    for (auto it = tiles.crbegin(); it != tiles.crend(); ++it) {
        const QRectF r = contentRect(*it);
        if (r.contains(content)) {
            if (onBottomEdge)
                *onBottomEdge = r.bottom() - content.y() <= kEdgeGrip && r.height() > 2 * kEdgeGrip;
            return &*it;
        }
    }
    return nullptr;
}

// --- QAbstractItemView -------------------------------------------------------------------

QRect ScheduleView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (!index.parent().isValid()) {
        return QRect(int(m_strip.gutter + index.row() * m_strip.width - horizontalOffset()), 0, int(m_strip.width),
                     viewport()->height());
    }
    return tileRect(index);
}

void ScheduleView::scrollTo(const QModelIndex &index, ScrollHint)
{
    const Tile *t = tileFor(index);
    if (!t)
        return;
    const QRectF r = contentRect(*t);
    const int visibleH = viewport()->height() - m_headerHeight;
    if (r.top() < verticalOffset() || r.height() > visibleH)
        verticalScrollBar()->setValue(int(r.top()) - 10);
    else if (r.bottom() > verticalOffset() + visibleH)
        verticalScrollBar()->setValue(int(r.bottom()) - visibleH + 10);
    const int visibleW = viewport()->width() - m_strip.gutter;
    const double laneLeft = t->lane * m_strip.width;
    if (laneLeft < horizontalOffset())
        horizontalScrollBar()->setValue(int(laneLeft));
    else if (laneLeft + m_strip.width > horizontalOffset() + visibleW)
        horizontalScrollBar()->setValue(int(laneLeft + m_strip.width) - visibleW);
}

QModelIndex ScheduleView::indexAt(const QPoint &point) const
{
    const ScheduleModel *m = scheduleModel();
    if (!m)
        return {};
    if (const Tile *t = tileAt(point))
        return m->index(t->row, 0, m->laneIndex(t->lane));
    const int lane = laneAtViewportX(point.x());
    return lane >= 0 ? m->laneIndex(lane) : QModelIndex();
}

QModelIndex ScheduleView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    const ScheduleModel *m = scheduleModel();
    if (!m)
        return {};
    auto tileIndex = [&](int lane, int row) { return m->index(row, 0, m->laneIndex(lane)); };
    const QModelIndex current = currentIndex();
    const Tile *t = tileFor(current);
    if (!t) {
        for (int l = 0; l < m_tiles.size(); ++l) {
            if (!m_tiles.at(l).isEmpty())
                return tileIndex(l, 0);
        }
        return {};
    }
    switch (action) {
    case MoveUp:
    case MovePrevious:
        return t->row > 0 ? tileIndex(t->lane, t->row - 1) : current;
    case MoveDown:
    case MoveNext:
        return t->row + 1 < m_tiles.at(t->lane).size() ? tileIndex(t->lane, t->row + 1) : current;
    case MoveHome:
        return tileIndex(t->lane, 0);
    case MoveEnd:
        return tileIndex(t->lane, int(m_tiles.at(t->lane).size()) - 1);
    case MoveLeft:
    case MoveRight: {
        const int step = action == MoveLeft ? -1 : 1;
        for (int l = t->lane + step; l >= 0 && l < m_tiles.size(); l += step) {
            const QList<Tile> &tiles = m_tiles.at(l);
            if (tiles.isEmpty())
                continue;
            // The tile nearest in time to the one we leave.
            int best = 0;
            for (int r = 1; r < tiles.size(); ++r) {
                if (std::abs(tiles.at(r).start - t->start) < std::abs(tiles.at(best).start - t->start))
                    best = r;
            }
            return tileIndex(l, best);
        }
        return current;
    }
    case MovePageUp:
    case MovePageDown:
        verticalScrollBar()->triggerAction(action == MovePageUp ? QAbstractSlider::SliderPageStepSub
                                                                : QAbstractSlider::SliderPageStepAdd);
        return current;
    }
    return current;
}

int ScheduleView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int ScheduleView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool ScheduleView::isIndexHidden(const QModelIndex &) const
{
    return false;
}

void ScheduleView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    const QModelIndex index = indexAt(rect.center());
    if (index.isValid() && index.parent().isValid())
        selectionModel()->select(index, command);
}

QRegion ScheduleView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QModelIndex &index : selection.indexes())
        region += visualRect(index);
    return region;
}

void ScheduleView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
    // Screen readers follow the focused tile: the view's description names it too.
    setAccessibleDescription(current.data(Qt::AccessibleTextRole).toString());
    if (QAccessible::isActive() && current.parent().isValid()) {
        int child = 0;
        for (int l = 0; l < current.parent().row(); ++l)
            child += model()->rowCount(model()->index(l, 0));
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(child + current.row());
        QAccessible::updateAccessibility(&focus);
    }
    viewport()->update();
}

// --- mouse -------------------------------------------------------------------------------

void ScheduleView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const ScheduleModel *m = scheduleModel();
    if (!m || event->button() != Qt::LeftButton) {
        if (event->button() == Qt::RightButton) {
            const QModelIndex index = indexAt(event->position().toPoint());
            if (index.parent().isValid())
                setCurrentIndex(index);
        }
        return;
    }
    const QPoint pos = event->position().toPoint();
    bool onEdge = false;
    const Tile *t = tileAt(pos, &onEdge);
    m_drag = {};
    m_drag.pressPos = pos;
    // A production block's name tab, drawn over the visits: dragging it moves the block.
    if (const ProductionHit tab = productionTabAt(pos); !tab.blockId.isEmpty() && !m_readOnly) {
        m_drag.mode = Drag::Mode::ProductionPending;
        m_drag.block = tab;
        m_drag.grabOffsetY = contentY(pos.y()) - m_axis.y(tab.startMinute);
        m_drag.target.laneKey = m->lane(tab.lane).key;
        m_drag.target.date = m->lane(tab.lane).date;
        m_drag.target.startMinute = tab.startMinute;
        m_drag.target.minutes = tab.endMinute - tab.startMinute;
        return;
    }
    if (t) {
        const QModelIndex index = m->index(t->row, 0, m->laneIndex(t->lane));
        setCurrentIndex(index);
        selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
        m_drag.tile = index;
        m_drag.grabOffsetY = contentY(pos.y()) - m_axis.y(t->start);
        m_drag.mode = m_readOnly ? Drag::Mode::None : onEdge ? Drag::Mode::Resize : Drag::Mode::Pending;
        return;
    }
    selectionModel()->clearSelection();
    const int lane = laneAtViewportX(pos.x());
    bool onBlockEdge = false;
    const BlockoutHit hit = blockoutAt(pos, &onBlockEdge);
    if (m_selectedBlockout.blockId != hit.blockId || m_selectedBlockout.lane != hit.lane)
        viewport()->update();
    m_selectedBlockout = hit;
    if (!hit.blockId.isEmpty()) {
        // A blockout: dragged to move it, by its bottom edge to resize it (the service decides
        // whether this person may).
        if (m_readOnly)
            return;
        m_drag.block = hit;
        m_drag.mode = onBlockEdge ? Drag::Mode::BlockResize : Drag::Mode::BlockPending;
        m_drag.grabOffsetY = contentY(pos.y()) - m_axis.y(hit.startMinute);
        m_drag.target.laneKey = m->lane(hit.lane).key;
        m_drag.target.date = m->lane(hit.lane).date;
        m_drag.target.startMinute = hit.startMinute;
        m_drag.target.minutes = hit.endMinute - hit.startMinute;
        return;
    }
    if (lane >= 0 && pos.y() >= m_headerHeight && !m_readOnly) {
        m_drag.mode = event->modifiers() & kBlockoutModifier ? Drag::Mode::BlockCreate : Drag::Mode::Create;
        m_drag.createAnchor = geometry::snapToGrid(m_axis.minuteAt(contentY(pos.y())), m_grid);
        m_drag.createAnchor -= m_drag.createAnchor > m_axis.minuteAt(contentY(pos.y())) ? m_grid : 0;
        m_drag.target.laneKey = m->lane(lane).key;
        m_drag.target.date = m->lane(lane).date;
        m_drag.target.startMinute = m_drag.createAnchor;
        m_drag.target.minutes = m_grid;
        m_drag.targetValid = false; // a click without a drag creates nothing
    }
}

void ScheduleView::updateDragTarget(const QPoint &pos)
{
    const ScheduleModel *m = scheduleModel();
    const Tile *t = tileFor(m_drag.tile);
    if (!m || !t)
        return;
    SchedulePlacement target;
    target.appointmentId = m_drag.tile.data(ScheduleModel::AppointmentIdRole).toString();
    target.version = m_drag.tile.data(ScheduleModel::VersionRole).toInt();
    if (m_drag.mode == Drag::Mode::Resize) {
        const int minMinutes = m_drag.tile.data(ScheduleModel::MinMinutesRole).toInt();
        const int maxMinutes = m_drag.tile.data(ScheduleModel::MaxMinutesRole).toInt();
        const int end = m_axis.snappedMinute(contentY(pos.y()), m_grid);
        target.laneKey = m->lane(t->lane).key;
        target.date = m->lane(t->lane).date;
        target.startMinute = t->start;
        target.minutes = std::clamp(end - t->start, std::max(minMinutes, m_grid), std::max(maxMinutes, minMinutes));
    } else {
        int lane = laneAtViewportX(pos.x());
        if (lane < 0 || !viewport()->rect().contains(pos)) {
            m_drag.targetValid = false;
            m_drag.verdict.clear();
            viewport()->update();
            return;
        }
        target.laneKey = m->lane(lane).key;
        target.date = m->lane(lane).date;
        target.minutes = t->minutes;
        target.startMinute = m_axis.snappedMinute(contentY(pos.y()) - m_drag.grabOffsetY, m_grid, t->minutes);
    }
    const bool changed = !m_drag.targetValid || target.laneKey != m_drag.target.laneKey
            || target.date != m_drag.target.date || target.startMinute != m_drag.target.startMinute
            || target.minutes != m_drag.target.minutes;
    m_drag.target = target;
    m_drag.targetValid = true;
    if (changed) {
        const bool unchanged = target.laneKey == m->lane(t->lane).key && target.date == m->lane(t->lane).date
                && target.startMinute == t->start && target.minutes == t->minutes;
        m_drag.verdict = unchanged || !m_check ? QString() : m_check(target);
        viewport()->update();
    }
}

void ScheduleView::updateItemTarget(const QPoint &pos)
{
    const ScheduleModel *m = scheduleModel();
    const int lane = laneAtViewportX(pos.x());
    if (!m || lane < 0 || pos.y() < m_headerHeight || !viewport()->rect().contains(pos)) {
        m_drag.targetValid = false;
        viewport()->update();
        return;
    }
    SchedulePlacement target;
    target.appointmentId = m_drag.item.kind == ScheduleDragItem::Kind::Tray ? m_drag.item.id : QString();
    target.version = m_drag.item.version;
    target.laneKey = m->lane(lane).key;
    target.date = m->lane(lane).date;
    target.minutes = std::max(m_drag.item.minutes, m_grid);
    target.startMinute = m_axis.snappedMinute(contentY(pos.y()), m_grid, target.minutes);
    const bool changed = !m_drag.targetValid || target.laneKey != m_drag.target.laneKey
            || target.date != m_drag.target.date || target.startMinute != m_drag.target.startMinute;
    m_drag.target = target;
    m_drag.targetValid = true;
    if (changed) {
        m_drag.verdict = m_itemCheck ? m_itemCheck(m_drag.item, target) : QString();
        viewport()->update();
    }
}

void ScheduleView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton) || m_drag.mode == Drag::Mode::None) {
        bool onEdge = false;
        const Tile *t = m_readOnly ? nullptr : tileAt(pos, &onEdge);
        bool onBlockEdge = false;
        if (!t && !m_readOnly)
            (void)blockoutAt(pos, &onBlockEdge);
        viewport()->setCursor((t && onEdge) || onBlockEdge ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    switch (m_drag.mode) {
    case Drag::Mode::Pending:
        if ((pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag.mode = Drag::Mode::Move;
        viewport()->setCursor(Qt::ClosedHandCursor);
        updateDragTarget(pos);
        return;
    case Drag::Mode::Move:
    case Drag::Mode::Resize:
        updateDragTarget(pos);
        return;
    case Drag::Mode::ProductionPending:
        if ((pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag.mode = Drag::Mode::ProductionMove;
        viewport()->setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Mode::ProductionMove: {
        // Up and down its own lane only: a production block is a weekday's time.
        const int minutes = m_drag.block.endMinute - m_drag.block.startMinute;
        m_drag.target.minutes = minutes;
        m_drag.target.startMinute = m_axis.snappedMinute(contentY(pos.y()) - m_drag.grabOffsetY, m_grid, minutes);
        m_drag.targetValid = viewport()->rect().contains(pos);
        viewport()->update();
        return;
    }
    case Drag::Mode::BlockPending:
        if ((pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag.mode = Drag::Mode::BlockMove;
        viewport()->setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Mode::BlockMove: {
        const ScheduleModel *m = scheduleModel();
        const int lane = laneAtViewportX(pos.x());
        m_drag.targetValid = lane >= 0 && viewport()->rect().contains(pos);
        if (m_drag.targetValid) {
            const int minutes = m_drag.block.endMinute - m_drag.block.startMinute;
            m_drag.target.laneKey = m->lane(lane).key;
            m_drag.target.date = m->lane(lane).date;
            m_drag.target.minutes = minutes;
            m_drag.target.startMinute = m_axis.snappedMinute(contentY(pos.y()) - m_drag.grabOffsetY, m_grid, minutes);
        }
        viewport()->update();
        return;
    }
    case Drag::Mode::BlockResize: {
        const int end = m_axis.snappedMinute(contentY(pos.y()), m_grid);
        m_drag.target.minutes = std::max(m_grid, end - m_drag.block.startMinute);
        m_drag.targetValid = true;
        viewport()->update();
        return;
    }
    case Drag::Mode::BlockCreate:
    case Drag::Mode::Create: {
        const int minute = m_axis.snappedMinute(contentY(pos.y()), m_grid);
        const int start = std::min(m_drag.createAnchor, minute);
        const int end = std::max(m_drag.createAnchor + m_grid, minute);
        m_drag.target.startMinute = start;
        m_drag.target.minutes = end - start;
        m_drag.targetValid = (pos - m_drag.pressPos).manhattanLength() >= QApplication::startDragDistance();
        viewport()->update();
        return;
    }
    case Drag::Mode::None:
    case Drag::Mode::Item:
        return;
    }
}

void ScheduleView::finishDrag(const QPoint &pos, const QPoint &globalPos)
{
    const Drag drag = m_drag;
    m_drag = {};
    viewport()->unsetCursor();
    viewport()->update();
    switch (drag.mode) {
    case Drag::Mode::Move:
        if (!viewport()->rect().contains(pos)) {
            Q_EMIT tileDroppedOutside(drag.tile, globalPos);
            return;
        }
        if (drag.targetValid) {
            const Tile *t = tileFor(drag.tile);
            const ScheduleModel *m = scheduleModel();
            if (t && m
                && (drag.target.laneKey != m->lane(t->lane).key || drag.target.date != m->lane(t->lane).date
                    || drag.target.startMinute != t->start))
                Q_EMIT moveRequested(drag.target);
        }
        return;
    case Drag::Mode::Resize:
        if (drag.targetValid) {
            const Tile *t = tileFor(drag.tile);
            if (t && drag.target.minutes != t->minutes)
                Q_EMIT resizeRequested(drag.target.appointmentId, drag.target.version, drag.target.minutes);
        }
        return;
    case Drag::Mode::Create:
        if (drag.targetValid)
            Q_EMIT createRequested(drag.target);
        return;
    case Drag::Mode::BlockCreate:
        if (drag.targetValid)
            Q_EMIT blockoutCreateRequested(drag.target);
        return;
    case Drag::Mode::BlockMove: {
        const ScheduleModel *m = scheduleModel();
        if (drag.targetValid && m && drag.block.lane < m->laneCount()
            && (drag.target.startMinute != drag.block.startMinute || drag.target.laneKey != m->lane(drag.block.lane).key
                || drag.target.date != m->lane(drag.block.lane).date))
            Q_EMIT blockoutMoveRequested(drag.block.blockId, m->lane(drag.block.lane).date, drag.target);
        return;
    }
    case Drag::Mode::BlockResize: {
        const ScheduleModel *m = scheduleModel();
        const int end = drag.block.startMinute + drag.target.minutes;
        if (drag.targetValid && m && drag.block.lane < m->laneCount() && end != drag.block.endMinute)
            Q_EMIT blockoutResizeRequested(drag.block.blockId, m->lane(drag.block.lane).date, drag.block.startMinute,
                                           end);
        return;
    }
    case Drag::Mode::ProductionMove:
        if (drag.targetValid && drag.target.startMinute != drag.block.startMinute)
            Q_EMIT productionBlockMoveRequested(drag.block.blockId, drag.target.startMinute,
                                                drag.target.startMinute + drag.target.minutes);
        return;
    case Drag::Mode::ProductionPending:
    case Drag::Mode::BlockPending:
    case Drag::Mode::Pending:
    case Drag::Mode::Item:
    case Drag::Mode::None:
        return;
    }
}

void ScheduleView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    finishDrag(event->position().toPoint(), event->globalPosition().toPoint());
}

void ScheduleView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.parent().isValid()) {
        Q_EMIT openRequested(index);
        return;
    }
    const ScheduleModel *m = scheduleModel();
    const BlockoutHit hit = blockoutAt(event->position().toPoint());
    if (m && !hit.blockId.isEmpty()) {
        m_drag = {};
        Q_EMIT blockoutOpenRequested(hit.blockId, m->lane(hit.lane).date);
        return;
    }
    const int lane = laneAtViewportX(event->position().toPoint().x());
    if (m && lane >= 0 && !m_readOnly) {
        SchedulePlacement at;
        at.laneKey = m->lane(lane).key;
        at.date = m->lane(lane).date;
        const int minute = m_axis.minuteAt(contentY(event->position().toPoint().y()));
        at.startMinute = minute - minute % m_grid;
        Q_EMIT createRequested(at);
    }
}

void ScheduleView::dragItemMoved(const ScheduleDragItem &item, const QPoint &globalPos)
{
    if (m_drag.mode != Drag::Mode::Item || m_drag.item.id != item.id) {
        m_drag = {};
        m_drag.mode = Drag::Mode::Item;
        m_drag.item = item;
    }
    updateItemTarget(viewport()->mapFromGlobal(globalPos));
}

bool ScheduleView::dragItemDropped(const ScheduleDragItem &item, const QPoint &globalPos)
{
    dragItemMoved(item, globalPos);
    const Drag drag = m_drag;
    m_drag = {};
    viewport()->update();
    if (!drag.targetValid)
        return false;
    Q_EMIT dragItemPlaced(item, drag.target);
    return true;
}

void ScheduleView::dragItemLeft()
{
    if (m_drag.mode == Drag::Mode::Item) {
        m_drag = {};
        viewport()->update();
    }
}

void ScheduleView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(m_axis.pixelsPerMinute * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QAbstractItemView::wheelEvent(event);
}

void ScheduleView::moveCurrentBy(int laneDelta, int minuteDelta)
{
    const ScheduleModel *m = scheduleModel();
    const Tile *t = tileFor(currentIndex());
    if (!m || !t || m_readOnly)
        return;
    const int lane = std::clamp(t->lane + laneDelta, 0, m->laneCount() - 1);
    SchedulePlacement to;
    to.appointmentId = currentIndex().data(ScheduleModel::AppointmentIdRole).toString();
    to.version = currentIndex().data(ScheduleModel::VersionRole).toInt();
    to.laneKey = m->lane(lane).key;
    to.date = m->lane(lane).date;
    to.startMinute = t->start + minuteDelta;
    to.minutes = t->minutes;
    if (lane != t->lane || minuteDelta != 0)
        Q_EMIT moveRequested(to);
}

void ScheduleView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const bool onTile = current.isValid() && current.parent().isValid();
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (onTile) {
            Q_EMIT openRequested(current);
            return;
        }
        break;
    case Qt::Key_Delete:
        if (onTile && !m_readOnly) {
            Q_EMIT cancelRequested(current);
            return;
        }
        if (!onTile && !m_selectedBlockout.blockId.isEmpty() && !m_readOnly) {
            const ScheduleModel *m = scheduleModel();
            if (m && m_selectedBlockout.lane < m->laneCount())
                Q_EMIT blockoutDeleteRequested(m_selectedBlockout.blockId, m->lane(m_selectedBlockout.lane).date);
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (ctrl && onTile) {
            moveCurrentBy(0, event->key() == Qt::Key_Up ? -m_grid : m_grid);
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (ctrl && onTile) {
            moveCurrentBy(event->key() == Qt::Key_Left ? -1 : 1, 0);
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            setZoom(m_axis.pixelsPerMinute * 1.25);
            return;
        }
        break;
    case Qt::Key_Minus:
        if (ctrl) {
            setZoom(m_axis.pixelsPerMinute / 1.25);
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_drag.mode != Drag::Mode::None) {
            m_drag = {};
            viewport()->unsetCursor();
            viewport()->update();
            return;
        }
        break;
    default:
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            && !event->text().isEmpty() && event->text().at(0).isLetterOrNumber()) {
            Q_EMIT typingStarted(event->text());
            return;
        }
        break;
    }
    QAbstractItemView::keyPressEvent(event);
}

void ScheduleView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index;
    QPoint global = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        index = currentIndex();
        global = viewport()->mapToGlobal(tileRect(index).center());
    } else {
        index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    }
    if (index.isValid() && index.parent().isValid()) {
        Q_EMIT contextMenuRequested(index, global);
        return;
    }
    // Empty lane time or a blockout: what can be done there (a new blockout, or this one).
    const QPoint pos = viewport()->mapFromGlobal(global);
    const ScheduleModel *m = scheduleModel();
    const int lane = laneAtViewportX(pos.x());
    if (!m || lane < 0 || pos.y() < m_headerHeight)
        return;
    const BlockoutHit hit = blockoutAt(pos);
    m_selectedBlockout = hit;
    SchedulePlacement at;
    at.laneKey = m->lane(lane).key;
    at.date = m->lane(lane).date;
    if (!hit.blockId.isEmpty()) {
        at.startMinute = hit.startMinute;
        at.minutes = hit.endMinute - hit.startMinute;
    } else {
        const int minute = m_axis.minuteAt(contentY(pos.y()));
        at.startMinute = minute - minute % std::max(m_grid, 1);
        at.minutes = 60;
    }
    Q_EMIT laneMenuRequested(hit.blockId, at, global);
}

ScheduleView::BlockoutHit ScheduleView::blockoutAt(const QPoint &pos, bool *onBottomEdge) const
{
    if (onBottomEdge)
        *onBottomEdge = false;
    const ScheduleModel *m = scheduleModel();
    const int lane = laneAtViewportX(pos.x());
    if (!m || lane < 0 || pos.y() < m_headerHeight)
        return {};
    const double y = contentY(pos.y());
    const int minute = m_axis.minuteAt(y);
    for (const DayRange &r : m->lane(lane).closed) {
        if (r.isBreak || r.blockId.isEmpty() || r.endMinute <= r.startMinute)
            continue;
        const double bottom = m_axis.y(r.endMinute);
        const bool edge = std::abs(y - bottom) <= 4;
        if ((minute >= r.startMinute && minute < r.endMinute) || edge) {
            if (onBottomEdge)
                *onBottomEdge = edge;
            return {r.blockId, r.label, lane, r.startMinute, r.endMinute};
        }
    }
    return {};
}

bool ScheduleView::blockDrag() const
{
    return m_drag.mode == Drag::Mode::BlockCreate || m_drag.mode == Drag::Mode::BlockMove
            || m_drag.mode == Drag::Mode::BlockResize || m_drag.mode == Drag::Mode::ProductionMove;
}

void ScheduleView::setProductionBlocksShown(bool shown)
{
    if (m_productionShown == shown)
        return;
    m_productionShown = shown;
    viewport()->update();
}

void ScheduleView::paintProduction(QPainter &p, const QRect &area, bool names)
{
    const ScheduleModel *m = scheduleModel();
    if (!m_productionShown || !m)
        return;
    const double x0 = m_strip.gutter - horizontalOffset();
    const double y0 = m_headerHeight - verticalOffset();
    const int firstLane = std::max(0, int(horizontalOffset() / m_strip.width));
    const int lastLane = std::min(m->laneCount() - 1, int((horizontalOffset() + area.width()) / m_strip.width));
    p.setFont(m_smallFont);
    const QFontMetricsF fm(m_smallFont);
    for (int l = firstLane; l <= lastLane; ++l) {
        const double left = x0 + l * m_strip.width;
        for (const ProductionRange &r : m->lane(l).production) {
            QColor color(r.color.isEmpty() ? u"#6a51a3"_s : r.color);
            const QRectF rr(left + 1.5, y0 + m_axis.y(r.startMinute) + 1, m_strip.width - 3,
                            (r.endMinute - r.startMinute) * m_axis.pixelsPerMinute - 2);
            if (!rr.intersects(area))
                continue;
            if (!names) {
                p.setPen(QPen(color, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(rr);
                continue;
            }
            if (m_compact || rr.height() < fm.height())
                continue;
            // The name on a tab at the top right, over whatever is booked there.
            const QString name = fm.elidedText(r.name, Qt::ElideRight, rr.width() - 12);
            const QRectF tab = productionTab(l, r);
            p.fillRect(tab, color);
            p.setPen(color.lightness() > 150 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white));
            p.drawText(tab, Qt::AlignCenter, name);
        }
    }
}

QRectF ScheduleView::productionTab(int lane, const ProductionRange &r) const
{
    const QFontMetricsF fm(m_smallFont);
    const double left = m_strip.gutter - horizontalOffset() + lane * m_strip.width;
    const QRectF rr(left + 1.5, m_headerHeight - verticalOffset() + m_axis.y(r.startMinute) + 1, m_strip.width - 3,
                    (r.endMinute - r.startMinute) * m_axis.pixelsPerMinute - 2);
    const QString name = fm.elidedText(r.name, Qt::ElideRight, rr.width() - 12);
    return {rr.right() - fm.horizontalAdvance(name) - 8, rr.top(), fm.horizontalAdvance(name) + 8, fm.height() + 2};
}

ScheduleView::ProductionHit ScheduleView::productionTabAt(const QPoint &pos) const
{
    const ScheduleModel *m = scheduleModel();
    const int lane = laneAtViewportX(pos.x());
    if (!m || !m_productionShown || m_compact || lane < 0 || pos.y() < m_headerHeight)
        return {};
    for (const ProductionRange &r : m->lane(lane).production) {
        if (productionTab(lane, r).contains(pos))
            return {r.blockId, r.name, lane, r.startMinute, r.endMinute};
    }
    return {};
}

bool ScheduleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (m_drag.mode == Drag::Mode::None) {
            const QModelIndex index = indexAt(help->pos());
            if (index.isValid()) {
                QToolTip::showText(help->globalPos(), index.data(Qt::ToolTipRole).toString(), viewport(),
                                   visualRect(index));
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QAbstractItemView::viewportEvent(event);
}

// --- painting ----------------------------------------------------------------------------

void ScheduleView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const ScheduleModel *m = scheduleModel();
    if (!m) {
        p.fillRect(event->rect(), palette().base());
        return;
    }
    // Lanes paint every pixel they cover once; only the space right of and below them needs
    // the plain background.
    const double lanesRight = m_strip.gutter - horizontalOffset() + m_strip.contentWidth();
    const double lanesBottom = m_headerHeight - verticalOffset() + m_axis.height();
    if (lanesRight < viewport()->width())
        p.fillRect(QRectF(lanesRight, 0, viewport()->width() - lanesRight, viewport()->height()), palette().base());
    if (lanesBottom < viewport()->height())
        p.fillRect(QRectF(0, lanesBottom, viewport()->width(), viewport()->height() - lanesBottom), palette().base());
    const QRect area(m_strip.gutter, m_headerHeight, viewport()->width() - m_strip.gutter,
                     viewport()->height() - m_headerHeight);
    p.save();
    p.setClipRect(area);
    paintLanes(p, area);
    paintProduction(p, area, false);
    paintTiles(p, area);
    paintProduction(p, area, true); // the names over the visits, so they stay readable
    paintNowLine(p, area);
    paintGhost(p);
    p.restore();
    paintHeader(p);
    paintGutter(p);
}

void ScheduleView::paintLanes(QPainter &p, const QRect &area)
{
    const ScheduleModel *m = scheduleModel();
    const double x0 = m_strip.gutter - horizontalOffset();
    const double y0 = m_headerHeight - verticalOffset();
    const int firstLane = std::max(0, int((horizontalOffset()) / m_strip.width));
    const int lastLane = std::min(m->laneCount() - 1, int((horizontalOffset() + area.width()) / m_strip.width));
    const QColor closedColor(0xec, 0xee, 0xf1);
    const QColor breakColor(0xf3, 0xe9, 0xd2);
    const QColor blockColor(0xe1, 0xd5, 0xe7);
    const double top = std::max<double>(area.top(), y0);
    const double bottom = std::min<double>(area.bottom() + 1, y0 + m_axis.height());

    p.setFont(m_smallFont);
    for (int l = firstLane; l <= lastLane; ++l) {
        const ScheduleModel::Lane &lane = m->lane(l);
        const double left = x0 + l * m_strip.width;
        const QRectF laneRect(left, top, m_strip.width, bottom - top);
        // Closed time shaded, open time plain: each pixel filled once.
        double y = laneRect.top();
        for (const DayRange &r : lane.open) {
            const double openTop = std::max(laneRect.top(), y0 + m_axis.y(r.startMinute));
            const double openBottom = std::min(laneRect.bottom(), y0 + m_axis.y(r.endMinute));
            if (openBottom <= openTop)
                continue;
            if (openTop > y)
                p.fillRect(QRectF(left, y, m_strip.width, openTop - y), closedColor);
            p.fillRect(QRectF(left, openTop, m_strip.width, openBottom - openTop), palette().base());
            y = std::max(y, openBottom);
        }
        if (y < laneRect.bottom())
            p.fillRect(QRectF(left, y, m_strip.width, laneRect.bottom() - y), closedColor);
        for (const DayRange &r : lane.closed) {
            const QRectF rr(left, y0 + m_axis.y(r.startMinute), m_strip.width,
                            (r.endMinute - r.startMinute) * m_axis.pixelsPerMinute);
            p.fillRect(rr, r.isBreak ? breakColor : blockColor);
            p.fillRect(rr, QBrush(QColor(0, 0, 0, 18), Qt::BDiagPattern));
            if (!m_compact && rr.height() >= 12) {
                p.setPen(QColor(0x5f, 0x5f, 0x5f));
                p.drawText(rr.adjusted(6, 1, -4, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, r.label);
            }
            if (!r.blockId.isEmpty() && r.blockId == m_selectedBlockout.blockId && l == m_selectedBlockout.lane) {
                p.setPen(QPen(QColor(0x4a, 0x14, 0x8c), 2));
                p.drawRect(rr.adjusted(1, 1, -1, -1));
            }
        }
        // Provider time bars down the chair lane's right edge, one per provider scheduled in
        // it, in the provider's color where they work there: who a drop at that time is for.
        const double barWidth = m_compact ? 2 : 3;
        for (int b = 0; b < lane.bars.size(); ++b) {
            const ScheduleModel::Lane::ProviderBar &bar = lane.bars.at(b);
            const double x = left + m_strip.width - (b + 1) * (barWidth + 1);
            for (const DayRange &r : bar.working)
                p.fillRect(QRectF(x, y0 + m_axis.y(r.startMinute), barWidth,
                                  (r.endMinute - r.startMinute) * m_axis.pixelsPerMinute),
                           bar.color);
        }
    }

    // Grid lines across every lane: hours strong, grid steps faint.
    const double right = std::min<double>(area.right() + 1, x0 + m_strip.contentWidth());
    const int stepPx = std::max(1, m_grid);
    const bool drawSteps = stepPx * m_axis.pixelsPerMinute >= 6;
    for (int minute = m_axis.firstMinute; minute <= m_axis.lastMinute; minute += stepPx) {
        const double y = y0 + m_axis.y(minute);
        if (y < area.top() - 1 || y > area.bottom() + 1)
            continue;
        const bool hour = minute % 60 == 0;
        if (!hour && !drawSteps)
            continue;
        p.setPen(hour ? QColor(0xc4, 0xc8, 0xce) : QColor(0xe6, 0xe8, 0xeb));
        p.drawLine(QPointF(area.left(), y), QPointF(right, y));
    }
    // Lane separators; a stronger one between days.
    for (int l = firstLane; l <= lastLane + 1 && l <= m->laneCount(); ++l) {
        const double x = x0 + l * m_strip.width;
        const bool dayEdge = l == 0 || l == m->laneCount() || m->lane(l).date != m->lane(l - 1).date;
        p.setPen(dayEdge ? QColor(0x8a, 0x90, 0x99) : QColor(0xd0, 0xd4, 0xda));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    // A closed day in the week: why, written down its (narrow) lane, once per day, over the
    // grid lines on a plain ground of its own.
    if (m_compact) {
        p.setFont(m_smallFont);
        const QFontMetricsF fm(m_smallFont);
        for (int l = firstLane; l <= lastLane; ++l) {
            const ScheduleModel::Lane &lane = m->lane(l);
            if (lane.closedReason.isEmpty() || (l > 0 && m->lane(l - 1).date == lane.date))
                continue;
            p.save();
            p.setPen(QColor(0x5f, 0x5f, 0x5f));
            p.translate(x0 + l * m_strip.width + m_strip.width / 2, top + (bottom - top) / 2);
            p.rotate(-90);
            const QString text = fm.elidedText(lane.closedReason, Qt::ElideRight, (bottom - top) - 16);
            const double w = fm.horizontalAdvance(text) + 8;
            const QRectF box(-w / 2, -fm.height() / 2 - 1, w, fm.height() + 2);
            p.fillRect(box, QColor(0xec, 0xee, 0xf1));
            p.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, text);
            p.restore();
        }
    }
}

void ScheduleView::drawTile(QPainter &p, const Tile &t, const QRect &rect) const
{
    const bool noShow = t.status == u"no_show";
    const QRectF r(rect);
    p.fillRect(r, washed(t.color, noShow ? 0.85 : 0.68));
    const double barW = m_compact ? 3 : 6;
    // Provider-time bar: dark where the provider is needed, light for assistant time.
    p.fillRect(QRectF(r.left(), r.top(), barW, r.height()), washed(t.color, 0.4));
    const double cellH = 5 * m_axis.pixelsPerMinute;
    const QColor providerColor = t.color.darker(140);
    for (int i = 0; i < t.pattern.size(); ++i) {
        if (t.pattern.at(i) != u'X')
            continue;
        int j = i;
        while (j + 1 < t.pattern.size() && t.pattern.at(j + 1) == u'X')
            ++j;
        const double y1 = r.top() + i * cellH;
        const double y2 = std::min(r.bottom() + 1, r.top() + (j + 1) * cellH);
        p.fillRect(QRectF(r.left(), y1, barW, y2 - y1), providerColor);
        i = j;
    }
    // Outline: red for a conflict, dotted orange for a late patient, dashed for a tile waiting on the tray.
    if (t.conflict) {
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawRect(r.adjusted(1, 1, -1, -1));
    } else if (t.late) {
        p.setPen(QPen(QColor(0xe6, 0x51, 0x00), 2, Qt::DotLine));
        p.drawRect(r.adjusted(1, 1, -1, -1));
    } else {
        p.setPen(QPen(t.color.darker(150), 1, t.held ? Qt::DashLine : Qt::SolidLine));
        p.drawRect(r.adjusted(0, 0, -1, -1));
    }
    const double d = m_compact ? 4 : 6;
    // A record only this cache holds has no sync state to show.
    if (t.sync != u"local")
        p.fillRect(QRectF(r.right() - d - 3, r.bottom() - d - 3, d, d), syncColor(t.sync));
    if (m_compact && r.width() < 40)
        return;
    const QRectF text = r.adjusted(barW + 4, 1, -3, -1);
    p.setPen(noShow ? QColor(0x70, 0x70, 0x70) : QColor(0x1a, 0x1a, 0x1a));
    p.setFont(m_nameFont);
    const double glyphW = m_compact ? 0 : t.glyphText.size().width() + 4;
    if (!m_compact)
        p.drawStaticText(QPointF(text.right() - glyphW + 4, text.top()), t.glyphText);
    // A name or a line too long for the tile ends in "…" rather than a cut-off letter; the
    // tooltip has it whole.
    auto line = [&p](const QPointF &at, double room, const QStaticText &laidOut, const QString &whole,
                     const QFont &font) {
        if (laidOut.size().width() <= room) {
            p.drawStaticText(at, laidOut);
            return;
        }
        const QFontMetricsF fm(font);
        // "Scaling and root planing · 60 min": the longest part gives way, so the length and
        // the chair stay readable.
        QStringList parts = whole.split(u" · "_s);
        QString shown = whole;
        if (parts.size() > 1) {
            qsizetype longest = 0;
            for (qsizetype i = 1; i < parts.size(); ++i)
                if (fm.horizontalAdvance(parts.at(i)) > fm.horizontalAdvance(parts.at(longest)))
                    longest = i;
            const double over = fm.horizontalAdvance(whole) - room;
            parts[longest] = fm.elidedText(parts.at(longest), Qt::ElideRight,
                                           std::max(0.0, fm.horizontalAdvance(parts.at(longest)) - over));
            shown = parts.join(u" · "_s);
        }
        p.drawText(QRectF(at, QSizeF(room, fm.height())), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                   fm.elidedText(shown, Qt::ElideRight, room));
    };
    p.setClipRect(text.adjusted(0, 0, -glyphW, 0));
    line(text.topLeft(), text.width() - glyphW, t.nameText, t.name, m_nameFont);
    const double lineH = QFontMetricsF(m_nameFont).height();
    if (text.height() >= lineH * 1.8) {
        p.setClipRect(text);
        p.setFont(m_smallFont);
        line(QPointF(text.left(), text.top() + lineH), text.width(), t.detailText, t.detail, m_smallFont);
    }
    p.setClipping(false);
}

QRect ScheduleView::tileRectInLane(const Tile &t) const
{
    return contentRect(t).translated(-t.lane * m_strip.width, 0).toRect();
}

const QPixmap *ScheduleView::laneTiles(int lane) const
{
    // Each lane's tiles are drawn once into one image with one painter, and blitted from it
    // on every paint (scrolling, hovering, the drag ghost); the image is redrawn only when the
    // lane's tiles, the zoom or the lane width change. Very tall images (extreme zoom) are not
    // kept: those lanes draw their tiles directly.
    const QSize size(int(std::ceil(m_strip.width)), int(std::ceil(m_axis.height())) + 1);
    if (qint64(size.width()) * size.height() * 4 > kMaxLaneImageBytes)
        return nullptr;
    if (m_laneImages.size() != m_tiles.size())
        m_laneImages.resize(m_tiles.size());
    QPixmap &image = m_laneImages[lane];
    if (!image.isNull() && image.deviceIndependentSize().toSize() == size)
        return &image;
    const qreal dpr = viewport()->devicePixelRatioF();
    image = QPixmap(size * dpr);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    for (const Tile &t : std::as_const(m_tiles.at(lane)))
        drawTile(p, t, tileRectInLane(t));
    return &image;
}

void ScheduleView::paintTiles(QPainter &p, const QRect &area)
{
    const QPointF origin(m_strip.gutter - horizontalOffset(), m_headerHeight - verticalOffset());
    const int firstLane = std::max(0, int(horizontalOffset() / m_strip.width));
    const int lastLane = std::min(int(m_tiles.size()) - 1, int((horizontalOffset() + area.width()) / m_strip.width));
    const double visibleTop = verticalOffset();
    const double visibleBottom = visibleTop + area.height();
    const Tile *currentTile = tileFor(currentIndex());
    const Tile *dragged = m_drag.mode == Drag::Mode::Move || m_drag.mode == Drag::Mode::Resize
            ? tileFor(m_drag.tile)
            : nullptr;
    p.setRenderHint(QPainter::Antialiasing, false);
    for (int l = firstLane; l <= lastLane; ++l) {
        const QPixmap *image = laneTiles(l);
        const QPoint laneOrigin(int(std::lround(origin.x() + l * m_strip.width)), int(std::lround(origin.y())));
        for (const Tile &t : std::as_const(m_tiles.at(l))) {
            const QRectF content = contentRect(t);
            if (content.bottom() < visibleTop || content.top() > visibleBottom)
                continue;
            const QRect local = tileRectInLane(t);
            const QRect target = local.translated(laneOrigin);
            if (&t == dragged)
                p.setOpacity(0.45);
            if (image)
                p.drawPixmap(target, *image, local);
            else
                drawTile(p, t, target);
            if (&t == dragged)
                p.setOpacity(1.0);
            if (&t == currentTile && hasFocus()) {
                p.setPen(QPen(palette().highlight().color(), 2));
                p.drawRect(QRectF(target).adjusted(1, 1, -1, -1));
            }
        }
    }
    p.setClipRect(area);
}

void ScheduleView::paintNowLine(QPainter &p, const QRect &area)
{
    const ScheduleModel *m = scheduleModel();
    const double x0 = m_strip.gutter - horizontalOffset();
    const double y0 = m_headerHeight - verticalOffset();
    const int firstLane = std::max(0, int((horizontalOffset()) / m_strip.width));
    const int lastLane = std::min(m->laneCount() - 1, int((horizontalOffset() + area.width()) / m_strip.width));
    // The now-line on today's lanes.
    if (m_nowMinute >= m_axis.firstMinute && m_nowMinute <= m_axis.lastMinute) {
        const double y = y0 + m_axis.y(m_nowMinute);
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        for (int l = firstLane; l <= lastLane; ++l) {
            if (m->lane(l).date == m_today)
                p.drawLine(QPointF(x0 + l * m_strip.width, y), QPointF(x0 + (l + 1) * m_strip.width, y));
        }
    }
}

void ScheduleView::paintGhost(QPainter &p)
{
    const ScheduleModel *m = scheduleModel();
    if (!m_drag.targetValid
        || !(m_drag.mode == Drag::Mode::Move || m_drag.mode == Drag::Mode::Resize || m_drag.mode == Drag::Mode::Create
             || m_drag.mode == Drag::Mode::Item || blockDrag()))
        return;
    int lane = -1;
    for (int l = 0; l < m->laneCount(); ++l) {
        if (m->lane(l).key == m_drag.target.laneKey && m->lane(l).date == m_drag.target.date) {
            lane = l;
            break;
        }
    }
    if (lane < 0)
        return;
    const QRectF r(m_strip.gutter - horizontalOffset() + lane * m_strip.width + 3,
                   m_headerHeight - verticalOffset() + m_axis.y(m_drag.target.startMinute), m_strip.width - 6,
                   m_drag.target.minutes * m_axis.pixelsPerMinute);
    const bool ok = m_drag.verdict.isEmpty();
    const QColor edge = blockDrag()                       ? QColor(0x6a, 0x1b, 0x9a)
            : m_drag.mode == Drag::Mode::Create          ? QColor(0x1e, 0x63, 0xb5)
            : ok                                         ? QColor(0x2e, 0x7d, 0x32)
                                                         : QColor(0xc6, 0x28, 0x28);
    QColor fill = edge;
    fill.setAlpha(45);
    p.fillRect(r, fill);
    p.setPen(QPen(edge, 2, Qt::DashLine));
    p.drawRect(r);
    p.setFont(m_smallFont);
    const QString time = localformat::time(m_drag.target.startMinute) + u"–"_s
            + localformat::time(m_drag.target.startMinute + m_drag.target.minutes);
    QString text = time;
    if (m_drag.mode == Drag::Mode::Item)
        text = m_drag.item.label + u"\n"_s + time;
    if (m_drag.mode == Drag::Mode::BlockCreate)
        text = tr("New blockout") + u"\n"_s + time;
    else if (blockDrag())
        text = m_drag.block.label + u"\n"_s + time;
    if (!ok)
        text += u"\n"_s + m_drag.verdict;
    // The verdict in a bubble beside the ghost, wide enough to read.
    const QFontMetrics fm(m_smallFont);
    const int bubbleW = std::min(360, std::max(int(r.width()), 220));
    const QRect measured = fm.boundingRect(QRect(0, 0, bubbleW - 12, 1000), Qt::TextWordWrap, text);
    QRectF bubble(r.left(), r.bottom() + 4, bubbleW, measured.height() + 8);
    if (bubble.bottom() > viewport()->height())
        bubble.moveBottom(r.top() - 4);
    if (bubble.right() > viewport()->width())
        bubble.moveRight(viewport()->width() - 2);
    p.fillRect(bubble, QColor(255, 255, 255, 240));
    p.setPen(edge);
    p.drawRect(bubble);
    p.setPen(QColor(0x1a, 0x1a, 0x1a));
    p.drawText(bubble.adjusted(6, 4, -6, -4), Qt::TextWordWrap, text);
}

void ScheduleView::paintHeader(QPainter &p)
{
    const ScheduleModel *m = scheduleModel();
    const QRect header(0, 0, viewport()->width(), m_headerHeight);
    p.fillRect(header, palette().window());
    p.save();
    p.setClipRect(QRect(m_strip.gutter, 0, viewport()->width() - m_strip.gutter, m_headerHeight));
    const double x0 = m_strip.gutter - horizontalOffset();
    const QFontMetrics fm(m_headerFont);
    const int firstLane = std::max(0, int(horizontalOffset() / m_strip.width));
    const int lastLane = std::min(m->laneCount() - 1, int((horizontalOffset() + viewport()->width()) / m_strip.width));
    const int dayRow = m_compact ? fm.height() + 4 : 0;
    if (m_compact) {
        // One date heading over each day's lanes.
        int l = 0;
        while (l < m->laneCount()) {
            int end = l;
            while (end + 1 < m->laneCount() && m->lane(end + 1).date == m->lane(l).date)
                ++end;
            const QRectF r(x0 + l * m_strip.width, 2, (end - l + 1) * m_strip.width, fm.height());
            p.setFont(m_headerFont);
            p.setPen(m->lane(l).date == m_today ? QColor(0xc6, 0x28, 0x28) : palette().windowText().color());
            // The longest heading that fits: a closed day says why beside its date ("Thu Nov 26
            // · Thanksgiving"), then the date alone, then shorter dates ("Thu 26", "26"); a
            // closed day's reason is also written down its lane.
            const QDate date = m->lane(l).date;
            QStringList headings;
            if (!m->lane(l).closedReason.isEmpty())
                headings << localformat::shortDay(date) + u" · "_s + m->lane(l).closedReason;
            headings << localformat::shortDay(date) << QLocale().toString(date, u"ddd d"_s)
                     << QString::number(date.day());
            QString heading = headings.constLast();
            for (const QString &h : std::as_const(headings)) {
                if (fm.horizontalAdvance(h) <= r.width() - 4) {
                    heading = h;
                    break;
                }
            }
            p.drawText(r, Qt::AlignCenter | Qt::TextSingleLine, heading);
            l = end + 1;
        }
    }
    for (int l = firstLane; l <= lastLane; ++l) {
        const ScheduleModel::Lane &lane = m->lane(l);
        const QRectF r(x0 + l * m_strip.width, dayRow, m_strip.width, m_headerHeight - dayRow);
        const QColor color = lane.color.isValid() ? lane.color : QColor(0x9e, 0x9e, 0x9e);
        p.fillRect(QRectF(r.left() + 1, r.bottom() - 4, r.width() - 2, 4), color);
        p.setPen(palette().windowText().color());
        p.setFont(m_compact ? m_smallFont : m_headerFont);
        // Week lanes show the whole name where it fits, else a short one: the chair's number
        // ("Op 4 (X-ray)" -> "Op 4" -> "4"), else its first letters; clipped rather than elided.
        QString title = lane.title;
        if (m_compact && !lane.closedReason.isEmpty())
            title.clear(); // the day's one lane: its reason is written down it
        else if (m_compact) {
            const QFontMetrics small(m_smallFont);
            const int room = int(r.width()) - 4;
            if (small.horizontalAdvance(title) > room) {
                const QString beforeBracket = title.section(u" ("_s, 0, 0);
                title = small.horizontalAdvance(beforeBracket) <= room ? beforeBracket : shortLaneName(lane.title);
            }
        }
        p.drawText(r.adjusted(2, 2, -2, -6), Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
                   m_compact ? title : QFontMetrics(p.font()).elidedText(title, Qt::ElideRight, int(r.width()) - 8));
        if (!m_compact) {
            p.setFont(m_smallFont);
            p.setPen(color.darker(130));
            p.drawText(r.adjusted(4, fm.height() + 3, -4, -6), Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
                       QFontMetrics(m_smallFont).elidedText(lane.subtitle, Qt::ElideRight, int(r.width()) - 8));
        }
        p.setPen(QColor(0xd0, 0xd4, 0xda));
        p.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()));
    }
    p.restore();
    p.setPen(QColor(0xb0, 0xb5, 0xbc));
    p.drawLine(0, m_headerHeight - 1, viewport()->width(), m_headerHeight - 1);
}

void ScheduleView::paintGutter(QPainter &p)
{
    const QRect gutter(0, m_headerHeight, m_strip.gutter, viewport()->height() - m_headerHeight);
    p.fillRect(gutter, palette().window());
    p.save();
    p.setClipRect(gutter);
    const double y0 = m_headerHeight - verticalOffset();
    const QFontMetrics fm(m_smallFont);
    p.setFont(m_smallFont);
    const int labelStep = m_axis.pixelsPerMinute * m_grid >= fm.height() * 1.6 ? m_grid
            : m_axis.pixelsPerMinute * 15 >= fm.height() * 1.6                ? 15
            : m_axis.pixelsPerMinute * 30 >= fm.height() * 1.3                ? 30
                                                                                : 60;
    for (int minute = m_axis.firstMinute; minute <= m_axis.lastMinute; minute += labelStep) {
        const double y = y0 + m_axis.y(minute);
        if (y < m_headerHeight - fm.height() || y > viewport()->height())
            continue;
        const bool hour = minute % 60 == 0;
        p.setPen(hour ? palette().windowText().color() : QColor(0x80, 0x80, 0x80));
        p.drawText(QRectF(0, y - 1, m_strip.gutter - 6, fm.height()), Qt::AlignRight | Qt::AlignTop,
                   localformat::time(minute));
    }
    if (m_nowMinute >= m_axis.firstMinute && m_nowMinute <= m_axis.lastMinute) {
        const double y = y0 + m_axis.y(m_nowMinute);
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(QPointF(m_strip.gutter - 8, y), QPointF(m_strip.gutter, y));
    }
    p.restore();
    p.setPen(QColor(0xb0, 0xb5, 0xbc));
    p.drawLine(m_strip.gutter - 1, 0, m_strip.gutter - 1, viewport()->height());
    p.fillRect(QRect(0, 0, m_strip.gutter - 1, m_headerHeight - 1), palette().window());
}

} // namespace chairside
