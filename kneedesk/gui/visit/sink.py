"""The wizard's answer sink on top of the store's autosave: one transaction per change.

The next visit and the plan on the summary page are saved the same way (`save_review`,
`save_plan`).

Each save states the version of the answer the screen was showing, so a value another
workstation saved meanwhile is never overwritten (the store raises ConflictError, shown at
the field). `revision` is the draft's revision the screen's answers are at: it follows this
workstation's own saves, and stays behind once another workstation changed the draft, so a
signature based on it is refused until the visit is read again.

On the clinic server, a save that finds the server out of reach is kept on this computer
(`kneedesk.store.outbox`) and the field keeps its value; so is every later save until what
waits has been sent, so the server gets the changes in the order they were made. `send_waiting`
sends them, one at a time on a worker, each still based on the version the clinician saw:
a value changed elsewhere meanwhile comes back as a conflict at its field (`on_conflict`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, Future
from typing import Any

from kneedesk.core.protocol import Protocol
from kneedesk.store.draft_versions import AnswerSaved
from kneedesk.store.errors import (
    ConflictError,
    NotSignedInError,
    ServerUnavailableError,
    StoreError,
)
from kneedesk.store.outbox import Outbox, WaitingAnswer
from kneedesk.store.store import Store
from kneedesk.store.visit_drafts import DraftSummary
from kneedesk.store.visit_rows import Side

SERVER_WAIT_S = 1.5
"""How long a keystroke's save may wait for the server before the clinician types on and
the change is kept on this computer (a network gone quiet is noticed only after TCP's own
timeout, several seconds)."""

REVIEW = "@next_visit"
PLAN = "@plan"
"""The summary page's next visit and plan, kept with the answers while the server is out of
reach (names no protocol item can have)."""

Change = tuple[str, str, Any, str | None, int]
"""One field's change: item id, side, value, not-tested reason, the version it is based on."""
Conflicted = Callable[[ConflictError], None]
Refused = Callable[[WaitingAnswer, Exception], None]


