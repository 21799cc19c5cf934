"""Taking a shift over: the incoming clerk reads the handover, signs in with
their own user name and password at this workstation, recounts the float and
accepts (or writes down the disagreement)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk import auth
from desk.actor import Actor
from desk.errors import AuthenticationError
from desk.shifts.history import HandoverDetail
from ui.frontdesk.dialogs import ActionDialog, Submit
from ui.shifts.count import CashCount, amount
from ui.shifts.dialogs import hint, text_edit
from ui.shifts.sheet import GREY, SheetWriter, over_short, paint

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def sign_in(session: Session, actor: Actor, *, username: str, password: str) -> Actor | AuthenticationError:
    """The incoming clerk's log-in at the window's workstation (``actor`` is who the
    window works for). A refusal is returned, not raised, so that the transaction
    commits and a wrong password counts towards the lock-out."""
    try:
        return auth.log_in(session, username, password, actor.workstation)
    except AuthenticationError as error:
        return error


class AcceptDialog(ActionDialog):
    """OK signs the incoming clerk in and accepts (``submit``); ``signed_in`` is
    the incoming clerk once their password was right."""

    def __init__(self, parent: QWidget | None = None, *, detail: HandoverDetail, hotel: str, currency: str,
                 timezone: str, denominations: Sequence[str], submit: Submit) -> None:
        row = detail.row
        super().__init__(parent, title=self.tr("Accept the handover"), ok_text=self.tr("Accept and take over"),
                         submit=submit,
                         explanation=self.tr("{who} handed over {float} as the float. Read the handover, sign in "
                                             "with your own account, recount the float and accept: {clerk}'s shift "
                                             "then closes and yours opens with the float you counted.").format(
                             who=row.prepared_by, clerk=row.clerk, float=amount(detail.float_handed_over, currency)))
        self.detail = detail
        self._currency = currency
        self.signed_in: Actor | None = None
        self.resize(1080, 700)
        writer = SheetWriter(self, currency=currency, timezone=timezone)
        self.sheet = QTextBrowser()
        self.sheet.setObjectName("HandoverSheet")
        self.sheet.setHtml(writer.detail_html(detail, hotel=hotel))

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(40)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        sign_box = QGroupBox(self.tr("Incoming clerk"))
        sign_box.setObjectName("FormBox")
        sign_form = QFormLayout(sign_box)
        sign_form.addRow(self.tr("User name"), self.username)
        sign_form.addRow(self.tr("Password"), self.password)

        self.count = CashCount(self, currency=currency, denominations=denominations)
        self.difference = QLabel()
        self.difference.setObjectName("CashDifference")
        self.disagreement = text_edit("disagreement", self.tr("needed when your count differs from the float "
                                                              "handed over"), 60)
        count_box = QGroupBox(self.tr("Recount the float"))
        count_box.setObjectName("FormBox")
        count_layout = QVBoxLayout(count_box)
        handed = QLabel(self.tr("Handed over: {amount}").format(amount=amount(detail.float_handed_over, currency)))
        handed.setStyleSheet("font-weight: 600;")
        count_layout.addWidget(handed)
        count_layout.addWidget(self.count)
        count_layout.addWidget(self.difference)
        count_layout.addWidget(hint(self.tr("Disagreement")))
        count_layout.addWidget(self.disagreement, 1)

        right = QVBoxLayout()
        right.addWidget(sign_box)
        right.addWidget(count_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.sheet, 5)
        columns.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.count.changed.connect(self._compare)
        # A changed name or password signs in again.
        self.username.textChanged.connect(self._forget)
        self.password.textChanged.connect(self._forget)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)
        self._compare()

    def _forget(self, *_args: object) -> None:
        self.signed_in = None

    def _compare(self) -> None:
        counted = self.count.total
        if counted is None:
            self.difference.setText(self.tr("Count the float"))
            paint(self.difference, GREY)
            return
        words, colour = over_short(counted - self.detail.float_handed_over, self._currency)
        self.difference.setText(self.tr("Against the float handed over: {words}").format(words=words))
        paint(self.difference, colour)
