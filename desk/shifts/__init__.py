"""Cashier shifts at the front desk: the float, the duty log, and the handover
the next clerk signs."""
