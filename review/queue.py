"""The review queue in the app database. The pipeline enqueues items (and keeps each flagged
page's searchable one-page PDF in the store); reviewers claim items with a lease and decide them.

Two reviewers never decide the same item: every change is a conditional UPDATE on the item's
version, its holder and its lease, so a stale form changes nothing. A decision is saved first
(state `applying`), then filed through the pipeline's own filing code and recorded in a new
revision of the batch manifest, then marked done with its EHR message queued; a decision
interrupted half way is completed by `resume`, and every step is write-once, so nothing is
filed twice."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from appdb import audit, outbox
from appdb.tables import BatchRow, ReviewItem, ReviewPage, TypeLabel, User, aware, now
from classifiers.taxonomy import Taxonomy
from pipeline.decisions.review_items import ReviewItemProposal
from pipeline.models import COVER_FROM_PRINT, Document
from pipeline.storage import filing, keys, manifest
from pipeline.storage.store import Stores

# A reviewer discards a page for one of these (a fixed list: free text could carry PHI).
DISCARD_REASONS = {
    "duplicate": "Duplicate of a page already filed",
    "not_a_record": "Not part of a medical record",
    "wrong_batch": "Belongs to another batch or facility",
    "illegible": "Illegible (and no rescan possible)",
}
OPEN, PENDING, APPLYING, DONE, MERGED = "open", "pending", "applying", "done", "merged"


def fileable(page: ReviewPage) -> bool:
    """A page a reviewer may file: a content page, or a sheet taken for a cover sheet on its
    print alone (it may be a page of the record). A cover sheet proven by its code never is."""
    return page.role == "document" or COVER_FROM_PRINT in (page.reasons or [])


class Stale(Exception):
    """The form no longer matches the item: someone else decided it, or the claim lapsed."""


class NotReady(Exception):
    """The decision lacks something it needs (a patient, a type, a page to file)."""


class HoldsTooMany(Exception):
    """The reviewer already holds review.max_held_items items: one must be finished or given
    back before another is taken."""


def enqueue(engine: Engine, batch_id: str, proposals: list[ReviewItemProposal]) -> int:
    """Add a batch's items, hidden (`pending`) until its manifest is written. Idempotent: a
    re-run after a crash adds nothing twice."""
    with Session(engine) as s, s.begin():
        if s.scalar(select(ReviewItem.id).where(ReviewItem.batch_id == batch_id).limit(1)):
            return 0
        for p in proposals:
            item = ReviewItem(
                batch_id=batch_id,
                packet=p.packet,
                first_page=p.first_page,
                state=PENDING,
                reasons=p.reasons,
                type_suggestions=[list(t) for t in p.type_suggestions],
                patient_candidates=p.candidates,
                packet_mrn=p.patient_mrn,
                encounter=p.encounter,
                patient_mrn=p.patient_mrn,
                patient_source="pipeline" if p.patient_mrn else None,
                document_type=p.type_suggestions[0][0] if p.type_suggestions else None,
                version=0,
                created_at=now(),
            )
            s.add(item)
            s.flush()
            for page in p.pages:
                s.add(
                    ReviewPage(
                        item_id=item.id,
                        batch_id=batch_id,
                        page_index=page.index,
                        role=page.role,
                        reasons=page.reasons,
                        text=page.text,
                        words=page.words,
                        object_key=keys.review_page_key(batch_id, page.index),
                    )
                )
        return len(proposals)


def open_batch(engine: Engine, batch_id: str, documents: list[str]) -> None:
    """The manifest is written: the batch's items may now be decided, and the EHR is to learn
    of its filed documents (one transaction: neither happens without the other)."""
    with Session(engine) as s, s.begin():
        s.execute(
            update(ReviewItem)
            .where(ReviewItem.batch_id == batch_id, ReviewItem.state == PENDING)
            .values(state=OPEN)
        )
        outbox.queue(s, [outbox.Outgoing(d) for d in documents])


def filed_by_pipeline(m: dict) -> list[str]:
    """The documents a batch's manifest lists as filed by the pipeline itself."""
    return [d["document_id"] for d in m["documents"] if not d.get("reviewed_by")]


