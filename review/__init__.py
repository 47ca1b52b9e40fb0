"""The quality-review web page: reviewers clear the pages the pipeline was not sure of."""
