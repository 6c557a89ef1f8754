"""The synthetic data generator (`marlib sample`): shapes, counts, determinism, the committed sample."""
from __future__ import annotations

import gzip
import json
import re
import shlex
from collections import Counter
from pathlib import Path

import pytest

from marlib.cli import main as cli_main
from marlib.errors import InputError
from marlib.ingest.sample import write_mail_log, write_sample

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / "data" / "sample"
FILE_LINE = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                       r"[ \d]\d \d\d:\d\d:\d\d \d{4} Info: (.*)$")
SYSLOG_LINE = re.compile(r"^<166>(Nov|Dec) [ \d]\d \d\d:\d\d:\d\d esa1 amp: Info: {1,3}(\S.*)$")


def read_text(path: Path) -> str:
    data = path.read_bytes()
    return (gzip.decompress(data) if path.name.endswith(".gz") else data).decode("utf-8")


def mail_bodies(out: Path) -> list[str]:
    """Message parts of every mail_logs line, in file order."""
    bodies = []
    for path in sorted((out / "esa" / "mail_logs").iterdir()):
        for line in read_text(path).splitlines():
            m = FILE_LINE.match(line)
            assert m, f"{path.name}: not file shape: {line!r}"
            bodies.append(m.group(3))
    return bodies


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("sample")
    return out, write_sample(out, messages=600, seed=11, days=4)


def test_layout_rotation_and_headers(sample: tuple[Path, dict]) -> None:
    out, summary = sample
    names = sorted(p.name for p in (out / "esa" / "mail_logs").iterdir())
    assert names == ["mail.@20261116T000000.s.gz", "mail.@20261117T000000.s", "mail.@20261118T000000.s",
                     "mail.current"]
    for name in names:
        lines = read_text(out / "esa" / "mail_logs" / name).splitlines()
        assert lines[0].endswith("Info: Begin Logfile")
        assert "Info: Version: " in lines[1]
        assert lines[2].endswith("Info: Time offset from UTC: 0 seconds")
        assert lines[-1].endswith("End Logfile") == (name != "mail.current")
    assert (out / "esa" / "amp" / "amp.log").is_file()
    assert sorted(summary["paths"]) == sorted([p.relative_to(out).as_posix() for p in (out / "esa").rglob("*")
                                               if p.is_file()] + ["tenant.json"])
    assert json.loads((out / "summary.json").read_text())["counts"] == summary["counts"]


def test_amp_log_is_syslog_shape_and_times_are_sorted(sample: tuple[Path, dict]) -> None:
    out, summary = sample
    lines = (out / "esa" / "amp" / "amp.log").read_text().splitlines()
    assert len(lines) == summary["lines"]["amp"]
    assert all(SYSLOG_LINE.match(line) for line in lines)
    assert any("Info:   " in line for line in lines)       # extra spaces after Info: as some builds log


