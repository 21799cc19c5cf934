"""The standard status codes from the two axes, with out of order/service on top."""

from __future__ import annotations

import itertools

import pytest

from desk.models import BlockKind, HkState
from desk.rooms.codes import CODE_NAMES, HK_NAMES, StatusCode, occupancy_code, status_code

D, C, I = HkState.DIRTY, HkState.CLEAN, HkState.INSPECTED  # noqa: E741
OOO, OOS = BlockKind.OUT_OF_ORDER, BlockKind.OUT_OF_SERVICE

# (occupied, housekeeping state, block) -> the code on the tile, written out in full.
EXPECTED = {
    (False, D, None): "VD", (False, C, None): "VC", (False, I, None): "VI",
    (True, D, None): "OD", (True, C, None): "OC", (True, I, None): "OC",
    (False, D, OOO): "OOO", (False, C, OOO): "OOO", (False, I, OOO): "OOO",
    (True, D, OOO): "OOO", (True, C, OOO): "OOO", (True, I, OOO): "OOO",
    (False, D, OOS): "OOS", (False, C, OOS): "OOS", (False, I, OOS): "OOS",
    (True, D, OOS): "OOS", (True, C, OOS): "OOS", (True, I, OOS): "OOS",
}


def test_the_table_covers_every_combination() -> None:
    assert set(EXPECTED) == set(itertools.product((False, True), HkState, (None, *BlockKind)))


@pytest.mark.parametrize(("occupied", "hk_state", "block"), list(EXPECTED))
def test_status_code(occupied: bool, hk_state: HkState, block: BlockKind | None) -> None:
    assert status_code(occupied, hk_state, block) == StatusCode(EXPECTED[occupied, hk_state, block])


@pytest.mark.parametrize(("occupied", "hk_state"), list(itertools.product((False, True), HkState)))
def test_occupancy_code_is_the_code_without_a_block(occupied: bool, hk_state: HkState) -> None:
    code = occupancy_code(occupied, hk_state)
    assert code == StatusCode(EXPECTED[occupied, hk_state, None])
    assert code not in (StatusCode.OOO, StatusCode.OOS)


def test_every_code_and_state_has_a_name() -> None:
    assert set(CODE_NAMES) == set(StatusCode)
    assert set(HK_NAMES) == set(HkState)
    assert all(CODE_NAMES.values()) and all(HK_NAMES.values())
