"""Corrections of filed documents by a supervisor: a misfile moved to the right patient, or a
wrong document type changed. Nothing is deleted. A correction files a new document that
`replaces` the old one (the same pages; a new type retitles the PDF) with a new
DocumentReference, in the same write-once store, writes the old one's entered-in-error copy,
records both in a new revision of the batch manifest, audits who did it and why, and queues
the EHR messages: T11 for the old document then T02 for the new one when the patient changes,
T10 when the same patient keeps a replaced document.

Like a review decision, a correction is saved first (state `applying`), then carried out step
by step (each write-once or idempotent), then marked done with its messages queued in the same
transaction; `resume` completes one a crash interrupted."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from appdb import audit, outbox
from appdb.tables import BatchRow, Correction, now
from classifiers.taxonomy import Taxonomy
from pipeline.decisions.patients import PatientIndex
from pipeline.models import Document
from pipeline.storage import filing, keys, manifest
from pipeline.storage.store import Stores

# Why a document is corrected (a fixed list: free text could carry PHI).
REASONS = {
    "wrong_patient": "Filed in another patient's chart",
    "wrong_type": "Filed under the wrong document type",
    "cover_sheet_mismatch": "The cover sheet did not belong to these pages",
    "scanned_with_other_packet": "Scanned within another patient's packet",
}
APPLYING, DONE = "applying", "done"


class CorrectionRefused(Exception):
    """The correction cannot be made as asked (a one-line reason without PHI)."""


@dataclass(frozen=True)
class FiledDocument:
    document_id: str
    batch_id: str
    mrn: str
    document_type: str
    pages: list[int]
    status: str  # current, or entered-in-error (replaced by `replaced_by`)
    replaced_by: str | None
    patients_path: str


class Corrections:
    def __init__(self, engine: Engine, settings):
        self.engine, self.settings = engine, settings
        self.taxonomy = Taxonomy.load()
        self._store = Stores(settings.storage)

    def _batch(self, batch_id: str) -> BatchRow:
        with Session(self.engine, expire_on_commit=False) as s:
            batch = s.get(BatchRow, batch_id)
        if batch is None:
            raise CorrectionRefused("No batch in the ledger holds that document.")
        return batch

    # finding ---------------------------------------------------------------------------------
    def find(self, document_id: str) -> FiledDocument | None:
        """A filed document by its id, as the newest manifest of its batch lists it."""
        try:
            batch_id = keys.batch_of_document(document_id)
        except ValueError:
            return None
        with Session(self.engine, expire_on_commit=False) as s:
            batch = s.get(BatchRow, batch_id)
        if batch is None:
            return None
        current = manifest.latest(self._store(batch.store), batch_id)
        for d in (current or {}).get("documents", []):
            if d["document_id"] == document_id:
                return _filed(d, batch)
        return None

    def of_patient(self, mrn: str) -> list[FiledDocument]:
        """Every document filed under this MRN, in every batch the ledger holds (the caller
        has found the patient by two identifiers)."""
        out = []
        with Session(self.engine, expire_on_commit=False) as s:
            batches = list(s.scalars(select(BatchRow).where(BatchRow.status == "done")))
        for batch in batches:
            try:
                current = manifest.latest(self._store(batch.store), batch.batch_id)
            except Exception:  # a store that is gone hides its documents, not the others
                continue
            for d in (current or {}).get("documents", []):
                if d["mrn"] == mrn:
                    out.append(_filed(d, batch))
        return sorted(out, key=lambda d: d.document_id)

    def patient_index(self, doc: FiledDocument) -> PatientIndex:
        return PatientIndex.current(doc.patients_path)

    # correcting ------------------------------------------------------------------------------
    def correct(
        self,
        document_id: str,
        username: str,
        reason: str,
        to_mrn: str | None = None,
        to_type: str | None = None,
        user=None,
        client: str | None = None,
    ) -> str:
        """Save the correction and carry it out; returns the new document's id. `to_mrn` must
        have been found by two identifiers (the review page and the command both ask)."""
        if reason not in REASONS:
            raise CorrectionRefused("Choose why the document is corrected.")
        doc = self.find(document_id)
        if doc is None:
            raise CorrectionRefused("No filed document has that id.")
        if doc.status != "current":
            raise CorrectionRefused("That document was already corrected; correct its successor.")
        if to_type is not None and to_type not in self.taxonomy.types:
            raise CorrectionRefused("Unknown document type.")
        if to_mrn is not None and self.patient_index(doc).get(to_mrn) is None:
            raise CorrectionRefused("The patient index does not hold that patient.")
        to_mrn = None if to_mrn == doc.mrn else to_mrn
        to_type = None if to_type == doc.document_type else to_type
        if to_mrn is None and to_type is None:
            raise CorrectionRefused("Nothing to change: name another patient or another type.")
        new_id = keys.corrected_id(document_id)
        with Session(self.engine) as s, s.begin():
            if s.scalar(select(Correction.id).where(Correction.document_id == document_id)):
                raise CorrectionRefused("That document is being corrected already.")
            row = Correction(
                document_id=document_id,
                new_document_id=new_id,
                batch_id=doc.batch_id,
                to_mrn=to_mrn,
                to_type=to_type,
                reason=reason,
                state=APPLYING,
                requested_by=username,
                requested_at=now(),
            )
            s.add(row)
            s.flush()
            changed = ["patient moved"] if to_mrn else []
            if to_type:
                changed.append(f"type {doc.document_type} -> {to_type}")
            audit.record(
                s,
                "correct",
                user=user,
                username=username,
                batch_id=doc.batch_id,
                detail=f"{document_id} replaced by {new_id}: {', '.join(changed)}; reason={reason}",
                client=client,
            )
            correction_id = row.id
        self.apply(correction_id)
        return new_id

    def apply(self, correction_id: int) -> None:
        """Carry out a saved correction; safe to repeat after a crash at any step."""
        with Session(self.engine, expire_on_commit=False) as s:
            c = s.get(Correction, correction_id)
        if c is None or c.state != APPLYING:
            return
        batch = self._batch(c.batch_id)
        store = self._store(batch.store)
        current = manifest.latest(store, c.batch_id)
        old = next(d for d in current["documents"] if d["document_id"] == c.document_id)
        old_ref = json.loads(store.get(keys.keys_of_document(c.document_id)[1]))
        pdf = store.get(old["object_key"])
        moved = c.to_mrn is not None
        doc_type = c.to_type or old["document_type"]
        if c.to_type:  # the PDF's own title names the type
            t = self.taxonomy.types.get(doc_type)
            pdf = filing.retitle(pdf, t.display if t else "Scanned document")
        encounter = None
        if not moved:
            encounter = (
                (old_ref.get("context", {}).get("encounter") or [{}])[0]
                .get("identifier", {})
                .get("value")
            )
        new = Document(
            document_id=c.new_document_id,
            packet=old.get("packet", -1),
            mrn=c.to_mrn or old["mrn"],
            encounter=encounter,
            document_type=doc_type,
            loinc=self.taxonomy.loinc(doc_type),
            pages=list(old["pages"]),
            type_confidence=1.0,
        )
        filing.store_document(
            new, pdf, c.batch_id, store, self.taxonomy, self.settings,
            current.get("classifier_version", ""), reviewed_by=c.requested_by,
            replaces=c.document_id,
        )  # fmt: skip
        filing.mark_entered_in_error(store, c.document_id, c.reason, replaced_by=new.document_id)
        record = manifest.document_record(
            new, packet=old.get("packet"), reviewed_by=c.requested_by, replaces=c.document_id
        )

        def change(m: dict) -> bool:
            if any(d["document_id"] == new.document_id for d in m["documents"]):
                return False
            for d in m["documents"]:
                if d["document_id"] == c.document_id:
                    d["entered_in_error"] = {"reason": c.reason, "replaced_by": new.document_id}
            m["documents"].append(record)
            for p in m["pages"]:
                if p.get("document_id") == c.document_id:
                    p.update(mrn=new.mrn, document_id=new.document_id, document_type=doc_type)
                    p["corrected"] = {"by": c.requested_by, "reason": c.reason}
            return True

        manifest.revise(store, c.batch_id, change)
        with Session(self.engine) as s, s.begin():
            done = s.execute(
                update(Correction)
                .where(Correction.id == correction_id, Correction.state == APPLYING)
                .values(state=DONE, done_at=now())
            )
            if done.rowcount != 1:
                return  # completed by another process meanwhile
            if moved:
                messages = [
                    outbox.Outgoing(c.document_id, "T11"),
                    outbox.Outgoing(new.document_id, "T02"),
                ]
            else:
                messages = [outbox.Outgoing(new.document_id, "T10", replaces=c.document_id)]
            outbox.queue(s, messages)

    def resume(self) -> int:
        with Session(self.engine) as s:
            ids = list(s.scalars(select(Correction.id).where(Correction.state == APPLYING)))
        for correction_id in ids:
            self.apply(correction_id)
        return len(ids)


def _filed(d: dict, batch: BatchRow) -> FiledDocument:
    eie = d.get("entered_in_error")
    return FiledDocument(
        document_id=d["document_id"],
        batch_id=batch.batch_id,
        mrn=d["mrn"],
        document_type=d["document_type"],
        pages=list(d["pages"]),
        status="entered-in-error" if eie else "current",
        replaced_by=eie["replaced_by"] if eie else None,
        patients_path=batch.patients,
    )
