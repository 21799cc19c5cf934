"""Painting a room tile and a floor header.

A tile: the room number large, its type, the status code on a coloured band,
the guest (or the arriving guest), and small markers for due out, arrival
assigned and a housekeeping discrepancy.

Tiles are as wide as lets a floor's rooms fill whole, even rows: a floor of
14 sits on one row when 14 tiles fit, else on two rows of 7, and so on.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk.rooms.board import RoomTile
from desk.rooms.codes import StatusCode
from ui.rooms.model import MARKER_COLOURS, BoardModel, Role, colour

TILE_MIN_WIDTH = 112
TILE_MAX_WIDTH = 150
TILE_HEIGHT = 84
HEADER_HEIGHT = 30
MARKER_DUE_OUT = QColor(MARKER_COLOURS["due_out"])
MARKER_ARRIVAL = QColor(MARKER_COLOURS["arrival"])
MARKER_DISCREPANCY = QColor(MARKER_COLOURS["discrepancy"])
MARKER_COMPLAINT = QColor(MARKER_COLOURS["complaint"])
SELECTION_OUTLINE = QColor("#111827")  # near-black: visible on every code colour
SELECTION_WIDTH = 3


def tile_columns(available: int, max_per_floor: int, gap: int) -> tuple[int, int]:
    """(tile width, tiles per row) that split the fullest floor into even rows
    of tiles ``gap`` apart within ``available`` pixels."""
    cols_fit = max(1, available // (TILE_MIN_WIDTH + gap))
    if max_per_floor <= 0:
        return TILE_MIN_WIDTH, cols_fit
    if cols_fit >= max_per_floor:
        cols = max_per_floor
    else:
        rows = math.ceil(max_per_floor / cols_fit)
        cols = math.ceil(max_per_floor / rows)
    return max(TILE_MIN_WIDTH, min(TILE_MAX_WIDTH, available // cols - gap)), cols


def _blend(colour: QColor, over: QColor, alpha: float) -> QColor:
    """``colour`` at ``alpha`` over ``over``, as one opaque colour (cheap to fill)."""
    return QColor(
        round(colour.red() * alpha + over.red() * (1 - alpha)),
        round(colour.green() * alpha + over.green() * (1 - alpha)),
        round(colour.blue() * alpha + over.blue() * (1 - alpha)),
    )


class _Fonts:
    """The fonts a tile uses, derived once from the view's font."""

    def __init__(self, base: QFont) -> None:
        self.base = QFont(base)
        self.number = QFont(base)
        self.number.setBold(True)
        self.number.setPointSizeF(base.pointSizeF() + 4)
        self.small = QFont(base)
        self.small.setPointSizeF(max(7.0, base.pointSizeF() - 1.5))
        self.small_bold = QFont(self.small)
        self.small_bold.setBold(True)
        self.header = QFont(base)
        self.header.setBold(True)
        self.small_metrics = QFontMetrics(self.small)
        self.bold_metrics = QFontMetrics(self.small_bold)
        self.header_metrics = QFontMetrics(self.header)


