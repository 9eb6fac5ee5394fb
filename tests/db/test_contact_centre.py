"""Issue #18's promises, each asserted on the session's loaded dataset (25,000 tickets, seed 7).

The contact centre must behave like one: work inside shifts, waits and abandonment that follow
the load, realistic occupancy, agents who differ and learn, absence, a recent backlog.
"""

from __future__ import annotations

import math

import pytest
from business_rules_support import Dataset, assert_no_violations, share_tolerance

pytestmark = pytest.mark.db

OCCUPANCY_RANGE = (0.55, 0.85)  # issue: interactions_time / available_time at the spec's size
# Agent-days at 100 % occupancy: only a day of overlapping chats. Each owner's case work
# carried over to their next day kept 39 % of present agent-days full before the team's queue.
FULL_DAYS_MAX = 0.02
AHT_CV_MIN = 0.10  # issue: coefficient of variation of handle time across agents
RATING_GAP_MIN = 0.3  # issue: best and worst agents' mean ratings
LEARNING_MIN = 0.10  # issue: first month at least 10 % slower than after four months
ABSENCE_RANGE = (0.02, 0.10)  # issue: share of rostered days
OLD_BACKLOG_MAX = 0.20  # issue: open tickets older than 30 days at the range end
LONGEST_AGENT_DAY_H = 10.0  # issue: 62 % of agent-days spanned more than 10 h before
# An agent takes one call at a time; a call overlaps another only when no agent on shift
# frees in time for it (closing time, the caller's longest wait). 9 % overlapped before.
OVERLAPPING_CALLS_MAX = 0.005
# Nor on a call and an e-mail: an e-mail waits for its handler, or goes to another agent; it
# overlaps only when nobody on shift frees before the e-mail desk closes (the closing hour's
# last follow-ups: 123 of the 146 at this size start in their day's last hour). 0.86-1.17 % of
# e-mails over seeds 1, 2, 3 and 7 at this size, 1.0 % on average: the test allows that mean
# and Z standard errors of a share of the contacts (it allowed 1 % outright, which seed 2
# exceeded before this data's holidays and Sunday shifts, and seed 7 after, at 1.05 %).
# 15 % of e-mails started during their handler's call or e-mail, and 5.5 % of calls during
# an e-mail, before e-mails were booked.
OVERLAPPING_CONTACTS_MEAN = 0.010
# Before the last hour of the centre's day, where colleagues are on shift to take over: 0.16-
# 0.30 % of e-mails and 0.11-0.28 % of calls over the same seeds, 0.22 % on average.
OVERLAPPING_BEFORE_LAST_HOUR_MEAN = 0.0022
# Nor chatting during a call or an e-mail (an agent keeps up to three chats open, between
# calls and e-mails): a chat goes to an agent free of both, or waits for one, as a call
# does. Before chats were booked, 16 % of chats started during their agent's call or
# e-mail, and 8.5 % of calls and e-mails during a chat (31 % of chats overlapped one).
CHATS_BESIDE_CALLS_MAX = 0.01

# An agent-day's rows: its shift and its absence.
_AGENT_DAY = """
    SELECT i.*, w.shift_start, w.shift_end, w.paid_time, w.scheduled_time, w.available_time
    FROM interactions i
    JOIN wfm w ON w.user_id = i.handled_by AND w.date = i.interaction_created::date
"""


def test_the_spec_counts_agents_and_customers(ds: Dataset) -> None:
    assert ds.config.tickets == 25_000
    assert ds.scalar("SELECT count(*) FROM users") == 12
    assert ds.scalar("SELECT count(*) FROM customers") == 6_000


def test_every_interaction_is_handled_inside_its_handlers_shift(ds: Dataset) -> None:
    assert_no_violations(
        ds,
        "interaction outside its handler's shift (overtime counted in paid_time)",
        f"""SELECT interaction_id FROM ({_AGENT_DAY}) x
            WHERE shift_start IS NULL OR available_time = 0
               OR interaction_created < shift_start OR interaction_created >= shift_end
               OR interaction_handled > shift_end
                  + (paid_time - scheduled_time) * interval '1 minute'""",
    )


