"""What each parameter means, its unit and its allowed range: the comments `seed config` prints."""

from __future__ import annotations

from typing import Final

from seeder.params.model import Params

PARAM_DOCS: Final[dict[str, str]] = {
    "agents": (
        "agents (UNIQUE_AGENTS); 0 = the agents planned for the tickets a day (12 for 25,000 in "
        "707 days, at least 3), whose queues wait as configured; other counts wait longer or "
        "shorter"
    ),
    "customers": "customers (UNIQUE_CUSTOMERS); 0 = 6,000 per 25,000 tickets, at least 50",
    "max_interaction_span_hours": "hours from a ticket's first interaction to its last, (0, 24]",
    "escalation_rate": "share of all tickets escalated (only non-FCR ones can be), 0..1",
    "anchor_closure_to": 'closure delay counted from "last_interaction" or "from_creation"',
    "owner_handles_share": "share of follow-ups the owner takes when on shift, 0..1",
    "follow_up_same_channel": "share of follow-ups on the ticket's own channel, 0..1",
    "max_contacts": "most interactions per ticket, 2..1,000",
    "new_within_days": "an unclosed ticket younger than this many days is 'new', else 'open'",
    "rated_share": "share of closed tickets the customer rates, 0..1",
    "customer_repeat_skew": "how much some customers come back more (1 = all alike), >= 1",
    "weekday_weights": "relative ticket volume Monday..Sunday, 7 values >= 0",
    "hourly_weights": "arrivals by hour of the day 00..23 (phone and chat only while open)",
    "escalated_delay_factor": "escalated tickets take this many times longer to close, >= 1",
    "agent_initial_share": "least share of agents hired before the range starts (more when "
    "the first day's volume needs them; the rest are hired as the volume grows), 0..1",
    "agent_part_time_share": "share of agents working part time, 0..1",
    "agent_part_time_fte": "a part-timer's FTE (shift length x this), 0.01..1",
    "agent_max_tenure_years": "longest tenure before the range starts, years, 0.1..100",
    "hourly_rate_per_year_eur": "pay rise per year of tenure, EUR per hour, >= 0",
    "weekend_rotation": "one week in this many an agent covers the weekend, 1..52",
    "shift_hours": "a full-time shift, hours, 0.5..12",
    "interval_minutes": "queue interval in which load is measured: 5, 10, 15, 20, 30 or 60",
    "target_occupancy": "interactions time / available time that case work fills to, (0, 1)",
    "agent_skill_sd": "spread of agents' handle-time factors on the log scale, 0..2",
    "skill_outcome_effect": "how much skill shifts the odds of FCR and escalation, 0..0.4",
    "skill_rating_effect": "rating points per standard deviation of the owner's skill, 0..2",
    "new_hire_slowdown": "extra handle time on a new hire's first day (0.35 = 35 %), 0..2",
    "learning_days": "days for that extra time to fade by a factor e, 1..3,650",
    "absence_share": "share of rostered days lost to sickness and leave, 0..0.5",
    "monthly_weights": "relative ticket volume January..December, 12 values >= 0",
    "black_friday_factor": "volume from Black Friday to Cyber Monday, x a normal day, 0..100",
    "christmas_factor": "volume in the gift weeks before Christmas, x a normal day, 0..100",
    "annual_growth": "yearly growth of ticket volume (0.15 = +15 %), -0.9..10",
    "day_effect_cv": "day-to-day spread of volume beyond Poisson (gamma CV), 0..5",
    "january_returns_lift": "extra RMA and logistics share in January (0.25 = +25 %), 0..10",
    "holiday_factor": "a country's volume on its public holidays, x a normal day, 0..1",
    "closed_days": 'days the centre is closed every year, "MM-DD"',
    "rating_fcr_mean": "mean rating of tickets resolved at first contact, 1..5",
    "rating_non_fcr_mean": "mean rating of other tickets, 1..5",
    "rating_lifecycle_penalty": "rating points lost per log(1 + days open), 0..100",
    "rating_noise_sd": "spread of ratings around their mean, points, 0..100",
    "channels": "share of tickets starting on each channel; sums to 1",
    "countries": "share of customers per country; sums to 1",
    "products": "share of tickets per product; sums to 1",
    "categories": "per category: share of tickets (weights sum to 1), FCR rate 0..1, and "
    "contacts per case (the spec's average over all tickets; see each category's note)",
    "handle_time_minutes": "per channel, minutes: log-normal median and sigma, cut at min..max",
    "speed_of_answer": "per channel, HOURS for email and SECONDS for phone and chat: median, "
    "sigma, min..max (email counts staffed hours; nights and closed days come on top), with "
    "the agents planned (fewer wait longer)",
    "closure_delay_hours": "non-FCR closure delay, hours: median, sigma, min..max (wall-clock "
    "hours on average: the wait runs while the desk is staffed, so it crosses nights)",
    "fcr_closure_delay_hours": "FCR closure delay after the contact, hours: median, sigma, "
    "min..max (cut at the desk's closing that day)",
    "abandonment": "per queue: mean abandoned share with the agents planned (met by "
    "calibrating patience; fewer agents lose more), the daily "
    "spread validate allows, and the patience of those who abandon, seconds",
    "hourly_rate_eur": "starting pay, EUR per hour, min..max",
    "shrinkage": "share of a shift not available (breaks, meetings): truncated normal",
    "after_contact_work_share": "after-contact work as a share of handle time, min..max",
    "other_productive_share": "share of idle available time spent on other work, min..max",
    "occupancy_ceiling": "the most of a day's available time an agent fills, min..max (drawn "
    "per agent-day); case work beyond it goes to colleagues with room, then the next day; "
    "target_occupancy < min, max <= 1",
    "opening_hours": "per channel, Monday..Sunday, [open, close] hours of the day; [0, 0] = "
    "closed; e-mail arrives at any hour and is answered only while open",
    "case_work_minutes": "back-office minutes per ticket by category, before calibration to "
    "target_occupancy, 0..10,000",
    "closure_delay_factor": "how much longer than the closure delay each category takes, 0.01..100",
    "events": "scenario events ([[events]] tables); events = [] turns them off",
}


def category_note(params: Params, category: str) -> str:
    """What the category's contacts per case become: FCR tickets have one contact, others two
    or more, so some averages the spec gives cannot be reached."""
    cat = params.categories[category]
    reachable = cat.fcr_rate + (1 - cat.fcr_rate) * params.non_fcr_mean_contacts(category)
    if abs(reachable - cat.contacts_per_case) < 0.005:
        return f"contacts_per_case {cat.contacts_per_case:g} is reached on average"
    return (
        f"contacts_per_case {cat.contacts_per_case:g} cannot be reached with FCR rate "
        f"{cat.fcr_rate:g}: the data averages {reachable:.2f} (and validate expects that)"
    )
