"""Spreadsheets Desk writes: handovers, complaint reports, the day-close workbooks."""