def test_an_agent_takes_one_call_at_a_time(ds: Dataset) -> None:
    calls, overlapping = ds.rows(
        """WITH calls AS (SELECT handled_by, interaction_created AS s, interaction_handled AS e,
                                 max(interaction_handled) OVER (
                                     PARTITION BY handled_by ORDER BY interaction_created,
                                                  interaction_id
                                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS busy
                          FROM interactions WHERE channel = 'phone')
           SELECT count(*), count(*) FILTER (WHERE s < busy) FROM calls"""
    )[0]
    assert overlapping <= OVERLAPPING_CALLS_MAX * calls, (overlapping, calls)


def test_an_agent_works_one_call_or_email_at_a_time(ds: Dataset) -> None:
    """Overlaps are the closing hour's: before it, a colleague on shift takes over."""
    hours = ds.params.opening_hours.values()
    closes = [max(week[day][1] for week in hours) for day in range(7)]
    overlapping = ds.rows(
        """WITH work AS (
               SELECT channel, interaction_created AS s,
                      max(interaction_handled) OVER (
                          PARTITION BY handled_by ORDER BY interaction_created, interaction_id
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS busy
               FROM interactions WHERE channel IN ('phone', 'email'))
           SELECT channel, count(*), count(*) FILTER (WHERE s < busy),
                  count(*) FILTER (WHERE s < busy AND extract(epoch FROM s::time) / 3600
                                   < (%(closes)s::float8[])[extract(isodow FROM s)::int] - 1)
           FROM work GROUP BY channel ORDER BY channel""",
        {"closes": closes},
    )
    assert [channel for channel, *_ in overlapping] == ["email", "phone"]
    for channel, contacts, started_busy, before_last_hour in overlapping:
        allowed = OVERLAPPING_CONTACTS_MEAN + share_tolerance(OVERLAPPING_CONTACTS_MEAN, contacts)
        assert started_busy <= allowed * contacts, (channel, started_busy, contacts)
        early = OVERLAPPING_BEFORE_LAST_HOUR_MEAN
        allowed = early + share_tolerance(early, contacts)
        assert before_last_hour <= allowed * contacts, (channel, before_last_hour, contacts)


def test_an_agent_chats_only_between_calls_and_emails(ds: Dataset) -> None:
    """Chats starting during their agent's call or e-mail, calls and e-mails during a chat."""
    started_beside = ds.rows(
        """WITH work AS (
               SELECT channel = 'chat' AS chat, interaction_created AS s,
                      max(interaction_handled) FILTER (WHERE channel <> 'chat') OVER agent_so_far
                          AS on_call,
                      max(interaction_handled) FILTER (WHERE channel = 'chat') OVER agent_so_far
                          AS chatting
               FROM interactions
               WINDOW agent_so_far AS (
                   PARTITION BY handled_by ORDER BY interaction_created, interaction_id
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING))
           SELECT chat, count(*),
                  count(*) FILTER (WHERE s < CASE WHEN chat THEN on_call ELSE chatting END)
           FROM work GROUP BY chat ORDER BY chat"""
    )
    assert [chat for chat, _, _ in started_beside] == [False, True]
    for chat, contacts, beside in started_beside:
        assert beside <= CHATS_BESIDE_CALLS_MAX * contacts, (chat, beside, contacts)


def test_no_agent_day_spans_more_than_a_shift_and_overtime(ds: Dataset) -> None:
    longest_h = ds.scalar(
        """SELECT max(extract(epoch FROM last - first) / 3600) FROM (
               SELECT handled_by, interaction_created::date,
                      min(interaction_created) AS first, max(interaction_handled) AS last
               FROM interactions GROUP BY 1, 2) d"""
    )
    assert longest_h <= LONGEST_AGENT_DAY_H


def test_shift_columns_are_set_exactly_on_rostered_days(ds: Dataset) -> None:
    """Scheduled time is the shift, stretched only when overlapping chats outlast it."""
    assert_no_violations(
        ds,
        "shift_start/shift_end NULL iff scheduled_time = 0, and scheduled = shift minutes",
        """SELECT w.user_id, w.date FROM wfm w
           LEFT JOIN (SELECT handled_by, interaction_created::date AS date,
                             ceil(sum(handle_time)) AS minutes
                      FROM interactions GROUP BY 1, 2) h
             ON h.handled_by = w.user_id AND h.date = w.date
           WHERE (shift_start IS NULL) <> (scheduled_time = 0)
              OR (shift_end IS NULL) <> (scheduled_time = 0)
              OR (scheduled_time > 0 AND scheduled_time <> greatest(
                  extract(epoch FROM shift_end - shift_start) / 60, coalesce(h.minutes, 0)))""",
    )


