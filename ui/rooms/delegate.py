"""Painting a room tile and a floor header.

A tile: the room number large, its type, the status code on a coloured band,
the guest (or the arriving guest), and small markers for due out, arrival
assigned and a housekeeping discrepancy.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk.rooms.board import RoomTile
from desk.rooms.codes import StatusCode
from ui.rooms.model import Role, colour

TILE_SIZE = QSize(124, 84)
HEADER_HEIGHT = 30
MARKER_DUE_OUT = QColor("#b45309")
MARKER_ARRIVAL = QColor("#0f766e")
MARKER_DISCREPANCY = QColor("#b91c1c")


class TileDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self.marker_text = {"due_out": "DO", "arrival": "ARR", "skip": "SKIP", "sleep": "SLEEP"}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.data(Role.TILE) is None:
            width = self._view.viewport().width() - 2 * self._view.spacing() - 2
            return QSize(max(width, TILE_SIZE.width()), HEADER_HEIGHT)
        return TILE_SIZE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        tile = index.data(Role.TILE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if tile is None:
            self._paint_header(painter, option, index.data(Role.HEADER_TEXT))
        else:
            self._paint_tile(painter, option, tile)
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        rect = option.rect.adjusted(2, 4, -2, -2)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1))
        text_width = QFontMetrics(font).horizontalAdvance(text)
        y = rect.center().y() + 1
        painter.drawLine(rect.left() + text_width + 10, y, rect.right(), y)

    def _paint_tile(self, painter: QPainter, option: QStyleOptionViewItem, tile: RoomTile) -> None:
        rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        accent = colour(tile.code)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = QColor(accent)
        background.setAlpha(34)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 3) if selected
                       else QPen(accent.darker(110), 1))
        painter.setBrush(option.palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)

        # The code band along the bottom.
        band = QRectF(rect.left() + 1, rect.bottom() - 22, rect.width() - 2, 21)
        painter.setBrush(accent)
        painter.drawRoundedRect(band, 4, 4)
        painter.drawRect(band.adjusted(0, 0, 0, -10))
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1.5))
        bold_small = QFont(small)
        bold_small.setBold(True)
        painter.setFont(bold_small)
        painter.setPen(QColor("white"))
        inner = band.toRect().adjusted(6, 0, -6, 0)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tile.code.value)
        if tile.code is StatusCode.OOS:
            # An out-of-service room is still sellable: show its two-axis state too.
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             ("O" if tile.occupied else "V") + tile.hk_state.value[0].upper())
        elif tile.block_until is not None:
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"→{tile.block_until:%m-%d}")

        # Number and type.
        number_font = QFont(base)
        number_font.setBold(True)
        number_font.setPointSizeF(base.pointSizeF() + 4)
        painter.setFont(number_font)
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        painter.setPen(text_colour)
        top = rect.toRect().adjusted(7, 4, -6, 0)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, tile.number)
        painter.setFont(small)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, tile.type_code)

        # Guest line.
        name = tile.guest_name or (f"→ {tile.arrival_name}" if tile.arrival_assigned else "")
        if tile.code is StatusCode.OOO:
            name = tile.block_reason
        if name:
            painter.setPen(text_colour)
            metrics = QFontMetrics(small)
            line = QRect(top.left(), int(rect.top()) + 30, top.width(), metrics.height())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft, metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                                                 line.width()))
        self._paint_markers(painter, rect, tile, bold_small)

    def _paint_markers(self, painter: QPainter, rect: QRectF, tile: RoomTile, font: QFont) -> None:
        markers: list[tuple[str, QColor]] = []
        if tile.discrepancy:
            markers.append((self.marker_text[tile.discrepancy], MARKER_DISCREPANCY))
        if tile.due_out:
            markers.append((self.marker_text["due_out"], MARKER_DUE_OUT))
        if tile.arrival_assigned:
            markers.append((self.marker_text["arrival"], MARKER_ARRIVAL))
        if not markers:
            return
        metrics = QFontMetrics(font)
        painter.setFont(font)
        x = rect.right() - 4
        y = rect.bottom() - 24 - metrics.height() - 2
        for text, marker_colour in markers:
            width = metrics.horizontalAdvance(text) + 8
            chip = QRectF(x - width, y, width, metrics.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(marker_colour)
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(QColor("white"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x -= width + 3
