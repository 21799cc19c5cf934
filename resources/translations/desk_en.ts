<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AvailabilityPanel</name>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintAlertBar</name>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation>
            <numerusform>%n more waiting</numerusform>
            <numerusform>%n more waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message numerus="yes">
        <source>%n item(s) still open. Click one to go where it is fixed, or give the reason for closing anyway.</source>
        <translation>
            <numerusform>%n item still open. Click it to go where it is fixed, or give the reason for closing anyway.</numerusform>
            <numerusform>%n items still open. Click one to go where it is fixed, or give the reason for closing anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guaranteed no-show(s) will be charged one night.</source>
        <translation>
            <numerusform>%n guaranteed no-show will be charged one night.</numerusform>
            <numerusform>%n guaranteed no-shows will be charged one night.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Required: %n item(s) are open. The reason is recorded with the day.</source>
        <translation>
            <numerusform>Required: %n item is open. The reason is recorded with the day.</numerusform>
            <numerusform>Required: %n items are open. The reason is recorded with the day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room charge(s) posted for the night.</source>
        <translation>
            <numerusform>%n room charge posted for the night.</numerusform>
            <numerusform>%n room charges posted for the night.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guaranteed no-show(s) charged.</source>
        <translation>
            <numerusform>%n guaranteed no-show charged.</numerusform>
            <numerusform>%n guaranteed no-shows charged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed with %n item(s) open; the reason is recorded.</source>
        <translation>
            <numerusform>Closed with %n item open; the reason is recorded.</numerusform>
            <numerusform>Closed with %n items open; the reason is recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutyLogPage</name>
    <message numerus="yes">
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n open item</numerusform>
            <numerusform>%n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major incident(s) waiting for a report</source>
        <translation>
            <numerusform>%n major incident waiting for a report</numerusform>
            <numerusform>%n major incidents waiting for a report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) overdue</source>
        <translation>
            <numerusform>%n report overdue</numerusform>
            <numerusform>%n reports overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HousekeepingReportDialog</name>
    <message numerus="yes">
        <source>Report for {date} · {floor}: %n room(s)</source>
        <translation>
            <numerusform>Report for {date} · {floor}: %n room</numerusform>
            <numerusform>Report for {date} · {floor}: %n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message numerus="yes">
        <source>Anonymise %n guest(s) whose last stay or booking ended before {cutoff}?

Their names, phone numbers, ID numbers and nationality become “—”, and so do the names of everyone in their rooms and the names and phone numbers on their bookings and complaints. Their stays, bills and the statistics stay as they are. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n guest whose last stay or booking ended before {cutoff}?

Their names, phone numbers, ID numbers and nationality become “—”, and so do the names of everyone in their rooms and the names and phone numbers on their bookings and complaints. Their stays, bills and the statistics stay as they are. This cannot be undone.</numerusform>
            <numerusform>Anonymise %n guests whose last stay or booking ended before {cutoff}?

Their names, phone numbers, ID numbers and nationality become “—”, and so do the names of everyone in their rooms and the names and phone numbers on their bookings and complaints. Their stays, bills and the statistics stay as they are. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) anonymised: last stay or booking before {cutoff}.</source>
        <translation>
            <numerusform>%n guest anonymised: last stay or booking before {cutoff}.</numerusform>
            <numerusform>%n guests anonymised: last stay or booking before {cutoff}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPlanModel</name>
    <message numerus="yes">
        <source>{arrival} → {departure}, %n night(s)</source>
        <translation>
            <numerusform>{arrival} → {departure}, %n night</numerusform>
            <numerusform>{arrival} → {departure}, %n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n adult</numerusform>
            <numerusform>%n adults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n child(ren)</source>
        <translation>
            <numerusform>, %n child</numerusform>
            <numerusform>, %n children</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPlanTab</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomStatusTab</name>
    <message numerus="yes">
        <source>Marked %n room(s) {state}: {rooms}.</source>
        <translation>
            <numerusform>Marked %n room {state}: {rooms}.</numerusform>
            <numerusform>Marked %n rooms {state}: {rooms}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Housekeeping report saved: %n discrepancy(ies) to check.</source>
        <translation>
            <numerusform>Housekeeping report saved: %n discrepancy to check.</numerusform>
            <numerusform>Housekeeping report saved: %n discrepancies to check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetWriter</name>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StayPanel</name>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n adult</numerusform>
            <numerusform>%n adults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strip</name>
    <message numerus="yes">
        <source>%n {type} reservation(s) without a room on {date}. Drag to a room, or click to list them.</source>
        <translation>
            <numerusform>%n {type} reservation without a room on {date}. Drag it to a room, or click to list it.</numerusform>
            <numerusform>%n {type} reservations without a room on {date}. Drag to a room, or click to list them.</numerusform>
        </translation>
    </message>
</context>
</TS>