def test_shifts_lie_within_the_centres_hours(ds: Dataset) -> None:
    """Nobody is rostered while every channel is closed: Sunday's 10:00-16:00 is six hours,
    shorter than a full-time shift, which ran to 18:00 before."""
    hours = ds.params.opening_hours.values()
    opens = [min(week[day][0] for week in hours) for day in range(7)]
    closes = [max(week[day][1] for week in hours) for day in range(7)]
    outside = ds.rows(
        """SELECT extract(isodow FROM date)::int - 1 AS weekday,
                  min(extract(epoch FROM shift_start::time) / 3600),
                  max(extract(epoch FROM shift_end::time) / 3600), count(*)
           FROM wfm WHERE shift_start IS NOT NULL GROUP BY 1 ORDER BY 1"""
    )
    assert [weekday for weekday, *_ in outside] == list(range(7))
    for weekday, first, last, _ in outside:
        assert opens[weekday] <= first and last <= closes[weekday], (weekday, first, last)


def test_phone_and_chat_arrive_only_while_open(ds: Dataset) -> None:
    hours = ds.params.opening_hours
    values = ", ".join(
        f"('{channel}', {day + 1}, {opens}, {closes})"
        for channel in ("phone", "chat")
        for day, (opens, closes) in enumerate(hours[channel])
    )
    assert_no_violations(
        ds,
        "phone or chat ticket created outside its channel's opening hours",
        f"""SELECT t.ticket_id FROM tickets t
            JOIN (VALUES {values}) AS h(channel, isodow, opens, closes)
              ON h.channel = t.origin AND h.isodow = extract(isodow FROM t.ticket_created)
            WHERE extract(epoch FROM t.ticket_created::time) < h.opens * 3600
               OR extract(epoch FROM t.ticket_created::time) >= h.closes * 3600""",
    )


def test_e_mails_sent_while_closed_wait_longer(ds: Dataset) -> None:
    """Overnight and weekend e-mails wait for the next shift: Monday morning is the slowest."""
    rows = dict(
        ds.rows(
            """SELECT CASE WHEN extract(isodow FROM f.interaction_created) = 1
                            AND f.interaction_created::time < '10:00' THEN 'monday_morning'
                           WHEN extract(isodow FROM f.interaction_created) BETWEEN 2 AND 4
                            AND f.interaction_created::time BETWEEN '12:00' AND '16:00'
                           THEN 'midweek_afternoon' END,
                      avg(f.speed_of_answer)::float8
               FROM (SELECT DISTINCT ON (ticket_id) * FROM interactions
                     ORDER BY ticket_id, interaction_created) f
               WHERE f.channel = 'email' GROUP BY 1"""
        )
    )
    assert rows["monday_morning"] > 4 * rows["midweek_afternoon"], rows


def _intervals_by_load(ds: Dataset) -> list[tuple[float, float, float, int]]:
    """Per load decile of 30-minute intervals: (load, mean wait s, abandoned share, records).

    Load: phone and chat records queued in the interval per agent present and on shift.
    """
    return ds.rows(
        """WITH queue AS (
               SELECT initialized, answered, is_abandoned FROM calls
               UNION ALL SELECT initialized, answered, is_abandoned FROM chats),
           slot AS (
               SELECT date_bin('30 minutes', initialized, timestamp '2000-01-01') AS at,
                      count(*) AS records, count(*) FILTER (WHERE is_abandoned) AS abandoned,
                      sum(extract(epoch FROM answered - initialized)) AS waited,
                      count(answered) AS answered
               FROM queue GROUP BY 1),
           staffed AS (
               SELECT s.at, count(w.user_id) AS agents FROM slot s
               JOIN wfm w ON w.date = s.at::date AND w.available_time > 0
                AND w.shift_start <= s.at AND w.shift_end > s.at
               GROUP BY 1),
           loaded AS (
               SELECT s.*, s.records::float8 / st.agents AS load,
                      ntile(10) OVER (ORDER BY s.records::float8 / st.agents) AS decile
               FROM slot s JOIN staffed st USING (at))
           SELECT avg(load), (sum(waited) / sum(answered))::float8,
                  sum(abandoned)::float8 / sum(records),
                  sum(records)::int
           FROM loaded GROUP BY decile ORDER BY decile"""
    )


