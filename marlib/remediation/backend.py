"""Which ``Mailboxes`` backend a command-line or app run uses.

``tenant_mode`` (environment ``MARLIB_TENANT_MODE``, else the store setting
``tenant_mode`` that ``settings tenant`` and the app's tenant switch write, default
``graph``; ``emulator`` and ``microsoft`` mean ``graph``):

* ``graph``: the configured Office 365 mailbox settings (``mailboxes_from_settings``):
  Microsoft Graph, or the emulator when the authority is not Microsoft's. A live run
  needs the seed's "Enable Office 365 Mailbox Settings" switch on
  (``marlib.settings.live_enabled``), else it refuses with a SettingsError.
* ``simulated``: the in-process tenant model, so the embedded demo runs without a
  tenant. Its state lives in ``<data_dir>/<db name>.simulated_tenant.json`` and, after a run, what
  that run changed is appended to ``<...>.simulated_tenant.json.journal`` beside it
  (``TenantModel.write_state``; kept between runs, so a deleted copy stays deleted; runs of several
  processes take turns on it,
  :mod:`marlib.remediation.state_lock`); the first run loads the tenant file
  (``MARLIB_TENANT_FILE`` / setting ``tenant_file``; the seeded default database sets
  the sample's), else builds one from the ingested data.

``set_tenant_mode(store, mode, tenant_file=...)`` chooses the active tenant (the CLI's
``settings tenant`` and the app's ``Workbench.set_tenant``).
"""
from __future__ import annotations

import atexit
import gc
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marlib.errors import InputError, SettingsError, StoreError
from marlib.progress import Progress
from marlib.remediation.state_lock import state_lock, wait_limit
from marlib.settings import TENANT_FILE_KEY, TENANT_MODE_KEY
from marlib.store import Store

log = logging.getLogger(__name__)

MODES = ("graph", "simulated")
STATE_SUFFIX = ".simulated_tenant.json"   # beside the database: <db name>.simulated_tenant.json


@dataclass
class Backend:
    """A Mailboxes backend and how to describe it to the user."""
    mailboxes: Any
    mode: str           # graph | simulated
    description: str    # shown by the CLI and the app


def stored_tenant_mode(store: Store) -> str:
    """The active tenant as given: MARLIB_TENANT_MODE, else the store setting ``tenant_mode``, else
    ``graph`` (the tenant of the mailbox settings); the app's ``emulator`` / ``microsoft`` kept as written.
    The one default for the command line, the reports and the app."""
    return (os.environ.get("MARLIB_TENANT_MODE") or store.get_setting(TENANT_MODE_KEY) or "graph").strip().lower()


def tenant_mode(store: Store) -> str:
    """graph | simulated, from MARLIB_TENANT_MODE or the store setting ``tenant_mode`` (default graph)."""
    try:
        return normalize_mode(stored_tenant_mode(store))
    except SettingsError as exc:
        if not (os.environ.get("MARLIB_TENANT_MODE") or "").strip():
            raise
        # a typo in the environment: say so, or it reads as a bad setting of the database
        raise SettingsError(f"{exc.message}, from the environment variable MARLIB_TENANT_MODE",
                            advice="set MARLIB_TENANT_MODE to graph or simulated, or unset it to use the "
                                   "database's setting (`python -m marlib settings tenant simulated|graph`)") from exc


def normalize_mode(raw: str) -> str:
    """graph | simulated for a stored or given tenant mode (emulator/microsoft are graph)."""
    mode = raw.strip().lower()
    if mode in ("emulator", "microsoft"):   # the app's values (models.TenantKind): both are Graph
        mode = "graph"
    if mode not in MODES:
        raise SettingsError(f"unknown tenant mode '{mode}'",
                            advice="use `python -m marlib settings tenant simulated|graph` (or set "
                                   "MARLIB_TENANT_MODE to graph or simulated)")
    return mode


