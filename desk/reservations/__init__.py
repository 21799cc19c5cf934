"""Reservations: availability, booking, holds and no-shows, room assignment."""