def test_counts_match_an_independent_reading_of_the_lines(sample: tuple[Path, dict]) -> None:
    out, summary = sample
    c = summary["counts"]
    bodies = mail_bodies(out)
    assert len(bodies) == summary["lines"]["mail_logs"] + 3 * 4 + 3     # headers and End Logfile lines
    assert c["messages"] == 600 == sum(1 for b in bodies if re.match(r"Start MID \d+ ICID [1-9]", b))
    mids = {int(m) for b in bodies for m in re.findall(r"^(?:MID|Start MID|Message finished MID) (\d+)", b)}
    assert len(mids) == c["mids"]
    assert sum(1 for b in bodies if re.match(r"MID \d+ ICID \d+ RID \d+ To: <", b)) == c["recipients"]
    done = [b for b in bodies if b.startswith("Message done DCID")]
    delivered = sum(len(re.search(r"to RID \[([\d, ]+)\]", b).group(1).split(","))
                    for b in done if "(external quarantine)" not in b)
    quarantined = sum(len(re.search(r"to RID \[([\d, ]+)\]", b).group(1).split(","))
                      for b in done if "(external quarantine)" in b)
    assert (delivered, quarantined) == (c["delivered"], c["quarantined"])
    kinds = Counter()
    for b in bodies:
        if re.match(r"MID \d+ was split creating MID \d+", b):
            kinds["split"] += 1
        elif re.match(r"MID \d+ was generated based on MID \d+ by", b):
            kinds["generated"] += 1
        elif re.match(r"MID \d+ rewritten to MID \d+ ", b):
            kinds["rewritten"] += 1
        elif re.match(r"MID \d+ was generated for bounce of MID \d+", b):
            kinds["bounce"] += 1
    assert {k: kinds[k] for k in ("split", "generated", "rewritten", "bounce")} == {
        k: c[f"{k}_children"] for k in ("split", "generated", "rewritten", "bounce")}
    assert all(kinds.values()) and len(kinds) == 4
    assert sum(1 for b in bodies if b.startswith("Bounced: DCID")) == c["bounced"] > 0
    assert sum(1 for b in bodies if "Dropped by amp" in b) == c["dropped_mids"]


def test_every_shape_of_the_reference_appears(sample: tuple[Path, dict]) -> None:
    out, _ = sample
    text = "\n".join(mail_bodies(out))
    amp = (out / "esa" / "amp" / "amp.log").read_text()
    for needle in ("in the inbound table", "in the outbound table", "per-recipient policy Executives",
                   "per-recipient policy Finance", "per-recipient policy Engineering", "to RID [0, 1]",
                   "to offbox IronPort Spam Quarantine", "(external quarantine)", "Message-ID \"<o'",
                   "Subject '", 'Subject "', "\\r\\n", "=20", "Response '2.0.0 Ok: queued as ",
                   "AMP file reputation verdict : CLEAN", "AMP file reputation verdict : UNKNOWN",
                   "SKIPPED (no attachment in message)", "TLS success", "SPF: mailfrom", "DKIM: pass",
                   "Response received for file reputation query from", "ICID 0 RID 0 To:", "[('from', ",
                   "@corp-legacy.example>", "all-staff@corp.example"):
        assert needle in text, needle
    for needle in ("File Name = '", "FileName = '", "sha256 =", "sha256 = ", "Reputation Score = ",
                   "Analysis Score = ", "verdict_source = ", "from Cloud.", "from Cache.",
                   "Disposition = FILE UNKNOWN", "Disposition = CLEAN", "Disposition = MALICIOUS",
                   "Retrospective verdict received.", "Verdict: CLEAN", "File Analysis complete.",
                   "File uploaded for analysis."):
        assert needle in amp, needle


def test_verdict_story_is_consistent(sample: tuple[Path, dict]) -> None:
    out, summary = sample
    amp = (out / "esa" / "amp" / "amp.log").read_text()
    h = summary["hashes"]
    assert h["clean_flip"] and set(h["clean_flip"]) <= set(h["retro_malicious"])
    for sha in h["retro_malicious"]:
        assert f"SHA256: {sha}, Timestamp: " in amp
        assert re.search(rf"SHA256: {sha}, Timestamp: [\d.]+, Verdict: MALICIOUS", amp)
        if sha not in h["orphan_retro"]:       # delivered earlier with a non-malicious disposition
            initial = re.findall(rf"Disposition = ([A-Z ]+), .*sha256 =\s?{sha}", amp)
            assert initial and "MALICIOUS" not in initial
    for sha in h["clean_flip"]:
        assert re.search(rf"SHA256: {sha}, Timestamp: [\d.]+, Verdict: CLEAN", amp)
    for sha in h["malicious_at_delivery"]:
        assert re.search(rf"Disposition = MALICIOUS, .*sha256 =\s?{sha}", amp)
    copied = [b for b in mail_bodies(out) if b.startswith("Response received for file reputation")]
    assert copied and all(line in amp for line in copied[:20])     # copies for de-duplication


