"""Why a run stopped early for an outage (``Engine.outage``): Graph, Entra or the proxy gave no answer, or
answered server errors, for ``EngineOptions.outage_after`` copies (or recipient look-ups) in a row."""
from __future__ import annotations

import dataclasses
import json
import logging
import threading
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from marlib.errors import MarlibError
from marlib.graph.errors import NO_ANSWER, SERVER_ERROR, outage_kind
from marlib.remediation.state_lock import StopRequested

log = logging.getLogger(__name__)

# settings row holding the outage that stopped the last run (JSON of Outage), so that a watch
# started again (a new process, or the app's automatic mode restarted) asks first whether the service is back
# instead of resuming the run and failing up to ``outage_after`` copies once more; removed once it answers
OUTAGE_KEY = "remediation.outage"   # written by every run that stops for an outage (remediate, watch, the app)


@dataclass(frozen=True)
class Outage:
    """Why a run stopped early: ``failures`` ``what`` (copies, or recipient look-ups) in a row got no answer
    (``kind`` no_answer) or a server error (``kind`` server_error: ``service`` answered ``status``); ``cause``
    is the last one's message (it names the host), ``advice`` its advice, ``mailbox`` its mailbox (or
    recipient), ``mailboxes`` the last few distinct mailboxes of the streak, the latest first: where the next
    watch step asks whether the service is back; ``code`` the error the service answered when its status is
    not known (Entra's ``temporarily_unavailable``)."""
    failures: int
    cause: str
    advice: str | None = None
    host: str | None = None
    what: str = "copies"
    kind: str = NO_ANSWER
    status: int | None = None
    service: str | None = None
    mailbox: str | None = None
    code: str | None = None
    mailboxes: tuple[str, ...] = ()

    def __post_init__(self) -> None:   # read back from JSON as a list; a tuple keeps equal outages equal
        object.__setattr__(self, "mailboxes", tuple(self.mailboxes or ()))

    @classmethod
    def of(cls, exc: MarlibError, failures: int, what: str = "copies", mailbox: str | None = None,
           mailboxes: tuple[str, ...] = ()) -> Outage:
        """The outage the last failure ``exc`` of the streak declares."""
        kind = outage_kind(exc) or NO_ANSWER
        status = exc.details.get("status") if kind == SERVER_ERROR else None
        return cls(failures, exc.message, exc.advice, exc.details.get("host"), what, kind,
                   int(status) if status else None, exc.details.get("service") if kind == SERVER_ERROR else None,
                   mailbox, exc.code if kind == SERVER_ERROR and not status else None,
                   mailboxes or ((mailbox,) if mailbox else ()))

    @property
    def check_mailboxes(self) -> tuple[str, ...]:
        """Where to ask whether the service is back: the streak's last mailboxes (an outage kept by an older
        version names only its last one)."""
        return self.mailboxes or ((self.mailbox,) if self.mailbox else ())

    @property
    def answer(self) -> str | None:
        """``Graph answered 503 Service Unavailable`` for a server error, else None."""
        if self.kind != SERVER_ERROR:
            return None
        return f"{self.service or 'the service'} answered {status_text(self.status, self.code)}"

    def as_dict(self) -> dict[str, Any]:
        return {"failures_in_a_row": self.failures, "of": self.what, "kind": self.kind, "status": self.status,
                "service": self.service, "code": self.code, "cause": self.cause, "advice": self.advice,
                "host": self.host}


def status_text(status: int | None, code: str | None = None) -> str:
    """``503 Service Unavailable`` (when the status is not known: the error ``code`` the service answered, say
    ``temporarily_unavailable``, else ``a server error``)."""
    if not status:
        return code or "a server error"
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


# how many of the streak's mailboxes the check asks at most (the outage remembers that many)
CHECK_MAILBOXES = 3
# while the check's request is out, how often a stop request is looked at
CHECK_STOP_POLL_S = 0.1


