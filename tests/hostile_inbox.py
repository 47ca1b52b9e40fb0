"""`python -m tests.hostile_inbox`: the one-off run the README quotes. 50 hostile entries (links,
FIFOs, long names, PHI names, bombs, broken files, links out of ROOT; tests/material/hostile.py)
mixed with 5 good batches, all under PHI names, in a new watched folder; the real `digitize watch
--once -vv` on it, with a temporary Prefect server; then it counts what was filed, what went to
failed/, and every place outside the store where the PHI shows."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import SAMPLES, digitize
from tests.material import hostile as H


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        root, outside = tmp / "root", tmp / f"outside {H.TAG}"
        inbox = root / "inbox"
        inbox.mkdir(parents=True)
        kinds = list(H.hostile_kinds(outside).items())
        made = []
        for i in range(50):
            name, make = kinds[i % len(kinds)]
            make(inbox, i)
            made.append(name)
        good = H.good_batches(inbox, 5)
        H.age(inbox)
        entries = len(list(inbox.iterdir()))
        db = tmp / "app.db"
        env = dict(
            os.environ,
            DIGITIZE_DATABASE__URL=f"sqlite:///{db}",
            PREFECT_HOME=str(tmp / "prefect"),
        )
        env.pop("PREFECT_API_URL", None)
        t0 = time.monotonic()
        proc = digitize(
            "-vv",
            "watch",
            root,
            "--patients",
            SAMPLES / "patients.csv",
            "--store",
            tmp / "store",
            "--settle-seconds",
            "1",
            "--once",
            env=env,
        )
        seconds = time.monotonic() - t0
        filed = len(list((tmp / "store").glob("batches/*/manifest.json")))
        failed = sorted((root / "failed").iterdir())
        prefect_db = next((tmp / "prefect").glob("*.db"))
        texts = [proc.stdout, proc.stderr, *H.sqlite_rows(db), *H.sqlite_rows(prefect_db)]
        leaks = H.leaks(root, texts)
        print(
            f"entries in inbox/: {entries} ({len(made)} hostile, of {len(kinds)} kinds; "
            f"{len(good)} good batches)"
        )
        print(f"exit code {proc.returncode} after {seconds:.0f} s")
        print(f"good batches filed: {filed} of {len(good)}")
        left = len(list(inbox.iterdir()))
        print(f"entries moved to failed/: {len(failed)}; left in inbox/: {left}")
        print(f"places outside the store where the PHI shows: {len(leaks)}")
        for leak in leaks[:10]:
            print("  ", leak[:200])
        ok = proc.returncode == 0 and filed == len(good) and not leaks
        ok = ok and len(failed) == entries - len(good)
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
