"""What the complaint codes are called on screen and in reports (English
source text, marked for translation under the "desk" context)."""

from __future__ import annotations

from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import (
    ActionKind,
    Category,
    Channel,
    CompensationState,
    CompensationType,
    ComplaintStatus,
    Level,
    MajorReason,
)

CHANNEL_NAMES = {
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("desk", "In person"),
    Channel.PHONE: QT_TRANSLATE_NOOP("desk", "Phone"),
    Channel.ONLINE: QT_TRANSLATE_NOOP("desk", "Online"),
    Channel.LETTER: QT_TRANSLATE_NOOP("desk", "Letter"),
    Channel.VIA_STAFF: QT_TRANSLATE_NOOP("desk", "Via staff"),
}
CATEGORY_NAMES = {
    Category.CLEANLINESS: QT_TRANSLATE_NOOP("desk", "Cleanliness"),
    Category.NOISE: QT_TRANSLATE_NOOP("desk", "Noise"),
    Category.FACILITIES: QT_TRANSLATE_NOOP("desk", "Facilities"),
    Category.STAFF_ATTITUDE: QT_TRANSLATE_NOOP("desk", "Staff attitude"),
    Category.BILLING: QT_TRANSLATE_NOOP("desk", "Billing"),
    Category.RESERVATION: QT_TRANSLATE_NOOP("desk", "Reservation"),
    Category.FOOD: QT_TRANSLATE_NOOP("desk", "Food"),
    Category.SECURITY: QT_TRANSLATE_NOOP("desk", "Security"),
    Category.OTHER: QT_TRANSLATE_NOOP("desk", "Other"),
}
LEVEL_NAMES = {
    Level.FEEDBACK: QT_TRANSLATE_NOOP("desk", "Feedback"),
    Level.SUGGESTION: QT_TRANSLATE_NOOP("desk", "Suggestion"),
    Level.DISSATISFACTION: QT_TRANSLATE_NOOP("desk", "Dissatisfaction"),
    Level.COMPLAINT: QT_TRANSLATE_NOOP("desk", "Complaint"),
    Level.DISPUTE: QT_TRANSLATE_NOOP("desk", "Dispute"),
    Level.INCIDENT: QT_TRANSLATE_NOOP("desk", "Incident"),
}
STATUS_NAMES = {
    ComplaintStatus.OPEN: QT_TRANSLATE_NOOP("desk", "open"),
    ComplaintStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("desk", "in progress"),
    ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("desk", "resolved"),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("desk", "closed"),
    ComplaintStatus.REOPENED: QT_TRANSLATE_NOOP("desk", "reopened"),
}
COMPENSATION_TYPE_NAMES = {
    CompensationType.DISCOUNT: QT_TRANSLATE_NOOP("desk", "Discount"),
    CompensationType.REFUND: QT_TRANSLATE_NOOP("desk", "Refund"),
    CompensationType.FREE_NIGHT: QT_TRANSLATE_NOOP("desk", "Free night"),
    CompensationType.GIFT: QT_TRANSLATE_NOOP("desk", "Gift"),
    CompensationType.OTHER: QT_TRANSLATE_NOOP("desk", "Other"),
}
COMPENSATION_STATE_NAMES = {
    CompensationState.REQUESTED: QT_TRANSLATE_NOOP("desk", "waiting for a manager"),
    CompensationState.APPROVED: QT_TRANSLATE_NOOP("desk", "granted"),
    CompensationState.REJECTED: QT_TRANSLATE_NOOP("desk", "refused"),
    CompensationState.POSTED: QT_TRANSLATE_NOOP("desk", "posted to the folio"),
}
MAJOR_REASON_NAMES = {
    MajorReason.REPEAT: QT_TRANSLATE_NOOP("desk", "repeat complaint within 30 days"),
    MajorReason.MEDIA_OR_LEGAL: QT_TRANSLATE_NOOP("desk", "media or legal threat"),
    MajorReason.CLAIM_ABOVE_LIMIT: QT_TRANSLATE_NOOP("desk", "claim above the clerk's limit"),
    MajorReason.MARKED: QT_TRANSLATE_NOOP("desk", "marked major"),
}
ACTION_NAMES = {
    ActionKind.NOTE: QT_TRANSLATE_NOOP("desk", "Action"),
    ActionKind.ASSIGNED: QT_TRANSLATE_NOOP("desk", "Handler assigned"),
    ActionKind.ESCALATED: QT_TRANSLATE_NOOP("desk", "Escalated to the manager"),
    ActionKind.MARKED_MAJOR: QT_TRANSLATE_NOOP("desk", "Marked major"),
    ActionKind.REPORT: QT_TRANSLATE_NOOP("desk", "Written report"),
    ActionKind.RESOLVED: QT_TRANSLATE_NOOP("desk", "Resolved"),
    ActionKind.REOPENED: QT_TRANSLATE_NOOP("desk", "Reopened"),
    ActionKind.CLOSED: QT_TRANSLATE_NOOP("desk", "Closed"),
}
OVERDUE_NAMES = {
    "reply": QT_TRANSLATE_NOOP("desk", "first reply overdue"),
    "resolution": QT_TRANSLATE_NOOP("desk", "resolution overdue"),
    "report": QT_TRANSLATE_NOOP("desk", "written report overdue"),
}
