"""An unexpected error on the console (issue 14): one line naming its type and exit code 1; with
--verbose, where it happened, never its message, which may quote a scan's file name."""

from __future__ import annotations

from digitize import cli
from pipeline import programs
from pipeline.exitcodes import Exit

PHI_PATH = "/scans/SMITH John 1942-12-10.pdf"


def _explode(settings):
    raise FileNotFoundError(2, "No such file or directory", PHI_PATH)


def test_an_internal_error_never_prints_its_message(monkeypatch, capsys):
    monkeypatch.setattr(programs, "survey", _explode)
    for flags in ([], ["-v"], ["-vv"]):
        assert cli.main([*flags, "doctor"]) == Exit.FAILED
        err = capsys.readouterr().err
        assert "internal error (FileNotFoundError)" in err
        assert "SMITH" not in err and "1942" not in err
        if flags:
            assert "_explode" in err  # where it happened is shown


def test_an_ehr_type_code_for_a_type_the_taxonomy_lacks_is_refused_at_start(monkeypatch, capsys):
    """A misspelt ehr.txa_types key would be ignored without a word: refused, exit 2."""
    monkeypatch.setenv("DIGITIZE_EHR__TXA_TYPES", '{"progres_note": "PN"}')
    assert cli.main(["deliver", "--once"]) == Exit.BAD_INPUT
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "ehr.txa_types names progres_note" in err[0]
    monkeypatch.setenv("DIGITIZE_EHR__TXA_TYPES", '{"progress_note": "PN"}')
    monkeypatch.setenv("DIGITIZE_EHR__HOST", "")
    assert cli.main(["deliver", "--once"]) == Exit.BAD_INPUT  # got past the check
    assert "no EHR receiver is configured" in capsys.readouterr().err
