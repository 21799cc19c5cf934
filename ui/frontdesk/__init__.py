"""The Front desk tab: in-house guests, arrivals and departures, check-in, the folio, check-out, receipts."""