def set_tenant_mode(store: Store, mode: str, *, tenant_file: str | Path | None = None,
                    from_data: bool = False) -> None:
    """Choose the active tenant: ``graph`` (also ``emulator``/``microsoft``, as the app writes)
    or ``simulated``. ``tenant_file`` sets the simulated tenant's JSON file; ``from_data``
    forgets it (the tenant is then built from the ingested data). Either starts the
    simulated tenant afresh (its saved state is forgotten)."""
    normalize_mode(mode)
    value = mode.strip().lower()
    if tenant_file is not None and from_data:
        raise SettingsError("Give either a tenant file or from_data, not both")
    if tenant_file is not None:
        path = Path(tenant_file).expanduser().resolve()
        if not path.is_file():
            what = "is a folder, not a file" if path.is_dir() else "does not exist"
            raise InputError(f"Tenant file {path} {what}",
                             advice="give the tenant JSON written by `marlib sample` (DIR/tenant.json)")
        from marlib.tenant.model import TenantModel
        TenantModel.load(path)   # a file that is not a tenant file is refused now, not at the next run
        _new_source(store, str(path))
    elif from_data:
        _new_source(store, None)
    store.set_setting(TENANT_MODE_KEY, value)
    log.info("active tenant: %s%s", value, f" (tenant file {tenant_file})" if tenant_file else "")


def _new_source(store: Store, source: str | None) -> None:
    """The simulated tenant's new tenant file (None: the ingested data), its saved state forgotten, both once
    a run in flight on it has finished (a wait that runs out changes neither)."""
    state = state_path(store)
    with _held(store, state, "choosing the simulated tenant again") if state is not None else nullcontext():
        store.set_setting(TENANT_FILE_KEY, source)
        forget_simulated_state(store)


def tenant_file(store: Store) -> Path | None:
    """The simulated tenant's JSON file (MARLIB_TENANT_FILE, else the setting), or None: the
    tenant is then built from the ingested data."""
    raw = os.environ.get("MARLIB_TENANT_FILE") or store.get_setting(TENANT_FILE_KEY)
    return Path(raw) if raw else None


def journal_mode(store: Store) -> str:
    """The journal mode of real runs on the active tenant (simulated or live): what "already
    remediated" is judged against."""
    return "simulated" if tenant_mode(store) == "simulated" else "live"


def state_path(store: Store) -> Path | None:
    """Where the simulated tenant's state is kept (None for an in-memory store)."""
    # one state per database (not per folder), so two databases side by side never share a tenant
    return None if store.memory or store.path is None else store.data_dir / (store.path.stem + STATE_SUFFIX)


def simulated_source(store: Store) -> str:
    """What the simulated tenant is (or will be) loaded from, for the user."""
    state = state_path(store)
    source = tenant_file(store)
    origin = f"tenant file {source}" if source is not None else "built from the ingested data"
    if state is not None and state.exists():
        return f"state {state}, first {'loaded from ' if source else ''}{origin}"
    return origin


def simulated_model(store: Store) -> tuple[Any, str]:
    """The simulated tenant (its saved state, else its tenant file, else built from the
    ingested data) and a description of where it came from."""
    model, description, _ = simulated_tenant(store)
    return model, description


def simulated_tenant(store: Store, progress: Progress | None = None) -> tuple[Any, str, "TopUp"]:
    """:func:`simulated_model` and its :class:`TopUp` (a tenant built from the data, saved after a run,
    gains here the copies of mail ingested or judged malicious since; later ones join when it is called).
    ``progress``: how the load goes (``TenantModel.load``), for a large tenant."""
    from marlib.tenant.model import TenantModel
    state = state_path(store)
    source = tenant_file(store)
    if state is not None and state.exists():
        model = _load_state(state, progress)
        top_up = TopUp(store, model)
        added = top_up()
        return model, f"simulated tenant (state {state}{_added(added)})", top_up
    if source is not None:
        if not source.exists():
            raise SettingsError(f"The simulated tenant file {source} does not exist",
                                advice="choose one with `python -m marlib settings tenant simulated "
                                       "--tenant-file FILE` (or --from-data)")
        model = TenantModel.load(source, progress=progress)
        return model, f"simulated tenant (from {source})", TopUp(store, model)
    if progress is not None:
        progress(0, None, "building it from the ingested data")
    top_up = TopUp(store, None)
    return top_up.build(), "simulated tenant (built from the ingested data)", top_up


