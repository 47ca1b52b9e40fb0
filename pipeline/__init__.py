"""digitize's batch core: batch -> pages -> page analysis -> packets -> documents -> filing.

Plain Python: no Prefect, no SQLAlchemy, no web framework. flows/ runs these stages as a
Prefect flow and queues the review items in the app database (appdb/, review/)."""
