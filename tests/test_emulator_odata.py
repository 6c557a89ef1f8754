"""OData $filter parsing (hypothesis round trip) and hostile Message-IDs against the HTTPS emulator."""
from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marlib.emulator.odata import ODataError, parse_filter, parse_query, quote_literal
from marlib.emulator.testing import CLIENT_ID, TENANT_ID, demo_tenant, msal_app, new_certificate, start_emulator

HOSTILE = [
    "<plain@example.com>", "<o'brien@example.com>", "<''@x>", "<'>", "<100%@x>", "<%27@x>", "<a+b@x>",
    "<a b@x>", "<a#b@x>", "<a&b=c@x>", "<a/b/../c@x>", "<a?b@x>", "<ünïcødé@例え.jp>", "<emoji😀@x>",
    "<a\\b@x>", '<"quoted"@x>', "<a;b,c@x>", "<" + "x" * 990 + "@y>", "<eq 'x' or true@x>",
]


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=60))
def test_filter_round_trip(value: str) -> None:
    """Any value, quoted the OData way and percent-encoded, parses back to exactly that value."""
    raw = "$filter=" + quote(f"internetMessageId eq {quote_literal(value)}", safe="") + "&$top=5"
    query = parse_query(raw)
    predicate = parse_filter(query["$filter"])
    assert predicate({"internetMessageId": value})
    assert not predicate({"internetMessageId": value + "x"})
    assert query["$top"] == "5"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20).map(lambda s: s + "'"))
def test_unescaped_quote_never_matches_silently(value: str) -> None:
    """A value with an unescaped quote is a syntax error or a different value, never a silent match."""
    text = f"internetMessageId eq '{value}'"
    try:
        predicate = parse_filter(text)
    except ODataError:
        return
    assert not predicate({"internetMessageId": value})


@pytest.mark.parametrize("text", ["internetMessageId eq 'a'b'", "internetMessageId eq 'a", "eq 'a'",
                                  "internetMessageId eq", "internetMessageId xx 'a'", "(subject eq 'a'"])
def test_syntax_errors(text: str) -> None:
    with pytest.raises(ODataError, match="Invalid filter clause"):
        parse_filter(text)


def test_functions_and_booleans() -> None:
    row = {"subject": "Invoice 42", "isDraft": True, "mail": "A@B.com", "proxyAddresses": ["SMTP:a@b.com"]}
    assert parse_filter("contains(subject,'voice') and isDraft eq true")(row)
    assert parse_filter("startswith(subject,'inv') or subject eq 'x'")(row)
    assert parse_filter("mail eq 'a@b.com'")(row)            # directory strings fold case
    assert not parse_filter("subject eq 'invoice 42'")(row)  # message strings do not
    assert parse_filter("proxyAddresses/any(p:p eq 'smtp:A@B.COM')")(row)
    assert parse_filter("not (isDraft eq false)")(row)


@pytest.fixture(scope="module")
def hostile_emulator():
    key, cert, thumb = new_certificate()
    messages = [{"mailbox": "alice@contoso.com", "internet_message_id": imid, "folder": "inbox",
                 "subject": f"hostile {i}"} for i, imid in enumerate(HOSTILE)]
    with start_emulator(demo_tenant(cert, messages=messages)) as emu:
        app = msal_app(emu, TENANT_ID, CLIENT_ID, key, thumb)
        token = app.acquire_token_for_client(["https://graph.microsoft.com/.default"])["access_token"]
        s = emu.session()
        s.headers["Authorization"] = f"Bearer {token}"
        yield emu, s


def _get(emu, s, filter_text: str, encode: bool):
    value = quote(filter_text, safe="") if encode else filter_text
    url = f"{emu.graph_url}/v1.0/users/alice@contoso.com/messages?$filter={value}&$select=subject"
    # a raw URL as given: requests re-quotes only what is illegal in a URL, like most clients
    return s.get(url, timeout=10)


@pytest.mark.parametrize("index", range(len(HOSTILE)))
def test_escaped_filter_finds_exactly_the_message(hostile_emulator, index: int) -> None:
    emu, s = hostile_emulator
    r = _get(emu, s, f"internetMessageId eq {quote_literal(HOSTILE[index])}", encode=True)
    assert r.status_code == 200, r.text
    assert [m["subject"] for m in r.json()["value"]] == [f"hostile {index}"]


MUST_FAIL_NAIVELY = ["<o'brien@example.com>", "<''@x>", "<'>", "<%27@x>", "<a+b@x>", "<a#b@x>", "<a&b=c@x>",
                     "<eq 'x' or true@x>"]


@pytest.mark.parametrize("imid", MUST_FAIL_NAIVELY)
def test_naive_unescaped_filter_does_not_find_it(hostile_emulator, imid: str) -> None:
    """Without OData quoting and percent-encoding the emulator answers 400 or the wrong rows, like Graph."""
    emu, s = hostile_emulator
    r = _get(emu, s, f"internetMessageId eq '{imid}'", encode=False)
    if r.status_code == 200:
        assert [m["subject"] for m in r.json()["value"]] != [f"hostile {HOSTILE.index(imid)}"]
    else:
        assert r.status_code == 400 and r.json()["error"]["code"] == "BadRequest"


def test_unescaped_quote_is_a_bad_request(hostile_emulator) -> None:
    emu, s = hostile_emulator
    r = _get(emu, s, "internetMessageId eq '<o'brien@example.com>'", encode=True)
    assert r.status_code == 400 and r.json()["error"]["code"] == "BadRequest"
    assert r.json()["error"]["message"].startswith("Invalid filter clause")
