"""Data safety in the window: the manager's audit trail, the hotel's rules with
the guest-data purge, and the idle lock."""
