"""Changing the stored mailbox settings with one rule, the same for ``settings set`` and the app's form.

An option left out keeps its stored value; given as ``""`` it goes back to its default. One exception:
when the settings now name another tenant (another tenant ID, or an authority of the other kind: the
emulator instead of Microsoft or back), the options that describe the old tenant (its domains, authority,
Graph URL and CA file) are not carried over to the new one: left out, they go back to their defaults,
so the emulator's URLs and CA never follow an admin to a real tenant. The proxy, this machine's way out,
is kept all the same. The result says, option by option, what was given, kept or reset.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marlib.errors import SettingsError
from marlib.settings import (DEFAULT_AUTHORITY, DEFAULT_GRAPH_URL, PROXY_ERROR, MailboxSettings, _stored_settings,
                             _tenant_guids, save_settings, validate_tenant_id, validate_url)
from marlib.store import Store

# the options the rule is about, in the order they are shown, and their defaults
DEFAULTS: dict[str, Any] = {"domains": (), "authority": DEFAULT_AUTHORITY, "graph_url": DEFAULT_GRAPH_URL,
                            "ca_file": None, "proxy": None}
TENANT_OPTIONS = ("domains", "authority", "graph_url", "ca_file")   # they describe one tenant
GIVEN, KEPT, DEFAULT, RESET = "given", "kept", "default", "reset"


@dataclass(frozen=True)
class SettingsUpdate:
    """What ``update_settings`` stored, and for each option whether it was given, kept (left out: the
    stored value), default (left out, nothing stored before) or reset (left out, back to its default
    because the tenant changed; ``was`` holds the value it had)."""
    settings: MailboxSettings
    fates: dict[str, str]
    was: dict[str, str] = field(default_factory=dict)
    tenant_change: str | None = None   # e.g. "tenant a.example -> b.example", "the emulator -> Microsoft"

    def kept(self) -> list[str]:
        return [name for name, fate in self.fates.items() if fate == KEPT]

    def reset(self) -> list[str]:
        return [name for name, fate in self.fates.items() if fate == RESET]

    def value(self, name: str) -> str:
        """The option's stored value as ``settings show`` shows it (the proxy password as ****)."""
        return display_value(name, self.settings.public_dict()[name])


def display_value(name: str, value: Any) -> str:
    """One settings value for people, the same in ``settings show``, ``settings set`` and the app."""
    if name == "domains":
        return ", ".join(value) or "(any)"
    if name == "proxy" and not value:
        return "(none: direct connection)"
    if name == "ca_file" and not value:
        return "(none)"
    return "" if value is None else str(value)


def update_settings(store: Store, *, client_id: str, tenant_id: str, thumbprint: str,
                    key: Path | str | bytes, passphrase: bytes | str | None = None,
                    certificate: Path | str | bytes | None = None,
                    domains: list[str] | tuple[str, ...] | str | None = None, authority: str | None = None,
                    graph_url: str | None = None, ca_file: Path | str | None = None,
                    proxy: str | None = None, proxy_password: str | None = None) -> SettingsUpdate:
    """Store the settings by the module's rule: None leaves an option out (kept, or reset when the tenant
    changes), ``""`` asks for its default. The app registration (client, tenant, thumbprint, key) is always
    given. ``proxy_password`` goes with a ``proxy`` given here (``http://user@host:port``)."""
    if proxy_password is not None and proxy is None:
        raise SettingsError("A proxy password is given without the proxy it belongs to",
                            advice="give the proxy with it, as http://USER@host:port", code=PROXY_ERROR)
    current = _stored_settings(store)
    change = _tenant_change(store, current, tenant_id, authority)
    given = {"domains": domains, "authority": authority, "graph_url": graph_url, "ca_file": ca_file,
             "proxy": proxy}
    values: dict[str, Any] = {}
    fates: dict[str, str] = {}
    was: dict[str, str] = {}
    for name, value in given.items():
        stored = _stored_value(current, name)
        if value is not None:
            values[name], fates[name] = value, GIVEN
        elif current is None:
            values[name], fates[name] = None, DEFAULT
        elif change and name in TENANT_OPTIONS and _differs(name, stored):
            values[name], fates[name] = None, RESET
            was[name] = display_value(name, current.public_dict()[name])
        else:
            values[name], fates[name] = stored, KEPT
    try:
        saved = save_settings(store, client_id=client_id, tenant_id=tenant_id, thumbprint=thumbprint, key=key,
                              passphrase=passphrase, certificate=certificate, proxy_password=proxy_password,
                              **values)
    except SettingsError as exc:   # a value kept from before that is no good now (a CA file deleted since, say)
        kept = [n for n, fate in fates.items() if fate == KEPT and values[n] and str(values[n]) in exc.message]
        if not kept:
            raise
        flag = "--" + kept[0].replace("_", "-")
        raise SettingsError(f"{exc.message} (the stored {flag}, kept because {flag} was left out)",
                            advice=f"give {flag} again with a good value, or {flag} '' for its default",
                            code=exc.code) from exc
    return SettingsUpdate(saved, fates, was, change)


def _stored_value(current: MailboxSettings | None, name: str) -> Any:
    """The stored value in the form ``save_settings`` takes back (the proxy as shown: **** keeps its password)."""
    if current is None:
        return None
    return current.proxy_display if name == "proxy" else getattr(current, name)


def _differs(name: str, stored: Any) -> bool:
    default = DEFAULTS[name]
    return bool(stored) and stored != default


def _tenant_change(store: Store, current: MailboxSettings | None, tenant_id: str,
                   authority: str | None) -> str | None:
    """Why the settings now describe another tenant than the stored ones (None: the same tenant)."""
    if current is None:
        return None
    new_id = validate_tenant_id(tenant_id)
    if not _same_tenant(store, current, new_id):
        return f"tenant {current.tenant_id} -> {new_id}"
    if authority is not None:
        old, new = _kind(current.authority), _kind(validate_url(authority or DEFAULT_AUTHORITY, "authority URL"))
        if old != new:
            return f"{old} -> {new}"
    return None


def _same_tenant(store: Store, current: MailboxSettings, new_id: str) -> bool:
    """One tenant given once by GUID and once by a domain whose GUID a token told is one tenant."""
    old = {current.tenant_id, current.tenant_guid} - {None}
    return new_id in old or _tenant_guids(store).get(new_id) in old


def _kind(authority: str) -> str:
    from marlib.graph.auth import is_microsoft_authority
    return "Microsoft" if is_microsoft_authority(authority) else "the emulator"
