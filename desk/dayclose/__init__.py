"""The business-day close: checklist, postings, frozen statistics and the manager's workbooks."""
