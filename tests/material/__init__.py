"""Test material written independently of the pipeline (tests/independent/) and the harness
that turns it into scanned pages: damage, scan noise, packets. The layouts come from helper
agents that saw neither the pipeline's code nor each other's layouts; this package only
composes them."""