class TileDelegate(QStyledItemDelegate):
    """Paints with opaque fills and no antialiasing on shapes (text stays
    smooth): a full board repaint of a 500-room hotel stays within a frame."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._fonts: _Fonts | None = None
        self._fills: dict[tuple[StatusCode, int], QColor] = {}
        self._tile_size = QSize(TILE_MIN_WIDTH, TILE_HEIGHT)
        self._header_size = QSize(TILE_MIN_WIDTH, HEADER_HEIGHT)
        self.marker_text = {"due_out": "DO", "arrival": "ARR", "skip": "SKIP", "sleep": "SLEEP", "complaint": "CPL"}

    def _fonts_for(self, font: QFont) -> _Fonts:
        if self._fonts is None or self._fonts.base != font:
            self._fonts = _Fonts(font)
        return self._fonts

    def _fill(self, code: StatusCode, base: QColor) -> QColor:
        key = (code, base.rgb())
        if key not in self._fills:
            self._fills[key] = _blend(colour(code), base, 0.13)
        return self._fills[key]

    def update_layout(self) -> int:
        """Size the tiles for the view's current width and fullest floor; return
        the width left over right of a full row of tiles.

        QListView puts `spacing` on each side of an item, so tiles stand two
        spacings apart and a row of n needs ``n * (width + 2 * spacing)``. The
        width is the view's own, less frame and the vertical scroll bar (always
        reserved for a left-to-right flow), not the viewport's: BoardView narrows
        the viewport to the row width so that a row breaks after n tiles even
        when wider tiles would fit more.
        """
        view = self._view
        extent = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view.verticalScrollBar())
        available = view.width() - 2 * view.frameWidth() - extent - 2  # 2 px spare against rounding
        gap = 2 * view.spacing()
        width, cols = tile_columns(available, self._max_per_floor(), gap)
        row = cols * (width + gap)
        self._tile_size = QSize(width, TILE_HEIGHT)
        self._header_size = QSize(row - gap, HEADER_HEIGHT)
        return max(0, available - row)

    def _max_per_floor(self) -> int:
        model = self._view.model()
        while isinstance(model, QAbstractProxyModel):
            model = model.sourceModel()
        return model.max_per_floor if isinstance(model, BoardModel) else 0

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # Called for every item in every layout and paint: only look the size up.
        return self._header_size if index.data(Role.TILE) is None else self._tile_size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        tile = index.data(Role.TILE)
        painter.save()
        fonts = self._fonts_for(option.font)
        if tile is None:
            self._paint_header(painter, option, fonts, index.data(Role.HEADER_TEXT))
        else:
            self._paint_tile(painter, option, fonts, tile, bool(index.data(Role.OVERDUE_COMPLAINT)))
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, fonts: _Fonts, text: str) -> None:
        rect = option.rect.adjusted(2, 4, -2, -2)
        painter.setFont(fonts.header)
        painter.setPen(option.palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1))
        y = rect.center().y() + 1
        painter.drawLine(rect.left() + fonts.header_metrics.horizontalAdvance(text) + 10, y, rect.right(), y)

    def _paint_tile(self, painter: QPainter, option: QStyleOptionViewItem, fonts: _Fonts, tile: RoomTile,
                    complaint: bool = False) -> None:
        rect = option.rect.adjusted(2, 2, -3, -3)
        accent = colour(tile.code)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(accent.darker(115), 1))
        painter.setBrush(self._fill(tile.code, palette.color(QPalette.ColorRole.Base)))
        painter.drawRoundedRect(rect, 5, 5)

        # The code band along the bottom.
        band = QRect(rect.left() + 1, rect.bottom() - 20, rect.width() - 1, 20)
        painter.fillRect(band, accent)
        painter.setFont(fonts.small_bold)
        painter.setPen(QColor("white"))
        inner = band.adjusted(6, 0, -6, 0)
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | middle, tile.code.value)
        if tile.code is StatusCode.OOS:
            # An out-of-service room is still sellable: show its two-axis state too.
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | middle,
                             ("O" if tile.occupied else "V") + tile.hk_state.value[0].upper())
        elif tile.block_until is not None:
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | middle, f"→{tile.block_until:%m-%d}")

        # Number and type.
        painter.setFont(fonts.number)
        text_colour = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text_colour)
        top = rect.adjusted(7, 3, -6, 0)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, tile.number)
        painter.setFont(fonts.small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, tile.type_code)

        # Guest line.
        name = tile.block_reason if tile.code is StatusCode.OOO else (
            tile.guest_name or (f"→ {tile.arrival_name}" if tile.arrival_assigned else ""))
        if name:
            painter.setPen(text_colour)
            metrics = fonts.small_metrics
            line = QRect(top.left(), rect.top() + 29, top.width(), metrics.height())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, line.width()))
        self._paint_markers(painter, rect, tile, fonts, complaint)
        if selected:
            # Last, so it shows over the code band and the markers too; a 3 px
            # near-black ring just inside the tile's edge.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            half = SELECTION_WIDTH / 2
            ring = QRectF(rect.adjusted(0, 0, 1, 1)).adjusted(half, half, -half, -half)
            painter.setPen(QPen(SELECTION_OUTLINE, SELECTION_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring, 4, 4)

    def _paint_markers(self, painter: QPainter, rect: QRect, tile: RoomTile, fonts: _Fonts,
                       complaint: bool = False) -> None:
        markers: list[tuple[str, QColor]] = []
        if complaint:  # first, so the narrowest tile still shows it
            markers.append((self.marker_text["complaint"], MARKER_COMPLAINT))
        if tile.discrepancy:
            markers.append((self.marker_text[tile.discrepancy], MARKER_DISCREPANCY))
        if tile.due_out:
            markers.append((self.marker_text["due_out"], MARKER_DUE_OUT))
        if tile.arrival_assigned:
            markers.append((self.marker_text["arrival"], MARKER_ARRIVAL))
        if not markers:
            return
        metrics = fonts.bold_metrics
        painter.setFont(fonts.small_bold)
        painter.setPen(QColor("white"))
        x = rect.right() - 4
        y = rect.bottom() - 22 - metrics.height() - 2
        for text, marker_colour in markers:
            width = metrics.horizontalAdvance(text) + 8
            if x - width < rect.left() + 4 and x < rect.right() - 4:
                break  # no room for another one on a narrow tile; the details panel lists it
            chip = QRect(x - width, y, width, metrics.height() + 2)
            painter.fillRect(chip, marker_colour)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x -= width + 3