class StoreSink:
    """Saves each wizard change straight to the database (no Save button anywhere)."""

    def __init__(
        self,
        store: Store,
        visit_id: int,
        protocol: Protocol,
        *,
        revision: int = 0,
        versions: Mapping[tuple[str, str], int] | None = None,
    ) -> None:
        """`revision` and `versions` are the draft's, read before its answers were."""
        self._store = store
        self._visits = store.visits
        self._drafts = store.drafts
        self._visit_id = visit_id
        self._protocol = protocol
        self.revision = revision
        self._versions: dict[tuple[str, str], int] = dict(versions or {})
        self.outbox: Outbox | None = None
        """Where answers wait while the clinic server is out of reach (None: a file)."""
        self.calls: Executor | None = None
        """Where the server is asked, one call at a time in order (None: a file)."""
        self.held = False
        """The last call kept its change on this computer instead of the server."""
        self.sending = False
        self.on_lost: Callable[[BaseException], None] = lambda _exc: None
        self.on_waiting: Callable[[int], None] = lambda _count: None
        self.on_conflict: Conflicted = lambda _conflict: None
        self.on_refused: Refused = lambda _answer, _exc: None
        self.offline: Callable[[], bool] = lambda: False
        """Whether the server is known to be out of reach (then nothing is sent to it)."""
        self.retired = False
        """The visit was closed here: a late answer is still reconciled, but nothing more is
        sent, and a conflict stays kept, to be shown when the visit is next opened."""

    def version(self, item_id: str, slot: str) -> int:
        """The version of the answer in this slot as the screen shows it (0: none stored)."""
        return self._versions.get((item_id, slot), 0)

    def adopt(self, conflict: ConflictError) -> None:
        """Take the version a conflict reports as the one shown: the clinician has seen it
        (then either keeps their value over it, or uses it)."""
        self._versions[(conflict.field, conflict.side or "whole")] = conflict.version

    def _saved(self, item_id: str, slot: str, saved: AnswerSaved) -> None:
        self._versions[(item_id, slot)] = saved.version
        if saved.changed and saved.revision == self.revision + 1:
            self.revision = saved.revision  # nothing else changed the draft in between

    def _sides(self, item_id: str, side: str | None) -> tuple[Side, ...]:
        if side == "left":
            return ("left",)
        if side == "right":
            return ("right",)
        if self._protocol.item(item_id).per_side:
            return ("left", "right")
        return ("whole",)

    def save(self, item_id: str, side: str | None, value: Any) -> None:
        """Store one value (stored units); raises the store's InvalidValueError if refused."""
        slot: Side = "left" if side == "left" else "right" if side == "right" else "whole"
        self.held = False
        self._put(item_id, slot, value, None)

    def clear(self, item_id: str, side: str | None) -> None:
        """Remove a value or a not-tested mark (every side when side is None)."""
        self.held = False
        for slot in self._sides(item_id, side):
            self._put(item_id, slot, None, None)

    def _put(self, item_id: str, slot: Side, value: Any, reason: str | None) -> None:
        """Save on the server, or keep on this computer while it is out of reach (or while
        earlier changes still wait: the server gets them in order)."""
        based_on = self.version(item_id, slot)
        if self._must_keep():
            self._keep(item_id, slot, value, reason, based_on)
            return
        visits, visit_id = self._visits, self._visit_id

        def save() -> AnswerSaved:
            return visits.save_answer(visit_id, item_id, slot, value, reason, based_on=based_on)

        saved = self._now_or_kept(save, (item_id, slot, value, reason, based_on))
        if saved is not None:
            self._saved(item_id, slot, saved)

    def _now_or_kept(self, work: Callable[[], Any], change: Change) -> Any:
        """Run a save on the server and return its result; on a file, or on the server when
        it answers within SERVER_WAIT_S. Otherwise keep the change on this computer and
        return None: a server out of reach (it is tried again when back), or one too slow
        to answer (the save goes on; `_settled` deals with its outcome). A refusal (a
        conflict, a bad value) is raised as it comes."""
        if self.outbox is None or self.calls is None:
            return work()  # a file: saved here and now
        item_id, slot, value, reason, based_on = change
        try:
            future = self.calls.submit(work)
        except RuntimeError:  # the window is closing: kept for the next opening
            self._keep(item_id, slot, value, reason, based_on)
            return None
        try:
            return future.result(timeout=SERVER_WAIT_S)
        except ServerUnavailableError as exc:
            self._keep(item_id, slot, value, reason, based_on)
            self.on_lost(exc)
            return None
        except TimeoutError:
            # The network went quiet: the clinician types on (kept here meanwhile).
            self._keep(item_id, slot, value, reason, based_on)
            self.sending = True
            post = _poster()
            future.add_done_callback(lambda done: post(lambda: self._settled(change, done)))
            return None

    def _settled(self, change: Change, done: Future[Any]) -> None:
        """A save that answered too late for the keystroke finished: make what was kept for
        it agree with what the server did, then send what waits."""
        assert self.outbox is not None
        self.sending = False
        item_id, slot, value, reason, _based_on = change
        kept = self.outbox.find(self._visit_id, item_id, slot)
        same = kept is not None and kept.value == value and kept.reason == reason
        exc = done.exception()
        if exc is None:
            saved = done.result()
            if kept is not None and same:
                self.outbox.sent(kept)
            elif kept is not None and isinstance(saved, AnswerSaved):
                self.outbox.rebase(kept, saved.version)  # typed again since: based on ours
            if isinstance(saved, AnswerSaved):
                self._saved(item_id, slot, saved)
        elif _keeps(exc):
            if not isinstance(exc, NotSignedInError):
                self.on_lost(exc)  # kept: sent when the server is back
            return
        elif self.retired:
            return  # kept: the conflict is shown when the visit is next opened here
        elif kept is not None and same:
            self.outbox.sent(kept)  # shown at the field now
            if isinstance(exc, ConflictError):
                self.on_conflict(exc)
            else:
                self.on_refused(kept, exc if isinstance(exc, Exception) else RuntimeError(exc))
        if not self.retired:
            self.on_waiting(self.outbox.count(self._visit_id))
            self.send_waiting()

    def _must_keep(self) -> bool:
        """Whether a change goes to this computer's outbox, not the server: it is out of
        reach, a save is under way, or earlier changes wait (the server gets them in order)."""
        if self.outbox is None:
            return False
        return self.offline() or self.sending or self.outbox.count(self._visit_id) > 0

    def _keep(self, item_id: str, slot: str, value: Any, reason: str | None, based_on: int) -> None:
        assert self.outbox is not None
        self.outbox.keep(self._visit_id, item_id, slot, value, reason, based_on)
        self.held = True
        self.on_waiting(self.outbox.count(self._visit_id))

    def waiting_summary(self) -> dict[str, Any]:
        """The next visit and plan kept on this computer (by REVIEW / PLAN), if any."""
        if self.outbox is None:
            return {}
        return {
            w.item_id: w.value
            for w in self.outbox.waiting(self._visit_id)
            if w.item_id in (REVIEW, PLAN)
        }

    def waiting_items(self) -> set[str]:
        """The items with a change kept on this computer (left alone by live updates)."""
        if self.outbox is None:
            return set()
        return {w.item_id for w in self.outbox.waiting(self._visit_id)}

    def waiting_count(self) -> int:
        """How many changes of this visit wait on this computer for the server."""
        return 0 if self.outbox is None else self.outbox.count(self._visit_id)

    def retire(self) -> None:
        """The visit is closed here (or another opened): its kept changes wait for its next
        opening, where a conflict can be shown at its field."""
        self.retired = True

    def send_waiting(self) -> None:
        """Send what waits, oldest first, one at a time on a worker (it stops at the first
        sign the server is out of reach again, keeping the rest)."""
        if self.outbox is None or self.calls is None or self.sending or self.offline():
            return
        if self.retired:
            return
        if self._store.current is None:
            return  # locked: sent once the clinician is back (saves need a signed-in actor)
        waiting = self.outbox.waiting(self._visit_id)
        if not waiting:
            self.on_waiting(0)
            return
        answer = waiting[0]
        self.sending = True
        visits, drafts, visit_id = self._visits, self._drafts, self._visit_id
        slot: Side = answer.side  # type: ignore[assignment]  # stored from a Side

        def send() -> AnswerSaved | None:
            if answer.item_id in (REVIEW, PLAN):
                _save_summary(drafts, visit_id, answer.item_id, answer.value)
                return None
            return visits.save_answer(
                visit_id, answer.item_id, slot, answer.value, answer.reason,
                based_on=answer.based_on,
            )  # fmt: skip

        assert self.calls is not None
        post = _poster()
        try:
            future = self.calls.submit(send)
        except RuntimeError:  # the window is closing: sent the next time it is opened
            self.sending = False
            return
        future.add_done_callback(lambda done: post(lambda: self._answered(answer, done)))

    def _answered(self, answer: WaitingAnswer, done: Future[AnswerSaved | None]) -> None:
        exc = done.exception()
        if exc is None:
            self._sent(answer, done.result())
        else:
            self._not_sent(answer, exc if isinstance(exc, Exception) else RuntimeError(exc))

    def _sent(self, answer: WaitingAnswer, saved: AnswerSaved | None) -> None:
        assert self.outbox is not None
        self.sending = False
        self.outbox.sent(answer)
        if saved is not None:
            self._saved(answer.item_id, answer.side, saved)
        if not self.retired:
            self.on_waiting(self.outbox.count(self._visit_id))
            self.send_waiting()

    def _not_sent(self, answer: WaitingAnswer, exc: Exception) -> None:
        assert self.outbox is not None
        self.sending = False
        if _keeps(exc):
            if not isinstance(exc, NotSignedInError):  # locked: sent once the clinician is back
                self.on_lost(exc)  # tried again when the server is back
            return
        if self.retired:
            return  # kept: the conflict is shown when the visit is next opened here
        self.outbox.sent(answer)  # shown at the field now, with the typed value
        if isinstance(exc, ConflictError):
            self.on_conflict(exc)
        else:
            self.on_refused(answer, exc)
        self.on_waiting(self.outbox.count(self._visit_id))
        self.send_waiting()

    def save_review(self, text: str) -> None:
        """Store the next visit typed on the summary page ("" clears it)."""
        self._put_summary(REVIEW, text)

    def save_plan(self, rows: Sequence[Mapping[str, str]], edited: bool) -> None:
        """Store the plan as edited on the summary page (edited False: it follows the findings)."""
        self._put_summary(PLAN, {"rows": [dict(r) for r in rows], "edited": edited})

    def _put_summary(self, which: str, value: Any) -> None:
        """The next visit or the plan: saved, or kept like an answer while the server is out
        of reach (they carry no version: the newest typed is what is sent)."""
        if self._must_keep():
            self._keep(which, "whole", value, None, 0)
            return
        drafts, visit_id = self._drafts, self._visit_id
        self._now_or_kept(
            lambda: _save_summary(drafts, visit_id, which, value), (which, "whole", value, None, 0)
        )

    def mark_not_tested(self, item_id: str, side: str | None, reason: str) -> None:
        """Record that an item (or one side) was not tested, with the reason."""
        self.held = False
        for slot in self._sides(item_id, side):
            self._put(item_id, slot, None, reason)


def _save_summary(drafts: DraftSummary, visit_id: int, which: str, value: Any) -> None:
    if which == REVIEW:
        drafts.save_review(visit_id, str(value))
    else:
        drafts.save_draft_plan(visit_id, value["rows"], edited=bool(value["edited"]))


def _poster() -> Callable[[Callable[[], None]], None]:
    """Runs a closure on the GUI thread, from the worker a server call finished on."""
    from kneedesk.gui.background import tasks

    return tasks().run_on_main


def _keeps(exc: BaseException) -> bool:
    """Whether a change that failed with `exc` stays kept to be sent again: the server out
    of reach, nobody signed in (the screen locked meanwhile), or anything unexpected. A
    conflict or a refused value is shown at its field instead."""
    if isinstance(exc, ServerUnavailableError | NotSignedInError):
        return True
    return not isinstance(exc, StoreError | ValueError)
