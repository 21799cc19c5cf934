"""Both languages: the catalogue is complete, and the window speaks Chinese."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics

from desk.errors import RuleError
from desk.i18n import QT_TRANSLATE_NOOP
from ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def test_chinese_catalogue_is_complete_and_compiled():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_window_in_chinese(open_window):
    i18n.install("zh_CN")
    window = open_window("housekeeping")
    assert window.tabs.tabText(0) == "房态"
    tab = window.room_status
    assert tab.buttons["inspected"].text() == "标为已检查"
    assert tab.chips["due_out"].text().startswith("预离")


def test_desk_errors_are_translated_with_their_fields(qapp):
    i18n.install("zh_CN")
    error = RuleError(QT_TRANSLATE_NOOP("desk", "{user} ({role}) may not {action}. Ask a manager."),
                      user="clerk", role="Front-desk clerk", action="mark rooms inspected")
    assert i18n.error_text(error) == "clerk（前台接待）无权将房间标为已检查，请联系经理。"
    i18n.install("en")
    assert i18n.error_text(error) == "clerk (Front-desk clerk) may not mark rooms inspected. Ask a manager."


def test_english_plurals(open_window):
    tab = open_window("housekeeping").room_status
    assert tab.tr("Marked %n room(s) {state}: {rooms}.", "", 1) == "Marked 1 room {state}: {rooms}."
    assert tab.tr("Marked %n room(s) {state}: {rooms}.", "", 3) == "Marked 3 rooms {state}: {rooms}."


def test_a_chinese_font_is_installed(qapp):
    assert QFontMetrics(QFont()).inFontUcs4(ord("房")) or QFontMetrics(QFont("WenQuanYi Micro Hei")).inFontUcs4(
        ord("房")), "no CJK font: install fonts-wqy-microhei"
