"""The app database: engine, tables, the audit log and the Alembic migrations. The ledger
(flows/), the review queue and accounts (review/) keep their rows here; the batch core never
touches it."""
