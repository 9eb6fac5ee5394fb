"""Opening hours against the shifts that staff them: customers use only the channels someone
is there for, and two shifts cover each day."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg

from seeder.params import Params

# Saturday: phone and e-mail in the morning, chat in the afternoon; a Saturday whose only agent
# present works the early part-time shift (08:00-14:00) has nobody for the chat. An event
# brings chats for four months of Saturdays of both kinds.
SPLIT_SATURDAY = """
[[events]]
kind = "outage"
name = "Chat widget errors"
start = "2024-03-01"
days = 120
magnitude = 3.0
detail = "chat widget"
description = "The website's chat widget dropped messages."
channel = "chat"

[opening_hours]
email = [[8, 20], [8, 20], [8, 20], [8, 20], [8, 20], [8, 12], [10, 16]]
phone = [[8, 20], [8, 20], [8, 20], [8, 20], [8, 20], [8, 12], [10, 16]]
chat = [[8, 20], [8, 20], [8, 20], [8, 20], [8, 20], [14, 18], [10, 16]]
"""

SATURDAYS_ONLY = """
[opening_hours]
email = [[0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [8, 12], [0, 0]]
phone = [[0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [8, 12], [0, 0]]
chat = [[0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [14, 18], [0, 0]]
"""

NO_PHONE_ON_SUNDAY = """
[opening_hours]
email = [[8, 20], [8, 20], [8, 20], [8, 20], [8, 20], [9, 17], [10, 16]]
phone = [[8, 20], [8, 20], [8, 20], [8, 20], [8, 20], [9, 17], [0, 0]]
chat = [[8, 20], [8, 20], [8, 20], [8, 20], [8, 20], [9, 17], [10, 16]]
"""

# Per Saturday: whether someone present is on shift after 14:00, and its chat tickets and
# interactions.
_SATURDAYS = """
    WITH saturday AS (
        SELECT date, bool_or(available_time > 0 AND shift_end::time > '14:00') AS chat_staffed
        FROM wfm WHERE extract(isodow FROM date) = 6 GROUP BY date)
    SELECT s.chat_staffed,
           (SELECT count(*) FROM tickets t
            WHERE t.origin = 'chat' AND t.ticket_created::date = s.date),
           (SELECT count(*) FROM interactions i
            WHERE i.channel = 'chat' AND i.interaction_created::date = s.date)
    FROM saturday s
"""


def test_a_channel_nobody_staffs_that_day_takes_no_contacts(
    run_seed, fresh_database_url: str, tmp_path: Path
) -> None:
    config = tmp_path / "split_saturday.toml"
    config.write_text(SPLIT_SATURDAY)
    _load(run_seed, fresh_database_url, "--tickets 10000 --seed 4", config)
    with psycopg.connect(fresh_database_url) as conn:
        saturdays = conn.execute(_SATURDAYS).fetchall()
    unstaffed = [(tickets, chats) for staffed, tickets, chats in saturdays if not staffed]
    staffed = [(tickets, chats) for staffed, tickets, chats in saturdays if staffed]
    assert unstaffed and staffed, saturdays
    assert all(counts == (0, 0) for counts in unstaffed), unstaffed
    assert sum(tickets for tickets, _ in staffed) > 0
    # Every business rule holds, an agent's contacts inside their shift among them: the
    # chats of an unstaffed afternoon went to whoever was present, off shift.
    _validate(run_seed, fresh_database_url)


def test_a_phone_line_closed_on_sundays_sends_its_callers_to_chat_and_email(
    run_seed, fresh_database_url: str, tmp_path: Path
) -> None:
    config = tmp_path / "no_phone_on_sunday.toml"
    config.write_text(NO_PHONE_ON_SUNDAY)
    _load(run_seed, fresh_database_url, "--tickets 10000 --seed 4", config)
    sunday = "extract(isodow FROM {}) = 7"
    with psycopg.connect(fresh_database_url) as conn:
        origins = dict(
            conn.execute(
                f"SELECT origin::text, count(*) FROM tickets "
                f"WHERE {sunday.format('ticket_created')} GROUP BY 1"
            ).fetchall()
        )
        calls = conn.execute(
            f"SELECT count(*) FROM interactions "
            f"WHERE channel = 'phone' AND {sunday.format('interaction_created')}"
        ).fetchone()
    assert set(origins) == {"chat", "email"} and min(origins.values()) > 100, origins
    assert calls == (0,)
    results = _validate(run_seed, fresh_database_url)
    phone = next(check for check in results if check["name"] == "origin_share.phone")
    assert phone["expected"] < Params().channels["phone"], phone


def test_validate_expects_the_mix_of_the_channels_staffed_each_day(
    run_seed, fresh_database_url: str, tmp_path: Path
) -> None:
    """Open on Saturdays only, with four agents: on most Saturdays one agent, on the early
    shift, is present, so the chat has nobody on most days and its customers call or write."""
    config = tmp_path / "saturdays.toml"
    config.write_text("weekday_weights = [0, 0, 0, 0, 0, 1, 0]\n" + SATURDAYS_ONLY)
    _load(run_seed, fresh_database_url, "--tickets 1000 --agents 4 --seed 4", config)
    results = _validate(run_seed, fresh_database_url)
    chat = next(check for check in results if check["name"] == "origin_share.chat")
    configured = Params().channels["chat"]
    # The configured share would fail: the chat was open on fewer days than the others.
    assert chat["expected"] < configured - chat["tolerance"], chat
    assert abs(chat["achieved"] - chat["expected"]) <= chat["tolerance"], chat
    assert "expected over each day's open channels" in chat["detail"]


def test_a_range_ending_on_a_closed_day_answers_its_last_emails_before(
    run_seed, fresh_database_url: str
) -> None:
    """Christmas Day is closed: the e-mails of its eve, the range's last staffed day, are
    answered that day (they went to whoever was present on the closed day, off shift, which
    the wfm table's constraints refused)."""
    christmas = "--start 2024-10-01 --end 2024-12-25"
    _load(run_seed, fresh_database_url, f"--tickets 3000 --seed 4 {christmas}")
    with psycopg.connect(fresh_database_url) as conn:
        row = conn.execute("SELECT max(interaction_handled)::date FROM interactions").fetchone()
    assert row is not None
    assert str(row[0]) == "2024-12-24"
    _validate(run_seed, fresh_database_url)


def test_full_time_shifts_alone_may_cover_a_day_part_timers_could_not(
    run_seed, fresh_database_url: str, tmp_path: Path
) -> None:
    """Two 6-hour shifts cover 08:00-20:00; the check counted the part-timers' 4.5 hours
    though agent_part_time_share = 0 hires none."""
    config = tmp_path / "full_time.toml"
    config.write_text("shift_hours = 6.0\nagent_part_time_share = 0.0\n")
    _load(run_seed, fresh_database_url, "--tickets 3000 --seed 2", config)
    with psycopg.connect(fresh_database_url) as conn:
        shifts = conn.execute(
            "SELECT DISTINCT extract(epoch FROM shift_end - shift_start) / 3600 FROM wfm "
            "WHERE extract(isodow FROM date) < 6 AND shift_start IS NOT NULL"
        ).fetchall()
    assert shifts == [(6,)], shifts
    _validate(run_seed, fresh_database_url)


def test_an_email_wait_longer_than_a_day_s_hours_runs_on_over_the_next(
    run_seed, fresh_database_url: str, tmp_path: Path
) -> None:
    """A 12-hour median wait fits in no day's 6 to 12 open hours: it runs on the desk's clock
    over the days it is staffed (an e-mail was answered at its arrival, at night, by someone
    off shift, or its wait cut to the minimum)."""
    config = tmp_path / "slow_desk.toml"
    config.write_text(
        "[speed_of_answer.email]\nmedian = 12.0\nsigma = 0.5\nmin = 0.05\nmax = 24.0\n"
    )
    _load(
        run_seed,
        fresh_database_url,
        "--tickets 200 --seed 1 --start 2024-03-04 --end 2024-03-15",
        config,
    )
    with psycopg.connect(fresh_database_url) as conn:
        row = conn.execute(
            """SELECT count(*), min(speed_of_answer),
                      percentile_cont(0.5) WITHIN GROUP (ORDER BY speed_of_answer)
               FROM (SELECT DISTINCT ON (ticket_id) channel, speed_of_answer FROM interactions
                     ORDER BY ticket_id, interaction_created) first
               WHERE channel = 'email'"""
        ).fetchone()
    assert row is not None
    emails, shortest, median = row
    # Twelve staffed hours span a night at least: over a day on the wall clock.
    assert emails > 50 and shortest >= 1 and median > 20, row
    _validate(run_seed, fresh_database_url)


def test_a_range_ending_on_the_email_desk_s_weekend_sends_its_emails_elsewhere(
    run_seed, fresh_database_url: str, tmp_path: Path
) -> None:
    """E-mail closed at weekends, the range ending on a Saturday: an e-mail written then could
    not be answered in range (it was answered before it was written, at night, off shift)."""
    config = tmp_path / "weekday_email.toml"
    config.write_text("[opening_hours]\nemail = " + str([[8, 20]] * 5 + [[0, 0]] * 2) + "\n")
    _load(
        run_seed,
        fresh_database_url,
        "--tickets 200 --seed 1 --start 2024-03-08 --end 2024-03-09",
        config,
    )
    with psycopg.connect(fresh_database_url) as conn:
        saturday = dict(
            conn.execute(
                "SELECT origin::text, count(*) FROM tickets "
                "WHERE ticket_created::date = '2024-03-09' GROUP BY 1"
            ).fetchall()
        )
    assert set(saturday) == {"chat", "phone"}, saturday
    _validate(run_seed, fresh_database_url)


PHONE_EVENT_ON_WEEKDAYS = """
[opening_hours]
phone = [[8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [8.0, 20.0], [0, 0], [0, 0]]

[[events]]
kind = "outage"
name = "Billing line"
start = "2024-01-01"
days = 366
magnitude = 100.0
detail = "billing"
channel = "phone"
category = "finance"
"""


def test_an_event_on_a_closed_line_brings_no_tickets_those_days(
    run_seed, fresh_database_url: str, tmp_path: Path
) -> None:
    """The line is closed at weekends: the event's extra volume is the weekdays' alone (its
    weekend tickets, unlabelled, swelled the ordinary ones 2.4 times), and the occupancy
    check counts the event's case work (it expected 0.55 of a 0.70 target)."""
    config = tmp_path / "phone_event.toml"
    config.write_text(PHONE_EVENT_ON_WEEKDAYS)
    _load(
        run_seed,
        fresh_database_url,
        "--tickets 10000 --seed 1 --start 2024-01-01 --end 2024-12-31",
        config,
    )
    with psycopg.connect(fresh_database_url) as conn:
        per_weekday = dict(
            conn.execute(
                "SELECT extract(isodow FROM ticket_created)::int - 1, count(*) FROM tickets "
                "WHERE event_id IS NULL GROUP BY 1"
            ).fetchall()
        )
    weights = Params().weekday_weights
    weekdays = sum(per_weekday[d] for d in range(5))
    for day in (5, 6):
        expected = weekdays * weights[day] / sum(weights[:5])
        # Holidays and seasons move a weekday's share a little; sampling, Z standard errors.
        assert per_weekday[day] <= 1.25 * expected + 4 * expected**0.5, (day, per_weekday)
    _validate(run_seed, fresh_database_url)


def _load(run_seed, url: str, options: str, config: Path | None = None) -> None:
    """A load with `options` (and the `config` file) into the database at `url`, which must
    succeed in silence."""
    with_config = ["--config", str(config)] if config is not None else []
    target = ["--database-url", url, "--reset", "--quiet"]
    result = run_seed(*options.split(), *with_config, *target)
    assert (result.code, result.stderr) == (0, "")


def _validate(run_seed, url: str) -> list[dict[str, Any]]:
    """seed validate's results, which must all pass."""
    checked = run_seed("validate", "--database-url", url, "--json")
    assert checked.code == 0, checked.stdout
    results: list[dict[str, Any]] = json.loads(checked.stdout)["results"]
    return results
