"""The demo hotel's complaints: every level and every status, one overdue,
major ones with the manager's alert up, and compensation in each state.

Logged through the same services the window uses, each at the moment it
happened (the clock set back), so deadlines, numbers, actions and the folio
line are what the services make of them. The business date each complaint
belongs to is then set to its own day, as it would have been.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import clock, hoteltime
from desk.actor import Actor
from desk.complaints import compensation, followup, handling, intake
from desk.complaints.deadlines import add_holiday
from desk.complaints.intake import ComplaintInput
from desk.models import (
    Category,
    Channel,
    CompensationType,
    Complaint,
    Guest,
    Level,
    Room,
    Stay,
    StayKind,
    StayState,
)

T = TypeVar("T")
# Fixed-date public holidays; the hotel lists the moving ones (Spring Festival...) each year.
HOLIDAYS = (((1, 1),), ((5, 1), (5, 2), (5, 3), (5, 4), (5, 5)),
            ((10, 1), (10, 2), (10, 3), (10, 4), (10, 5), (10, 6), (10, 7)))
HOLIDAY_NAMES = ("New Year's Day", "Labour Day", "National Day")


def build_complaints(session: Session, today: date, timezone: str, actors: dict[str, Actor]) -> None:
    clerk, clerk2, manager = actors["clerk"], actors["clerk2"], actors["manager"]

    def at(days_ago: int, hour: int, minute: int) -> datetime:
        return hoteltime.at(today - timedelta(days=days_ago), time(hour, minute), timezone)

    def when(moment: datetime, call: Callable[[], T]) -> T:
        with clock.frozen(moment):
            return call()

    with clock.frozen(at(30, 9, 0)):
        for year in (today.year, today.year + 1):
            for name, days in zip(HOLIDAY_NAMES, HOLIDAYS, strict=True):
                for month, day in days:
                    add_holiday(session, manager, day=date(year, month, day), name=name)
    stays = list(session.scalars(select(Stay).where(Stay.state == StayState.IN_HOUSE, Stay.kind == StayKind.NORMAL)
                                 .order_by(Stay.arrival_date, Stay.id)))
    rooms = list(session.scalars(select(Room).where(Room.active.is_(True)).order_by(Room.id)))

    def guest_of(stay: Stay) -> tuple[str, str]:
        guest = session.get_one(Guest, stay.guest_id)
        return guest.name, guest.phone

    def log(moment: datetime, details: ComplaintInput, resolution: str = "", by: Actor = clerk) -> int:
        details = dataclasses.replace(details, received_at=moment)
        return when(moment, lambda: intake.log_complaint(session, by, details=details, resolution=resolution)).id

    # A suggestion, handled and closed after a friendly follow-up.
    suggestion = log(at(9, 8, 30), ComplaintInput(
        Channel.IN_PERSON, Category.FOOD, Level.SUGGESTION, "Asks for more vegetarian dishes at breakfast.",
        "Lin Xiaoyu", "139 1234 0001", request="A vegetarian corner at the buffet"),
        resolution="Passed to the restaurant manager, who is adding a vegetarian corner.")
    when(at(8, 10, 0), lambda: followup.record_follow_up(session, clerk2, complaint_id=suggestion, reached=True,
                                                          satisfaction=4, words="Glad it was passed on."))
    when(at(8, 10, 5), lambda: followup.close(session, clerk2, complaint_id=suggestion))

    # Noise at night, two weeks ago: a fruit basket, a happy call back, closed.
    noise = log(at(16, 23, 40), ComplaintInput(
        Channel.PHONE, Category.NOISE, Level.COMPLAINT, "A wedding party in the corridor until 1 a.m.",
        "Gao Min", "139 1234 0002", room_id=rooms[20].id, request="Quiet, and an apology"), by=clerk2)
    when(at(16, 23, 50), lambda: handling.assign_handler(session, clerk2, complaint_id=noise,
                                                         handler_id=clerk2.user_id))
    when(at(16, 23, 55), lambda: handling.record_action(
        session, clerk2, complaint_id=noise, text="Security asked the party to go to the banquet hall.",
        guest_told_at=at(16, 23, 58)))
    when(at(15, 9, 0), lambda: compensation.offer_compensation(
        session, clerk2, complaint_id=noise, kind=CompensationType.GIFT, amount="88.00",
        description="Fruit basket with an apology card"))
    when(at(15, 9, 5), lambda: handling.resolve(session, clerk2, complaint_id=noise,
                                                resolution="Apologised in person; fruit basket sent up."))
    when(at(14, 11, 0), lambda: followup.record_follow_up(session, clerk, complaint_id=noise, reached=True,
                                                          satisfaction=5, words="Very kind, thank you."))
    when(at(14, 11, 2), lambda: followup.close(session, clerk, complaint_id=noise))

    # About a clerk's manner: handled by a colleague, and overdue.
    attitude = log(at(14, 19, 20), ComplaintInput(
        Channel.ONLINE, Category.STAFF_ATTITUDE, Level.COMPLAINT,
        "Review says the night clerk was curt and refused to print a boarding pass.", "Ma Jun", "139 1234 0003",
        room_id=rooms[12].id, staff_ids=(clerk2.user_id,), request="An apology from the hotel"))
    when(at(13, 9, 0), lambda: handling.assign_handler(session, manager, complaint_id=attitude,
                                                       handler_id=clerk.user_id))
    when(at(13, 10, 30), lambda: handling.record_action(
        session, clerk, complaint_id=attitude, text="Called the guest and apologised; checking the night's log.",
        promise="A written answer from the manager", guest_told_at=at(13, 10, 30)))

    # A billing mistake, refunded and resolved; the guest did not answer the follow-up call.
    billing = log(at(5, 14, 0), ComplaintInput(
        Channel.PHONE, Category.BILLING, Level.COMPLAINT, "Charged for a minibar the guest never opened.",
        "Sun Hao", "139 1234 0004", request="Refund of the minibar charge"))
    when(at(5, 14, 5), lambda: handling.assign_handler(session, clerk, complaint_id=billing,
                                                       handler_id=manager.user_id))
    when(at(5, 15, 0), lambda: compensation.offer_compensation(
        session, manager, complaint_id=billing, kind=CompensationType.REFUND, amount="120.00",
        description="Minibar charge, by bank transfer"))
    when(at(4, 10, 0), lambda: handling.resolve(session, manager, complaint_id=billing,
                                                resolution="The charge belonged to another room; refunded."))
    when(at(3, 16, 0), lambda: followup.record_follow_up(session, clerk, complaint_id=billing, reached=False,
                                                         words="No answer; try again tomorrow."))

    # A security incident with a press threat: major, escalated, reported, refused compensation, and
    # reopened after an unhappy follow-up.
    early = stays[0]
    name, phone = guest_of(early)
    incident = log(at(3, 22, 15), ComplaintInput(
        Channel.IN_PERSON, Category.SECURITY, Level.INCIDENT,
        "Laptop missing from the room after the evening turndown service.", name, phone, stay_id=early.id,
        media_or_legal=True, request="Find the laptop or pay for it; will post online and call the police"))
    when(at(3, 22, 40), lambda: handling.acknowledge_alert(session, manager, complaint_id=incident))
    when(at(3, 22, 45), lambda: handling.assign_handler(session, manager, complaint_id=incident,
                                                        handler_id=manager.user_id))
    when(at(3, 23, 30), lambda: handling.record_action(
        session, manager, complaint_id=incident, text="Police called; CCTV of the corridor reviewed with security.",
        promise="An answer by tomorrow noon", guest_told_at=at(3, 23, 30)))
    waiting = when(at(2, 8, 0), lambda: compensation.offer_compensation(
        session, clerk, complaint_id=incident, kind=CompensationType.FREE_NIGHT, amount="388.00"))
    when(at(2, 9, 0), lambda: handling.write_report(
        session, manager, complaint_id=incident,
        report="22:15 guest reported the laptop missing. CCTV shows nobody but the turndown attendant entering, "
               "for four minutes. 09:00 the guest found the laptop in the car. Police report closed."))
    when(at(2, 9, 10), lambda: compensation.reject_compensation(
        session, manager, compensation_id=waiting.compensation_id, reason="The laptop was in the guest's car."))
    when(at(2, 9, 20), lambda: handling.resolve(session, manager, complaint_id=incident,
                                                resolution="Laptop found in the guest's own car; police informed."))
    when(at(1, 11, 0), lambda: followup.record_follow_up(
        session, clerk, complaint_id=incident, reached=True, satisfaction=2,
        words="Felt accused by security; wants an apology from the manager."))

    # Yesterday evening: smoke smell; this morning a discount on the bill; in progress.
    smoky = stays[1]
    name, phone = guest_of(smoky)
    smell = log(at(1, 21, 30), ComplaintInput(
        Channel.PHONE, Category.CLEANLINESS, Level.COMPLAINT, "The room smells of cigarette smoke.", name, phone,
        stay_id=smoky.id, request="Another room or a discount"), by=clerk2)
    when(at(1, 21, 35), lambda: handling.assign_handler(session, clerk2, complaint_id=smell,
                                                        handler_id=clerk2.user_id))
    when(at(1, 21, 50), lambda: handling.record_action(
        session, clerk2, complaint_id=smell, text="Housekeeping aired the room and ran the purifier; the guest "
        "declined a move.", promise="The manager calls tomorrow", guest_told_at=at(1, 21, 50)))
    when(at(0, 8, 15), lambda: compensation.offer_compensation(
        session, clerk, complaint_id=smell, kind=CompensationType.DISCOUNT, amount="100.00",
        description="Smoke smell in the room"))

    # This morning: on the spot, still open; anonymous feedback resolved and closed.
    hair = stays[2]
    name, phone = guest_of(hair)
    log(at(0, 8, 50), ComplaintInput(
        Channel.IN_PERSON, Category.CLEANLINESS, Level.DISSATISFACTION, "Hair in the bathtub.", name, phone,
        stay_id=hair.id, request="Clean it again"))
    lift = log(at(0, 9, 40), ComplaintInput(
        Channel.VIA_STAFF, Category.FACILITIES, Level.FEEDBACK, "Lift 2 makes a grinding noise.", anonymous=True),
        resolution="Engineering checked lift 2 and booked the service company.")
    when(at(0, 9, 45), lambda: followup.close(session, clerk, complaint_id=lift,
                                              reason="Anonymous: nobody to call back."))

    # A dispute over the bill, claiming far above the clerk's limit: escalated, major, waiting for the manager.
    disputed = stays[3]
    name, phone = guest_of(disputed)
    dispute = log(at(0, 10, 30), ComplaintInput(
        Channel.IN_PERSON, Category.BILLING, Level.DISPUTE,
        "Booked a lake view on the website; the room faces the car park.", name, phone, stay_id=disputed.id,
        compensation_claimed="1500.00", request="Two nights refunded"))
    when(at(0, 10, 40), lambda: compensation.offer_compensation(
        session, clerk, complaint_id=dispute, kind=CompensationType.DISCOUNT, amount="528.00",
        description="One night at the Deluxe rate"))

    # The smoke-smell guest again: a repeat within 30 days, so major.
    name, phone = guest_of(smoky)
    log(at(0, 11, 10), ComplaintInput(
        Channel.PHONE, Category.FACILITIES, Level.COMPLAINT, "The air conditioner rattles all night.", name, phone,
        stay_id=smoky.id, request="Fix it tonight"))

    for complaint in session.scalars(select(Complaint)):
        complaint.business_date = hoteltime.local(complaint.received_at, timezone).date()
    session.flush()
