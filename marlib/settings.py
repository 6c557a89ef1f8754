"""Office 365 mailbox settings (the seed's System Administration > Mailbox Settings).

Stored as one JSON row (key ``mailbox``) in the ``settings`` table: client ID,
tenant ID, thumbprint (normalised to hex), the Office 365 domains, the
authority and Graph URLs, an optional CA bundle, an optional HTTP(S) proxy, and
the *path* and public fingerprint of the private key. The key itself (and its
passphrase, if any) is copied to ``<data_dir>/keys/<db name>.mailbox-key.pem`` (``.pass``) with mode 0600
and never stored in the database, logged, exported or shown. So is a proxy password: the
row keeps ``http://user@host:port``, the password goes to ``keys/<db name>.proxy-password``
(0600), and every display masks it (``http://user:****@host:port``). The password may also come apart
from the URL (``proxy_password``: a file's, or ``$MARLIB_PROXY_PASSWORD``), kept out of shell history and
process lists; see ``read_proxy_password_file`` and ``wants_proxy_password``.

The files are named after the database, so databases in one folder keep their own (``marlib.secret_files``,
which also says how settings saved with the older shared names keep working). A key file that no longer holds
the key the settings were saved with is refused when it is read (``MailboxSettings.read_key``), not sent to
Entra to come back as a wrong thumbprint.
"""
from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from marlib import certs
from marlib.errors import CertificateError, SettingsError
from marlib.graph.session import PASSWORD_MASK, mask_password
from marlib.secret_files import (KEY_FILE_NAME, PASSPHRASE_FILE_NAME, PROXY_PASSWORD_FILE_NAME, SECRET_FILE_NAMES,
                                 drop_legacy_files, secret_file)
from marlib.store import Store

log = logging.getLogger(__name__)

SETTINGS_KEY = "mailbox"
TENANT_GUIDS_KEY = "mailbox.tenant_guids"   # {tenant id given as a domain: its GUID, as a token said}
DEFAULT_AUTHORITY = "https://login.microsoftonline.com"
DEFAULT_GRAPH_URL = "https://graph.microsoft.com"
PROXY_PASSWORD_ENV = "MARLIB_PROXY_PASSWORD"   # the proxy password, for a proxy URL given as http://USER@host:port
PROXY_ERROR = "invalid_proxy"   # the code of a SettingsError about the proxy setting
PROXY_MASK = PASSWORD_MASK   # stands for the stored proxy password in displays and in a re-submitted URL
PROXY_ADVICE = ("give the proxy as http://host:port or http://user:password@host:port (https://... for a "
                "proxy that speaks TLS itself), e.g. http://proxy.corp.example:8080, with any @ : / # in the user "
                "name or password percent-encoded (%40 %3A %2F %23); leave it empty for a direct connection")
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
SET_ADVICE = ("run `python -m marlib settings set --client-id ID --tenant-id ID --thumbprint T "
              "--key KEY.pem` (or fill in the Mailbox Settings page)")
# settings rows shared by the app (marlib.workbench) and the command line (marlib.remediation.backend)
LIVE_ENABLED_KEY = "mailbox_enabled"   # "1" when "Enable Office 365 Mailbox Settings" is on
TENANT_MODE_KEY = "tenant_mode"        # simulated | graph (the app may also write emulator | microsoft)
TENANT_FILE_KEY = "tenant_file"        # the simulated tenant's JSON file
ENABLE_ADVICE = ("enable it with `python -m marlib settings enable` (or the switch \"Enable Office 365 "
                 "Mailbox Settings\" on the Mailbox Settings page)")