def test_busier_intervals_wait_longer_and_abandon_more(ds: Dataset) -> None:
    deciles = _intervals_by_load(ds)
    quiet, busy = deciles[0], deciles[-1]
    assert busy[1] > 1.5 * quiet[1], deciles
    tolerance = share_tolerance(quiet[2], quiet[3]) + share_tolerance(busy[2], busy[3])
    assert busy[2] > quiet[2] + tolerance, deciles


def test_abandonment_rises_with_the_mean_wait(ds: Dataset) -> None:
    """Brown et al. (2005): abandonment is close to linear in the mean wait."""
    deciles = _intervals_by_load(ds)
    waits = [d[1] for d in deciles]
    rates = [d[2] for d in deciles]
    assert _correlation(waits, rates) > 0.8, deciles


def _correlation(x: list[float], y: list[float]) -> float:
    mx, my = sum(x) / len(x), sum(y) / len(y)
    cov = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    vx = sum((a - mx) ** 2 for a in x)
    vy = sum((b - my) ** 2 for b in y)
    return cov / math.sqrt(vx * vy)


@pytest.mark.parametrize("table", ["calls", "chats"])
def test_abandonment_keeps_its_configured_mean(ds: Dataset, table: str) -> None:
    n, abandoned = ds.rows(f"SELECT count(*), count(*) FILTER (WHERE is_abandoned) FROM {table}")[0]
    target = ds.params.abandonment[table].mean
    assert abs(abandoned / n - target) <= share_tolerance(target, n)


def test_occupancy_is_realistic(ds: Dataset) -> None:
    occupancy = ds.scalar(
        """SELECT sum(interactions_time)::float8 / sum(available_time)
           FROM wfm WHERE available_time > 0"""
    )
    low, high = OCCUPANCY_RANGE
    assert low <= occupancy <= high


def test_no_agent_works_every_available_minute(ds: Dataset) -> None:
    """Case work is shared below each agent-day's occupancy ceiling: a backlog keeps the team
    busy, not one agent at 100 % for weeks."""
    days, full = ds.rows(
        """SELECT count(*), count(*) FILTER (WHERE interactions_time >= available_time)
           FROM wfm WHERE available_time > 0"""
    )[0]
    assert full <= FULL_DAYS_MAX * days, (full, days)


def test_agents_differ_in_handle_time(ds: Dataset) -> None:
    cv = ds.scalar(
        """SELECT stddev_pop(aht) / avg(aht) FROM (
               SELECT handled_by, avg(handle_time)::float8 AS aht
               FROM interactions GROUP BY 1) a"""
    )
    assert cv >= AHT_CV_MIN


def test_the_router_gives_slower_agents_fewer_tickets(ds: Dataset) -> None:
    """Work goes to whoever is free, and a slower agent is free less often: the slowest third
    of agents (by their handle times against each channel's mean) own fewer tickets per
    available hour than the fastest third, beyond two standard errors of the counts."""
    rows = ds.rows(
        """WITH channel_mean AS (SELECT channel, avg(handle_time) AS m
                                 FROM interactions GROUP BY 1),
                pace AS (SELECT handled_by AS agent, avg(i.handle_time / c.m)::float8 AS pace
                         FROM interactions i JOIN channel_mean c USING (channel) GROUP BY 1),
                owned AS (SELECT ticket_owner AS agent, count(*) AS n FROM tickets GROUP BY 1),
                hours AS (SELECT user_id AS agent, sum(available_time) / 60.0 AS h
                          FROM wfm GROUP BY 1),
                thirds AS (SELECT n, h, ntile(3) OVER (ORDER BY pace) AS third
                           FROM pace JOIN owned USING (agent) JOIN hours USING (agent))
           SELECT third, sum(n)::float8, sum(h)::float8 FROM thirds
           WHERE third IN (1, 3) GROUP BY 1 ORDER BY 1"""
    )
    (_, fast_n, fast_h), (_, slow_n, slow_h) = rows
    fast, slow = fast_n / fast_h, slow_n / slow_h
    # Tickets per hour as Poisson counts: each rate's standard error is sqrt(n) / hours.
    error = math.hypot(math.sqrt(fast_n) / fast_h, math.sqrt(slow_n) / slow_h)
    assert slow < fast - 2 * error, (fast, slow, error)


