"""The front desk: check-in and registration, folio and deposits, stay changes, check-out."""