@dataclass(frozen=True)
class MailboxSettings:
    """What is needed to reach a tenant; no secret in it."""
    client_id: str
    tenant_id: str
    thumbprint: str                       # SHA-1, lower-case hex
    key_file: Path                        # copy under <data_dir>/keys, mode 0600
    key_fingerprint: str                  # SHA-256 of the public key, hex
    passphrase_file: Path | None = None   # copy under <data_dir>/keys, mode 0600
    domains: tuple[str, ...] = ()
    authority: str = DEFAULT_AUTHORITY
    graph_url: str = DEFAULT_GRAPH_URL
    ca_file: Path | None = None
    proxy: str | None = None              # http(s)://[user@]host:port, no password
    proxy_password_file: Path | None = None   # copy under <data_dir>/keys, mode 0600
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    # the tenant's GUID when tenant_id is a domain and a token has told it (remember_tenant_guid)
    tenant_guid: str | None = field(default=None, compare=False)

    @property
    def thumbprint_b64(self) -> str:
        return certs.thumbprint_hex_to_b64(self.thumbprint)

    @property
    def tenant_key(self) -> str:
        """The tenant's identity in the journal: ``<tenant GUID>@<Graph host>`` (lower case; the tenant id as
        given while a domain's GUID is not known yet). Live runs record it, so what was done on one tenant (the
        emulator, say) does not count as done on another, and one tenant given once by GUID and once by domain
        stays one."""
        return tenant_key(self.tenant_guid or self.tenant_id, self.graph_url)

    @property
    def authority_url(self) -> str:
        """``{authority}/{tenant_id}``, what MSAL is given."""
        return f"{self.authority.rstrip('/')}/{self.tenant_id}"

    def in_domains(self, address: str) -> bool:
        """True when no domains are configured or the address's domain is one of them
        (or a subdomain of one)."""
        if not self.domains:
            return True
        domain = address.rsplit("@", 1)[-1].strip().lower()
        return any(domain == d or domain.endswith("." + d) for d in self.domains)

    def public_dict(self) -> dict[str, Any]:
        """For ``settings show``: the key only as its path and fingerprint."""
        out = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items()
               if k != "extra"}
        out["domains"] = list(self.domains)
        out["thumbprint_b64"] = self.thumbprint_b64
        out["key_encrypted"] = self.passphrase_file is not None
        out["proxy"] = self.proxy_display
        return out

    @property
    def proxy_display(self) -> str | None:
        """The proxy URL with its password (if any) shown as ``****``."""
        if not self.proxy:
            return None
        return mask_proxy(self.proxy, has_password=self.proxy_password_file is not None)

    def proxies(self) -> dict[str, str] | None:
        """``requests`` proxies for the session MSAL and Graph share (None: direct).

        Reads the stored proxy password, if any; the result holds a secret: never log it.
        SettingsError (with advice) for a proxy that is no http(s)://host:port URL."""
        if not self.proxy:
            return None
        parts = split_proxy(self.proxy)
        password = (read_proxy_password(self.proxy_password_file) if self.proxy_password_file is not None
                    else parts.password)
        url = _proxy_url(parts, password)
        return {"https": url, "http": url}

    def read_key(self) -> tuple[str, bytes | None]:
        """(PEM text, passphrase or None) for MSAL. Checked: RSA >= 2048, passphrase right, and the key the
        settings were saved with (``key_fingerprint``): SettingsError for a key file replaced since."""
        passphrase = certs.read_passphrase_file(self.passphrase_file) if self.passphrase_file else None
        try:
            pem = self.key_file.read_bytes()
        except OSError as exc:
            raise SettingsError(f"The private key file {self.key_file} cannot be read: "
                                f"{exc.strerror}", advice="upload the key again: " + SET_ADVICE) from None
        found = certs.key_fingerprint(certs.load_private_key(pem, passphrase))
        if found != self.key_fingerprint:
            # without this check Entra answers "invalid certificate thumbprint", which points the admin
            # at the app registration instead of at the file
            raise SettingsError(
                f"The private key file {self.key_file} was replaced: it holds another key (fingerprint "
                f"{found[:16]}…) than the one these settings were saved with ({self.key_fingerprint[:16]}…), "
                "perhaps by the mailbox settings of another database in the same folder",
                advice="set the settings again with the right key: " + SET_ADVICE)
        return pem.decode("ascii"), passphrase


# -- the seed's "Enable Office 365 Mailbox Settings" switch ------------------------
def live_enabled(store: Store) -> bool:
    """True when live remediation (through Microsoft Graph or the emulator) is allowed.

    The single source of truth for the app's switch and the command line: off unless
    turned on (``settings enable``, ``settings set``, or the Mailbox Settings page)."""
    return store.get_setting(LIVE_ENABLED_KEY) == "1"


def set_live_enabled(store: Store, on: bool) -> None:
    """Turn the "Enable Office 365 Mailbox Settings" switch on or off."""
    store.set_setting(LIVE_ENABLED_KEY, "1" if on else "0")
    log.info("live remediation %s", "enabled" if on else "disabled")


