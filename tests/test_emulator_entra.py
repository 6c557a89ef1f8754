"""The emulator's Entra token endpoint, driven by the real MSAL client over TLS."""
from __future__ import annotations

import datetime as dt
import time
import uuid

import jwt
import msal
import pytest

from marlib.emulator.testing import CLIENT_ID, TENANT_ID, demo_tenant, msal_app, new_certificate, start_emulator

SCOPE = ["https://graph.microsoft.com/.default"]
READER = "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a"
EXPIRED = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"


@pytest.fixture(scope="module")
def creds() -> dict:
    key, cert, thumb = new_certificate()
    old_key, old_cert, old_thumb = new_certificate(
        not_before=dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=400), days=30)
    other_key, other_cert, other_thumb = new_certificate()
    return {"key": key, "cert": cert, "thumb": thumb, "old_key": old_key, "old_cert": old_cert,
            "old_thumb": old_thumb, "other_key": other_key, "other_thumb": other_thumb}


@pytest.fixture(scope="module")
def emu(creds: dict):
    tenant = demo_tenant(creds["cert"])
    tenant["apps"] += [{"client_id": READER, "certificate": creds["cert"].decode(), "roles": ["Mail.Read"]},
                       {"client_id": EXPIRED, "certificate": creds["old_cert"].decode(),
                        "roles": ["Mail.ReadWrite"]}]
    with start_emulator(tenant, extra_args=("--log-level", "DEBUG")) as running:
        yield running


@pytest.fixture(autouse=True)
def _clock(emu):
    yield
    emu.clock(0)


def _token(emu, tenant: str, client: str, key: bytes, thumb: str | None = None, cert: bytes | None = None) -> dict:
    return msal_app(emu, tenant, client, key, thumb, cert_pem=cert).acquire_token_for_client(SCOPE)


def _codes(result: dict) -> list[int]:
    return result.get("error_codes", [])


@pytest.mark.parametrize("tenant", [TENANT_ID, TENANT_ID.upper(), "contoso.com"])
def test_msal_rs256_x5t_by_tenant_id_or_domain(emu, creds, tenant) -> None:
    result = _token(emu, tenant, CLIENT_ID, creds["key"], creds["thumb"])
    assert result.get("token_type") == "Bearer" and result.get("access_token"), result


def test_msal_ps256_x5t_s256(emu, creds) -> None:
    result = _token(emu, "contoso.com", CLIENT_ID, creds["key"], None, creds["cert"])
    assert result.get("access_token"), result


def test_unknown_client_700016(emu, creds) -> None:
    client = str(uuid.uuid4())
    result = _token(emu, TENANT_ID, client, creds["key"], creds["thumb"])
    assert result["error"] == "unauthorized_client" and _codes(result) == [700016]
    assert f"Application with identifier '{client}' was not found in the directory '{TENANT_ID}'" in \
        result["error_description"]
    assert "Trace ID: " in result["error_description"] and result["correlation_id"]


def test_unknown_tenant_90002(emu, creds) -> None:
    bad = str(uuid.uuid4())
    with pytest.raises(ValueError):      # MSAL cannot read the authority's openid-configuration
        _token(emu, bad, CLIENT_ID, creds["key"], creds["thumb"])
    s = emu.session()
    r = s.get(f"{emu.authority}/{bad}/v2.0/.well-known/openid-configuration", timeout=10)
    assert r.status_code == 400 and r.json()["error"] == "invalid_tenant"
    r = s.post(f"{emu.authority}/{bad}/oauth2/v2.0/token", timeout=10, data={
        "client_id": CLIENT_ID, "grant_type": "client_credentials", "scope": SCOPE[0]})
    body = r.json()
    assert r.status_code == 400 and body["error"] == "invalid_request" and body["error_codes"] == [90002]
    assert body["error_description"].startswith(f"AADSTS90002: Tenant '{bad}' not found.")
    assert set(body) == {"error", "error_description", "error_codes", "timestamp", "trace_id",
                         "correlation_id", "error_uri"}


def test_wrong_thumbprint_700027_key_not_found(emu, creds) -> None:
    result = _token(emu, TENANT_ID, CLIENT_ID, creds["other_key"], creds["other_thumb"])
    assert result["error"] == "invalid_client" and _codes(result) == [700027]
    assert "[Reason - The key was not found." in result["error_description"]


def test_wrong_key_right_thumbprint_700027_signature(emu, creds) -> None:
    result = _token(emu, TENANT_ID, CLIENT_ID, creds["other_key"], creds["thumb"])
    assert _codes(result) == [700027]
    assert "Client assertion contains an invalid signature." in result["error_description"]
    assert "did not match the expected signature" in result["error_description"]


