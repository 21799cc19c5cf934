"""Errors a clerk can act on.

Every refusal by a service is a ``DeskError``. Its message is an English
template with ``{named}`` fields; ``str(error)`` gives the English text, and the
window translates ``error.template`` (context ``"desk"``) before filling in the
fields, so the Chinese window speaks Chinese.
"""

from __future__ import annotations

from typing import Any


class DeskError(Exception):
    """A refused action, with a message for the person at the desk."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class ValidationError(DeskError):
    """Input that cannot be accepted as typed."""


class RuleError(DeskError):
    """Input that is well formed but breaks one of the hotel's rules."""


class FullError(RuleError):
    """No room of the type is free on some night (a manager may overbook)."""


class PermissionDeniedError(DeskError):
    """The acting user's role does not allow the action."""


class NotFoundError(DeskError):
    """The record the action names does not exist (any more)."""


class AuthenticationError(DeskError):
    """Wrong user name or password, or a locked or inactive account."""


class StaleDataError(DeskError):
    """Someone else changed the record after it was shown."""
