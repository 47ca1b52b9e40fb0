"""Typed settings. Loading order: config/defaults.yaml, then DIGITIZE_SECTION__KEY variables,
then explicit overrides (CLI flags). Errors name the setting, never a traceback."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

DEFAULTS = Path(__file__).with_name("defaults.yaml")
DOCUMENT_TYPES = Path(__file__).with_name("document_types.yaml")
SYMBOLOGIES = ("Code128", "Code39", "QRCode", "DataMatrix", "PDF417")


class ConfigError(Exception):
    """A setting is missing or invalid; the message is meant for a site admin."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CoverSheet(_Section):
    pattern: str
    title_words: list[str]
    symbologies: list[str]

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            rx = re.compile(v)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression ({exc})") from exc
        if "mrn" not in rx.groupindex:
            raise ValueError("needs a named group (?P<mrn>...)")
        return v

    @field_validator("symbologies")
    @classmethod
    def _known(cls, v: list[str]) -> list[str]:
        unknown = [s for s in v if s not in SYMBOLOGIES]
        if unknown:
            raise ValueError(f"unknown symbology {unknown[0]!r}; use {', '.join(SYMBOLOGIES)}")
        return v


class Identity(_Section):
    mrn_text_pattern: str
    mrn_system: str


class Intake(_Section):
    default_dpi: int = Field(gt=50, le=1200)
    max_page_pixels: int = Field(gt=1_000_000)


class Analysis(_Section):
    ink_darkness: float = Field(gt=0.1, lt=1.0)
    blank_max_ink_per_sq_inch: float = Field(ge=0)
    blank_margin: float = Field(ge=0, lt=0.3)
    osd_min_confidence: float = Field(ge=0)
    max_skew_degrees: float = Field(gt=0, le=45)


class Ocr(_Section):
    language: str
    min_mean_confidence: float = Field(ge=0, le=100)
    omp_thread_limit: int = Field(ge=1)
    timeout_seconds: int = Field(gt=0)


class Review(_Section):
    # The share of auto-filed documents under a wrong type that routing may allow, measured on
    # sources the model never trained on (classifiers/routing.py).
    type_error_target: float = Field(default=0.02, gt=0, le=0.5)
    min_familiarity: float = Field(default=0.5, ge=0, le=1)
    url: str = "http://127.0.0.1:8000"
    lease_minutes: float = Field(default=15, gt=0, le=24 * 60)
    max_held_items: int = Field(default=2, ge=1, le=1000)
    session_idle_minutes: float = Field(default=15, gt=0, le=24 * 60)
    login_max_failures: int = Field(default=5, ge=1, le=100)
    login_lockout_seconds: float = Field(default=300, ge=0, le=86400)
    login_client_max_failures: int = Field(default=20, ge=1, le=10000)
    failed_sign_in_delay_seconds: float = Field(default=1.0, ge=0, le=60)
    session_max_hours: float = Field(default=12, gt=0, le=24 * 30)
    cookie_secure: bool = False
    trusted_proxies: list[str] = []
    anonymous_body_bytes: int = Field(default=16_384, ge=1024, le=1_048_576)
    body_bytes: int = Field(default=1_048_576, ge=16_384, le=64 * 1_048_576)
    concurrent_password_checks: int = Field(default=2, ge=1, le=64)


class Database(_Section):
    url: str | None = None

    @property
    def resolved_url(self) -> str:
        """SQLite in the user's home by default; PostgreSQL (or any SQLAlchemy URL) by setting."""
        if self.url:
            return self.url
        home = Path.home() / ".digitize"
        home.mkdir(mode=0o700, exist_ok=True)
        return f"sqlite:///{home / 'app.db'}"


class Processing(_Section):
    workers: int = Field(ge=0, le=256)
    work_dir: Path | None = None


class Storage(_Section):
    url: str | None = None
    sse: Literal["AES256", "aws:kms"] = "AES256"
    kms_key_id: str | None = None
    retention_mode: Literal["GOVERNANCE", "COMPLIANCE"] | None = None
    retention_days: int = Field(default=0, ge=0, le=36500)
    max_attempts: int = Field(default=10, ge=1, le=50)
    connect_timeout: float = Field(default=5, gt=0)
    read_timeout: float = Field(default=60, gt=0)
    retry_delays_seconds: list[float] = Field(default=[2, 10, 30], max_length=10)


