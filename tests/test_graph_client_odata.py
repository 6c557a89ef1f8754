"""The locate filter: OData quoting then strict percent-encoding, checked as a property against
the emulator's own query parser (ASP.NET-style split-then-decode, ``+`` as space)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from marlib.emulator.odata import equality_value, parse_filter, parse_query
from marlib.graph.client import encode_query, mailbox_of
from marlib.graph.mail import message_filter, odata_string, user_path

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)


@given(TEXT)
@settings(max_examples=400, deadline=None)
def test_filter_round_trips_through_query_string(imid):
    query = encode_query({"$filter": message_filter(imid), "$select": "id,internetMessageId"})
    assert not set(query) & set("'#+ ")  # nothing left that a server would reinterpret
    parsed = parse_query(query)
    assert parsed["$select"] == "id,internetMessageId"
    assert equality_value(parsed["$filter"], "internetMessageId") == imid
    pred = parse_filter(parsed["$filter"])
    assert pred({"internetMessageId": imid})
    assert not pred({"internetMessageId": imid + "x"})


def test_odata_string_doubles_quotes():
    assert odata_string("o'brien") == "'o''brien'"
    assert message_filter("<''>") == "internetMessageId eq '<''''>'"
    assert encode_query({"$filter": "a eq 'b+c&d#e%f/g h'"}) == \
        "$filter=a%20eq%20%27b%2Bc%26d%23e%25f%2Fg%20h%27"


@given(st.emails())
@settings(max_examples=100, deadline=None)
def test_user_path_round_trip(address):
    assert mailbox_of(user_path(address) + "/messages") == address.lower()
