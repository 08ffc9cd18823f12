"""Patterns: each table adds up to the cases it claims to count, under any filter."""

from __future__ import annotations

import pytest

from sanctuary_maps.chart_export import to_png, to_svg
from sanctuary_maps.filters import FilterState, apply_filters
from sanctuary_maps.patterns import (
    all_patterns,
    duration_by_era,
    network,
    outcomes_by,
    region_by_decade,
    top_states,
)


@pytest.mark.parametrize("region", ["Latin America & Caribbean", "South Asia", "North America"])
def test_heatmap_cells_add_up_to_the_filtered_cases(dataset, region):
    cases = apply_filters(dataset.cases, FilterState(regions=(region,)))
    pattern = region_by_decade(cases)
    assert pattern.table["cases"].sum() == len(cases) == pattern.n
    assert set(pattern.table["region"]) == {region}
    assert (pattern.table["decade"] % 10 == 0).all()


def test_outcome_shares_sum_to_one_per_group(dataset):
    for by in ("region", "era"):
        table = outcomes_by(dataset.cases, by).table
        assert table["cases"].sum() == len(dataset.cases)
        assert table.groupby(by)["share"].sum().between(0.99, 1.01).all()


def test_top_states_are_ranked_and_count_the_right_role(dataset):
    for role in ("sending", "host"):
        table = top_states(dataset.cases, role).table
        assert list(table["cases"]) == sorted(table["cases"], reverse=True)
        first = table.iloc[0]
        assert first["cases"] == (dataset.cases[f"{role}_code"] == first["code"]).sum()
        assert first["cases"] == dataset.cases[f"{role}_code"].value_counts().max()


def test_network_lists_every_pair_once_and_ranks_them(dataset):
    table = network(dataset.cases).table
    assert table["cases"].sum() == len(dataset.cases)
    assert not table.duplicated(["sending_code", "host_code"]).any()
    assert list(table["rank"]) == list(range(1, len(table) + 1))
    assert list(table["cases"]) == sorted(table["cases"], reverse=True)


def test_durations_leave_out_unknown_lengths(dataset):
    pattern = duration_by_era(dataset.cases)
    assert pattern.n == int((dataset.cases["duration_days"] > 0).sum())
    assert pattern.table["duration_days"].min() > 0


def test_every_pattern_survives_an_empty_filter(dataset):
    empty = apply_filters(dataset.cases, FilterState(text="no such case anywhere"))
    for pattern in all_patterns(empty):
        assert pattern.n == 0 and pattern.table.empty
        assert pattern.chart.to_dict()


def test_charts_export_as_svg_and_png_with_title_and_n(dataset):
    pattern = region_by_decade(dataset.cases)
    svg = to_svg(pattern.chart, pattern.title, pattern.n_text).decode()
    assert svg.startswith("<svg") and pattern.title in svg and f"n = {len(dataset.cases)} cases" in svg
    assert to_png(pattern.chart, pattern.title, pattern.n_text, scale=1)[:8] == b"\x89PNG\r\n\x1a\n"
