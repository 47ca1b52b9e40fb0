"""The console summary of a processed batch. Patients appear as packet numbers unless the user
asks for identifiers with --show-phi."""

from __future__ import annotations

from collections import Counter, defaultdict


def table(manifest: dict, show_phi: bool = False, names: dict[str, str] | None = None) -> str:
    rows = defaultdict(lambda: Counter())
    types: dict[object, Counter] = defaultdict(Counter)
    for page in manifest["pages"]:
        key = page["packet"]
        rows[key][page["status"]] += 1
        if page["role"] == "document" and page["status"] == "filed":
            types[key][page["document_type"] or "untyped"] += 1
    packets = {p["packet"]: p for p in manifest["packets"]}
    header = f"{'packet':<8}{'patient':<34}{'filed':>6}{'review':>7}{'disc.':>6}  document types"
    lines = [
        f"batch {manifest['batch_id']}: {manifest['page_count']} pages, "
        f"{manifest['summary']['filed']} filed, {manifest['summary']['review']} in review, "
        f"{manifest['summary']['discarded']} discarded, {len(manifest['documents'])} documents",
        header,
        "-" * len(header),
    ]
    for key in sorted(rows, key=lambda k: -1 if k is None else k):
        p = packets.get(key)
        if p is None:
            who = "(no cover sheet)"
        elif p["mrn"] is None:
            who = "(review: " + ", ".join(p["review_reasons"]) + ")"
        elif show_phi:
            who = f"MRN {p['mrn']} {(names or {}).get(p['mrn'], '')}".strip()
        else:
            who = f"patient of packet {key}"
        c = rows[key]
        kinds = ", ".join(f"{t} x{n}" for t, n in sorted(types[key].items()))
        label = "-" if key is None else str(key)
        lines.append(
            f"{label:<8}{who[:33]:<34}{c['filed']:>6}{c['review']:>7}{c['discarded']:>6}  {kinds}"
        )
    return "\n".join(lines)
