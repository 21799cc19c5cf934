"""The one place Desk asks what time it is, so tests can set the time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

_source: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


def now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return _source().astimezone(UTC)


@contextmanager
def frozen(at: datetime) -> Iterator[None]:
    """Make ``now()`` return ``at`` (which must be aware) inside the block."""
    if at.tzinfo is None:
        raise ValueError("frozen() needs a timezone-aware datetime")
    global _source
    previous = _source
    _source = lambda: at  # noqa: E731
    try:
        yield
    finally:
        _source = previous


def set_source(source: Callable[[], datetime]) -> None:
    """Replace the time source (tests that advance time step by step)."""
    global _source
    _source = source