def service_still_down(mailboxes: Any, outage: Outage, stop: threading.Event | None = None) -> Outage | None:
    """After a run stopped for ``outage``: a cheap request, the same as Check Connection's (a token, then the
    first message of a mailbox: ``Mailboxes.resolve``), tells whether the service answers again. It asks the
    streak's last mailboxes in turn (:attr:`Outage.check_mailboxes`, the latest first) until one answers, so a
    single sick mailbox (one being moved, answering 503) does not keep the run paused once the service is back;
    no answer at all (the network, the proxy) is not asked again of another mailbox. None: one answered
    (anything but no answer or a server error: even a 404 is an answer), the run may resume; else the outage
    as it now is (the last check's failure).

    Each mailbox is asked with one request, not retried and not waiting for a Retry-After
    (:func:`marlib.graph.client.probe`): a probe that fails is simply "still down", and the next watch step asks
    again. ``stop`` (the watch's stop request) is looked at before each mailbox and while its request is out:
    once set, :class:`~marlib.remediation.state_lock.StopRequested` is raised at once, without waiting for the
    answer (a read: left unanswered, it changes nothing). The check then did not happen: the outage stays as it
    was, and the next step (or the next watch started) checks again."""
    now: Outage | None = None
    for mailbox in outage.check_mailboxes[:CHECK_MAILBOXES]:
        try:
            _ask(mailboxes, mailbox, stop)
        except MarlibError as exc:
            kind = outage_kind(exc)
            if kind is not None:
                log.info("the service is still down for %s (%s)", mailbox, exc.message)
                now = Outage.of(exc, outage.failures, outage.what, mailbox, outage.check_mailboxes)
                if kind == NO_ANSWER:
                    break
                continue
        return None
    return now


def _ask(mailboxes: Any, mailbox: str, stop: threading.Event | None) -> None:
    """``mailboxes.resolve(mailbox)`` as a probe; with ``stop``, in a thread of its own, so that a stop need not
    wait for an answer that may take the request's whole timeout (a service that accepts and never answers)."""
    from marlib.graph.client import probe
    if stop is None:
        with probe():
            mailboxes.resolve(mailbox)
        return
    if stop.is_set():
        raise StopRequested()
    done, failed = threading.Event(), []

    def ask() -> None:
        try:
            with probe():
                mailboxes.resolve(mailbox)
        except BaseException as exc:   # noqa: BLE001 - handed to the asking thread, raised there
            failed.append(exc)
        finally:
            done.set()

    threading.Thread(target=ask, name=f"marlib-outage-check-{mailbox}", daemon=True).start()
    while not done.wait(CHECK_STOP_POLL_S):
        if stop.is_set():
            log.info("stopped during the check whether the service is back (%s not answered yet)", mailbox)
            raise StopRequested()
    if failed:
        raise failed[0]


def still_down_notice(outage: Outage) -> str:
    """What a watch step skipped for an outage says (once per change): the service still fails, no copy was
    touched, and what to do."""
    how = (f"{outage.service or 'the service'} still answers {status_text(outage.status, outage.code)}"
           if outage.kind == SERVER_ERROR else f"{outage.host or 'the service'} still gives no answer")
    return (f"remediation paused: {how} ({outage.cause}), so this watch step touched no copy; the run the outage "
            f"stopped resumes at the first step the service answers again (each step checks with one request). "
            f"What to do: {outage.advice or 'check the network and the proxy'}.")


def remember_outage(store: Any, outage: Outage | None) -> None:
    """Keep ``outage`` (None: forget it) in the store for the next watch process (:func:`remembered_outage`).
    A store that cannot be written to now only costs that check: logged, not raised."""
    try:
        store.set_setting(OUTAGE_KEY, None if outage is None else json.dumps(dataclasses.asdict(outage)))
    except MarlibError as exc:
        log.warning("could not store the outage for the next watch: %s", exc)


def note_run_outage(store: Any, outage: Outage | None) -> None:
    """After a remediation run: keep the ``outage`` that stopped it, or (None) forget one kept before, since
    the service answered the run (one small read when there is nothing to forget)."""
    if outage is not None:
        remember_outage(store, outage)
    elif remembered_outage(store) is not None:
        remember_outage(store, None)


def remembered_outage(store: Any) -> Outage | None:
    """The outage that stopped the last watch step's run, kept by :func:`remember_outage` (None: none, or a
    row this version cannot read)."""
    try:
        raw = store.get_setting(OUTAGE_KEY)
    except MarlibError as exc:   # the store stayed locked: the first step resumes as it did before
        log.warning("could not read the outage the last watch stopped for: %s", exc)
        return None
    if not raw:
        return None
    try:
        row = json.loads(raw)
        known = {f.name for f in dataclasses.fields(Outage)}
        return Outage(**{k: v for k, v in row.items() if k in known})
    except (ValueError, TypeError, AttributeError):
        log.warning("ignored the stored outage %r: not readable", raw[:200])
        return None
