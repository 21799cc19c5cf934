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
</TS>
