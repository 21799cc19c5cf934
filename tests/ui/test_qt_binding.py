"""Guards against a broken Qt binding.

PySide6-Essentials 6.12.0 on Python 3.11 (where None is not immortal) drops a
reference to None on nearly every call that returns nothing, so painting the
board crashed the process ("deallocating None") after a few thousand calls.
pyproject.toml pins below it; this test fails if an upgrade brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_void_calls_keep_the_reference_count_of_none(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(200):
            painter.setBrush(QColor("red"))
            painter.setPen(QPen(QColor("blue"), 1))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(1, 1, 10, 10))
            painter.save()
            painter.restore()
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after >= before - 20, f"None lost {before - after} references in 1,200 calls"
