"""Which ``Mailboxes`` backend a command-line or app run uses.

``tenant_mode`` (environment ``MARLIB_TENANT_MODE``, else the store setting
``tenant_mode`` that the app's tenant switch also writes, default ``graph``;
``emulator`` and ``microsoft`` mean ``graph``):

* ``graph``: the configured Office 365 mailbox settings (``mailboxes_from_settings``):
  Microsoft Graph, or the emulator when the authority is not Microsoft's.
* ``simulated``: the in-process tenant model, so the embedded demo runs without a
  tenant. Its state lives in ``<data_dir>/simulated_tenant.json`` (kept between
  runs, so a deleted copy stays deleted); the first run loads the tenant file
  (``MARLIB_TENANT_FILE`` / setting ``tenant_file``, else ``data/sample/tenant.json``),
  or builds one from the ingested data.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marlib.errors import SettingsError
from marlib.store import Store

log = logging.getLogger(__name__)

MODES = ("graph", "simulated")
STATE_FILE = "simulated_tenant.json"
DEFAULT_TENANT_FILE = Path("data") / "sample" / "tenant.json"


@dataclass
class Backend:
    """A Mailboxes backend and how to describe it to the user."""
    mailboxes: Any
    mode: str           # graph | simulated
    description: str    # shown by the CLI and the app


def tenant_mode(store: Store) -> str:
    """graph | simulated, from MARLIB_TENANT_MODE or the store setting ``tenant_mode``."""
    raw = os.environ.get("MARLIB_TENANT_MODE") or store.get_setting("tenant_mode") or "graph"
    mode = raw.strip().lower()
    if mode in ("emulator", "microsoft"):   # the app's values (models.TenantKind): both are Graph
        mode = "graph"
    if mode not in MODES:
        raise SettingsError(f"unknown tenant mode '{mode}'",
                            advice="set MARLIB_TENANT_MODE (or the setting tenant_mode) to graph or "
                                   "simulated")
    return mode


def _tenant_file(store: Store) -> Path | None:
    raw = os.environ.get("MARLIB_TENANT_FILE") or store.get_setting("tenant_file")
    if raw:
        return Path(raw)
    return DEFAULT_TENANT_FILE if DEFAULT_TENANT_FILE.exists() else None


def simulated_model(store: Store) -> tuple[Any, str]:
    from marlib.tenant.model import TenantModel
    state = None if store.memory else store.data_dir / STATE_FILE
    if state is not None and state.exists():
        return TenantModel.load(state), f"simulated tenant (state {state})"
    source = _tenant_file(store)
    if source is not None and source.exists():
        return TenantModel.load(source), f"simulated tenant (from {source})"
    from marlib.tenant.from_store import build_tenant
    from marlib.whatif_scenario import TenantBehaviour
    built = build_tenant(store, TenantBehaviour(), hashes=_all_malicious(store))
    return built.model, "simulated tenant (built from the ingested data)"


def save_simulated_state(store: Store, model: Any) -> None:
    """Keep the simulated tenant as it now is, for the next run (CLI or app)."""
    if not store.memory:
        state = store.data_dir / STATE_FILE
        tmp = state.with_suffix(".tmp")
        model.dump(tmp)
        tmp.replace(state)   # atomic: a crash never leaves half a tenant


def forget_simulated_state(store: Store) -> None:
    """Start the simulated tenant again from its tenant file."""
    if not store.memory:
        (store.data_dir / STATE_FILE).unlink(missing_ok=True)


def _all_malicious(store: Store) -> list[str]:
    rows = store.query_df("SELECT DISTINCT sha256 FROM verdict_events WHERE verdict = 'MALICIOUS'")
    return list(rows["sha256"])


@contextmanager
def open_backend(store: Store, *, mode: str | None = None) -> Iterator[Backend]:
    """The configured backend; a simulated tenant's state is saved when the block ends."""
    mode = mode or tenant_mode(store)
    if mode == "simulated":
        from marlib.tenant.simulated import SimulatedMailboxes
        model, description = simulated_model(store)
        try:
            yield Backend(SimulatedMailboxes(model), mode, description)
        finally:
            save_simulated_state(store, model)
        return
    from marlib.tenant.graph import mailboxes_from_settings
    mailboxes = mailboxes_from_settings(store)
    kind = getattr(mailboxes, "kind", "microsoft")
    try:
        from marlib.settings import load_settings
        where = load_settings(store).graph_url
    except Exception:  # description only
        where = ""
    try:
        yield Backend(mailboxes, mode, f"{kind} via Microsoft Graph {where}".strip())
    finally:
        close = getattr(mailboxes, "close", None)
        if close:
            close()