def test_tenant_file_matches_the_logs(sample: tuple[Path, dict]) -> None:
    out, summary = sample
    tenant = json.loads((out / "tenant.json").read_text())
    assert set(tenant) == {"tenant_id", "domains", "apps", "users", "groups", "messages"}
    assert tenant["apps"] == [] and tenant["domains"] == ["corp.example", "corp-mail.example"]
    users = {u["address"]: u for u in tenant["users"]}
    groups = {g["address"]: g["members"] for g in tenant["groups"]}
    assert any(not u["mailbox"] for u in users.values())
    assert all(m in users or m in groups for members in groups.values() for m in members)
    assert any(m in groups for m in groups["all-staff@corp.example"])         # nested group
    folders = Counter(m["folder"] for m in tenant["messages"])
    assert folders["inbox"] > folders["deleteditems"] > 0 and folders["Projects"] > 0
    assert summary["tenant"]["deleted_by_user"] > 0
    message_ids = {b.split("Message-ID ", 1)[1][1:-1] for b in mail_bodies(out) if " Message-ID " in b}
    for m in tenant["messages"]:
        assert users[m["mailbox"]]["mailbox"] is True
        assert m["internet_message_id"] in message_ids
        assert all(re.fullmatch(r"[0-9a-f]{64}", a["sha256"]) for a in m["attachments"])
    bad = set(summary["hashes"]["retro_malicious"])
    hit = {m["mailbox"] for m in tenant["messages"] if any(a["sha256"] in bad for a in m["attachments"])}
    assert len(hit) >= 5


def test_same_seed_same_bytes_other_seed_differs(tmp_path: Path) -> None:
    a = write_sample(tmp_path / "a", messages=120, seed=5, days=2)
    b = write_sample(tmp_path / "b", messages=120, seed=5, days=2)
    c = write_sample(tmp_path / "c", messages=120, seed=6, days=2)
    assert a["paths"] == b["paths"] == c["paths"]
    for rel in [*a["paths"], "summary.json"]:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel
    assert (tmp_path / "a" / "tenant.json").read_bytes() != (tmp_path / "c" / "tenant.json").read_bytes()
    assert read_text(tmp_path / "a" / a["paths"][-2]) != read_text(tmp_path / "c" / c["paths"][-2])
    assert a["counts"]["messages"] == c["counts"]["messages"] == 120


def test_committed_sample_is_what_the_generator_writes(tmp_path: Path) -> None:
    committed = json.loads((COMMITTED / "summary.json").read_text())
    assert "python -m marlib sample --out data/sample" in (COMMITTED / "README.md").read_text()
    regenerated = write_sample(tmp_path, messages=committed["messages"], seed=committed["seed"],
                               days=committed["days"])
    assert regenerated["paths"] == committed["paths"]
    for rel in [*committed["paths"], "summary.json"]:
        assert read_text(tmp_path / rel) == read_text(COMMITTED / rel), rel
    size = sum(p.stat().st_size for p in COMMITTED.rglob("*") if p.is_file())
    assert size < 2_100_000


def test_small_and_bad_arguments(tmp_path: Path) -> None:
    summary = write_sample(tmp_path / "one", messages=1, days=1)
    assert summary["counts"]["messages"] == 1 and summary["paths"][0] == "esa/mail_logs/mail.current"
    with pytest.raises(InputError):
        write_sample(tmp_path / "zero", messages=0)
    with pytest.raises(InputError):
        write_sample(tmp_path / "nodays", messages=10, days=0)
    a_file = tmp_path / "a_file"
    a_file.write_text("x")
    assert cli_main(["sample", "--out", str(a_file), "--json"]) == 2   # an error with advice, no traceback
    assert cli_main(["sample", "--out", str(a_file / "sub")]) == 2


