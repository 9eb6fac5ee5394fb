"""Parameters at their upper limits still load: the limits sit below what breaks the schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests_support import table_fingerprints

from seeder.params.limits import MAX_LOG_SIGMA, MAX_RELATIVE_WEIGHT, TEN_YEARS_HOURS

TINY = "min = 0.001\nmedian = 0.01\n"
# Every limit of seeder.params.limits at once, with tiny minimums so that 1,000 contacts per
# ticket fit in a 24-hour span (at their stored resolution: 6 s handling, 36 s email wait),
# in a centre open around the clock on two 12-hour shifts.
AT_THE_LIMITS = f"""
anchor_closure_to = "ANCHOR"
max_interaction_span_hours = 24.0
max_contacts = 1000
agent_max_tenure_years = 100
hourly_rate_per_year_eur = 999.99
escalated_delay_factor = 100
rating_lifecycle_penalty = 100
rating_noise_sd = 100
weekday_weights = [{", ".join([str(MAX_RELATIVE_WEIGHT)] * 7)}]
shift_hours = 12.0
agent_part_time_fte = 1.0
hourly_weights = [{", ".join([str(MAX_RELATIVE_WEIGHT)] * 24)}]
[categories.troubleshooting]
contacts_per_case = 500
[hourly_rate_eur]
max = 999.99
[closure_delay_hours]
sigma = {MAX_LOG_SIGMA}
max = {TEN_YEARS_HOURS}
[fcr_closure_delay_hours]
sigma = {MAX_LOG_SIGMA}
max = {TEN_YEARS_HOURS}
[abandonment.calls.patience_seconds]
sigma = {MAX_LOG_SIGMA}
max = {TEN_YEARS_HOURS * 3600}
[after_contact_work_share]
max = 10
[shrinkage]
sd = 1
[opening_hours]
email = {[[0, 24]] * 7}
phone = {[[0, 24]] * 7}
chat = {[[0, 24]] * 7}
""" + "".join(
    f"[{table}.{channel}]\n{TINY}sigma = {MAX_LOG_SIGMA}\nmax = 999999\n"
    for table in ("speed_of_answer", "handle_time_minutes")
    for channel in ("email", "phone", "chat")
)


@pytest.mark.slow
@pytest.mark.parametrize("anchor", ["last_interaction", "from_creation"])
def test_a_config_at_every_limit_loads(
    run_seed, fresh_database_url: str, tmp_path: Path, anchor: str
) -> None:
    config = tmp_path / "limits.toml"
    config.write_text(AT_THE_LIMITS.replace("ANCHOR", anchor))
    # The calendar's first quarter (agents start a century before it), then a single day.
    # Contacts this long would keep fewer agents busier than target_occupancy, which a load
    # refuses: enough agents for a ticket's whole 24-hour span each, on the single day.
    for start, end in (("1900-01-01", "1900-03-31"), ("2024-06-03", "2024-06-03")):
        result = run_seed(
            "--tickets", "100", "--agents", "500", "--start", start, "--end", end,
            "--config", str(config),
            "--database-url", fresh_database_url, "--reset", "--quiet",
        )  # fmt: skip
        assert (result.code, result.stderr) == (0, ""), start
        assert table_fingerprints(fresh_database_url)["tickets"][0] == 100
