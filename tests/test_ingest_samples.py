"""Every real ESA sample in ../shared/samples/esa parses to exactly the expected records."""
from __future__ import annotations

from datetime import datetime as dt
from pathlib import Path

import pytest

from marlib.errors import IngestError
from marlib.ingest.api import ingest_paths
from marlib.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples" / "esa"
SHA_MOD6 = "061def69b5c100e9979610fa5675bd19258b19a7ff538b5c2d230b467c312f19"
SHA_164 = "16454aff5082c2e9df43f3e3b9cdba3c6ae1766416e548c30a971786db570bfc"
SHA_TQPS = "756a0c3fc7d82abb243795751174053f106b7b54e431778068fa7920064268e0"

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not present")


def _ingest(tmp_path, name, **kw):
    store = Store(tmp_path / "s.duckdb")
    summary = ingest_paths(store, [SAMPLES / name], year=2024, **kw)
    return store, summary


def _rows(store, sql):
    return store.query_df(sql).astype(object).where(lambda d: d.notna(), None).values.tolist()


def test_technote_lifecycle(tmp_path):
    store, s = _ingest(tmp_path, "cisco_technote_118232_mail_logs_lifecycle.txt")
    assert (s.lines, s.parsed, s.ignored, s.rejects) == (19, 12, 7, 0)
    assert _rows(store, "SELECT mid, icid, message_id, sender, subject, received_at, size_bytes "
                        "FROM messages "
                        "ORDER BY mid") == [
        [6, 5, None, "sender@remotehost.com", None, dt(2003, 4, 17, 19, 57, 20), 100],
        [2317877, 15726925,
         "<W1TH05606E5811BEA0734309D4BAF0.323.14460.pimailer44.DumpShot.2@email.chase.com>",
         "hld@chasehf.bfi0.com", "Envision your dream home - Now make it a reality",
         dt(2007, 2, 14, 12, 11, 40),
         15731]]
    assert _rows(store, "SELECT mid, rid, address, status, delivered_at, dcid FROM recipients "
                        "ORDER BY mid") == [
        [6, 0, "mary@yourdomain.com", "delivered", dt(2003, 3, 31, 20, 10, 58), 8],
        [2317877, 0, "stevel@healthtrust.org", "pending", None, None]]


def test_text_mail_excerpt_syslog_shape(tmp_path):
    store, s = _ingest(tmp_path, "elastic_cseg_test-common-text-mail.EXCERPT.log")
    assert (s.lines, s.parsed, s.ignored, s.rejects) == (39, 22, 17, 0)
    assert (s.messages, s.recipients) == (3, 2)
    assert _rows(store, "SELECT mid, icid, message_id, sender, subject, received_at, size_bytes, "
                        "policy, direction, "
                        "amp_verdict, finished_at FROM messages ORDER BY mid") == [
        [6, 5, None, "example.com", None, dt(2024, 3, 17, 18, 24, 37), 100, None, None, None, None],
        [68119155, None, "<redacted@redactedMailFrom.com>", None, "redacted subject", None, None, "DEFAULT",
         "inbound", "SKIPPED (no attachment in message)", dt(2024, 9, 12, 11, 0)],
        # bare subject with a literal \r\n from header folding is unfolded
        [204841507, 146047847, "<34GKVKY0MMK_69244e1696998_eb554d1fc6ee78_sprut@example.com>",
         "support@example.com",
         "Re: [example: #129226] FW: example MARKETING SOUTH AFRICA (PTY) LTD | Autoprice and STP",
         dt(2024, 11, 24, 14, 22, 57), 94020, "DEFAULT", "outbound", None, None]]
    assert _rows(store, "SELECT mid, rid, address, status, delivered_at, dcid FROM recipients "
                        "ORDER BY mid") == [
        [6, 0, "example.com", "delivered", dt(2024, 3, 17, 18, 24, 37), 8],
        [204841507, 0, "redacted@whatever.awsapps.com", "pending", None, None]]


