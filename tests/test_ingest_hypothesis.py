"""Property tests: arbitrary lines never crash the parser; each is exactly one of parsed/ignored/rejected."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marlib.ingest import esa
from marlib.store import Store

FRAMES = ["Wed Nov 19 09:16:38 2014 Info: ", "Mon Aug 10 10:04:39 2020 Info:   ",
          "Thu Feb 29 00:00:00 2024 Debug: ",
          "<166>Mar 17 18:24:37 amp: Info: ", "<94>Nov 24 14:22:57 host.example mail_logs: Warning: ",
          "Aug  3 07:26:33  10.0.1.1 MAR_SecurityAudit: Critical: ", "Feb 30 99:99:99 x: Info: ", ""]
BODIES = ["Start MID ", "MID ", "MID 5 ICID 3 From: <", "MID 5 ICID 3 RID 0 To: <", "MID 1 Message-ID '",
          "MID 1 Subject ", "MID 2 ready ", "MID 3 matched all recipients for per-recipient policy ",
          "MID 4 attachment '", "MID 4 AMP file reputation verdict : ", "MID 9 RID [0, 1] Response '",
          "MID 7 was split creating MID ", "MID 7 rewritten to MID ", "MID 8 was generated based on MID ",
          "MID 8 was generated for bounce of MID ", "Delivery start DCID 1 MID 2 to RID [",
          "Message done DCID 1 MID ",
          "Message finished MID ", "Bounced: DCID 0 MID 4 From:<a> To:<b> RID ", "Time offset from UTC: ",
          "Response received for file reputation query from Cloud. File Name = ",
          "File reputation query initiating. File Name = ", "Retrospective verdict received. SHA256: ",
          "File Analysis complete. SHA256: ", "CEF:0|Cisco|", ""]
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=60)
LINE = st.one_of(TEXT, st.builds(lambda f, b, t: f + b + t, st.sampled_from(FRAMES), st.sampled_from(BODIES),
                                  TEXT))


def _parse(store: Store, lines: list[str]) -> esa.BatchResult:
    with store.connect() as con:
        con.execute("BEGIN TRANSACTION")
        try:
            ctx = esa.BatchContext(path="h.log", file_key="k", first_line_no=1, year=2024, prev_month=None,
                                   tz_offset_s=None)
            esa.load_lines_from_list(con, lines, ctx)
            res = esa.parse_batch(con, ctx)
            rejected_lines = [r[0] for r in con.execute("SELECT line_no FROM ingest_rejects").fetchall()]
        finally:
            con.execute("ROLLBACK")
    assert sorted(set(rejected_lines)) == sorted(rejected_lines)
    assert all(1 <= n <= len(lines) for n in rejected_lines)
    assert len(rejected_lines) == res.rejected
    return res


STORE = Store(":memory:")


# Each example parses several generated lists as one batch (a parse costs about the same for 5 lines as for
# 50): fewer examples, as many generated lines checked as one list per example gave.
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(LINE, min_size=1, max_size=25), min_size=1, max_size=8))
def test_every_line_lands_in_exactly_one_bucket(lists):
    lines = [line for part in lists for line in part]
    res = _parse(STORE, lines)
    assert res.lines == len(lines)
    assert res.parsed >= 0 and res.ignored >= 0 and res.rejected >= 0
    assert res.parsed + res.ignored + res.rejected == len(lines)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(FRAMES[:6]), st.sampled_from(BODIES[:-2]), TEXT)
def test_a_single_line_is_exactly_one_of_the_three(frame, body, tail):
    res = _parse(STORE, [frame + body + tail])
    assert sorted([res.parsed, res.ignored, res.rejected]) == [0, 0, 1]