def _load_state(state: Path, progress: Progress | None = None) -> Any:
    """The saved simulated tenant; a damaged one is marlib's own file, with advice to start it again."""
    from marlib.tenant.model import TenantModel
    try:
        return TenantModel.load(state, progress=progress)
    except InputError as exc:
        raise SettingsError(f"the simulated tenant's saved state {state} cannot be used ({exc.message})",
                            advice="start the simulated tenant again: `python -m marlib settings tenant "
                                   f"simulated` (with --tenant-file F or --from-data), or delete {state}") from None


FROM_DATA = "data"   # TenantModel.origin of a tenant built from the ingested data


class TopUp:
    """Keeps a tenant built from the ingested data in step with the data, called before each run on a
    tenant kept across runs (``watch``, the app) and when its saved state is loaded.

    The copies of every attachment judged malicious that it has not considered yet (mail ingested, or
    judged malicious, since) are built with the same seeded draws (folders, kinds of address) and the
    tenant's own lists and their members, and added when the tenant never held them: copies it held keep
    their state, moved, deleted or purged. Nothing is done for a tenant from a tenant file, or when no
    ingest ran and no verdict arrived since the last call (one small query)."""

    def __init__(self, store: Store, model: Any) -> None:
        self.store, self.model = store, model
        self.seen: set[tuple[str, str]] = set()   # (recipient, Message-ID) of the copies considered
        self.mark: tuple | None = None              # the data's mark when they were
        self._lock = threading.Lock()

    @property
    def active(self) -> bool:
        return getattr(self.model, "origin", None) == FROM_DATA and tenant_file(self.store) is None

    def _mark(self, con) -> tuple:
        return tuple(con.execute(
            "SELECT (SELECT count(*) FROM recipients), (SELECT count(*) FROM verdict_events), "
            "(SELECT count(*) FROM ingest_runs), (SELECT max(finished_at) FROM ingest_runs)").fetchone())

    def build(self) -> Any:
        """The tenant of the data as it is now (no saved state yet)."""
        from marlib.tenant.from_store import build_tenant
        from marlib.whatif_scenario import TenantBehaviour
        with self._lock, self.store.connect() as con:
            mark = self._mark(con)
            copies = _malicious_copies(con)
            self.model = build_tenant(self.store, TenantBehaviour(), copies=copies, con=con).model
            self.model.origin = FROM_DATA
            self.seen, self.mark = set(_pairs(copies)), mark
        return self.model

    def __call__(self) -> int:
        """Add what the data holds and the tenant was not built with; returns the messages added."""
        if getattr(self.model, "origin", None) != FROM_DATA:
            return 0
        from marlib.tenant.from_store import build_tenant
        from marlib.whatif_scenario import TenantBehaviour
        with self._lock:
            with self.store.connect() as con:
                mark = self._mark(con)
            # nothing new (every page of the app asks): one query; a tenant file chosen since: none of its
            # business
            if mark == self.mark or not self.active:
                return 0
            with self.store.connect() as con:
                copies = _malicious_copies(con)
                keys = _pairs(copies)
                new = copies[[k not in self.seen for k in keys]]
                added = 0
                if not new.empty:
                    # the tenant's lists keep their members (drawn from the recipients known when built)
                    groups = {g.address.lower(): tuple(g.members) for g in self.model.groups.values()}
                    built = build_tenant(self.store, TenantBehaviour(groups=groups), copies=new, con=con).model
                    added = self.model.add_unknown(built)
            self.seen.update(keys)
            self.mark = mark   # only once added: a failed call is done again next time
        if added:
            log.info("simulated tenant: %d message(s) from mail ingested or judged malicious since", added)
        return added


def _malicious_copies(con) -> Any:
    from marlib.tenant.from_store import affected_copies
    hashes = [h for (h,) in con.execute(
        "SELECT DISTINCT sha256 FROM verdict_events WHERE verdict = 'MALICIOUS'").fetchall()]
    return affected_copies(con, hashes)