def test_expired_certificate_700027_key_expired(emu, creds) -> None:
    result = _token(emu, TENANT_ID, EXPIRED, creds["old_key"], creds["old_thumb"])
    assert _codes(result) == [700027] and "The key used is expired." in result["error_description"]


@pytest.mark.parametrize("offset", [3600, -3600])
def test_clock_skew_700024(emu, creds, offset) -> None:
    emu.clock(offset)
    result = _token(emu, TENANT_ID, CLIENT_ID, creds["key"], creds["thumb"])
    assert _codes(result) == [700024], result
    assert "Client assertion is not within its valid time range." in result["error_description"]


def _assertion(creds: dict, aud: str, **claims) -> str:
    now = time.time()
    body = {"aud": aud, "iss": CLIENT_ID, "sub": CLIENT_ID, "jti": str(uuid.uuid4()), "iat": now,
            "exp": now + 600, **claims}
    x5t = jwt.utils.base64url_encode(bytes.fromhex(creds["thumb"])).decode()
    return jwt.encode(body, creds["key"], algorithm="RS256", headers={"x5t": x5t})


def _post_token(emu, assertion: str) -> dict:
    r = emu.session().post(f"{emu.authority}/{TENANT_ID}/oauth2/v2.0/token", timeout=10, data={
        "client_id": CLIENT_ID, "grant_type": "client_credentials", "scope": SCOPE[0],
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": assertion})
    return r.json()


def test_wrong_audience_and_issuer(emu, creds) -> None:
    good_aud = f"{emu.authority}/{TENANT_ID}/oauth2/v2.0/token"
    assert "access_token" in _post_token(emu, _assertion(creds, good_aud))
    assert _post_token(emu, _assertion(creds, "https://login.microsoftonline.com/x/oauth2/v2.0/token"))[
        "error_codes"] == [700027]
    assert _post_token(emu, _assertion(creds, good_aud, iss="someone-else"))["error_codes"] == [700021]
    expired = _post_token(emu, _assertion(creds, good_aud, exp=time.time() - 3600, iat=time.time() - 4200))
    assert expired["error_codes"] == [700024]


def test_openid_configuration(emu) -> None:
    r = emu.session().get(f"{emu.authority}/contoso.com/v2.0/.well-known/openid-configuration", timeout=10)
    conf = r.json()
    assert conf["token_endpoint"] == f"{emu.authority}/contoso.com/oauth2/v2.0/token"
    assert conf["authorization_endpoint"] and conf["issuer"] == f"{emu.authority}/{TENANT_ID}/v2.0"


def test_graph_checks_bearer_and_roles(emu, creds) -> None:
    s = emu.session()
    url = f"{emu.graph_url}/v1.0/users/alice@contoso.com/messages"
    r = s.get(url, timeout=10)
    assert r.status_code == 401 and r.json()["error"]["code"] == "InvalidAuthenticationToken"
    r = s.get(url, headers={"Authorization": "Bearer not-a-token"}, timeout=10)
    assert r.status_code == 401
    reader = _token(emu, TENANT_ID, READER, creds["key"], creds["thumb"])["access_token"]
    auth = {"Authorization": f"Bearer {reader}"}
    r = s.get(url, headers=auth, timeout=10)
    assert r.status_code == 200
    msg_id = r.json()["value"][0]["id"]
    r = s.post(f"{url}/{msg_id}/permanentDelete", headers=auth, timeout=10)
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "ErrorAccessDenied"
    assert r.json()["error"]["message"] == "Access is denied. Check credentials and try again."
    assert set(r.json()["error"]["innerError"]) == {"date", "request-id", "client-request-id"}


def test_tokens_and_keys_never_logged(emu, creds) -> None:
    result = _token(emu, TENANT_ID, CLIENT_ID, creds["key"], creds["thumb"])
    emu.session().get(f"{emu.graph_url}/v1.0/users/alice@contoso.com/messages", timeout=10,
                      headers={"Authorization": f"Bearer {result['access_token']}"})
    log = emu.log()
    assert "GET /v1.0/users/alice@contoso.com/messages" in log    # DEBUG request lines are there
    assert result["access_token"] not in log
    key_body = "".join(creds["key"].decode().splitlines()[1:-1])[:64]
    assert key_body not in log and "client_assertion" not in log


def test_msal_session_is_independent_of_env_ca_bundle(emu, creds, monkeypatch) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/nonexistent/ca.pem")
    result = _token(emu, TENANT_ID, CLIENT_ID, creds["key"], creds["thumb"])
    assert "access_token" in result
    assert isinstance(msal_app(emu, TENANT_ID, CLIENT_ID, creds["key"], creds["thumb"]),
                      msal.ConfidentialClientApplication)
