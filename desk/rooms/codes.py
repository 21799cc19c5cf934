"""The standard room status codes, from the two axes plus out of order/service."""

from __future__ import annotations

import enum

from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import BlockKind, HkState


class StatusCode(enum.StrEnum):
    VI = "VI"
    VC = "VC"
    VD = "VD"
    OC = "OC"
    OD = "OD"
    OOO = "OOO"
    OOS = "OOS"


CODE_NAMES: dict[StatusCode, str] = {
    StatusCode.VI: QT_TRANSLATE_NOOP("desk", "Vacant inspected"),
    StatusCode.VC: QT_TRANSLATE_NOOP("desk", "Vacant clean"),
    StatusCode.VD: QT_TRANSLATE_NOOP("desk", "Vacant dirty"),
    StatusCode.OC: QT_TRANSLATE_NOOP("desk", "Occupied clean"),
    StatusCode.OD: QT_TRANSLATE_NOOP("desk", "Occupied dirty"),
    StatusCode.OOO: QT_TRANSLATE_NOOP("desk", "Out of order"),
    StatusCode.OOS: QT_TRANSLATE_NOOP("desk", "Out of service"),
}

HK_NAMES: dict[HkState, str] = {
    HkState.DIRTY: QT_TRANSLATE_NOOP("desk", "dirty"),
    HkState.CLEAN: QT_TRANSLATE_NOOP("desk", "clean"),
    HkState.INSPECTED: QT_TRANSLATE_NOOP("desk", "inspected"),
}


def occupancy_code(occupied: bool, hk_state: HkState) -> StatusCode:
    """The two-axis code: VC, VD, VI, OC or OD."""
    if occupied:
        return StatusCode.OD if hk_state is HkState.DIRTY else StatusCode.OC
    return {HkState.DIRTY: StatusCode.VD, HkState.CLEAN: StatusCode.VC, HkState.INSPECTED: StatusCode.VI}[hk_state]


def status_code(occupied: bool, hk_state: HkState, block: BlockKind | None) -> StatusCode:
    """The code a tile shows: a block wins over the two axes."""
    if block is BlockKind.OUT_OF_ORDER:
        return StatusCode.OOO
    if block is BlockKind.OUT_OF_SERVICE:
        return StatusCode.OOS
    return occupancy_code(occupied, hk_state)
