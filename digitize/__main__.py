"""`python -m digitize` is the `digitize` command."""

from digitize.cli import main

raise SystemExit(main())