def require_live_enabled(store: Store, what: str = "live remediation") -> None:
    """SettingsError (with how to enable it) unless live remediation is enabled."""
    if not live_enabled(store):
        raise SettingsError(
            f"Office 365 mailbox settings are disabled, so {what} cannot act on mailboxes",
            advice=ENABLE_ADVICE + "; or act on the simulated tenant instead: "
                   "`python -m marlib settings tenant simulated`")


# -- validation ----------------------------------------------------------------
def validate_client_id(value: str) -> str:
    try:
        return str(uuid.UUID(value.strip()))
    except (ValueError, AttributeError):
        raise SettingsError(f"Client ID {value!r} is not a GUID",
                            advice="copy the Application (client) ID from the app's Overview "
                                   "page, e.g. 6583ff8c-9c43-450b-a63d-6934afda87b7") from None


def tenant_key(tenant: str, graph_url: str) -> str:
    """``<tenant>@<Graph host>``, lower case, the default https port left out."""
    host = urlsplit(graph_url).netloc.lower() or graph_url.lower()
    return f"{tenant.strip().lower()}@{host.removesuffix(':443')}"


def remember_tenant_guid(store: Store, tenant_id: str, guid: str) -> None:
    """Keep the GUID a token gave for a tenant given as a domain (see ``MailboxSettings.tenant_key``)."""
    known = _tenant_guids(store)
    if known.get(tenant_id.strip().lower()) != guid.lower():
        known[tenant_id.strip().lower()] = guid.lower()
        store.set_setting(TENANT_GUIDS_KEY, json.dumps(known))


def _tenant_guids(store: Store) -> dict[str, str]:
    try:
        known = json.loads(store.get_setting(TENANT_GUIDS_KEY) or "{}")
    except ValueError:
        return {}
    return known if isinstance(known, dict) else {}


def validate_tenant_id(value: str) -> str:
    text = (value or "").strip().lower()
    try:
        return str(uuid.UUID(text))
    except ValueError:
        pass
    if _DOMAIN.match(text):
        return text
    raise SettingsError(f"Tenant ID {value!r} is neither a GUID nor a domain",
                        advice="copy the Directory (tenant) ID from the app's Overview page, or "
                               "give a verified domain such as contoso.onmicrosoft.com")


def validate_domains(values: list[str] | tuple[str, ...] | str | None) -> tuple[str, ...]:
    """Lower-cased, de-duplicated domains from ``d1,d2`` or a list of such (``--domains`` repeated)."""
    if values is None:
        return ()
    items = [part for value in ([values] if isinstance(values, str) else values) for part in value.split(",")]
    out = []
    for item in items:
        d = item.strip().lower().lstrip("@")
        if not d:
            continue
        if not _DOMAIN.match(d):
            raise SettingsError(f"{item!r} is not a mail domain",
                                advice="give the Office 365 domains as d1,d2 (e.g. contoso.com)")
        out.append(d)
    return tuple(dict.fromkeys(out))


def validate_url(value: str, what: str) -> str:
    parts = urlsplit((value or "").strip())
    if parts.scheme != "https" or not parts.netloc:
        raise SettingsError(f"The {what} {value!r} is not an https URL",
                            advice=f"give the {what} as https://host[:port] (MSAL and Graph need TLS)")
    return f"https://{parts.netloc}{parts.path.rstrip('/')}"


@dataclass(frozen=True)
class ProxyParts:
    """A checked proxy URL, taken apart (``user``/``password`` decoded)."""
    scheme: str
    host: str
    port: int
    user: str | None = None
    password: str | None = None