def test_amp_log_every_key_spelling(tmp_path):
    store, s = _ingest(tmp_path, "elastic_cseg_test-common-amp.log")
    assert (s.lines, s.parsed, s.ignored, s.rejects) == (15, 11, 4, 0)
    assert s.messages == 0
    assert _rows(store, "SELECT mid, filename, sha256, size_bytes, file_type "
                        "FROM attachments ORDER BY mid, filename") == [
        [5, "Asset Allocation Chart 16.00% Stock Investments: $305,052.20 and 19.00% Bond Investments: "
            "$1,170.10 and 2.00% Short-Term Investments: $13,188.21", None, 2634, "image/gif"],
        [5, "Report,Final Draft: Revenue (Q1),Approved.pdf", None, 2634, "application/pdf"],
        [5, "mod-6.exe", SHA_MOD6, 1673216, "application/x-dosexec"],
        [17, "Test,December 1, 2025 at 01:47:02 AM.svg", SHA_164, None, None],
        [17, "Test,File,With,Commas.pdf", SHA_164, None, None],
        [51395379, "secure_document_-_Paris(Ontario),_24.11.23_-_15.07.26_|_File-Nr.:_123456789.pdf",
         None, 48231,
         "application/pdf"]]
    # Cloud and Cache responses for the same file count once; the two identical retrospective lines too
    assert _rows(store, "SELECT kind, sha256, verdict, event_time, mid, filename, score, "
                        "threat_name, line_no "
                        "FROM verdict_events ORDER BY line_no") == [
        ["initial", SHA_MOD6, "MALICIOUS", dt(2024, 3, 17, 18, 24, 37), 5, "mod-6.exe", 73.0,
         "W32.061DEF69B5-100.SBX.TG", 2],
        ["analysis", SHA_164, "MALICIOUS", dt(2016, 10, 7, 7, 39, 13), None, None, 100.0,
         "W32.16454AFF50-100.SBX.TG", 3],
        ["retrospective", SHA_164, "MALICIOUS", dt(2016, 10, 7, 9, 33, 35, 700000), None, None, 0.0,
         "W32.16454AFF50-100.SBX.", 7],
        ["initial", SHA_164, "LOWRISK", dt(2024, 3, 17, 18, 24, 37), 17,
         "Test,File,With,Commas.pdf", 0.0, None, 11]]


def test_sc4s_file_shape_two_spaces_after_info(tmp_path):
    store, s = _ingest(tmp_path, "sc4s_test_cisco_esa_samples.txt")
    assert (s.lines, s.parsed, s.ignored, s.rejects) == (17, 2, 15, 0)
    assert _rows(store, "SELECT mid, filename, sha256, file_type FROM attachments ORDER BY mid") == [
        [166267, "tqps.rtf", SHA_TQPS, None],
        [852867, "Nursing Management Agenda.pdf", None, "application/pdf"]]
    assert _rows(store, "SELECT kind, verdict, event_time, mid, score, threat_name FROM verdict_events") == [
        ["initial", "MALICIOUS", dt(2020, 8, 10, 9, 41, 2), 166267, 1.0, "W32.C78352D892-95.SBX.TG"]]


def test_consolidated_event_lines_are_ignored_not_rejected(tmp_path):
    store, s = _ingest(tmp_path, "elastic_cseg_test-common-consolidated-event.EXCERPT.log")
    assert (s.lines, s.parsed, s.ignored, s.rejects, s.messages) == (4, 0, 4, 0, 0)


@pytest.mark.parametrize("name", ["demisto_esa_api_message_amp_details_get.json",
                                  "demisto_esa_api_message_remediation_details_get.json"])
def test_api_json_is_not_a_log(tmp_path, name):
    with pytest.raises(IngestError, match="not a Cisco ESA log") as err:
        ingest_paths(Store(tmp_path / "s.duckdb"), [SAMPLES / name], fmt="esa")
    assert name in str(err.value)


def test_all_samples_at_once_then_again_adds_nothing(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    logs = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".log", ".txt"))
    first = ingest_paths(store, logs, year=2024)
    assert first.files == 5 and first.rejects == 0 and first.verdict_events == 5
    again = ingest_paths(store, logs, year=2024)
    assert (again.lines, again.messages, again.verdict_events, again.unchanged_files) == (0, 0, 0, 5)
