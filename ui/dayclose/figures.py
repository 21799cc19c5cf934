"""A business date's figures as the day close shows them: occupancy, ADR and
RevPAR by STR/USALI, and beside them, labelled, the operational figures with
out-of-order rooms deducted (desk.dayclose.figures does the arithmetic)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from desk.dayclose.figures import DayCounts, Figures, operational, shown, str_usali


def percent(value: Decimal | None) -> str:
    """A fraction as a percentage with two decimals (half-up); a dash when undefined."""
    figure = shown(value * 100 if value is not None else None)
    return "—" if figure is None else f"{figure} %"


def money(value: Decimal | None, currency: str) -> str:
    figure = shown(value)
    return "—" if figure is None else f"{figure:,.2f} {currency}"


class FiguresGrid(QFrame):
    """Rows of figures, two columns: STR/USALI and operational."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DayFigures")
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        for column, text, tip in (
            (1, self.tr("STR / USALI"), self.tr("The industry's definition: rooms available include rooms out of "
                                                "order.")),
            (2, self.tr("Operational\n(out of order deducted)"),
             self.tr("Rooms out of order deducted from the rooms available, as many hotel systems show it.")),
        ):
            head = QLabel(text)
            head.setObjectName("SectionTitle")
            head.setToolTip(tip)
            head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(head, 0, column)
        names = {
            "available": (self.tr("Rooms available"), ""),
            "sold": (self.tr("Rooms sold"), self.tr("Paid overnight rooms and day use; complimentary and house-use "
                                                    "rooms are not sold.")),
            "occupancy": (self.tr("Occupancy rate"), self.tr("Rooms sold ÷ rooms available")),
            "revenue": (self.tr("Room revenue"), self.tr("Net of tax: room charges, day use and no-show charges")),
            "adr": (self.tr("ADR"), self.tr("Average daily rate: room revenue ÷ rooms sold")),
            "revpar": (self.tr("RevPAR"), self.tr("Revenue per available room: room revenue ÷ rooms available")),
        }
        self.values: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, (name, tip)) in enumerate(names.items(), start=1):
            name_label = QLabel(name)
            name_label.setToolTip(tip)
            grid.addWidget(name_label, row, 0)
            pair = (QLabel(), QLabel())
            for column, label in enumerate(pair, start=1):
                label.setObjectName(f"{key}_{'str' if column == 1 else 'operational'}")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, row, column)
            self.values[key] = pair
        self.other = QLabel()
        self.other.setObjectName("Hint")
        self.other.setWordWrap(True)
        grid.addWidget(self.other, len(names) + 1, 0, 1, 3)

    def show_counts(self, counts: DayCounts, currency: str) -> None:
        for column, figures in enumerate((str_usali(counts), operational(counts))):
            for key, text in self._texts(figures, currency).items():
                self.values[key][column].setText(text)
        self.other.setText(self.tr("Out of order {ooo} · out of service {oos} · complimentary {comp} · house use "
                                   "{house} · day use {day_use} · no-shows {no_shows}").format(
            ooo=counts.out_of_order, oos=counts.out_of_service, comp=counts.complimentary, house=counts.house_use,
            day_use=counts.day_use, no_shows=counts.no_shows))

    @staticmethod
    def _texts(figures: Figures, currency: str) -> dict[str, str]:
        return {
            "available": str(figures.available), "sold": str(figures.sold), "occupancy": percent(figures.occupancy),
            "revenue": money(figures.rooms_revenue, currency), "adr": money(figures.adr, currency),
            "revpar": money(figures.revpar, currency),
        }

    def text(self, key: str, operational_figure: bool = False) -> str:
        """What a figure shows (for tests and screenshots)."""
        return self.values[key][1 if operational_figure else 0].text()