def split_proxy(value: str) -> ProxyParts:
    """Check a proxy URL (http or https scheme, host, explicit port; nothing else);
    SettingsError saying what to give instead. The error never repeats a password."""
    text = (value or "").strip()
    shown = repr(mask_password(text) if "://" in text else mask_password("//" + text)[2:])
    if "://" not in text:
        raise _proxy_error(f"The proxy {shown} has no scheme", f"write it as http://{shown[1:-1]} "
                           "(or https:// for a proxy that speaks TLS)")
    try:
        parts = urlsplit(text)
    except ValueError:   # an unclosed [IPv6] host, say
        raise _proxy_error(f"The proxy {shown} is not a valid URL",
                           "write it as http://host:port (an IPv6 host in brackets: http://[::1]:8080)") from None
    try:
        port = parts.port
    except ValueError:
        raise _proxy_error(f"The proxy {shown} has no valid port (1-65535)") from None
    scheme = parts.scheme.lower()
    if scheme.startswith("socks"):
        raise _proxy_error(f"The proxy {shown} is a SOCKS proxy; marlib speaks to HTTP(S) proxies "
                           "(HTTP CONNECT) only")
    if scheme not in ("http", "https") or not parts.hostname:
        raise _proxy_error(f"The proxy {shown} is not an http:// or https:// URL with a host")
    if not port:
        raise _proxy_error(f"The proxy {shown} has no port",
                           "add the proxy's port (often 8080 or 3128): " + PROXY_ADVICE)
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise _proxy_error(f"The proxy {shown} has a path or query; a proxy is only scheme, host and port")
    return ProxyParts(scheme, parts.hostname.lower(), port,
                      unquote(parts.username) if parts.username is not None else None,
                      unquote(parts.password) if parts.password is not None else None)


def _proxy_error(message: str, advice: str = PROXY_ADVICE) -> SettingsError:
    return SettingsError(message, advice=advice, code=PROXY_ERROR)


def mask_proxy(url: str, *, has_password: bool = False) -> str:
    """``url`` with the password of its user part replaced by ``****`` (also when the password is
    stored apart: ``has_password``). Text that is no URL has any ``//user:...@`` masked."""
    try:
        parts = split_proxy_loose(url)
    except ValueError:   # a port that is no number
        parts = None
    if parts is None:
        return mask_password(url or "")
    password = PROXY_MASK if (parts.password is not None or has_password) else None
    return _proxy_url(parts, password)


def split_proxy_loose(url: str) -> ProxyParts | None:
    """Like ``split_proxy`` without the checks (None when there is no host)."""
    parts = urlsplit((url or "").strip())
    if not parts.hostname:
        return None
    return ProxyParts(parts.scheme.lower(), parts.hostname.lower(), parts.port or 0,
                      unquote(parts.username) if parts.username is not None else None,
                      unquote(parts.password) if parts.password is not None else None)


def _proxy_url(p: ProxyParts, password: str | None = None) -> str:
    host = f"[{p.host}]" if ":" in p.host else p.host
    user = ""
    if p.user is not None or password is not None:
        user = quote(p.user or "", safe="")
        if password is not None:
            user += ":" + (password if password == PROXY_MASK else quote(password, safe=""))
        user += "@"
    return f"{p.scheme}://{user}{host}{':' + str(p.port) if p.port else ''}"


# -- store ---------------------------------------------------------------------
@contextmanager
def _secrets_kept_unless_saved(store: Store) -> Iterator[None]:
    """The secret files (key, passphrase, proxy password) are written before the settings row that names their
    thumbprint and proxy: when the row is not written (the database busy past its wait, a Ctrl-C, a full disk),
    the files go back to what they held, so the stored settings never pair with another key (a running watch,
    which opens its tenant again when the key file changes, would otherwise fail every sign-in)."""
    kept = {}
    for name in SECRET_FILE_NAMES:
        path = secret_file(store, name)
        try:
            kept[path] = path.read_bytes()
        except FileNotFoundError:
            kept[path] = None
        except OSError:   # cannot be read: cannot be put back either, left as the save leaves it
            pass
    try:
        yield
    except BaseException:
        for path, data in kept.items():
            try:
                if data is None:
                    path.unlink(missing_ok=True)
                else:
                    certs.write_secret_file(path, data)
            except OSError as exc:   # the error being raised says what failed; this one is only logged
                log.warning("could not put back %s after the settings were not saved: %s", path, exc)
        raise


