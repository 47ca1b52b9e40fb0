"""The `digitize` command: parses flags, loads the settings once, and hands over to the runner
(flows/), the review page (review/) or the store check (pipeline/storage/)."""
