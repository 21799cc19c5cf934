"""Guest complaints: logging, levels and deadlines, escalation, compensation,
follow-up, the lists other tabs show, and the weekly and monthly reports.

Every service locks the complaint it changes, runs in the caller's transaction
and writes one audit entry per change (subject kind "complaint"). The audit
summaries name the complaint by number and never repeat what staff typed
(facts, actions, reasons): the trail is append-only and names guests by record
number only.
"""