def _pairs(copies: Any) -> list[tuple[str, str]]:
    """(recipient, Message-ID) of each row of ``affected_copies``."""
    return list(zip(copies["recipient"].str.lower(), copies["message_id"]))


def _added(n: int) -> str:
    return f"; {n} message(s) added from mail ingested or judged malicious since" if n else ""


def save_simulated_state(store: Store, model: Any) -> None:
    """Keep the simulated tenant as it now is, for the next run (CLI or app); not during another's run."""
    state = state_path(store)
    if state is not None:
        with _held(store, state, "saving the simulated tenant"):
            _write_state(state, model)


def _held(store: Store, state: Path, what: str) -> Any:
    """The state's lock (:mod:`marlib.remediation.state_lock`) for a short write outside a session."""
    return state_lock(state).hold(what, wait_s=wait_limit(), on_wait=store.on_wait)


def _write_state(state: Path, model: Any, *, append: bool = False) -> tuple | None:
    """Save the tenant (``TenantModel.write_state``): with ``append`` (nobody saved since this process
    loaded or wrote the state) only what changed since goes to the journal beside the file, else the file is
    rewritten. Either way a crash leaves the previous state or the new one. Returns the state's
    :func:`_identity` once written (taken under the state's lock, so it is this write's)."""
    try:
        for stale in state.parent.glob(state.name + ".*.tmp"):   # a save killed before its rename left it
            stale.unlink(missing_ok=True)   # (every save holds the state's lock: no other is writing one now)
        with collector_paused():   # the state's records and JSON: millions of objects, none in a cycle
            how = model.write_state(state, append=append)
    except OSError as exc:   # a folder this user cannot write to, a full disk: the state before stays whole
        raise StoreError(f"Cannot save the simulated tenant's state {state}: {exc.strerror or exc}",
                         advice=f"make {state.parent} writable for the user running marlib and free space there, "
                                "then run again; until then the simulated tenant keeps the state of its last "
                                "save") from exc
    log.debug("simulated tenant: state %s %s", state, how)
    return _identity(state)


def _identity(path: Path | None) -> tuple | None:
    """What tells one saved state from another, or None when there is none: the file's and its journal's
    (inode, mtime, size). A rewrite makes a new file; an append makes the journal longer."""
    if path is None:
        return None
    from marlib.tenant.model import journal_path
    try:
        st = path.stat()
    except OSError:
        return None
    try:
        jt = journal_path(path).stat()
        journal = (jt.st_ino, jt.st_mtime_ns, jt.st_size)
    except OSError:
        journal = None
    return (st.st_ino, st.st_mtime_ns, st.st_size, journal)


def keep_out_of_gc() -> None:
    """Leave the objects alive now, the simulated tenant just loaded among them, out of the cyclic garbage
    collector's full collections (``gc.freeze``).

    A large tenant is millions of Python objects (800,000 messages, their lists, dicts and indexes) that live as
    long as the process keeps the tenant, and none of them is in a reference cycle (a message names its mailbox
    by address): dropped, they are freed by their reference counts, frozen or not. Left in the collector's
    oldest generation, every full collection walked them all, about a second each, holding the GIL: a run made
    a dozen of them as its copies' rows and outcomes piled up, and the app, where Streamlit collects after every
    script run (``runner.postScriptGC``: each redraw of the progress, every second), spent nearly all its time
    collecting while the run's thread waited, several times slower and its progress standing still. Frozen, a
    full collection walks only what was made since. :func:`release_from_gc` undoes it when the tenant is let go
    (the objects frozen with it that later become garbage in a cycle are collected again from then on)."""
    global _UNFREEZE_AT_EXIT
    gc.freeze()
    if not _UNFREEZE_AT_EXIT:   # as Python ends, frozen objects are not collected: extension types (DuckDB's
        _UNFREEZE_AT_EXIT = True   # nanobind) then report them leaked on stderr
        atexit.register(gc.unfreeze)
    log.debug("simulated tenant: %d objects left out of the garbage collector's full collections",
              gc.get_freeze_count())