def save_settings(store: Store, *, client_id: str, tenant_id: str, thumbprint: str,
                  key: Path | str | bytes, passphrase: bytes | str | None = None,
                  domains: list[str] | tuple[str, ...] | str | None = None,
                  authority: str | None = None, graph_url: str | None = None,
                  ca_file: Path | str | None = None,
                  certificate: Path | str | bytes | None = None,
                  proxy: str | None = None, proxy_password: str | None = None) -> MailboxSettings:
    """Validate and store the settings; copy the key (and passphrase) to <data_dir>/keys (0600).

    ``key`` is a PEM file path or the PEM bytes (an upload). With ``certificate`` (the app
    registration's .crt/.cer, path or bytes) the thumbprint must be that certificate's and the
    key must match it. ``proxy`` (``http://[user:password@]host:port``; None or "" for a direct
    connection) is the HTTP(S) proxy to Entra and Graph; a password given as ``****`` keeps the
    stored one (a form or command re-submitting what ``settings show`` displayed). ``proxy_password``
    is the password of the proxy's user given apart from the URL (``http://user@host:port``), e.g. read
    with ``read_proxy_password_file``; the URL must then name the user and hold no password itself.
    Every value is taken as given (None: the default); ``marlib.settings_update.update_settings`` keeps
    what is left out.
    """
    client_id = validate_client_id(client_id)
    tenant_id = validate_tenant_id(tenant_id)
    try:
        thumb = certs.normalize_thumbprint(thumbprint)
    except CertificateError as exc:
        raise SettingsError(exc.message, advice=exc.advice) from None
    key_obj = certs.load_private_key(key if isinstance(key, bytes) else Path(key), passphrase)
    if certificate is not None:
        check_certificate(thumb, key_obj, certificate)
    ca = _check_ca_file(ca_file)
    proxy_parts = _check_proxy(store, proxy, proxy_password)
    before = _stored_settings(store)
    certs.private_dir(store.data_dir / "keys")
    pem = key if isinstance(key, bytes) else Path(key).read_bytes()
    with _secrets_kept_unless_saved(store):
        key_file = certs.write_secret_file(secret_file(store, KEY_FILE_NAME), pem)
        pass_file = None
        if passphrase and certs._is_encrypted_pem(pem):
            pw = passphrase.encode() if isinstance(passphrase, str) else passphrase
            pass_file = certs.write_secret_file(secret_file(store, PASSPHRASE_FILE_NAME), pw)
        else:
            secret_file(store, PASSPHRASE_FILE_NAME).unlink(missing_ok=True)
        settings = MailboxSettings(
            client_id=client_id, tenant_id=tenant_id, thumbprint=thumb, key_file=key_file.resolve(),
            key_fingerprint=certs.key_fingerprint(key_obj),
            passphrase_file=pass_file.resolve() if pass_file else None,
            domains=validate_domains(domains),
            authority=validate_url(authority or DEFAULT_AUTHORITY, "authority URL"),
            graph_url=validate_url(graph_url or DEFAULT_GRAPH_URL, "Graph URL"), ca_file=ca,
            **_write_proxy(store, proxy_parts), tenant_guid=_tenant_guids(store).get(tenant_id))
        store.set_setting(SETTINGS_KEY, json.dumps(_to_row(settings)))
    drop_legacy_files(store, before, settings, SECRET_FILE_NAMES)
    log.info("mailbox settings saved: client %s tenant %s thumbprint %s key fingerprint %s proxy %s",
             client_id, tenant_id, thumb, settings.key_fingerprint[:16], settings.proxy_display or "none")
    return settings


def set_proxy(store: Store, proxy: str | None, password: str | None = None) -> MailboxSettings:
    """Change only the proxy of the stored settings (None or "": connect directly); ``password``: the
    proxy user's password given apart from the URL, as in ``save_settings``."""
    current = load_settings(store)
    parts = _check_proxy(store, proxy, password)
    with _secrets_kept_unless_saved(store):
        settings = replace(current, **_write_proxy(store, parts))
        store.set_setting(SETTINGS_KEY, json.dumps(_to_row(settings)))
    drop_legacy_files(store, current, settings, (PROXY_PASSWORD_FILE_NAME,))   # the key stays where the row says
    log.info("mailbox settings: proxy %s", settings.proxy_display or "none (direct connection)")
    return settings


