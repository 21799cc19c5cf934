"""The Shift handover tab: the shift open at this workstation, its duty log,
handing over and taking over with the cash, and the handover history."""