_UNFREEZE_AT_EXIT = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a tenant loads or its state is written (``gc.disable``, then as it
    was): every object a load makes lives on, and a save's records and JSON text are freed by their reference
    counts, so the dozen full collections a large load or first save set off (10 of a load's 25 seconds, each
    walking all that was made so far) found nothing to free."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextmanager
def loading_out_of_gc() -> Iterator[None]:
    """A tenant loads: garbage collected first (an object frozen with the tenant that becomes garbage in a cycle
    later is not collected until the tenant is let go, so none that is garbage already is frozen), no collection
    while it loads (:func:`collector_paused`), then frozen (:func:`keep_out_of_gc`) before collecting again (the
    first young collection would walk all of it)."""
    gc.collect()
    with collector_paused():
        yield
        keep_out_of_gc()


def release_from_gc() -> None:
    """Undo :func:`keep_out_of_gc` (``gc.unfreeze``): the tenant was let go."""
    gc.unfreeze()


class SimulatedSession:
    """The simulated tenant of one process across its runs (``remediate``, ``watch``, the app) and its saved
    state.

    Before each run (:meth:`refresh`) a state another process saved since is taken up, so what it moved or
    deleted stays so, unless this process has changes of its own not saved yet (they are kept and saved);
    a state forgotten meanwhile (the tenant was chosen again) starts the tenant afresh from its new source.
    The model object stays the same throughout (its contents are replaced), so a run in flight in another
    thread and the next one act on one tenant. A tenant built from the data also gains new copies
    (:class:`TopUp`). After each run :meth:`save` keeps it when a request was made since (``dirty``).

    A run goes through :meth:`exclusive`, which holds the state's lock (:mod:`marlib.remediation.state_lock`)
    from taking up the state to saving it: two processes (or threads) whose runs overlap take turns, the
    second starting from what the first saved, so neither one's moves and deletions are lost. ``lock_wait_s``
    bounds the wait (default ``MARLIB_TENANT_LOCK_WAIT``, else a few minutes), then TenantLockedError.
    ``progress``: how the first load goes (a large tenant takes half a minute). Each load leaves the tenant out of
    the garbage collector's full collections (:func:`keep_out_of_gc`)."""

    def __init__(self, store: Store, *, lock_wait_s: float | None = None,
                 progress: Progress | None = None) -> None:
        self.store = store
        self.state = state_path(store)
        self.wait_s = wait_limit(lock_wait_s)
        # the state's identity before it is read: a save by another process meanwhile shows as one since
        self.known = _identity(self.state)
        with loading_out_of_gc():
            self.model, self.description, self.top_up = simulated_tenant(store, progress)
        self.dirty = False   # a request was made on the tenant since it was saved or taken up
        self._lock = threading.Lock()
        self._runs = 0       # this session's runs in flight in the thread holding the state's lock

    @contextmanager
    def exclusive(self, what: str, *, on_save: Callable[[str], None] | None = None) -> Iterator[Any]:
        """Hold the tenant for one run (``what`` names it to a run that waits meanwhile); yields the tenant.

        The outermost of nested runs (``remediate`` resuming an interrupted run first) takes up the state
        saved since and, when it ends, saves what was done, before the next run anywhere may start.
        ``on_save(message)`` is told before that save (the whole tenant's takes seconds on a large one)."""
        if self.state is None:   # an in-memory store: no saved state, no other process
            yield self.refresh()
            return
        with state_lock(self.state).hold(what, wait_s=self.wait_s, on_wait=self.store.on_wait):
            outermost = self._runs == 0
            self._runs += 1
            try:
                yield self.refresh() if outermost else self.model
            finally:
                self._runs -= 1
                if outermost:
                    self._write(on_save)

    def refresh(self) -> Any:
        """The tenant for the next run."""
        with self._lock:
            now = _identity(self.state)
            if now != self.known and (now is None or not self.dirty):
                with loading_out_of_gc():   # the tenant loaded again: as the first load
                    self.model.take_over(self._reload(now))
                self.top_up = TopUp(self.store, self.model)
                self.known, self.dirty = now, False
            elif now != self.known:
                log.warning("simulated tenant: another process saved %s while this one has changes not saved "
                            "yet; this one's are kept", self.state)
            top_up = self.top_up
        top_up()
        return self.model

    def _reload(self, now: tuple | None) -> Any:
        """The tenant from its new source (``now`` None: the state was forgotten) or another process's state."""
        if now is None:
            log.info("simulated tenant: its state was forgotten (the tenant was chosen again)")
            fresh, self.description, _ = simulated_tenant(self.store)
            return fresh
        log.info("simulated tenant: taking up the state %s saved by another process", self.state)
        return _load_state(self.state)

    def save(self) -> None:
        """Keep what was done since the state was saved or taken up (a run through :meth:`exclusive` saved
        already; this is for requests made outside one)."""
        if self.state is None or not self.dirty:
            return
        with state_lock(self.state).hold("saving the simulated tenant", wait_s=self.wait_s,
                                         on_wait=self.store.on_wait):
            self._write()

    def _write(self, on_save: Callable[[str], None] | None = None) -> None:
        with self._lock:
            if self.state is not None and self.dirty:
                # only what changed, when the state is still the one this process took up or wrote
                append = self.known is not None and _identity(self.state) == self.known
                if on_save is not None:
                    # the whole tenant the first time: some seconds on a large one
                    on_save("saving the simulated tenant" if append else "saving the whole simulated tenant")
                self.known = _write_state(self.state, self.model, append=append)
                self.dirty = False