def test_big_mail_log_fast_path(tmp_path: Path) -> None:
    result = write_mail_log(tmp_path / "big" / "mail.current", lines=30_000, seed=3)
    text = (tmp_path / "big" / "mail.current").read_text()
    lines = text.splitlines()
    assert result["lines"] == len(lines) >= 30_000 and result["bytes"] == len(text.encode())
    assert lines[2].endswith("Time offset from UTC: 0 seconds")
    bodies = [FILE_LINE.match(line) for line in lines]
    assert all(bodies)
    stamps = [line[:24] for line in lines]
    from datetime import datetime
    times = [datetime.strptime(s.replace("  ", " 0"), "%a %b %d %H:%M:%S %Y") for s in stamps]
    assert times == sorted(times)
    assert sum(1 for line in lines if re.search(r" Start MID \d+ ICID [1-9]", line)) == result["messages"]
    assert write_mail_log(tmp_path / "again.log", lines=30_000, seed=3)["lines"] == result["lines"]
    assert (tmp_path / "again.log").read_bytes() == text.encode()


def test_cli_writes_and_prints_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli"
    code = cli_main(["--db", str(tmp_path / "x.duckdb"), "sample", "--out", str(out), "--messages", "80",
                     "--seed", "2", "--days", "2", "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["counts"]["messages"] == 80 and (out / "tenant.json").is_file()
    assert cli_main(["sample", "--out", str(tmp_path / "cli2"), "--messages", "30", "--days", "1"]) == 0
    printed = capsys.readouterr().out
    assert "messages 30" in printed and "tenant:" in printed


def test_cli_next_command_quotes_a_folder_with_spaces(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "my sample"
    assert cli_main(["--db", str(tmp_path / "a db.duckdb"), "sample", "--out", str(out), "--messages", "20",
                     "--days", "1"]) == 0
    nxt = [line for line in capsys.readouterr().out.splitlines() if line.startswith("next: ")][-1]
    assert shlex.split(nxt[len("next: "):])[-2:] == ["ingest", str(out / "esa")]   # pasted as is, one argument


def test_offset_year_rollover_and_regeneration_in_place(tmp_path: Path) -> None:
    from datetime import datetime, timezone
    start = datetime(2026, 12, 30, tzinfo=timezone.utc)
    summary = write_sample(tmp_path, messages=200, seed=4, days=4, start=start, utc_offset_s=-18000)
    names = sorted(p.name for p in (tmp_path / "esa" / "mail_logs").iterdir())
    assert names[0] == "mail.@20261229T190000.s.gz" and "mail.@20261231T190000.s" in names
    first = read_text(tmp_path / "esa" / "mail_logs" / names[0]).splitlines()
    assert first[0].startswith("Tue Dec 29 19:00:00 2026 Info: Begin Logfile")
    assert first[2].endswith("Time offset from UTC: -18000 seconds")
    amp = (tmp_path / "esa" / "amp" / "amp.log").read_text().splitlines()
    assert amp[0].startswith("<166>Dec ") and amp[-1].startswith("<166>Jan ")     # syslog: no year
    assert summary["start"] == "2026-12-30T00:00:00+00:00"
    write_sample(tmp_path, messages=50, seed=4, days=2)          # fewer days: no stale files left
    assert len(list((tmp_path / "esa" / "mail_logs").iterdir())) == 2


def test_never_deletes_logs_it_did_not_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sample --out /var/log` over real ESA logs in /var/log/esa/mail_logs refuses instead of deleting them;
    a folder an earlier (or a cut short) sample wrote is regenerated in place as before."""
    real = tmp_path / "esa" / "mail_logs"
    real.mkdir(parents=True)
    rotated = real / "mail.@20031117T000000.s"
    rotated.write_text("Mon Nov 17 10:00:00 2003 Info: Begin Logfile\n")
    (real / "mail.current").write_text("Mon Nov 17 11:00:00 2003 Info: MID 6 ready\n")
    assert cli_main(["sample", "--out", str(tmp_path), "--messages", "20", "--days", "2", "--json"]) == 2
    error = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert "did not write" in error["message"] and "mail.@20031117T000000.s" in error["message"]
    assert rotated.read_text().startswith("Mon Nov 17 10:00:00 2003") and not (tmp_path / "tenant.json").exists()
    assert (real / "mail.current").read_text().endswith("MID 6 ready\n")
    amp_only = tmp_path / "amp_only"
    (amp_only / "esa" / "amp").mkdir(parents=True)
    (amp_only / "esa" / "amp" / "amp.log").write_text("<166>Nov 17 10:00:00 amp: Info: real\n")
    with pytest.raises(InputError):
        write_sample(amp_only, messages=10, days=1)
    cut_short = tmp_path / "cut_short"   # Ctrl-C before summary.json: running it again finishes the folder
    write_sample(cut_short, messages=20, days=2)
    (cut_short / "summary.json").unlink()
    (cut_short / ".marlib-sample-writing").write_text("")
    write_sample(cut_short, messages=20, days=1)
    assert [p.name for p in (cut_short / "esa" / "mail_logs").iterdir()] == ["mail.current"]
    assert not (cut_short / ".marlib-sample-writing").exists()


def test_next_command_of_an_offset_sample_reads_the_amp_log_in_the_appliances_zone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sample --utc-offset 7200` writes the amp syslog lines (no zone) in the appliance's local time, as the
    mail_logs; its `next:` command must read them with that offset, or each file's verdict is stored 2 h
    after its message was received (and the verdict changes' times are off by as much)."""
    import duckdb
    db = tmp_path / "m.duckdb"
    assert cli_main(["--db", str(db), "sample", "--out", str(tmp_path / "s"), "--messages", "30",
                     "--days", "1", "--utc-offset", "7200"]) == 0
    nxt = [line for line in capsys.readouterr().out.splitlines() if line.startswith("next: ")][-1]
    argv = shlex.split(nxt[len("next: "):])
    assert argv[:3] == ["python", "-m", "marlib"]
    assert cli_main(argv[3:]) == 0
    with duckdb.connect(str(db), read_only=True) as con:
        gaps = con.execute("SELECT DISTINCT date_diff('second', m.received_at, v.event_time) // 600 "
                           "FROM verdict_events v JOIN messages m USING (mid) WHERE v.kind = 'initial'").fetchall()
    assert gaps == [(0,)]     # a file's verdict comes seconds after its message, not hours


def test_ingest_warns_when_syslog_lines_are_read_as_utc_beside_logs_in_another_zone(tmp_path: Path) -> None:
    """An appliance at UTC+2: its mail_logs say `Time offset from UTC: 7200 seconds`, its amp syslog lines carry
    no zone and were read as UTC without a word, each file verdict 2 h after its message; nothing reads them
    again later, so the ingest that first reads them says so, with the --tz-offset to give."""
    from marlib.ingest.api import ingest_paths
    from marlib.store import Store
    write_sample(tmp_path / "s", messages=20, seed=3, days=1, utc_offset_s=7200)
    plain = ingest_paths(Store(tmp_path / "utc.duckdb"), [tmp_path / "s" / "esa"])
    said = [w for w in plain.warnings() if "amp.log" in w]
    assert len(said) == 1 and "--tz-offset 7200" in said[0], plain.warnings()
    assert plain.to_dict()["syslog_read_as_utc"] == [str(tmp_path / "s" / "esa" / "amp" / "amp.log")]
    told = ingest_paths(Store(tmp_path / "tz.duckdb"), [tmp_path / "s" / "esa"], tz_offset_s=7200)
    assert not told.warnings() and told.syslog_read_as_utc == []
    utc = tmp_path / "u"
    write_sample(utc, messages=20, seed=3, days=1)                 # all UTC: nothing to say
    assert not ingest_paths(Store(tmp_path / "u.duckdb"), [utc / "esa"]).warnings()
