"""The Room plan tab: rooms by dates, a bar for every stay, reservation and out-of-order period."""
