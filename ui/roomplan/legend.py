"""The room plan's legend: a swatch and a word for every colour on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desk.roomplan import STATE_NAMES, BarState
from ui.i18n import desk_text
from ui.roomplan.colours import FILL, HOLIDAY, LINE, OUT_OF_SERVICE_BASE, OUTLINE, TODAY, WEEKEND


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        swatches: list[tuple[QColor, QColor, str, bool]] = [
            (FILL[s], OUTLINE[s], desk_text(STATE_NAMES[s]), s is BarState.OUT_OF_SERVICE) for s in BarState]
        swatches += [(WEEKEND, LINE, self.tr("weekend"), False), (HOLIDAY, LINE, self.tr("holiday"), False),
                     (TODAY, LINE, self.tr("today"), False)]
        for fill, outline, text, hatched in swatches:
            swatch = QLabel()
            swatch.setPixmap(self._swatch(fill, outline, hatched))
            row.addWidget(swatch)
            label = QLabel(text)
            label.setObjectName("Hint")
            row.addWidget(label)
            row.addSpacing(8)

    @staticmethod
    def _swatch(fill: QColor, outline: QColor, hatched: bool) -> QPixmap:
        pixmap = QPixmap(22, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        if hatched:  # out of service: still sellable, drawn hatched like its bars
            painter.fillRect(0, 0, 22, 12, OUT_OF_SERVICE_BASE)
            painter.fillRect(0, 0, 22, 12, QBrush(fill, Qt.BrushStyle.BDiagPattern))
        else:
            painter.fillRect(0, 0, 22, 12, fill)
        painter.setPen(outline)
        painter.drawRect(0, 0, 21, 11)
        painter.end()
        return pixmap