# -- reviewer side ---------------------------------------------------------------------------
@dataclass
class ItemView:
    item: ReviewItem
    pages: list[ReviewPage]
    store_url: str
    patients_path: str


class ReviewQueue:
    def __init__(self, engine: Engine, settings):
        self.engine, self.settings = engine, settings
        self.lease = dt.timedelta(minutes=settings.review.lease_minutes)
        self.max_held = settings.review.max_held_items
        self.taxonomy = Taxonomy.load()
        self.store_for = Stores(settings.storage)

    # reading ---------------------------------------------------------------------------------
    def view(self, item_id: int) -> ItemView | None:
        with Session(self.engine, expire_on_commit=False) as s:
            item = s.get(ReviewItem, item_id)
            if item is None or item.state == PENDING:
                return None
            pages = list(
                s.scalars(
                    select(ReviewPage)
                    .where(ReviewPage.item_id == item_id)
                    .order_by(ReviewPage.page_index)
                )
            )
            batch = s.get(BatchRow, item.batch_id)
            return ItemView(
                item, pages, batch.store if batch else "", batch.patients if batch else ""
            )

    def waiting(self, batch_id: str | None = None) -> list[ReviewItem]:
        with Session(self.engine, expire_on_commit=False) as s:
            q = select(ReviewItem).where(ReviewItem.state.in_((OPEN, APPLYING)))
            if batch_id:
                q = q.where(ReviewItem.batch_id == batch_id)
            return list(s.scalars(q.order_by(ReviewItem.batch_id, ReviewItem.first_page)))

    def pages_of(self, item_ids: list[int]) -> dict[int, list[int]]:
        with Session(self.engine) as s:
            rows = s.execute(
                select(ReviewPage.item_id, ReviewPage.page_index).where(
                    ReviewPage.item_id.in_(item_ids)
                )
            )
            out: dict[int, list[int]] = {}
            for item_id, index in rows:
                out.setdefault(item_id, []).append(index)
            return {k: sorted(v) for k, v in out.items()}

    # claiming --------------------------------------------------------------------------------
    def _claimable(self, user_id: int, at: dt.datetime):
        return and_(
            ReviewItem.state == OPEN,
            or_(
                ReviewItem.claimed_by.is_(None),
                ReviewItem.claimed_by == user_id,
                ReviewItem.lease_until < at,
            ),
        )

    def claim(self, item_id: int, user: User) -> ReviewItem | None:
        """Take (or renew) the lease on one item; None when another reviewer holds it."""
        with Session(self.engine, expire_on_commit=False) as s, s.begin():
            return self._take(s, item_id, user, now())

    def _take(self, s: Session, item_id: int, user: User, at: dt.datetime) -> ReviewItem | None:
        # Already ours: only the lease moves on, so forms open in this reviewer's page stay
        # valid. Taken over from nobody or from a lapsed lease: a new version.
        renewed = s.execute(
            update(ReviewItem)
            .where(
                ReviewItem.id == item_id,
                ReviewItem.state == OPEN,
                ReviewItem.claimed_by == user.id,
                ReviewItem.lease_until > at,
            )
            .values(lease_until=at + self.lease)
        )
        if renewed.rowcount != 1:
            held = s.scalar(
                select(func.count()).where(
                    ReviewItem.claimed_by == user.id,
                    ReviewItem.state == OPEN,
                    ReviewItem.lease_until > at,
                    ReviewItem.id != item_id,
                )
            )
            if held >= self.max_held:
                raise HoldsTooMany
            taken = s.execute(
                update(ReviewItem)
                .where(ReviewItem.id == item_id, self._claimable(user.id, at))
                .values(
                    claimed_by=user.id,
                    lease_until=at + self.lease,
                    version=ReviewItem.version + 1,
                )
            )
            if taken.rowcount != 1:
                return None
        return s.get(ReviewItem, item_id, populate_existing=True)

    def claim_next(
        self, user: User, batch_id: str | None = None, exclude: int | None = None
    ) -> ReviewItem | None:
        """The item this reviewer already holds, else the oldest free one. On PostgreSQL the
        candidate row stays locked (FOR UPDATE SKIP LOCKED) until it is claimed in the same
        transaction, so racing reviewers get different items; on SQLite the claim's conditional
        update settles a race and the loser tries the next candidate."""
        at = now()
        for _ in range(20):
            with Session(self.engine, expire_on_commit=False) as s, s.begin():
                q = select(ReviewItem.id).where(self._claimable(user.id, at))
                if batch_id:
                    q = q.where(ReviewItem.batch_id == batch_id)
                if exclude is not None:  # the item just skipped
                    q = q.where(ReviewItem.id != exclude)
                mine_first = case((ReviewItem.claimed_by == user.id, 0), else_=1)
                q = q.order_by(
                    mine_first, ReviewItem.created_at, ReviewItem.batch_id, ReviewItem.first_page
                )
                item_id = s.scalar(q.limit(1).with_for_update(skip_locked=True))
                if item_id is None:
                    return None
                item = self._take(s, item_id, user, at)
                if item is not None:
                    return item
        return None

    def release(self, item_id: int, version: int, user: User) -> None:
        with Session(self.engine) as s, s.begin():
            self._guard(s, item_id, version, user)
            s.execute(
                update(ReviewItem)
                .where(ReviewItem.id == item_id)
                .values(claimed_by=None, lease_until=None)
            )
            audit.record(s, "release", user=user, item_id=item_id)

    def _guard(self, s: Session, item_id: int, version: int, user: User) -> ReviewItem:
        """Bump the version only if the form's version, holder and lease still hold. The
        UPDATE comes first so it takes the row's write lock before anything is read."""
        at = now()
        done = s.execute(
            update(ReviewItem)
            .where(
                ReviewItem.id == item_id,
                ReviewItem.version == version,
                ReviewItem.claimed_by == user.id,
                ReviewItem.state == OPEN,
                ReviewItem.lease_until > at,
            )
            .values(version=ReviewItem.version + 1, lease_until=at + self.lease)
        )
        if done.rowcount != 1:
            raise Stale(
                "This item changed since you opened it (another reviewer took it, or your claim "
                "ran out). Nothing was applied; it has been reloaded."
            )
        return s.get(ReviewItem, item_id, populate_existing=True)

    # changes before the decision ---------------------------------------------------------------
    def set_type(self, item_id: int, version: int, user: User, doc_type: str) -> None:
        if doc_type not in self.taxonomy.types:
            raise NotReady("Unknown document type.")
        with Session(self.engine) as s, s.begin():
            item = self._guard(s, item_id, version, user)
            item.document_type = doc_type
            audit.record(
                s,
                "set_type",
                user=user,
                item_id=item_id,
                batch_id=item.batch_id,
                detail=f"type={doc_type}",
            )

    def assign_patient(self, item_id: int, version: int, user: User, mrn: str) -> None:
        """The caller has matched two identifiers against the index (see patients.search)."""
        with Session(self.engine) as s, s.begin():
            item = self._guard(s, item_id, version, user)
            item.patient_mrn, item.patient_source = mrn, "reviewer"
            audit.record(
                s,
                "assign_patient",
                user=user,
                item_id=item_id,
                batch_id=item.batch_id,
                detail="patient assigned after two identifiers matched",
            )

    def start_packet(self, item_id: int, version: int, user: User, mrn: str) -> list[int]:
        """A flagged page is the start of another patient's packet (a cover sheet lost or
        unread): this item and every later open item of the same packet, up to the next
        cover sheet, get the patient the reviewer found. Items another reviewer holds are left
        alone; each item is still decided, and filed, on its own. The caller has matched two
        identifiers against the index."""
        at = now()
        with Session(self.engine) as s, s.begin():
            item = self._guard(s, item_id, version, user)
            later = s.execute(
                update(ReviewItem)
                .where(*_later_in_packet(item), self._claimable(user.id, at))
                .values(patient_mrn=mrn, patient_source="reviewer", version=ReviewItem.version + 1)
                .returning(ReviewItem.id)
            )
            ids = [item_id, *sorted(later.scalars())]
            item.patient_mrn, item.patient_source = mrn, "reviewer"
            audit.record(
                s,
                "start_packet",
                user=user,
                item_id=item_id,
                batch_id=item.batch_id,
                detail=f"new packet from page {item.first_page}: {len(ids)} items assigned",
            )
            return ids

    def set_page(
        self,
        item_id: int,
        version: int,
        user: User,
        index: int,
        disposition: str | None,
        reason: str | None = None,
    ) -> None:
        """Set one page aside as blank or discarded (with a listed reason), or take it back."""
        if disposition not in (None, "blank", "discard"):
            raise NotReady("Unknown page decision.")
        if disposition == "discard" and reason not in DISCARD_REASONS:
            raise NotReady("Choose why the page is discarded.")
        with Session(self.engine) as s, s.begin():
            item = self._guard(s, item_id, version, user)
            page = s.scalar(
                select(ReviewPage).where(
                    ReviewPage.item_id == item_id, ReviewPage.page_index == index
                )
            )
            if page is None:
                raise NotReady("That page is not part of this item.")
            page.disposition = disposition
            page.disposition_reason = reason if disposition == "discard" else None
            audit.record(
                s,
                "page_disposition",
                user=user,
                item_id=item_id,
                batch_id=item.batch_id,
                detail=f"page {index}: {disposition or 'kept'} {reason or ''}".strip(),
            )

    def split(self, item_id: int, version: int, user: User, at_page: int) -> int:
        """Pages from `at_page` on become a new item (a document boundary the pipeline missed);
        the new item waits in the queue, claimed by nobody."""
        with Session(self.engine) as s, s.begin():
            item = self._guard(s, item_id, version, user)
            pages = self._pages(s, item_id)
            tail = [p for p in pages if p.page_index >= at_page]
            if not tail or len(tail) == len(pages):
                raise NotReady("Split at a page after the first one.")
            new = ReviewItem(
                batch_id=item.batch_id,
                packet=item.packet,
                first_page=tail[0].page_index,
                state=OPEN,
                reasons=sorted({r for p in tail for r in p.reasons}) or list(item.reasons),
                type_suggestions=item.type_suggestions,
                patient_candidates=item.patient_candidates,
                packet_mrn=item.packet_mrn,
                encounter=item.encounter,
                patient_mrn=item.patient_mrn,
                patient_source=item.patient_source,
                document_type=item.document_type,
                version=0,
                created_at=item.created_at,
            )
            s.add(new)
            s.flush()
            for p in tail:
                p.item_id = new.id
            audit.record(
                s,
                "split",
                user=user,
                item_id=item_id,
                batch_id=item.batch_id,
                detail=f"pages from {at_page} to item {new.id}",
            )
            return new.id

    def merge_next(self, item_id: int, version: int, user: User) -> int:
        """Join the next open item of the same batch and packet (one document the pipeline cut
        in two). The other item must not be held by another reviewer."""
        at = now()
        with Session(self.engine) as s, s.begin():
            item = self._guard(s, item_id, version, user)
            nxt = s.scalar(
                select(ReviewItem)
                .where(*_later_in_packet(item), ReviewItem.state == OPEN)
                .order_by(ReviewItem.first_page)
                .limit(1)
            )
            if nxt is None:
                raise NotReady("There is no later item of this packet to merge with.")
            taken = s.execute(
                update(ReviewItem)
                .where(
                    ReviewItem.id == nxt.id,
                    ReviewItem.version == nxt.version,
                    self._claimable(user.id, at),
                )
                .values(
                    state=MERGED,
                    outcome="merged",
                    version=ReviewItem.version + 1,
                    decided_by=user.id,
                    decided_at=at,
                )
            )
            if taken.rowcount != 1:
                raise Stale("The next item is being reviewed by someone else; nothing was merged.")
            for p in self._pages(s, nxt.id):
                p.item_id = item.id
            item.reasons = sorted(set(item.reasons) | set(nxt.reasons))
            if item.patient_mrn != nxt.patient_mrn:
                # Different patients on the two sides: the reviewer must name the patient.
                item.patient_mrn = item.patient_source = None
            audit.record(
                s,
                "merge",
                user=user,
                item_id=item_id,
                batch_id=item.batch_id,
                detail=f"item {nxt.id} merged into this one",
            )
            return nxt.id

    @staticmethod
    def _pages(s: Session, item_id: int) -> list[ReviewPage]:
        return list(
            s.scalars(
                select(ReviewPage)
                .where(ReviewPage.item_id == item_id)
                .order_by(ReviewPage.page_index)
            )
        )

    # decisions -------------------------------------------------------------------------------
    def decide(
        self, item_id: int, version: int, user: User, action: str, reason: str | None = None
    ) -> ReviewItem:
        """file | discard | rescan. Saved first, then applied (see the module docstring)."""
        if action not in ("file", "discard", "rescan"):
            raise NotReady("Unknown decision.")
        if action == "discard" and reason not in DISCARD_REASONS:
            raise NotReady("Choose why the pages are discarded.")
        with Session(self.engine) as s, s.begin():
            item = self._guard(s, item_id, version, user)
            pages = self._pages(s, item_id)
            if action == "file":
                kept = [p for p in pages if fileable(p) and not p.disposition]
                if not kept:
                    raise NotReady("No page is left to file: discard the item instead.")
                if not item.patient_mrn:
                    raise NotReady("Assign the patient first (two identifiers must agree).")
                if not item.document_type:
                    raise NotReady("Set the document type first.")
            item.state = APPLYING
            item.decision = {
                "action": action,
                "reason": reason,
                "reviewer": user.username,
                "patient_mrn": item.patient_mrn,
                "document_type": item.document_type,
            }
            item.decided_by, item.decided_at = user.id, now()
            detail = f"type={item.document_type}" if action == "file" else f"reason={reason}"
            audit.record(
                s, action, user=user, item_id=item_id, batch_id=item.batch_id, detail=detail
            )
        return self.apply(item_id)

    def apply(self, item_id: int) -> ReviewItem:
        """Carry out a saved decision: file, then record in the manifest, then mark done. Safe
        to repeat (write-once objects, idempotent manifest revision)."""
        view = self.view(item_id)
        item, pages = view.item, view.pages
        if item.state != APPLYING:
            return item
        decision = item.decision
        store = self.store_for(view.store_url)
        current = manifest.latest(store, item.batch_id)
        if current is None:
            raise RuntimeError("the batch has no manifest")
        doc = None
        if decision["action"] == "file":
            doc = self._file(item, pages, decision, store, current)
        changes = _page_changes(pages, decision, doc)

        def change(m: dict) -> bool:
            by_index = {p["index"]: p for p in m["pages"]}
            if all(by_index[i].get("reviewed") == c["reviewed"] for i, c in changes.items()):
                return False
            for i, c in changes.items():
                by_index[i].update(c)
            if doc is not None and all(
                d["document_id"] != doc["document_id"] for d in m["documents"]
            ):
                m["documents"].append(doc)
            return True

        manifest.revise(store, item.batch_id, change)
        with Session(self.engine, expire_on_commit=False) as s, s.begin():
            outcome = {"file": "filed", "discard": "discarded", "rescan": "rescan"}
            finished = s.execute(
                update(ReviewItem)
                .where(ReviewItem.id == item_id, ReviewItem.state == APPLYING)
                .values(
                    state=DONE,
                    claimed_by=None,
                    lease_until=None,
                    outcome=outcome[decision["action"]],
                    document_id=doc["document_id"] if doc else None,
                )
            )
            row = s.get(ReviewItem, item_id, populate_existing=True)
            if finished.rowcount != 1:
                return row  # completed by another process meanwhile
            if doc is not None:
                outbox.queue(s, [outbox.Outgoing(doc["document_id"])])
                suggested = item.type_suggestions[0][0] if item.type_suggestions else None
                for n, i in enumerate(doc["pages"]):
                    page = next(p for p in pages if p.page_index == i)
                    s.add(
                        TypeLabel(
                            item_id=item_id,
                            document_id=doc["document_id"],
                            page_index=i,
                            first_page=n == 0,
                            text=page.text,
                            document_type=doc["document_type"],
                            suggested_type=suggested,
                            reviewer=decision["reviewer"],
                            decided_at=aware(item.decided_at) or now(),
                        )
                    )
            return row

    def _file(self, item, pages, decision, store, current) -> dict:
        kept = [p for p in pages if fileable(p) and not p.disposition]
        doc_type = decision["document_type"]
        mrn = decision["patient_mrn"]
        suggestions = dict((t, p) for t, p in item.type_suggestions)
        doc = Document(
            document_id=keys.document_id(item.batch_id, kept[0].page_index),
            packet=item.packet if item.packet is not None else -1,
            mrn=mrn,
            encounter=item.encounter if mrn == item.packet_mrn else None,
            document_type=doc_type,
            loinc=self.taxonomy.loinc(doc_type),
            pages=[p.page_index for p in kept],
            type_confidence=float(suggestions.get(doc_type, 0.0)),
        )
        filing.file_document(
            doc,
            [store.get(p.object_key) for p in kept],
            item.batch_id,
            store,
            self.taxonomy,
            self.settings,
            current.get("classifier_version", ""),
            reviewed_by=decision["reviewer"],
        )
        return manifest.document_record(doc, packet=item.packet, reviewed_by=decision["reviewer"])

    def resume(self) -> int:
        """Complete decisions a crash or a store outage left half applied, and open the items
        of batches whose manifest was written but whose items were not opened (the database
        went away in between). Returns the number of decisions completed."""
        with Session(self.engine) as s:
            ids = list(s.scalars(select(ReviewItem.id).where(ReviewItem.state == APPLYING)))
            waiting = s.execute(
                select(ReviewItem.batch_id, BatchRow.store)
                .join(BatchRow, BatchRow.batch_id == ReviewItem.batch_id)
                .where(ReviewItem.state == PENDING)
                .distinct()
            ).all()
        for batch_id, store_url in waiting:
            current = manifest.latest(self.store_for(store_url), batch_id)
            if current is not None:
                open_batch(self.engine, batch_id, filed_by_pipeline(current))
        for item_id in ids:
            self.apply(item_id)
        return len(ids)


