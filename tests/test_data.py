"""Data tests over the whole bundled dataset: coverage, sourcing and internal consistency."""

from __future__ import annotations

from datetime import date

import pandas as pd

from sanctuary_maps.countries import REGIONS
from sanctuary_maps.eras import ERA_LABELS
from sanctuary_maps.report import coverage_summary, region_era_table, sources_per_record

MIN_CASES = 150
MIN_PER_REGION = 5
MIN_PER_ERA = 5
MIN_INCIDENTS = 25
MIN_CLAIMS = 60


def test_at_least_150_cases(dataset):
    assert len(dataset.cases) >= MIN_CASES


def test_every_region_and_era_has_at_least_five_cases(dataset):
    table = region_era_table(dataset.cases)
    per_region = table.loc[list(REGIONS), "Total"]
    per_era = table.loc["Total", list(ERA_LABELS)]
    assert (per_region >= MIN_PER_REGION).all(), per_region[per_region < MIN_PER_REGION].to_dict()
    assert (per_era >= MIN_PER_ERA).all(), per_era[per_era < MIN_PER_ERA].to_dict()


def test_every_case_has_a_source_and_most_have_two(dataset):
    per_case = sources_per_record(dataset)
    assert per_case.min() >= 1
    assert coverage_summary(dataset)["share_two_plus_sources"] >= 0.75


def test_evidence_level_agrees_with_source_count(dataset):
    per_case = sources_per_record(dataset)
    single = dataset.cases["evidence"] == "single_source"
    documented = dataset.cases["evidence"] == "documented"
    assert (per_case[documented.to_numpy()] >= 2).all()
    assert single.sum() + documented.sum() + (dataset.cases["evidence"] == "disputed").sum() == len(
        dataset.cases)


def test_mass_episodes_have_one_row_per_mission(dataset):
    cases = dataset.cases
    for episode in ("chile-1973-coup", "madrid-1936-39", "gdr-exodus-1989", "tirana-1990"):
        rows = cases[cases["episode"] == episode]
        assert len(rows) >= 3, episode
        # one row per mission: no sending state appears twice in the same city and episode
        assert not rows.duplicated(subset=["sending_code", "city", "mission_type"]).any(), episode


def test_every_source_was_read_on_a_real_day(dataset):
    accessed = pd.to_datetime(dataset.sources["accessed"]).dt.date
    assert (accessed <= date.today()).all()
    assert dataset.sources["url"].str.match(r"^https?://").all()


def test_events_cover_legal_milestones_and_25_incidents(dataset):
    events = dataset.events
    assert (events["kind"] == "incident").sum() >= MIN_INCIDENTS
    titles = " ".join(events["title"]).lower()
    for milestone in ("havana", "montevideo", "caracas", "vienna convention on diplomatic relations",
                      "consular relations", "haya de la torre", "internationally protected persons"):
        assert milestone in titles, milestone


def test_claims_register_covers_the_articles_with_sourced_corrections(dataset):
    claims = dataset.claims
    assert len(claims) >= MIN_CLAIMS
    assert set(claims["verdict"]) >= {"confirmed", "wrong", "partly_wrong"}
    sourced = set(dataset.sources["record_id"])
    wrong = claims[claims["verdict"].isin(["wrong", "partly_wrong"])]
    backed = wrong["id"].isin(sourced) | wrong["case_id"].isin(sourced)
    assert backed.all(), list(wrong.loc[~backed, "id"])
    assert (wrong["correction"].str.len() > 0).all()


def test_known_false_claims_are_marked_wrong(dataset):
    claims = dataset.claims
    text = claims["claim"].str.lower()
    for needle in ("bukovsky", "korchnoi"):
        rows = claims[text.str.contains(needle)]
        assert len(rows) and (rows["verdict"] == "wrong").all(), needle


def test_ongoing_cases_have_no_end_date_and_ended_ones_have_a_duration(dataset):
    cases = dataset.cases
    ongoing = cases["end_status"] == "ongoing"
    assert (cases.loc[ongoing, "end_date"] == "").all()
    with_end = cases["end_date"] != ""
    assert cases.loc[with_end, "duration_days"].notna().all()
    assert (cases.loc[with_end, "duration_days"] >= 0).all()