class Filing(_Section):
    pdf_profile: Literal["pdfa-2b", "pdfa-1b", "pdf"] = "pdfa-2b"
    jpeg_quality: int = Field(default=75, ge=30, le=100)
    lossless: bool = False


class Fhir(_Section):
    custodian: str = Field(min_length=1)
    retrieval_base_url: str | None = None


class Ehr(_Section):
    host: str | None = None
    port: int = Field(default=2575, ge=1, le=65535)
    tls: bool = False
    tls_ca_file: Path | None = None
    tls_cert_file: Path | None = None
    tls_key_file: Path | None = None
    timeout_seconds: float = Field(default=30, gt=0)
    sending_application: str = Field(default="DIGITIZE", min_length=1, max_length=20)
    sending_facility: str = Field(default="HIM", min_length=1, max_length=20)
    receiving_application: str = Field(default="EHR", min_length=1, max_length=20)
    receiving_facility: str = Field(default="HOSPITAL", min_length=1, max_length=20)
    assigning_authority: str = Field(default="MRN", min_length=1, max_length=20)
    content: Literal["reference", "embedded"] = "reference"
    txa_types: dict[str, str] = {}
    on_error: Literal["retry", "fail"] = "retry"
    on_reject: Literal["retry", "fail"] = "fail"
    retry_delays_seconds: list[float] = Field(default=[10, 60, 300, 900], min_length=1)
    max_attempts: int = Field(default=20, ge=1)
    lease_seconds: float = Field(default=120, ge=0)

    @model_validator(mode="after")
    def _tls_files(self) -> Ehr:
        for name in ("tls_ca_file", "tls_cert_file", "tls_key_file"):
            path = getattr(self, name)
            if path is not None and not path.is_file():
                raise ValueError(f"{name} {path} is not a readable file")
        if bool(self.tls_cert_file) != bool(self.tls_key_file):
            raise ValueError("tls_cert_file and tls_key_file go together")
        for key, code in self.txa_types.items():
            if not 1 <= len(code) <= 20:
                raise ValueError(f"txa_types.{key} must be 1 to 20 characters")
        return self


class Settings(_Section):
    cover_sheet: CoverSheet
    identity: Identity
    intake: Intake
    analysis: Analysis
    ocr: Ocr
    review: Review
    processing: Processing
    storage: Storage
    filing: Filing = Filing()
    fhir: Fhir
    ehr: Ehr = Ehr()
    database: Database

    @model_validator(mode="after")
    def _retention(self) -> Settings:
        s = self.storage
        if s.retention_mode and s.retention_days <= 0:
            raise ValueError("storage.retention_days must be set when storage.retention_mode is")
        if s.sse == "aws:kms" and not s.kms_key_id:
            raise ValueError("storage.kms_key_id must be set when storage.sse is aws:kms")
        return self

    @property
    def worker_count(self) -> int:
        return self.processing.workers or (os.cpu_count() or 1)


def _env_overrides(environ: dict[str, str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, raw in environ.items():
        if not name.startswith("DIGITIZE_") or "__" not in name:
            continue
        section, _, key = name[len("DIGITIZE_") :].lower().partition("__")
        out.setdefault(section, {})[key] = yaml.safe_load(raw) if raw else raw
    return out


def load_settings(
    overrides: dict[str, dict[str, Any]] | None = None, environ: dict[str, str] | None = None
) -> Settings:
    """Build validated settings; raises ConfigError with a one-line, admin-readable message."""
    data = yaml.safe_load(DEFAULTS.read_text())
    for layer in (_env_overrides(dict(os.environ if environ is None else environ)), overrides):
        for section, values in (layer or {}).items():
            if section not in data:
                raise ConfigError(f"unknown settings section {section!r}")
            data[section].update(values)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        raise ConfigError(f"setting {where}: {msg}" if where else f"setting {msg}") from None
