"""digitize domain core: batch -> pages -> page analysis -> packets -> documents -> filing/review.

Plain Python, no Prefect: flows/ wires these stages into tasks."""
