"""Graph limits and injected faults of the emulator; clean shutdown on SIGTERM."""
from __future__ import annotations

import signal
import threading

import pytest
import requests

from marlib.emulator.testing import CLIENT_ID, TENANT_ID, demo_tenant, msal_app, new_certificate, start_emulator

MESSAGES = "/v1.0/users/alice@contoso.com/messages"


@pytest.fixture(scope="module")
def creds():
    return new_certificate()


@pytest.fixture(scope="module")
def emu(creds):
    with start_emulator(demo_tenant(creds[1])) as running:
        yield running


@pytest.fixture(scope="module")
def auth(emu, creds) -> dict:
    app = msal_app(emu, TENANT_ID, CLIENT_ID, creds[0], creds[2])
    token = app.acquire_token_for_client(["https://graph.microsoft.com/.default"])["access_token"]
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(autouse=True)
def _fresh(emu):
    emu.reset()
    emu.configure(latency_ms=0, fault_rate=0, concurrency=4, window_limit=10_000, hang_seconds=30)
    yield
    emu.clear_faults()


def _parallel(emu, auth, n: int, path: str = MESSAGES) -> list[requests.Response]:
    barrier = threading.Barrier(n)
    out: list[requests.Response] = []

    def one() -> None:
        s = emu.session()
        barrier.wait()
        out.append(s.get(f"{emu.graph_url}{path}", headers=auth, timeout=30))
    threads = [threading.Thread(target=one) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_four_concurrent_requests_per_mailbox(emu, auth) -> None:
    emu.configure(latency_ms=1500)
    statuses = sorted(r.status_code for r in _parallel(emu, auth, 8))
    assert statuses == [200] * 4 + [429] * 4
    throttled = [r for r in _parallel(emu, auth, 6) if r.status_code == 429]
    assert throttled and all(r.headers["Retry-After"] == "1" for r in throttled)
    assert throttled[0].json()["error"]["code"] == "ApplicationThrottled"
    assert emu.state()["requests"]["throttled"] >= 6


def test_other_mailboxes_are_not_throttled(emu, auth) -> None:
    emu.configure(latency_ms=1500)
    results: list[requests.Response] = []
    t = threading.Thread(target=lambda: results.extend(_parallel(emu, auth, 4)))
    t.start()
    other = _parallel(emu, auth, 4, "/v1.0/users/bob@contoso.com/messages")
    t.join()
    assert [r.status_code for r in other + results] == [200] * 8


def test_requests_per_window(emu, auth) -> None:
    emu.configure(window_limit=5)
    s = emu.session()
    statuses = [s.get(f"{emu.graph_url}{MESSAGES}", headers=auth, timeout=10) for _ in range(7)]
    assert [r.status_code for r in statuses] == [200] * 5 + [429] * 2
    assert int(statuses[-1].headers["Retry-After"]) > 1


def test_batch_inner_requests_throttled_on_their_own(emu, auth) -> None:
    emu.configure(latency_ms=1000)
    batch = {"requests": [{"id": str(i), "method": "GET", "url": "/users/alice@contoso.com/messages"}
                          for i in range(8)]}
    r = emu.session().post(f"{emu.graph_url}/v1.0/$batch", json=batch, headers=auth, timeout=30)
    assert r.status_code == 200
    statuses = sorted(x["status"] for x in r.json()["responses"])
    assert statuses == [200] * 4 + [429] * 4
    assert all("Retry-After" in x["headers"] for x in r.json()["responses"] if x["status"] == 429)


def test_scheduled_faults(emu, auth) -> None:
    emu.configure(hang_seconds=3)
    emu.faults([{"after": 1, "kind": "503", "count": 2, "retry_after": 2},
                {"kind": "429", "retry_after": None, "path": "/users/bob@"},
                {"kind": "504", "method": "DELETE"}])
    s = emu.session()
    get = [s.get(f"{emu.graph_url}{MESSAGES}", headers=auth, timeout=10) for _ in range(4)]
    assert [r.status_code for r in get] == [200, 503, 503, 200]
    assert get[1].headers["Retry-After"] == "2" and get[1].json()["error"]["code"] == "ServiceUnavailable"
    bob = s.get(f"{emu.graph_url}/v1.0/users/bob@contoso.com/messages", headers=auth, timeout=10)
    assert bob.status_code == 429 and "Retry-After" not in bob.headers
    r = s.delete(f"{emu.graph_url}{MESSAGES}/nope", headers=auth, timeout=10)
    assert r.status_code == 504
    assert emu.state()["faults"] == []
    assert emu.state()["requests"]["faults"] == 4


@pytest.mark.parametrize("kind,code", [("500", "InternalServerError"), ("502", "BadGateway"),
                                       ("503", "ServiceUnavailable"), ("504", "GatewayTimeout")])
def test_a_sustained_server_error_answers_every_request_until_cleared(emu, auth, kind, code) -> None:
    """``"count": null``: a service down for good (every matching request answered ``kind``, however many),
    what the remediation engine's early stop for server errors is tested against."""
    emu.faults([{"kind": kind, "count": None, "retry_after": None}])
    s = emu.session()
    answers = [s.get(f"{emu.graph_url}{MESSAGES}", headers=auth, timeout=10) for _ in range(12)]
    assert {r.status_code for r in answers} == {int(kind)}
    assert answers[-1].json()["error"]["code"] == code and "Retry-After" not in answers[-1].headers
    batch = s.post(f"{emu.graph_url}/v1.0/$batch", headers=auth, timeout=10,
                   json={"requests": [{"id": "1", "method": "GET", "url": MESSAGES[len("/v1.0"):]}]})
    assert batch.status_code == int(kind)
    assert emu.state()["faults"] == [{"kind": kind, "after": 0, "count": None, "path": None, "method": None,
                                      "retry_after": None, "scope": "graph"}]
    emu.clear_faults()
    assert s.get(f"{emu.graph_url}{MESSAGES}", headers=auth, timeout=10).status_code == 200


def test_connection_reset_and_hang(emu, auth) -> None:
    emu.configure(hang_seconds=3)
    emu.faults([{"kind": "reset"}, {"kind": "hang", "after": 1}])
    s = emu.session()
    with pytest.raises(requests.ConnectionError):
        s.get(f"{emu.graph_url}{MESSAGES}", headers=auth, timeout=10)
    assert s.get(f"{emu.graph_url}{MESSAGES}", headers=auth, timeout=10).status_code == 200
    with pytest.raises(requests.ReadTimeout):
        s.get(f"{emu.graph_url}{MESSAGES}", headers=auth, timeout=0.5)
    assert emu.session().get(f"{emu.graph_url}{MESSAGES}", headers=auth, timeout=10).status_code == 200


def test_rate_faults_are_seeded(emu, auth) -> None:
    def run() -> list[int]:
        emu.configure(fault_rate=0.4, fault_kinds=["429", "503", "504"], seed=7)
        s = emu.session()
        return [s.get(f"{emu.graph_url}{MESSAGES}", headers=auth, timeout=10).status_code for _ in range(25)]
    first, second = run(), run()
    assert first == second
    assert set(first) - {200} and 200 in first


def test_token_endpoint_fault_is_opt_in(emu, creds) -> None:
    emu.configure(fault_rate=1.0, fault_kinds=["503"])
    app = msal_app(emu, TENANT_ID, CLIENT_ID, creds[0], creds[2])
    assert "access_token" in app.acquire_token_for_client(["https://graph.microsoft.com/.default"])
    emu.configure(fault_rate=0)
    emu.faults([{"kind": "429", "scope": "token", "retry_after": 5}])
    result = msal_app(emu, TENANT_ID, CLIENT_ID, creds[0], creds[2]).acquire_token_for_client(
        ["https://graph.microsoft.com/.default"])
    assert "access_token" not in result


def test_sigterm_stops_cleanly_even_during_a_hang(creds) -> None:
    with start_emulator(demo_tenant(creds[1]), extra_args=("--hang-seconds", "60")) as emu:
        emu.faults([{"kind": "hang"}])
        s = emu.session()
        with pytest.raises(requests.ReadTimeout):
            s.get(f"{emu.graph_url}{MESSAGES}", timeout=0.5)
        emu.process.send_signal(signal.SIGTERM)
        assert emu.process.wait(10) == 0


@pytest.mark.parametrize("body", [{"kind": "503", "count": 2}, "junk", 5],
                         ids=["one-object", "string", "number"])
def test_faults_body_that_is_no_list_is_refused_with_the_format(emu, body) -> None:
    """The schedule is a JSON list: a single fault object was answered 200 and scheduled nothing (the admin
    believed an outage was on), a string or number got a 500 with Graph's InternalServerError body."""
    s = emu.session()
    r = s.post(f"{emu.admin_url}/faults", json=body, timeout=10)
    assert r.status_code == 400, r.text
    assert "list" in r.json()["error"] and '"kind"' in r.json()["error"]
    assert emu.state()["faults"] == []
    ok = s.post(f"{emu.admin_url}/faults", json={"faults": [{"kind": "503", "count": 1}]}, timeout=10)
    assert ok.status_code == 200 and len(ok.json()["faults"]) == 1


@pytest.mark.parametrize("action", ["config", "clock"])
def test_admin_settings_body_that_is_no_object_is_refused(emu, action) -> None:
    r = emu.session().post(f"{emu.admin_url}/{action}", json="junk", timeout=10)
    assert r.status_code == 400 and "object" in r.json()["error"], r.text
