"""What the Complaints tab's buttons do: log, assign, log an action, resolve,
follow up, close, reopen, mark major, the written report, compensation and a
manager's decision on it, and the reports. Each opens its dialog and runs one
desk service; the tab shows the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from desk.complaints import compensation, followup, handling, intake
from desk.complaints.names import COMPENSATION_STATE_NAMES, STATUS_NAMES
from desk.complaints.queries import ComplaintDetail, ComplaintRow, complaint_detail, staff
from desk.complaints.report import MONTH, WEEK, build_report
from desk.errors import NotFoundError
from desk.frontdesk.queries import in_house, stay_view
from desk.models import CompensationState, ComplaintStatus, MajorReason, StayState
from desk.permissions import Permission, allowed
from ui.complaints.common import when
from ui.complaints.dialogs import (
    ActionEntryDialog,
    AssignDialog,
    CompensationDialog,
    FollowUpDialog,
    TextDialog,
    compensation_line,
)
from ui.complaints.export import PeriodDialog, ReportWriter, choose_path
from ui.complaints.intake import LogComplaintDialog
from ui.frontdesk.dialogs import ActionDialog
from ui.i18n import desk_text
from ui.ops import Outcome

if TYPE_CHECKING:
    from ui.complaints.tab import ComplaintsTab

KINDS = frozenset({"complaint"})
WITH_FOLIO = frozenset({"complaint", "stay"})  # compensation may credit a folio


class ComplaintActions(QObject):
    def __init__(self, tab: ComplaintsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.ops = tab.ops
        self.panel = tab.panel
        self.message = tab.message
        self.detail: ComplaintDetail | None = None
        self.manager = allowed(self.ops.actor.role, Permission.COMPENSATE_ABOVE_LIMIT)
        self.writer = ReportWriter(self)
        self.writer.written.connect(lambda path: self.message.show_info(
            self.tr("Complaint report saved: {path}").format(path=path)))
        self.writer.failed.connect(lambda reason: self.message.show_error(
            self.tr("The report could not be written: {reason}").format(reason=reason)))
        slots: dict[str, Callable[[], None]] = {
            "assign": self.assign, "action": self.add_action, "resolve": self.resolve, "follow_up": self.follow_up,
            "close": self.close, "reopen": self.reopen, "major": self.mark_major, "report": self.write_report,
            "compensate": self.compensate, "approve": self.approve, "refuse": self.refuse,
        }
        for key, slot in slots.items():
            self.panel.buttons[key].clicked.connect(slot)
        for key in ("approve", "refuse"):
            self.panel.buttons[key].setVisible(self.manager)
        tab.log_button.clicked.connect(self.log_complaint)
        tab.weekly_button.clicked.connect(lambda: self.export(WEEK))
        tab.monthly_button.clicked.connect(lambda: self.export(MONTH))
        QShortcut(QKeySequence("Ctrl+N"), tab, self.log_complaint,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- the chosen complaint -----------------------------------------------------------
    @property
    def timezone(self) -> str:
        return self.tab.hotel.timezone

    def load(self, complaint_id: int | None) -> None:
        self.detail = None
        if complaint_id is not None:
            try:
                self.detail = self.ops.read(complaint_detail, complaint_id=complaint_id)
            except NotFoundError:
                self.tab.complaint_id = None
        if self.detail is None:
            self.panel.clear()
        else:
            self.panel.show_detail(self.detail, self.timezone)
        self._update_buttons()

    def _update_buttons(self) -> None:
        detail = self.detail
        row = detail.row if detail else None
        status = row.status if row else None
        active = row is not None and row.active
        waiting = self._waiting() is not None
        enabled = {
            "assign": active, "action": row is not None and status is not ComplaintStatus.CLOSED,
            "resolve": active, "follow_up": status is ComplaintStatus.RESOLVED,
            "close": status is ComplaintStatus.RESOLVED,
            "reopen": status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED),
            "major": row is not None and status is not ComplaintStatus.CLOSED
            and MajorReason.MARKED not in row.major_reasons,
            "report": row is not None and row.major and not row.report_written,
            "compensate": row is not None and status is not ComplaintStatus.CLOSED,
            "approve": waiting, "refuse": waiting,
        }
        for key, on in enabled.items():
            self.panel.buttons[key].setEnabled(on)

    def _waiting(self) -> Any:
        """The oldest compensation waiting for a manager, if any."""
        if self.detail is None:
            return None
        return next((c for c in self.detail.compensations if c.state is CompensationState.REQUESTED), None)

    def _after(self, row: ComplaintRow, text: str, *, warn: bool = False) -> None:
        """A change went through: show the complaint and say what happened."""
        self.tab.show_complaint(row.id, reveal=False)
        if warn:
            self.message.show_error(text)
        else:
            self.message.show_info(text)

    def _submit(self, service: Callable[..., Any], kinds: frozenset[str] = KINDS,
                **kwargs: Any) -> Outcome[Any]:
        """For a dialog: a refusal shows in the dialog, which stays open."""
        return self.ops.run(service, kinds=kinds, **kwargs)

    def _open(self, dialog: ActionDialog) -> Any:
        """Run the dialog; its outcome's value when it went through, else None."""
        accepted = dialog.exec()
        outcome = dialog.outcome
        dialog.deleteLater()
        return outcome.value if accepted and outcome is not None else None

    # -- logging --------------------------------------------------------------------------
    def log_complaint(self) -> None:
        hotel = self.tab.hotel
        dialog = LogComplaintDialog(
            self.tab, timezone=hotel.timezone, guests=self.ops.read(in_house), rooms=self.tab.rooms,
            staff=self.ops.read(staff), clerk_limit=hotel.clerk_compensation_limit,
            phone_of=lambda stay_id: self.ops.read(stay_view, stay_id=stay_id).phone,
            submit=lambda d: self._submit(intake.log_complaint, details=d.details, resolution=d.resolution_text))
        row: ComplaintRow | None = self._open(dialog)
        if row is None:
            return
        text = self.tr("Complaint {number} logged; due {due}.").format(number=row.number,
                                                                      due=when(row.due_at, self.timezone))
        if row.first_reply_due_at is not None and row.first_reply_at is None:
            text += " " + self.tr("First reply by {due}.").format(due=when(row.first_reply_due_at, self.timezone))
        if row.major:
            text += " " + self.tr("It is major: the manager is alerted and the written report is due {due}.").format(
                due=when(row.report_due_at, self.timezone))
        elif row.escalated:
            text += " " + self.tr("It goes to the manager at once.")
        if row.status is ComplaintStatus.RESOLVED:
            text += " " + self.tr("Resolved on the spot.")
        self.tab.show_complaint(row.id)  # a new complaint: into the list, whatever the filters
        self.message.show_info(text)

    # -- handling -------------------------------------------------------------------------
    def assign(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        dialog = AssignDialog(self.tab, row=row, staff=self.ops.read(staff),
                              concerned={s.user_id for s in self.detail.staff},
                              submit=lambda d: self._submit(handling.assign_handler, complaint_id=row.id,
                                                            handler_id=d.handler_id))
        result: ComplaintRow | None = self._open(dialog)
        if result is not None:
            self._after(result, self.tr("{name} handles complaint {number}.").format(name=result.handler_name,
                                                                                     number=result.number))

    def add_action(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        dialog = ActionEntryDialog(self.tab, row=row, timezone=self.timezone, submit=lambda d: self._submit(
            handling.record_action, complaint_id=row.id, text=d.text.toPlainText(), promise=d.promise.text(),
            guest_told_at=d.guest_told_at))
        result: ComplaintRow | None = self._open(dialog)
        if result is not None:
            self._after(result, self.tr("Action added to complaint {number}.").format(number=result.number))

    def resolve(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        dialog = TextDialog(self.tab, title=self.tr("Resolve the complaint"), ok_text=self.tr("Resolve"),
                            explanation=self.tr("{number}: what was done, as the guest was told it. Call the guest "
                                                "back afterwards.").format(number=row.number),
                            label=self.tr("Resolution"), lines=4, name="resolution",
                            submit=lambda d: self._submit(handling.resolve, complaint_id=row.id, resolution=d.text))
        result: ComplaintRow | None = self._open(dialog)
        if result is not None:
            self._after(result, self.tr("Complaint {number} resolved. Call the guest back, then close it.").format(
                number=result.number))

    def follow_up(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        dialog = FollowUpDialog(self.tab, row=row, submit=lambda d: self._submit(
            followup.record_follow_up, complaint_id=row.id, reached=d.reached.isChecked(),
            satisfaction=d.satisfaction, words=d.words.toPlainText()))
        accepted = dialog.exec()
        outcome, reached, score = dialog.outcome, dialog.reached.isChecked(), dialog.satisfaction
        dialog.deleteLater()
        if not accepted or outcome is None:
            return
        result: ComplaintRow = outcome.value
        if result.status is ComplaintStatus.REOPENED:
            self._after(result, self.tr("The guest is not satisfied ({score} of 5): complaint {number} is reopened, "
                                        "due {due}.").format(score=score, number=result.number,
                                                             due=when(result.due_at, self.timezone)), warn=True)
        elif reached:
            self._after(result, self.tr("Follow-up recorded: satisfaction {score} of 5. Complaint {number} can be "
                                        "closed now.").format(score=score, number=result.number))
        else:
            self._after(result, self.tr("Follow-up recorded: the guest could not be reached. Call again, or close "
                                        "the complaint saying why no follow-up is possible."))

    def close(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        if self.detail.followed_up:
            outcome = self.ops.run(followup.close, kinds=KINDS, complaint_id=row.id)
            if not outcome:
                self.message.show_error(outcome.error)
                return
            result: ComplaintRow | None = outcome.value
        else:
            dialog = TextDialog(self.tab, title=self.tr("Close without a follow-up"), ok_text=self.tr("Close"),
                                explanation=self.tr("{number} has no follow-up call with the guest reached since "
                                                    "it was resolved. Say why none is possible.").format(
                                    number=row.number),
                                label=self.tr("Reason"), name="reason",
                                placeholder=self.tr("e.g. no answer three times; the guest asked not to be called"),
                                submit=lambda d: self._submit(followup.close, complaint_id=row.id, reason=d.text))
            result = self._open(dialog)
        if result is not None:
            self._after(result, self.tr("Complaint {number} closed.").format(number=result.number))

    def reopen(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        dialog = TextDialog(self.tab, title=self.tr("Reopen the complaint"), ok_text=self.tr("Reopen"),
                            explanation=self.tr("{number} is {status}. Its deadline runs again from now.").format(
                                number=row.number, status=desk_text(STATUS_NAMES[row.status])),
                            label=self.tr("Reason"), name="reason", placeholder=self.tr("e.g. the guest called again"),
                            submit=lambda d: self._submit(handling.reopen, complaint_id=row.id, reason=d.text))
        result: ComplaintRow | None = self._open(dialog)
        if result is not None:
            self._after(result, self.tr("Complaint {number} reopened; due {due}.").format(
                number=result.number, due=when(result.due_at, self.timezone)), warn=True)

    def mark_major(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        dialog = TextDialog(self.tab, title=self.tr("Mark as major"), ok_text=self.tr("Mark major"),
                            explanation=self.tr("The manager is alerted, and a written report is due within 24 "
                                                "hours."),
                            label=self.tr("Why"), name="reason", placeholder=self.tr("e.g. a VIP, a group leader"),
                            submit=lambda d: self._submit(handling.mark_major, complaint_id=row.id, reason=d.text))
        result: ComplaintRow | None = self._open(dialog)
        if result is not None:
            self._after(result, self.tr("Complaint {number} is major: the manager is alerted; the written report "
                                        "is due {due}.").format(number=result.number,
                                                                due=when(result.report_due_at, self.timezone)))

    def write_report(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        dialog = TextDialog(self.tab, title=self.tr("Written report"), ok_text=self.tr("Attach report"),
                            explanation=self.tr("{number} is major: the report is due {due}. It is attached once; "
                                                "what follows goes into the log.").format(
                                number=row.number, due=when(row.report_due_at, self.timezone)),
                            label=self.tr("Report"), lines=10, name="report",
                            placeholder=self.tr("What happened, who was involved, what was done, what follows"),
                            submit=lambda d: self._submit(handling.write_report, complaint_id=row.id, report=d.text))
        result: ComplaintRow | None = self._open(dialog)
        if result is not None:
            self._after(result, self.tr("Written report attached to complaint {number}.").format(number=result.number))

    # -- compensation -------------------------------------------------------------------
    def compensate(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        linked = row.stay_id is not None and self.ops.read(stay_view, stay_id=row.stay_id).state is \
            StayState.IN_HOUSE
        dialog = CompensationDialog(self.tab, row=row, limit=self.tab.hotel.clerk_compensation_limit,
                                    manager=self.manager, linked_stay=linked, submit=lambda d: self._submit(
                                        compensation.offer_compensation, WITH_FOLIO, complaint_id=row.id,
                                        kind=d.kind, amount=d.amount.text(), description=d.description.text()))
        result: compensation.CompensationResult | None = self._open(dialog)
        if result is not None:
            self._compensation_done(row, result)

    def _compensation_done(self, row: ComplaintRow, result: compensation.CompensationResult) -> None:
        if result.state is CompensationState.POSTED:
            text = self.tr("Compensation for {number} credited to room {room}'s folio.").format(
                number=row.number, room=row.room_number)
        elif result.state is CompensationState.REJECTED:
            text = self.tr("Compensation for {number} refused.").format(number=row.number)
        else:
            text = self.tr("Compensation for {number}: {state}.").format(
                number=row.number, state=desk_text(COMPENSATION_STATE_NAMES[result.state]))
        if result.note:
            text += " " + desk_text(result.note)
        self.tab.show_complaint(row.id, reveal=False)
        self.message.show_info(text)

    def approve(self) -> None:
        self._decide(approve=True)

    def refuse(self) -> None:
        self._decide(approve=False)

    def _decide(self, *, approve: bool) -> None:
        item = self._waiting()
        if self.detail is None or item is None:
            return
        row = self.detail.row
        explanation = f"{row.number}: {compensation_line(item, self.timezone)}"
        if approve:
            dialog = TextDialog(self.tab, title=self.tr("Approve compensation"), ok_text=self.tr("Approve"),
                                explanation=explanation, label=self.tr("Note"), name="note",
                                placeholder=self.tr("optional"), submit=lambda d: self._submit(
                                    compensation.approve_compensation, WITH_FOLIO, compensation_id=item.id,
                                    note=d.text))
        else:
            dialog = TextDialog(self.tab, title=self.tr("Refuse compensation"), ok_text=self.tr("Refuse"),
                                explanation=explanation, label=self.tr("Reason"), name="reason",
                                submit=lambda d: self._submit(compensation.reject_compensation, KINDS,
                                                              compensation_id=item.id, reason=d.text))
        result: compensation.CompensationResult | None = self._open(dialog)
        if result is not None:
            self._compensation_done(row, result)

    # -- reports --------------------------------------------------------------------------
    def export(self, kind: str) -> Path | None:
        """Ask for the period and the file, then write the workbook off the GUI thread."""
        dialog = PeriodDialog(self.tab, kind=kind, today=self.tab.hotel.business_date)
        accepted = dialog.exec()
        period = dialog.period
        dialog.deleteLater()
        if not accepted:
            return None
        path = choose_path(self.tab, period)
        if path is None:
            return None
        report = self.ops.read(build_report, period=period)
        self.message.show_info(self.tr("Writing the complaint report ({count} complaints)…").format(
            count=len(report.lines)))
        self.writer.write(report, path)
        return path
