"""The Complaints tab: the list, logging, handling, the manager's alert and the reports."""
