"""Entra ID (Azure AD) v2.0 for the emulator: openid-configuration and the token endpoint.

Client credentials with a certificate assertion only, as MSAL's
ConfidentialClientApplication sends them. Checks, in Entra's order, each
answered with Entra's own body and AADSTS code:

    tenant unknown (by id or verified domain)       400 invalid_request   90002
    scope without /.default                         400 invalid_scope     1002012
    client id unknown                               400 unauthorized_client 700016
    assertion unreadable / alg not RS256|PS256      400 invalid_request   50027 / 5002738
    x5t / x5t#S256 not a registered certificate     401 invalid_client    700027 (key was not found)
    registered certificate expired / not yet valid  401 invalid_client    700027 (key used is expired)
    signature does not verify with that certificate 401 invalid_client    700027 (signature mismatch)
    iss/sub not the client id                       401 invalid_client    700021
    aud not this token endpoint                     401 invalid_client    700027 (audience)
    exp passed / iat in the future (5 min skew)     400 invalid_client    700024

Issued tokens are shaped as Entra's (a JWT naming the tenant in ``tid``, unsigned) and remembered with the
app's roles and expiry; ``bearer()`` checks them for the Graph endpoints. Time is the emulator's clock
(``now``), which the admin endpoint can shift to reproduce clock skew.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import secrets
import threading
from dataclasses import dataclass
from typing import Callable
from urllib.parse import parse_qs, urlparse

import jwt
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from marlib.emulator.wire import Request, Response, aad_error, graph_error
from marlib.tenant.model import App, TenantModel

SKEW_SECONDS = 300
TOKEN_LIFETIME = 3599
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


@dataclass(frozen=True)
class Token:
    client_id: str
    roles: tuple[str, ...]
    expires: float


@dataclass(frozen=True)
class _Cert:
    cert: x509.Certificate
    sha1: str       # base64url, no padding
    sha256: str
    hex: str


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _load(pem: str) -> _Cert:
    cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
    der = cert.public_bytes(Encoding.DER)
    sha1 = hashlib.sha1(der).digest()
    return _Cert(cert, _b64url(sha1), _b64url(hashlib.sha256(der).digest()), sha1.hex().upper())


def _stamp(when: dt.datetime) -> str:
    return when.strftime("%m/%d/%Y %H:%M:%S")


def _iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.0000000Z")


class Entra:
    """Token endpoint and bearer-token checks over one TenantModel."""

    def __init__(self, model_getter: Callable[[], TenantModel], now: Callable[[], float]) -> None:
        self._model = model_getter
        self.now = now
        self._tokens: dict[str, Token] = {}
        self._certs: dict[str, _Cert] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ endpoints
    def openid_configuration(self, request: Request, tenant: str) -> Response:
        model = self._model()
        if not model.accepts_tenant(tenant):
            resp = self._unknown_tenant(tenant)
            resp.body["error"] = "invalid_tenant"
            return resp
        base = f"{request.base_url}/{tenant}"
        return Response(200, {
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt",
                                                      "client_secret_basic"],
            "jwks_uri": f"{request.base_url}/{model.tenant_id}/discovery/v2.0/keys",
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": f"{request.base_url}/{model.tenant_id}/v2.0",
            "request_uri_parameter_supported": False,
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
            "end_session_endpoint": f"{base}/oauth2/v2.0/logout",
            "tenant_region_scope": "EU",
            "cloud_instance_name": "microsoftonline.com",
        })

    def token(self, request: Request, tenant: str) -> Response:
        model = self._model()
        if not model.accepts_tenant(tenant):
            return self._unknown_tenant(tenant)
        form = {k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()}
        if form.get("grant_type") != "client_credentials":
            return self._error(400, "unsupported_grant_type", 70003,
                               "The app requested an unsupported grant type "
                               f"'{form.get('grant_type', '')}'.")
        scope = form.get("scope", "")
        if not scope.endswith("/.default"):
            return self._error(400, "invalid_scope", 1002012,
                               f"The provided value for scope {scope} is not valid. Client credential flows "
                               "must have a scope value with /.default suffixed to the resource identifier "
                               "(application ID URI).")
        client_id = form.get("client_id", "")
        app = model.app(client_id)
        if app is None:
            return self._error(400, "unauthorized_client", 700016,
                               f"Application with identifier '{client_id}' was not found in the directory "
                               f"'{model.tenant_id}'. This can happen if the application has not been "
                               "installed by the administrator of the tenant or consented to by any user in "
                               "the tenant. You may have sent your authentication request to the wrong tenant.")
        if form.get("client_assertion_type") != ASSERTION_TYPE or not form.get("client_assertion"):
            return self._error(401, "invalid_client", 7000218,
                               "The request body must contain the following parameter: 'client_assertion' "
                               "or 'client_secret'.")
        failure = self._check_assertion(request, app, form["client_assertion"], tenant)
        if failure is not None:
            return failure
        return self._issue(app)

    # ------------------------------------------------------------------ assertion
    def _check_assertion(self, request: Request, app: App, assertion: str, tenant: str) -> Response | None:
        try:
            header = jwt.get_unverified_header(assertion)
            claims = jwt.decode(assertion, options={"verify_signature": False})
        except jwt.PyJWTError:
            return self._error(400, "invalid_request", 50027,
                               "JWT token is invalid or malformed.")
        alg = header.get("alg")
        if alg not in ("RS256", "PS256"):
            return self._error(400, "invalid_request", 5002738,
                               f"Invalid JWT token. '{alg}' is not a supported signature algorithm. "
                               "Supported signing algorithms are: 'RS256, HS256'")
        cert = self._registered(app, header)
        if cert is None:
            return self._key_error(app, "The key was not found.")
        now = dt.datetime.fromtimestamp(self.now(), dt.timezone.utc)
        if not (cert.cert.not_valid_before_utc <= now <= cert.cert.not_valid_after_utc):
            return self._key_error(app, f"The key used is expired. Thumbprint of key used by client: "
                                        f"'{cert.hex}', Found key 'Start={_stamp(cert.cert.not_valid_before_utc)}, "
                                        f"End={_stamp(cert.cert.not_valid_after_utc)}'")
        try:
            jwt.decode(assertion, key=cert.cert.public_key(), algorithms=[alg],
                       options={"verify_aud": False, "verify_exp": False, "verify_iat": False,
                                "verify_nbf": False, "verify_iss": False, "verify_sub": False})
        except jwt.PyJWTError:
            return self._key_error(app, "The provided signature value did not match the expected signature "
                                        f"value., Thumbprint of key used by client: '{cert.hex}'")
        return self._check_claims(request, app, claims, tenant)

    def _check_claims(self, request: Request, app: App, claims: dict, tenant: str) -> Response | None:
        if str(claims.get("iss", "")).lower() != app.client_id or str(claims.get("sub", "")).lower() != app.client_id:
            return self._error(401, "invalid_client", 700021,
                               "Client assertion application identifier doesn't match 'client_id' parameter. "
                               "Review the documentation at https://docs.microsoft.com/azure/active-directory/"
                               "develop/active-directory-certificate-credentials .")
        if not self._audience_ok(request, claims.get("aud"), tenant):
            return self._key_error(app, f"The audience '{claims.get('aud')}' of the client assertion is "
                                        "not valid for this token endpoint.")
        now = self.now()
        exp, iat, nbf = claims.get("exp"), claims.get("iat"), claims.get("nbf")
        start = nbf if nbf is not None else iat
        if not isinstance(exp, (int, float)) or now > exp + SKEW_SECONDS or \
                (isinstance(start, (int, float)) and now < start - SKEW_SECONDS):
            exp_text = _iso(exp) if isinstance(exp, (int, float)) else "unknown"
            start_text = _iso(start) if isinstance(start, (int, float)) else "unknown"
            return self._error(400, "invalid_client", 700024,
                               f"Client assertion is not within its valid time range. Current time: "
                               f"{_iso(now)}, assertion valid from {start_text}, expiry time of assertion "
                               f"{exp_text}. Review the documentation at https://docs.microsoft.com/azure/"
                               "active-directory/develop/active-directory-certificate-credentials .")
        return None

    def _audience_ok(self, request: Request, aud: object, tenant: str) -> bool:
        """aud must be this server's token endpoint (v2.0 or v1) for an accepted tenant."""
        if not isinstance(aud, str):
            return False
        parsed = urlparse(aud)
        host = urlparse(request.base_url).netloc.lower()
        hosts = {host, host.replace("127.0.0.1", "localhost"), host.replace("localhost", "127.0.0.1")}
        parts = parsed.path.strip("/").split("/")
        return (parsed.scheme == "https" and parsed.netloc.lower() in hosts
                and parts[1:] in (["oauth2", "v2.0", "token"], ["oauth2", "token"])
                and self._model().accepts_tenant(parts[0]))

    def _registered(self, app: App, header: dict) -> _Cert | None:
        """The app's registered certificate named by x5t (SHA-1) or x5t#S256 (SHA-256)."""
        x5t, x5t256 = header.get("x5t"), header.get("x5t#S256")
        for pem in app.certificates:
            cert = self._cert(pem)
            if isinstance(x5t, str) and x5t.rstrip("=") == cert.sha1:
                return cert
            if isinstance(x5t256, str) and x5t256.rstrip("=") == cert.sha256:
                return cert
        return None

    def _cert(self, pem: str) -> _Cert:
        with self._lock:
            if pem not in self._certs:
                self._certs[pem] = _load(pem)
            return self._certs[pem]

    # ------------------------------------------------------------------ tokens
    def _issue(self, app: App) -> Response:
        token = self._jwt_shaped(app)
        with self._lock:
            self._tokens[token] = Token(app.client_id, tuple(app.roles), self.now() + TOKEN_LIFETIME)
        return Response(200, {"token_type": "Bearer", "expires_in": TOKEN_LIFETIME,
                              "ext_expires_in": TOKEN_LIFETIME, "access_token": token},
                        {"Cache-Control": "no-store, no-cache"})

    def _jwt_shaped(self, app: App) -> str:
        """An opaque token shaped as Entra's (a JWT: header, claims, signature in base64url) whose claims name
        the tenant (``tid``) and app as Microsoft's do, so that a client reads the tenant's GUID from it as from a
        real token; the signature part is random (tokens are looked up, never verified)."""
        def part(obj: dict) -> str:
            return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")
        claims = {"aud": "https://graph.microsoft.com", "tid": self._model().tenant_id, "appid": app.client_id,
                  "roles": list(app.roles), "iss": "marlib-emulator"}
        return f"{part({'typ': 'JWT', 'alg': 'none'})}.{part(claims)}.{secrets.token_urlsafe(32)}"

    def bearer(self, request: Request) -> Token | Response:
        """The token of an ``Authorization: Bearer`` header, or Graph's 401 answer."""
        auth = request.header("authorization") or ""
        scheme, _, value = auth.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            return self._unauthorized(request, "Access token is empty.")
        with self._lock:
            token = self._tokens.get(value.strip())
        if token is None:
            return self._unauthorized(request, "CompactToken parsing failed with error code: 80049217")
        if self.now() > token.expires:
            return self._unauthorized(request, "Lifetime validation failed, the token is expired.")
        if self._model().app(token.client_id) is None:
            return self._unauthorized(request, "Access token validation failure. Invalid audience.")
        return token

    def revoke_all(self) -> None:
        with self._lock:
            self._tokens.clear()

    # ------------------------------------------------------------------ errors
    def _unknown_tenant(self, tenant: str) -> Response:
        return self._error(400, "invalid_request", 90002,
                           f"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID "
                           "and are signing into the correct cloud. Check with your subscription "
                           "administrator, this may happen if there are no active subscriptions for the tenant.")

    def _key_error(self, app: App, reason: str) -> Response:
        return self._error(401, "invalid_client", 700027,
                           f"Client assertion contains an invalid signature. [Reason - {reason}, Please visit "
                           "the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys "
                           f"for app Id '{app.client_id}'. Review the documentation at "
                           "https://docs.microsoft.com/en-us/graph/deployments to determine the corresponding "
                           "service endpoint and https://docs.microsoft.com/en-us/graph/api/application-get?"
                           "view=graph-rest-1.0&tabs=http to build a query request URL, such as "
                           f"'https://graph.microsoft.com/beta/applications/{app.client_id}'].")

    def unavailable(self) -> Response:
        """Entra cannot serve the token request now (the ``temporarily_unavailable`` fault): its JSON error
        answered 400, so MSAL hands the body back as an error result (a 5xx it raises as "HTTP Error").
        The body carries no AADSTS number: the reference documents only the error name."""
        answer = self._error(400, "temporarily_unavailable", 0,
                             "The server is temporarily too busy to handle the request. Retry the request.")
        body = dict(answer.body)
        body["error_description"] = body["error_description"].split(": ", 1)[1]   # no "AADSTS0: "
        for key in ("error_codes", "error_uri"):
            body.pop(key, None)
        return Response(400, body, answer.headers)

    def _error(self, status: int, error: str, code: int, text: str) -> Response:
        return aad_error(status, error, code, text, dt.datetime.fromtimestamp(self.now(), dt.timezone.utc))

    def _unauthorized(self, request: Request, message: str) -> Response:
        return graph_error(401, "InvalidAuthenticationToken", message, request,
                           {"WWW-Authenticate": 'Bearer realm="", authorization_uri='
                                                '"https://login.microsoftonline.com/common/oauth2/authorize", '
                                                'client_id="00000003-0000-0000-c000-000000000000"'})