def _owner_spread(ds: Dataset, flag: str) -> tuple[float, list[float]]:
    """(chi-square, z-scores): each owner's count of `flag` against their category mix's.

    With no agent effect the sum of squares is chi-square with one degree per owner.
    """
    rows = ds.rows(
        f"""WITH rate AS (SELECT symptom_cat, avg({flag}::int)::float8 AS p
                          FROM tickets GROUP BY 1)
            SELECT ticket_owner, sum({flag}::int) - sum(r.p), sum(r.p * (1 - r.p))
            FROM tickets t JOIN rate r USING (symptom_cat) GROUP BY 1"""
    )
    z_scores = [excess / math.sqrt(var) for _, excess, var in rows if var > 0]
    return sum(z * z for z in z_scores), z_scores


@pytest.mark.parametrize("flag", ["fcr", "escalated"])
def test_agents_differ_in_resolution_and_escalation_beyond_chance(ds: Dataset, flag: str) -> None:
    """Within each category's calibrated rate, some owners resolve more and escalate less."""
    chi_square, z_scores = _owner_spread(ds, flag)
    degrees = len(z_scores)
    assert chi_square > degrees + 4 * math.sqrt(2 * degrees), z_scores


def test_the_better_resolvers_escalate_less(ds: Dataset) -> None:
    _, resolving = _owner_spread(ds, "fcr")
    _, escalating = _owner_spread(ds, "escalated")
    assert _correlation(resolving, escalating) < 0, (resolving, escalating)


def test_best_and_worst_agents_ratings_differ(ds: Dataset) -> None:
    gap = ds.scalar(
        """SELECT max(r) - min(r) FROM (
               SELECT ticket_owner, avg(ticket_rating)::float8 AS r FROM tickets
               WHERE ticket_rating IS NOT NULL GROUP BY 1 HAVING count(*) >= 100) a"""
    )
    assert gap >= RATING_GAP_MIN


def test_new_hires_are_slower_and_learn(ds: Dataset) -> None:
    first_month, settled = ds.rows(
        """SELECT avg(handle_time) FILTER (WHERE tenure < 30)::float8,
                  avg(handle_time) FILTER (WHERE tenure >= 120)::float8
           FROM (SELECT i.handle_time, i.interaction_created::date - u.start_date AS tenure
                 FROM interactions i JOIN users u ON u.id = i.handled_by
                 WHERE u.start_date > (SELECT min(date) FROM wfm)) h"""
    )[0]
    assert first_month >= (1 + LEARNING_MIN) * settled


def test_absence_is_paid_scheduled_and_idle(ds: Dataset) -> None:
    share = ds.scalar(
        "SELECT avg((available_time = 0)::int)::float8 FROM wfm WHERE scheduled_time > 0"
    )
    low, high = ABSENCE_RANGE
    assert low <= share <= high
    assert_no_violations(
        ds,
        "an absent agent handled something or has working time",
        f"""SELECT interaction_id::text FROM ({_AGENT_DAY}) x WHERE available_time = 0
            UNION ALL
            SELECT format('%s %s', user_id, date) FROM wfm
            WHERE scheduled_time > 0 AND available_time = 0
              AND (paid_time < scheduled_time OR interactions_time <> 0
                   OR productive_time <> 0)""",
    )


def test_the_backlog_is_recent(ds: Dataset) -> None:
    old, total = ds.rows(
        """SELECT count(*) FILTER (WHERE ticket_created < last.at - interval '30 days'),
                  count(*)
           FROM tickets, (SELECT max(ticket_created) AS at FROM tickets) last
           WHERE status <> 'closed'"""
    )[0]
    assert total > 0
    assert old / total <= OLD_BACKLOG_MAX