def _check_proxy(store: Store, proxy: str | None, password: str | None = None) -> ProxyParts | None:
    """The checked proxy with its password resolved (given apart, or ``****`` -> the stored one); None: direct."""
    if not (proxy or "").strip():
        if password is not None:
            raise _proxy_error("A proxy password is given, but no proxy", "give the proxy it belongs to as "
                               "http://USER@host:port (`settings set --proxy URL` or `settings proxy URL`)")
        return None
    parts = split_proxy(proxy or "")
    if password is not None:
        return _with_password(parts, password)
    if parts.password != PROXY_MASK:
        return parts
    current = _stored_settings(store)
    if (current is None or current.proxy_password_file is None or not current.proxy
            or split_proxy_loose(current.proxy) != replace(parts, password=None)):
        raise SettingsError(f"The proxy password of {mask_proxy(proxy or '')} is given as {PROXY_MASK}, "
                            "but no password is stored for that user and proxy",
                            advice="type the proxy's password in full")
    return replace(parts, password=read_proxy_password(current.proxy_password_file))


def _with_password(parts: ProxyParts, password: str) -> ProxyParts:
    """The proxy with the password given apart from its URL, which must name the user and no password."""
    shown = _proxy_url(parts, PROXY_MASK if parts.password is not None else None)
    if parts.user is None:
        raise _proxy_error(f"The proxy {shown} names no user for the password given apart from it",
                           f"put the proxy's user name in the URL: {_proxy_url(replace(parts, user='USER'))}")
    if parts.password is not None:
        raise _proxy_error(f"The proxy password is given twice: in the URL {shown} and apart from it",
                           f"leave it out of the URL: {_proxy_url(replace(parts, password=None))}")
    if not password:
        raise _proxy_error("The proxy password given is empty", "give the proxy user's password")
    return replace(parts, password=password)


def wants_proxy_password(proxy: str | None) -> bool:
    """True for a proxy URL that names a user and no password (``http://user@host:port``): the one a
    password given apart (``$MARLIB_PROXY_PASSWORD``) goes with."""
    try:
        parts = split_proxy_loose(proxy) if (proxy or "").strip() else None
    except ValueError:   # a bad port or bracket: not this one's to say, the URL's own check explains it
        return False
    return parts is not None and parts.user is not None and parts.password is None


def read_proxy_password_file(path: Path | str) -> str:
    """The proxy password held in a file (``--proxy-password-file``), without its trailing newline.

    SettingsError naming the file for one that is missing, unreadable, empty, not UTF-8 text or holds
    more than one line (another file given by mistake, say); the error never repeats the content."""
    file = Path(path).expanduser()
    advice = ("give a file that holds only the proxy user's password, readable by you alone "
              "(e.g. `install -m 600 /dev/null F`, then write the password into F)")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise _proxy_error(f"Cannot read the proxy password file {file}: {exc.strerror or exc}", advice) from None
    try:
        text = data.decode("utf-8").removesuffix("\n").removesuffix("\r")
    except UnicodeDecodeError:
        raise _proxy_error(f"The proxy password file {file} is not UTF-8 text", advice) from None
    if not text:
        raise _proxy_error(f"The proxy password file {file} is empty", advice)
    if "\n" in text or "\r" in text:
        raise _proxy_error(f"The proxy password file {file} holds more than one line", advice)
    return text


def _write_proxy(store: Store, parts: ProxyParts | None) -> dict[str, Any]:
    """Store the proxy's password (if any) in keys/<db name>.proxy-password (0600); the settings' fields."""
    secret = secret_file(store, PROXY_PASSWORD_FILE_NAME)
    if parts is None or parts.password is None:
        secret.unlink(missing_ok=True)
        return {"proxy": _proxy_url(parts) if parts else None, "proxy_password_file": None}
    certs.private_dir(secret.parent)
    certs.write_secret_file(secret, parts.password.encode("utf-8"))
    return {"proxy": _proxy_url(parts), "proxy_password_file": secret.resolve()}


def read_proxy_password(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"The stored proxy password ({path}) cannot be read: "
                            f"{getattr(exc, 'strerror', None) or exc}",
                            advice="set the proxy again: `python -m marlib settings proxy URL`",
                            code=PROXY_ERROR) from None


def _stored_settings(store: Store) -> MailboxSettings | None:
    try:
        return load_settings(store)
    except SettingsError:
        return None


def certificate_beside(key: Path | str | bytes) -> Path | None:
    """The certificate made together with a key file: beside it with the same name, ``.crt`` or ``.cer`` (as
    ``cert new`` writes them); None for a key given as bytes (an upload) or when there is none."""
    if isinstance(key, bytes):
        return None
    for suffix in (".crt", ".cer"):
        candidate = Path(key).with_suffix(suffix)
        if candidate.is_file() and candidate != Path(key):
            return candidate
    return None