def _later_in_packet(item: ReviewItem) -> tuple:
    """The items after this one in the same batch and packet (pages before any cover sheet
    form a packet of their own)."""
    return (
        ReviewItem.batch_id == item.batch_id,
        ReviewItem.packet.is_(None) if item.packet is None else ReviewItem.packet == item.packet,
        ReviewItem.first_page > item.first_page,
    )


def _page_changes(pages: list[ReviewPage], decision: dict, doc: dict | None) -> dict[int, dict]:
    """Each page's new manifest record: filed into the document, or discarded and why."""
    reviewed = {"by": decision["reviewer"], "action": decision["action"]}
    out: dict[int, dict] = {}
    for p in pages:
        change = {"reviewed": dict(reviewed), "document_id": None}
        if doc is not None and p.page_index in doc["pages"]:
            change.update(
                status="filed",
                mrn=doc["mrn"],
                document_id=doc["document_id"],
                document_type=doc["document_type"],
                discard_reason=None,
            )
        else:
            change["status"] = "discarded"
            if decision["action"] == "rescan":
                change["discard_reason"] = "rescan_requested"
            elif p.role == "cover":
                change["discard_reason"] = "separator"
            elif p.disposition == "blank":
                change["discard_reason"] = "blank"
            elif p.disposition == "discard":
                change["discard_reason"] = f"reviewer:{p.disposition_reason}"
            else:
                change["discard_reason"] = f"reviewer:{decision['reason']}"
        out[p.page_index] = change
    return out