@contextmanager
def simulated_tenant_copy(store: Store, session: SimulatedSession | None = None) -> Iterator[Any]:
    """A copy of the simulated tenant as the next run on it would find it (its saved state taken up, mail
    ingested since added, a run in flight finished first), for a what-if preview (``marlib.whatif.preview``)
    that must not change it; no run starts on the tenant while the block plans (the copy is the caller's to
    use after it). ``session``: the process's own (the app's), else one opened on the saved state."""
    session = session or SimulatedSession(store)
    with session.exclusive("a what-if preview copying the simulated tenant") as model:
        yield model.copy()


def forget_simulated_state(store: Store) -> None:
    """Start the simulated tenant again from its tenant file (or the ingested data). A run in flight on it
    finishes first (else its save would bring the forgotten state back)."""
    from marlib.tenant.model import journal_path
    state = state_path(store)
    if state is not None:
        with _held(store, state, "choosing the simulated tenant again"):
            state.unlink(missing_ok=True)
            journal_path(state).unlink(missing_ok=True)


@contextmanager
def open_backend(store: Store, *, mode: str | None = None) -> Iterator[Backend]:
    """The configured backend; a simulated tenant's state is saved when the block ends."""
    mode = mode or tenant_mode(store)
    if mode == "simulated":
        from marlib.tenant.simulated import SimulatedMailboxes
        session = SimulatedSession(store)
        mailboxes = SimulatedMailboxes(session.model, session=session)
        try:
            yield Backend(mailboxes, mode, session.description)
        finally:
            mailboxes.persist()
        return
    from marlib.tenant.graph import mailboxes_from_settings
    settings = _graph_settings(store)
    mailboxes = mailboxes_from_settings(settings)
    kind = getattr(mailboxes, "kind", "microsoft")
    via = "the Graph emulator at" if kind == "emulator" else "Microsoft Graph"
    try:
        yield Backend(mailboxes, mode, f"{kind} via {via} {settings.graph_url}")
    finally:
        close = getattr(mailboxes, "close", None)
        if close:
            close()


def _graph_settings(store: Store) -> Any:
    """The mailbox settings of a live Graph run: configured, and live remediation enabled."""
    from marlib.settings import SET_ADVICE, load_settings, require_live_enabled
    try:
        settings = load_settings(store)
    except SettingsError as exc:
        advice = exc.advice or SET_ADVICE
        if "settings tenant simulated" not in advice:
            advice += ("; or, to act on the simulated tenant instead (no Office 365 needed), run "
                       "`python -m marlib settings tenant simulated`")
        raise SettingsError(exc.message, advice=advice) from None
    require_live_enabled(store)
    return settings
