"""PHI stays where it belongs. Batches run with DEBUG logging (ours, Prefect's, every library's)
under scan file names that name a patient, through `digitize process` and the watched folder,
one of them damaged; then every log line and console line, Prefect's whole database (runs,
parameters, logs, artifacts), the store's keys, the error files, the ledger and every file left
in the temporary folder are searched for the patient index's names, MRNs and birth dates."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat

import pytest

from tests.conftest import SAMPLES, digitize, prefect_database_rows
from tests.phi import found, index_values

pytestmark = pytest.mark.usefixtures("prefect_server")

OLD = 1_000_000_000  # an mtime long past: the watched folder takes the file at once


def identifiers() -> list[str]:
    return index_values(SAMPLES / "patients.csv", given=True)


def assert_clean(text: str, where: str, phi: list[str]) -> None:
    leaked = found(text, phi)
    assert not leaked, f"{where}: {len(leaked)} identifiers found"


def test_an_mrn_is_found_anywhere_but_inside_a_random_id_or_a_digest():
    phi = identifiers()
    mrn = phi[0]
    for text in (
        f"MRN{mrn}",
        f"{mrn}.pdf",
        f"78fc2033-69c8-47c9-861e-52171979694 {mrn}",
        f"batch-{mrn}001",
        f"deadbeef{mrn}",
    ):
        with pytest.raises(AssertionError):
            assert_clean(text, "test", [mrn])
    assert_clean("78fc2033-69c8-47c9-861e-521719796942", "test", ["2171979"])
    assert_clean("batches/3fa2171979c0e4d1b2a9f8e7d6c5b4a3/manifest.json", "test", ["2171979"])


def test_no_phi_anywhere_with_debug_logging(tmp_path):
    phi = identifiers()
    first = (SAMPLES / "patients.csv").read_text().splitlines()[1].split(",")
    phi_name = f"{first[1]}_{first[2]}_MRN{first[0]}_{first[3]}"  # a name staff might type
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    env = dict(
        os.environ,
        TMPDIR=str(private_tmp),
        PREFECT_LOGGING_LEVEL="DEBUG",
        DIGITIZE_DATABASE__URL=f"sqlite:///{tmp_path / 'app.db'}",
    )
    store = tmp_path / "store"

    # 1. `digitize -vv process` on a scan whose file name names a patient.
    named = tmp_path / "scans" / f"{phi_name}.pdf"
    named.parent.mkdir()
    shutil.copy(SAMPLES / "batch1.pdf", named)
    proc = digitize(
        "-vv",
        "process",
        named,
        "--patients",
        SAMPLES / "patients.csv",
        "--store",
        store,
        "-q",
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stderr.count("\n") > 50  # DEBUG logging was really on
    assert_clean(proc.stdout + proc.stderr, "process console and log lines", phi)

    # 2. The watched folder, DEBUG on: a good batch and a damaged one, both named by patient.
    root = tmp_path / "root"
    for d in ("inbox", "processing", "done", "failed"):
        (root / d).mkdir(parents=True)
    good = root / "inbox" / f"{phi_name}-tiff.tif"
    shutil.copy(SAMPLES / "batch2.tif", good)
    bad = root / "inbox" / f"{phi_name}-broken.pdf"
    bad.write_bytes((SAMPLES / "batch1.pdf").read_bytes()[:5000])
    for f in (good, bad):
        os.utime(f, (OLD, OLD))
    proc = digitize(
        "-vv",
        "watch",
        root,
        "--patients",
        SAMPLES / "patients.csv",
        "--store",
        store,
        "--once",
        "--settle-seconds",
        "0.2",
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "1 batches done, 1 failed" in proc.stdout
    assert_clean(proc.stdout + proc.stderr, "watch console and log lines", phi)
    for path in root.rglob("*"):
        assert_clean(str(path.relative_to(root)), "watched folder names", phi)
        if path.is_file() and path.name == "error.json":
            assert_clean(path.read_text(), "error file", phi)

    # 3. The store's keys (PDF metadata and DocumentReferences hold PHI by design, keys never).
    keys = [p.relative_to(store).as_posix() for p in store.rglob("*") if p.is_file()]
    assert keys
    assert_clean("\n".join(keys), "object keys", phi)
    for p in store.rglob("*"):
        assert not p.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO)  # owner only

    # 4. The app database's ledger: batch ids and statuses, not the scans' names.
    con = sqlite3.connect(tmp_path / "app.db")
    ledger = " ".join(str(v) for row in con.execute("select * from batch_ledger") for v in row)
    con.close()
    assert_clean(ledger, "batch ledger", phi)

    # 5. Prefect: every table of its database, including these runs' DEBUG logs.
    rows = 0
    for table, blob in prefect_database_rows():
        rows += 1
        assert_clean(blob, f"Prefect table {table}", phi)
    assert rows > 100

    # 6. Nothing with PHI left in the temporary folder: page images are removed.
    left = [p for p in private_tmp.rglob("*") if p.is_file()]
    for p in left:
        assert_clean(p.name, "temporary file name", phi)
        assert not p.name.endswith((".png", ".pgm", ".pbm", ".pdf", ".tif", ".tsv"))
        try:
            assert_clean(p.read_text(errors="ignore"), f"temporary file {p.name}", phi)
        except OSError:
            pass
    assert not list(private_tmp.glob("digitize-work-*"))
