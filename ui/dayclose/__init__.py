"""The day close and the manager's day workbooks."""
