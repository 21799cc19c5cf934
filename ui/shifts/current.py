"""The top of the Shift handover tab: the shift open at this workstation (who,
since when, the float and how it compared with what was handed over, the
cash expected in the drawer now, its state) and the shift's actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.actor import Actor
from desk.models import ShiftState
from desk.permissions import Permission, allowed
from desk.shifts import cash, history, shifts
from desk.shifts.history import HandoverRow, ShiftInfo
from ui.shifts.count import amount
from ui.shifts.sheet import AMBER, RED, over_short, paint, when
from ui.widgets import fill_facts


@dataclass(frozen=True, slots=True)
class CurrentShift:
    """What the panel shows: the open shift (or None), its cash so far, the
    handover it was taken over with, and what the last shift here handed over."""

    info: ShiftInfo | None
    figures: cash.CashFigures | None
    received: HandoverRow | None
    previous: shifts.PreviousFloat | None


def current_shift(session: Any, *, workstation: str) -> CurrentShift:
    """One read for the panel (desk's queries, composed)."""
    info = history.shift_info(session, workstation)
    if info is None:
        return CurrentShift(None, None, None, shifts.previous_float(session, workstation))
    figures = cash.cash_figures(info.opening_float, cash.takings(session, info.id))
    received = history.last_handover_into(session, info.id)
    return CurrentShift(info, figures, received.row if received else None, None)


class ShiftPanel(QFrame):
    """Shows the current shift; the tab connects ``buttons``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SidePanel")
        self.title = QLabel()
        self.title.setObjectName("DetailTitle")
        self.state = QLabel()
        self.state.setObjectName("ShiftState")
        self.state.setWordWrap(True)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(12)
        self.facts.setVerticalSpacing(3)
        self.facts.setColumnStretch(1, 1)
        self.facts.setColumnStretch(3, 1)
        self.fact_labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text in (("open", self.tr("Open shift…")), ("hand_over", self.tr("Hand over…")),
                          ("withdraw", self.tr("Withdraw handover")), ("accept", self.tr("Accept handover…")),
                          ("override", self.tr("Close without acceptance…"))):
            button = QPushButton(text)
            button.setObjectName(f"button_{key}")
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.state, 1)
        layout.addLayout(heading)
        layout.addLayout(self.facts)
        layout.addLayout(row)

    def _set_facts(self, facts: list[tuple[str, str, str]]) -> None:
        """(key, title, value), in two columns."""
        self.fact_labels = fill_facts(self.facts, facts)

    def _float_text(self, info: ShiftInfo, currency: str) -> str:
        text = amount(info.opening_float, currency)
        if info.float_handed_over is None:
            return text + " · " + self.tr("nothing was handed over here before")
        if not info.float_difference:
            return text + " · " + self.tr("as handed over")
        words, _colour = over_short(info.float_difference, currency)
        text += " · " + self.tr("{words} against the {handed} handed over").format(
            words=words, handed=amount(info.float_handed_over, currency))
        return text + (f" ({info.float_note})" if info.float_note else "")

    def show_shift(self, current: CurrentShift, *, actor: Actor, currency: str, timezone: str) -> None:
        info = current.info
        override = allowed(actor.role, Permission.SHIFT_OVERRIDE)
        if info is None:
            self.title.setText(self.tr("No shift is open at this workstation"))
            self.state.setText(self.tr("Open a shift, counting the float, before taking or paying out money."))
            paint(self.state, AMBER)
            previous = current.previous
            self._set_facts([
                ("workstation", self.tr("Workstation"), actor.workstation),
                ("previous", self.tr("Last handed over"),
                 self.tr("{amount} by {clerk}, {time}").format(amount=amount(previous.amount, currency),
                                                              clerk=previous.clerk,
                                                              time=when(previous.closed_at, timezone))
                 if previous else self.tr("nothing yet")),
            ])
            self._show_buttons(open=True)
            return
        owner = info.user_id == actor.user_id
        self.title.setText(self.tr("{clerk}'s shift").format(clerk=info.clerk))
        if info.state is ShiftState.HANDING_OVER:
            self.state.setText(self.tr("Handed over: waiting for the incoming clerk to sign in, recount the "
                                       "float and accept. No money can be taken until then."))
            paint(self.state, RED)
        else:
            self.state.setText(self.tr("Open") if owner else self.tr(
                "Open · you are logged in as {name}: money taken here goes into {clerk}'s shift until it is "
                "handed over.").format(name=actor.full_name, clerk=info.clerk))
            paint(self.state, "" if owner else AMBER)
        figures = current.figures
        received = current.received
        facts = [
            ("since", self.tr("Since"), self.tr("{time} (business date {date})").format(
                time=when(info.opened_at, timezone), date=info.business_date.isoformat())),
            ("float", self.tr("Float"), self._float_text(info, currency)),
            ("taken_over", self.tr("Taken over from"),
             self.tr("{clerk}, {time}").format(clerk=received.clerk, time=when(received.accepted_at, timezone))
             if received else "—"),
        ]
        if figures is not None:
            facts += [
                ("expected", self.tr("Cash expected now"), self.tr(
                    "{expected} (float {float} + received {received} − paid out {paid})").format(
                    expected=amount(figures.expected, currency), float=amount(figures.opening_float, currency),
                    received=amount(figures.received, currency), paid=amount(figures.paid_out, currency))),
            ]
        facts.append(("workstation", self.tr("Workstation"), info.workstation))
        self._set_facts(facts)
        handing_over = info.state is ShiftState.HANDING_OVER
        self._show_buttons(hand_over=not handing_over, withdraw=handing_over, accept=handing_over,
                           override=override)
        self.buttons["hand_over"].setEnabled(owner or override)
        self.buttons["withdraw"].setEnabled(owner or override)

    def _show_buttons(self, **shown: bool) -> None:
        for key, button in self.buttons.items():
            button.setVisible(shown.get(key, False))
            button.setEnabled(True)
