"""Rooms: status codes, housekeeping, out-of-order periods, the board."""