def check_certificate(thumbprint: str, key: Any, certificate: Path | str | bytes) -> None:
    """SettingsError unless ``thumbprint`` (hex) is the certificate's and ``key`` matches it."""
    cert = certs.load_certificate(certificate if isinstance(certificate, bytes) else Path(certificate))
    where = "the certificate" if isinstance(certificate, bytes) else str(certificate)
    if certs.thumbprint_hex(cert) != thumbprint:
        raise SettingsError(
            f"The thumbprint {thumbprint} is not the thumbprint of {where} "
            f"(which is {certs.thumbprint_b64(cert)}, hex {certs.thumbprint_hex(cert)})",
            advice="give the thumbprint of the certificate registered in the app registration "
                   "(`python -m marlib cert inspect CERT` prints it)")
    if not certs.key_matches_certificate(key, cert):
        raise SettingsError(f"The private key does not match {where}",
                            advice="give the key file that was created together with this certificate")


def load_settings(store: Store) -> MailboxSettings:
    """The stored settings; SettingsError with advice when they are missing or broken."""
    raw = store.get_setting(SETTINGS_KEY)
    if not raw:
        raise SettingsError("Office 365 mailbox settings are not configured", advice=SET_ADVICE)
    try:
        row = json.loads(raw)
        return MailboxSettings(
            client_id=row["client_id"], tenant_id=row["tenant_id"], thumbprint=row["thumbprint"],
            key_file=Path(row["key_file"]), key_fingerprint=row["key_fingerprint"],
            passphrase_file=Path(row["passphrase_file"]) if row.get("passphrase_file") else None,
            domains=tuple(row.get("domains") or ()),
            authority=row.get("authority") or DEFAULT_AUTHORITY,
            graph_url=row.get("graph_url") or DEFAULT_GRAPH_URL,
            ca_file=Path(row["ca_file"]) if row.get("ca_file") else None,
            proxy=row.get("proxy") or None,
            proxy_password_file=Path(row["proxy_password_file"]) if row.get("proxy_password_file") else None,
            tenant_guid=_tenant_guids(store).get(str(row["tenant_id"]).strip().lower()))
    except (ValueError, KeyError, TypeError) as exc:
        raise SettingsError(f"The stored mailbox settings are unreadable ({exc})",
                            advice="set them again: " + SET_ADVICE) from None


def clear_settings(store: Store) -> None:
    """Forget the settings and delete this database's key copies (and proxy password); another database's
    in the same folder stay."""
    before = _stored_settings(store)
    store.set_setting(SETTINGS_KEY, None)
    if not store.memory:
        for name in SECRET_FILE_NAMES:
            secret_file(store, name).unlink(missing_ok=True)
        drop_legacy_files(store, before, None, SECRET_FILE_NAMES)


def _to_row(s: MailboxSettings) -> dict[str, Any]:
    return {"client_id": s.client_id, "tenant_id": s.tenant_id, "thumbprint": s.thumbprint,
            "key_file": str(s.key_file), "key_fingerprint": s.key_fingerprint,
            "passphrase_file": str(s.passphrase_file) if s.passphrase_file else None,
            "domains": list(s.domains), "authority": s.authority, "graph_url": s.graph_url,
            "ca_file": str(s.ca_file) if s.ca_file else None,
            # never a password in the database: it lives in proxy_password_file
            "proxy": _without_password(s.proxy),
            "proxy_password_file": str(s.proxy_password_file) if s.proxy_password_file else None}


def _without_password(proxy: str | None) -> str | None:
    parts = split_proxy_loose(proxy) if proxy else None
    return _proxy_url(parts) if parts else None


def _check_ca_file(ca_file: Path | str | None) -> Path | None:
    if not ca_file:
        return None
    path = Path(ca_file).expanduser().resolve()
    try:
        text = path.read_text(encoding="ascii", errors="replace")
    except OSError as exc:
        raise SettingsError(f"Cannot read the CA file {path}: {exc.strerror}",
                            advice="give a PEM bundle of the CA certificates to trust") from None
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise SettingsError(f"{path} holds no PEM certificate",
                            advice="give a PEM bundle of the CA certificates to trust")
    return path
