"""The chosen complaint on the right of the list: what was logged, its
deadlines (overdue ones in red, with the word), the handler, the action log,
compensation, the written report and the follow-up calls. It only shows; the
tab decides what its buttons do."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.complaints.names import (
    ACTION_NAMES,
    CATEGORY_NAMES,
    CHANNEL_NAMES,
    COMPENSATION_STATE_NAMES,
    COMPENSATION_TYPE_NAMES,
    LEVEL_NAMES,
    MAJOR_REASON_NAMES,
    STATUS_NAMES,
)
from desk.complaints.queries import ComplaintDetail
from desk.models import ActionKind, CompensationState
from ui.complaints.common import MAJOR, OVERDUE, badge, escape, paragraphs, when
from ui.frontdesk.models import money
from ui.i18n import desk_text

BUTTONS = ("assign", "action", "resolve", "follow_up", "close", "reopen", "major", "report", "compensate",
           "approve", "refuse")


def _label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.RichText)
    if name:
        label.setObjectName(name)
    return label


def _box(title: str, name: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    box.setObjectName("FormBox")
    box.setProperty("section", name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 4, 8, 6)
    layout.setSpacing(4)
    return box, layout


class ComplaintPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SidePanel")
        self.detail: ComplaintDetail | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("DetailTitle")
        self.badges = _label("ComplaintBadges")
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, text in (("received", self.tr("Received")), ("complainant", self.tr("Complainant")),
                          ("about", self.tr("About")), ("staff", self.tr("Staff it is about")),
                          ("facts", self.tr("What happened")), ("request", self.tr("Asks for")),
                          ("major", self.tr("Major because")), ("logged", self.tr("Logged by"))):
            self.fields[key] = _label(f"field_{key}")
            self.facts.addRow(text, self.fields[key])

        self.buttons: dict[str, QPushButton] = {}
        texts = {"assign": self.tr("Assign handler…"), "action": self.tr("Add action…"),
                 "resolve": self.tr("Resolve…"), "follow_up": self.tr("Follow-up call…"),
                 "close": self.tr("Close…"), "reopen": self.tr("Reopen…"), "major": self.tr("Mark major…"),
                 "report": self.tr("Written report…"), "compensate": self.tr("Compensation…"),
                 "approve": self.tr("Approve…"), "refuse": self.tr("Refuse…")}
        for key in BUTTONS:
            button = QPushButton(texts[key])
            button.setObjectName(f"button_{key}")
            self.buttons[key] = button

        deadlines, deadline_layout = _box(self.tr("Deadlines"), "deadlines")
        self.deadlines = QFormLayout()
        self.deadline_labels: dict[str, QLabel] = {}
        for key, text in (("reply", self.tr("First reply")), ("resolution", self.tr("Resolution")),
                          ("report", self.tr("Written report"))):
            self.deadline_labels[key] = _label(f"deadline_{key}")
            self.deadlines.addRow(text, self.deadline_labels[key])
        deadline_layout.addLayout(self.deadlines)

        handling, handling_layout = _box(self.tr("Handling"), "handling")
        self.handler = _label("handler")
        handling_layout.addWidget(self.handler)
        grid = QGridLayout()
        grid.setSpacing(4)
        for i, key in enumerate(("assign", "action", "resolve", "follow_up", "close", "reopen", "major")):
            grid.addWidget(self.buttons[key], i // 3, i % 3)
        handling_layout.addLayout(grid)
        self.log = _label("log")
        handling_layout.addWidget(self.log)

        compensation, compensation_layout = _box(self.tr("Compensation"), "compensation")
        self.compensation = _label("compensation")
        compensation_layout.addWidget(self.compensation)
        row = QHBoxLayout()
        row.setSpacing(4)
        for key in ("compensate", "approve", "refuse"):
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        compensation_layout.addLayout(row)

        self.report_box, report_layout = _box(self.tr("Written report"), "report")
        self.report = _label("report")
        report_layout.addWidget(self.report)
        report_layout.addWidget(self.buttons["report"], 0, Qt.AlignmentFlag.AlignLeft)

        follow_ups, follow_layout = _box(self.tr("Follow-up and closing"), "follow_up")
        self.follow_ups = _label("follow_ups")
        follow_layout.addWidget(self.follow_ups)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(6)
        content.addLayout(self.facts)
        for box in (deadlines, handling, compensation, self.report_box, follow_ups):
            content.addWidget(box)
        self.empty = QLabel()
        self.empty.setObjectName("Hint")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.badges)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)
        layout.addStretch(1)
        self.clear()

    # -- showing ---------------------------------------------------------------------
    def clear(self, text: str = "") -> None:
        self.detail = None
        self.title.setText(self.tr("No complaint chosen"))
        self.badges.setText("")
        self.empty.setText(text or self.tr("Choose a complaint in the list, or log a new one (Ctrl+N)."))
        self.empty.show()
        self.content.hide()

    def show_detail(self, detail: ComplaintDetail, timezone: str) -> None:
        self.detail = detail
        row = detail.row
        self.empty.hide()
        self.content.show()
        self.title.setText(row.number)
        chips = [badge(desk_text(STATUS_NAMES[row.status]).upper(), "#374151")]
        if row.is_overdue:
            chips.append(badge(self.tr("OVERDUE"), OVERDUE))
        if row.major:
            chips.append(badge(self.tr("MAJOR"), MAJOR))
        if row.escalated:
            chips.append(badge(self.tr("ESCALATED"), "#1f2937"))
        level = f"{desk_text(LEVEL_NAMES[row.level])} · {desk_text(CATEGORY_NAMES[row.category])}"
        self.badges.setText(" ".join(chips) + f"&nbsp; {escape(level)}")

        fields = self.fields
        fields["received"].setText(escape(f"{when(row.received_at, timezone)} · "
                                          f"{desk_text(CHANNEL_NAMES[row.channel])}"))
        who = row.complainant or (self.tr("Anonymous") if row.anonymous else "")
        fields["complainant"].setText(escape(f"{who} · {row.phone}" if row.phone else who) or "—")
        about = [self.tr("room {room}").format(room=row.room_number)] if row.room_number else []
        if row.guest_name:
            about.append(self.tr("guest {name}").format(name=row.guest_name) + (
                self.tr(" (stay linked)") if row.stay_id else ""))
        fields["about"].setText(escape(", ".join(about)) or "—")
        fields["staff"].setText(escape(", ".join(s.name for s in detail.staff)) or "—")
        fields["facts"].setText(paragraphs(detail.facts))
        request = detail.request
        if detail.compensation_claimed is not None:
            claim = self.tr("claims {amount}").format(amount=money(detail.compensation_claimed))
            request = f"{request}\n{claim}" if request else claim
        if detail.media_or_legal:
            threat = self.tr("Threatens the press or a lawsuit.")
            request = f"{request}\n{threat}" if request else threat
        fields["request"].setText(paragraphs(request) or "—")
        reasons = [desk_text(MAJOR_REASON_NAMES[r]) for r in row.major_reasons]
        if detail.repeat_of_number:
            reasons.append(self.tr("earlier: {number}").format(number=detail.repeat_of_number))
        if detail.major_note:
            reasons.append(detail.major_note)
        fields["major"].setText(f"<span style='color:{MAJOR}; font-weight:700'>{escape('; '.join(reasons))}</span>"
                                if row.major else self.tr("not major"))
        fields["logged"].setText(escape(f"{detail.created_by}, {when(detail.created_at, timezone)}"))
        self._show_deadlines(detail, timezone)
        self._show_handling(detail, timezone)
        self._show_compensation(detail, timezone)
        self._show_report(detail, timezone)
        self._show_follow_ups(detail, timezone)

    def _deadline(self, key: str, due: datetime | None, done: datetime | None, done_text: str,
                  timezone: str) -> None:
        label = self.deadline_labels[key]
        row = self.detail.row if self.detail else None
        if due is None:
            label.setText(self.tr("none: handled on the spot") if key == "reply" else "—")
            return
        text = self.tr("due {due}").format(due=when(due, timezone))
        if done is not None:
            text += " · " + done_text.format(at=when(done, timezone))
        if row is not None and key in row.overdue:
            label.setText(badge(self.tr("OVERDUE"), OVERDUE) +
                          f" <span style='color:{OVERDUE}; font-weight:700'>{escape(text)}</span>")
        else:
            label.setText(escape(text))

    def _show_deadlines(self, detail: ComplaintDetail, timezone: str) -> None:
        row = detail.row
        self._deadline("reply", row.first_reply_due_at, row.first_reply_at, self.tr("first reply {at}"), timezone)
        done = detail.closed_at if detail.closed_at else detail.resolved_at
        done_text = self.tr("closed {at}") if detail.closed_at else self.tr("resolved {at}")
        self._deadline("resolution", row.due_at, done, done_text, timezone)
        self._deadline("report", row.report_due_at, detail.report_at, self.tr("written {at}"), timezone)
        self.deadlines.setRowVisible(self.deadline_labels["report"], row.major)

    def _show_handling(self, detail: ComplaintDetail, timezone: str) -> None:
        row = detail.row
        self.handler.setText(self.tr("Handler: {name}").format(name=escape(row.handler_name)) if row.handler_name
                             else f"<span style='color:{OVERDUE}'>" + self.tr("No handler yet.") + "</span>")
        lines = []
        for action in detail.actions:
            head = escape(f"{when(action.at, timezone)} · {action.user_name} · {desk_text(ACTION_NAMES[action.kind])}")
            body = paragraphs(action.text) if action.kind is not ActionKind.REPORT else ""
            extra = []
            if action.promise:
                extra.append(self.tr("Promised: {promise}").format(promise=escape(action.promise)))
            if action.guest_told_at:
                extra.append(self.tr("guest told {at}").format(at=when(action.guest_told_at, timezone)))
            text = f"<b>{head}</b>" + (f"<br>{body}" if body else "") + (
                f"<br><i>{'; '.join(extra)}</i>" if extra else "")
            lines.append(text)
        self.log.setText("<p style='margin:0'>" + self.tr("Log") + "</p>" +
                         "".join(f"<p style='margin:4px 0 0 0'>{line}</p>" for line in lines))

    def _show_compensation(self, detail: ComplaintDetail, timezone: str) -> None:
        lines = []
        for item in detail.compensations:
            state = desk_text(COMPENSATION_STATE_NAMES[item.state])
            if item.state is CompensationState.REQUESTED:
                state = f"<b style='color:{MAJOR}'>{escape(state)}</b>"
            else:
                state = escape(state)
            what = f" ({escape(item.description)})" if item.description else ""
            decided = (" · " + escape(self.tr("{name}, {at}").format(name=item.decided_by,
                                                                   at=when(item.decided_at, timezone)))
                       if item.decided_at else "")
            note = f" · <i>{escape(item.decision_note)}</i>" if item.decision_note else ""
            lines.append(f"{escape(desk_text(COMPENSATION_TYPE_NAMES[item.kind]))} "
                         f"<b>{money(item.amount)}</b>{what}: {state}{decided}{note}")
        self.compensation.setText("<br>".join(lines) or self.tr("None given or asked for."))

    def _show_report(self, detail: ComplaintDetail, timezone: str) -> None:
        self.report_box.setVisible(detail.row.major)
        self.buttons["report"].setVisible(detail.report_at is None)
        if detail.report_at is not None:
            self.report.setText(f"<b>{escape(detail.report_by)}, {when(detail.report_at, timezone)}</b><br>"
                                + paragraphs(detail.report))
        else:
            self.report.setText(self.tr("Not written yet; due {due}.").format(
                due=when(detail.row.report_due_at, timezone)))

    def _show_follow_ups(self, detail: ComplaintDetail, timezone: str) -> None:
        lines = []
        if detail.resolution:
            resolved = [a.at for a in detail.actions if a.kind is ActionKind.RESOLVED]
            at = when(resolved[-1] if resolved else detail.resolved_at, timezone)
            head = self.tr("Resolution, {at}").format(at=at) if detail.resolved_at else \
                self.tr("Earlier resolution, {at}").format(at=at)  # reopened since
            lines.append(f"<b>{escape(head)}</b>: {paragraphs(detail.resolution)}")
        for call in detail.follow_ups:
            if call.reached:
                result = self.tr("satisfaction {score} of 5").format(score=call.satisfaction)
            else:
                result = self.tr("could not reach the guest")
            words = f": {paragraphs(call.words)}" if call.words else ""
            lines.append(f"<b>{escape(f'{when(call.at, timezone)} · {call.user_name}')}</b> · {escape(result)}{words}")
        if detail.reopened_at:
            lines.append(f"<span style='color:{OVERDUE}'>" + escape(self.tr("Reopened {at}.").format(
                at=when(detail.reopened_at, timezone))) + "</span>")
        if detail.closed_at:
            reason = f": {escape(detail.close_reason)}" if detail.close_reason else ""
            lines.append(escape(self.tr("Closed {at}").format(at=when(detail.closed_at, timezone))) + reason)
        self.follow_ups.setText("<br>".join(lines) or self.tr("Not resolved yet."))
