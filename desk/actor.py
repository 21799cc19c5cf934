"""The person performing an action, as services see them."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

from desk.models import Role


def _workstation() -> str:
    return socket.gethostname()[:80] or "desk"


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: int
    username: str
    full_name: str
    role: Role
    workstation: str = field(default_factory=_workstation)
