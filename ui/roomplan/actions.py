"""Assigning and moving from the room plan: a dropped bar, or the keyboard's
way (a bar selected, then a room picked from a list of free ones).

Everything goes through the desk services every tab uses (assign_room,
unassign_room, move_room): the same rules and the same refusals, shown in the
tab's message bar. The plan is read again by the change notice each action
sends, in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.errors import DeskError
from desk.frontdesk import checkin, stays
from desk.frontdesk.queries import stay_view
from desk.reservations import rooms
from desk.reservations.queries import reservation_row
from desk.roomplan import Bar, BarKind, PlanRoom
from desk.rooms.board import load_board
from ui.frontdesk.dialogs import MoveRoomDialog
from ui.i18n import error_text
from ui.ops import Ops, Outcome
from ui.reservations.dialogs import AssignRoomDialog, ReasonDialog
from ui.roomplan.model import RoomPlanModel
from ui.roomplan.view import RoomPlanView
from ui.widgets import MessageBar


class PlanActions(QObject):
    """The room plan's changes; dialogs open over ``parent_widget``."""

    def __init__(self, parent_widget: QWidget, *, ops: Ops, model: RoomPlanModel, view: RoomPlanView,
                 message: MessageBar) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.ops, self.model, self.view, self.message = ops, model, view, message

    def _run(self, service: Callable[..., Any], **kwargs: Any) -> Outcome[Any]:
        """Run one action; its change notice reads the plan again, in the background."""
        outcome = self.ops.run(service, kinds=frozenset({"reservation", "stay", "room"}), **kwargs)
        if not outcome:
            self.message.show_error(outcome.error)
        return outcome

    def drop(self, bar: Bar, room: PlanRoom | None) -> None:
        """A bar dropped on a room (None: back among those without a room)."""
        if room is None:
            outcome = self.unassign(bar)
        elif bar.kind is BarKind.STAY:
            outcome = self.move_stay(bar, room)
        else:
            outcome = self.assign(bar, room)
        if outcome:
            self.view.accept_drop()

    def type_code(self, type_id: int) -> str:
        kind = self.model.room_type(type_id)
        return kind.code if kind else "?"

    def assign(self, bar: Bar, room: PlanRoom, *, type_change_confirmed: bool = False) -> Outcome[Any] | None:
        other_type = room.type_id != bar.type_id
        if other_type and not type_change_confirmed:
            answer = QMessageBox.question(
                self.parent_widget, self.tr("Change of room type"),
                self.tr("{guest} booked {booked}; room {room} is {type}. Give them room {room} anyway? Desk checks "
                        "that {type} has a room free on every night.").format(
                    guest=bar.name, booked=self.type_code(bar.type_id), room=room.number,
                    type=self.type_code(room.type_id)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        outcome = self._run(rooms.assign_room, reservation_id=bar.id, room_id=room.room_id,
                            allow_type_change=other_type)
        if outcome:
            self.message.show_info(self.tr("{guest} ({confirmation}) gets room {room}.").format(
                guest=bar.name, confirmation=bar.confirmation, room=outcome.value))
        return outcome

    def move_stay(self, bar: Bar, room: PlanRoom) -> Outcome[Any] | None:
        old = self._room_number(bar.room_id)
        explanation = self.tr("{guest} moves from room {old} to room {new} for the rest of the stay. The folio "
                              "moves with the guest; room {old} becomes vacant dirty.").format(
            guest=bar.name, old=old, new=room.number)
        if room.type_id != self._room_type_of(bar.room_id):
            explanation += "\n\n" + self.tr("This is a change of room type: {old_type} to {new_type}.").format(
                old_type=self.type_code(self._room_type_of(bar.room_id)), new_type=self.type_code(room.type_id))
        dialog = ReasonDialog(self.parent_widget, title=self.tr("Move {guest} to room {room}").format(guest=bar.name,
                                                                                         room=room.number),
                              explanation=explanation, ok_text=self.tr("Move"))
        dialog.reason.setPlaceholderText(self.tr("e.g. air conditioner noisy"))
        if not dialog.exec():
            return None
        outcome = self._run(stays.move_room, stay_id=bar.id, room_id=room.room_id, reason=dialog.reason.text(),
                            version=bar.version)
        if outcome:
            self.message.show_info(self.tr("{guest} moved from room {old} to room {new}; room {old} is vacant "
                                           "dirty.").format(guest=bar.name, old=old, new=outcome.value))
        return outcome

    def unassign(self, bar: Bar) -> Outcome[Any] | None:
        if bar.kind is not BarKind.RESERVATION or bar.room_id is None:
            return None
        room = self._room_number(bar.room_id)
        outcome = self._run(rooms.unassign_room, reservation_id=bar.id)
        if outcome:
            self.message.show_info(self.tr("Room {room} is no longer held for {confirmation}.").format(
                room=room, confirmation=bar.confirmation))
        return outcome

    def _room_number(self, room_id: int | None) -> str:
        row = self.model.row_of_room(room_id) if room_id is not None else None
        return self.model.room(row).number if row is not None else ""

    def _room_type_of(self, room_id: int | None) -> int | None:
        row = self.model.row_of_room(room_id) if room_id is not None else None
        return self.model.room(row).type_id if row is not None else None

    def move_selected(self) -> None:
        """The keyboard's way: pick the new room from a list of free ones."""
        bar = self.view.selected
        if bar is None or not bar.movable:
            return
        try:
            if bar.kind is BarKind.STAY:
                self._move_stay_from_list(bar)
            else:
                self._assign_from_list(bar)
        except DeskError as error:  # gone meanwhile (another workstation)
            self.message.show_error(error_text(error))

    def _assign_from_list(self, bar: Bar) -> None:
        row = self.ops.read(reservation_row, reservation_id=bar.id)
        same = self.ops.read(rooms.free_rooms_for, reservation_id=bar.id)
        other = [c for c in self.ops.read(rooms.free_rooms_for, reservation_id=bar.id, any_type=True)
                 if not c.same_type]
        dialog = AssignRoomDialog(self.parent_widget, reservation=row, rooms=same, other_types=other)
        if not dialog.exec() or dialog.choice is None:
            return
        choice = dialog.choice
        room = self.model.room(self.model.row_of_room(choice.room_id) or 0)
        # Ticking "other types" in the list is the clerk's confirmation of the change.
        self.assign(bar, room, type_change_confirmed=True)

    def _move_stay_from_list(self, bar: Bar) -> None:
        view = self.ops.read(stay_view, stay_id=bar.id)
        ready = self.ops.read(checkin.ready_rooms, room_type_id=view.room_type_id, departure=view.departure,
                              limit=12)
        dialog = MoveRoomDialog(self.parent_widget, view=view, rooms=self.ops.read(load_board).tiles, ready=ready,
                                submit=lambda d: self._run(stays.move_room, stay_id=view.stay_id,
                                                           room_id=d.room.room_id, reason=d.reason.text(),
                                                           version=view.version))
        if dialog.exec() and dialog.outcome is not None:
            self.message.show_info(self.tr("{guest} moved from room {old} to room {new}; room {old} is vacant "
                                           "dirty.").format(guest=view.guest_name, old=view.room_number,
                                                            new=dialog.outcome.value))

    def unassign_selected(self) -> None:
        bar = self.view.selected
        if bar is not None:
            self.unassign(bar)
