"""The document-type taxonomy (config/document_types.yaml) and the title rule that recognises a
document's first page from the title words a site expects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from config.settings import DOCUMENT_TYPES, ConfigError


@dataclass(frozen=True)
class DocType:
    key: str
    display: str
    loinc: str | None
    local_code: str | None
    titles: tuple[str, ...]


_PAGE_OF = re.compile(r"\bPage\s+(\d{1,3})\s+of\s+(\d{1,3})\b", re.IGNORECASE)


class Taxonomy:
    def __init__(self, types: list[DocType]):
        self.types = {t.key: t for t in types}
        # Longest titles first, so "DISCHARGE INSTRUCTIONS" is not read as a shorter title.
        self._titles = sorted(
            ((title.upper(), t.key) for t in types for title in t.titles),
            key=lambda x: -len(x[0]),
        )

    @classmethod
    def load(cls, path: Path = DOCUMENT_TYPES) -> Taxonomy:
        try:
            data = yaml.safe_load(Path(path).read_text())
            types = [
                DocType(
                    key=t["key"],
                    display=t.get("display", t["key"]),
                    loinc=t.get("loinc"),
                    local_code=t.get("local_code"),
                    titles=tuple(t.get("titles") or ()),
                )
                for t in data["types"]
            ]
        except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
            raise ConfigError(f"the document-type taxonomy cannot be read ({exc})") from None
        keys = [t.key for t in types]
        if len(keys) != len(set(keys)):
            raise ConfigError("the document-type taxonomy has a key twice")
        return cls(types)

    def check_known(self, keys, setting: str) -> None:
        """A setting keyed by document type must name types the taxonomy has: a misspelt key
        would otherwise be ignored without a word."""
        unknown = sorted(set(keys) - set(self.types))
        if unknown:
            raise ConfigError(
                f"{setting} names {', '.join(unknown)}, not a document type of "
                f"{DOCUMENT_TYPES.name} (known: {', '.join(self.types)})"
            )

    def loinc(self, key: str | None) -> str | None:
        return self.types[key].loinc if key in self.types else None

    def key_of(self, coding: list[dict]) -> str:
        """The taxonomy type a filed DocumentReference's type coding names (its LOINC or
        local code; no code is `other`)."""
        codes = {c.get("code") for c in coding}
        for t in self.types.values():
            if (t.loinc and t.loinc in codes) or (t.local_code and t.local_code in codes):
                return t.key
        return "other"

    def title_of(self, text: str, lines: int = 6) -> str | None:
        """The type whose title stands alone on one of the page's first lines."""
        for line in text.splitlines()[:lines]:
            norm = " ".join(re.sub(r"[^A-Z0-9&' ]", " ", line.upper()).split())
            for title, key in self._titles:
                if norm == title:
                    return key
        return None


def page_of(text: str) -> tuple[int, int] | None:
    """(k, n) from a "Page k of n" footer."""
    m = _PAGE_OF.search(text)
    return (int(m.group(1)), int(m.group(2))) if m else None
