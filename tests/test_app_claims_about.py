"""AppTest for the Record vs. claim and About pages."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from sanctuary_maps.claims_register import claim_views, verdict_counts

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def open_page(script: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    return at.switch_page(script).run()


def test_claims_page_lists_every_claim_and_filters_by_verdict(dataset):
    at = open_page("views/claims.py")
    assert not at.exception
    total = len(dataset.claims)
    assert any(m.value == f"**{total} of {total} claims**" for m in at.markdown)
    counts = verdict_counts(dataset.claims)
    assert [m.value for m in at.metric] == [str(counts[v]) for v in counts]
    at.button_group(key="c_verdicts").set_value(["wrong"]).run()
    assert any(m.value == f"**{counts['wrong']} of {total} claims**" for m in at.markdown)
    at.text_input(key="c_text").input("Hungarians").run()
    expected = claim_views(dataset, ("wrong",), "Hungarians")
    assert expected and any(m.value == f"**{len(expected)} of {total} claims**" for m in at.markdown)


def test_wrong_claims_carry_a_correction_and_a_source(dataset):
    for view in claim_views(dataset, ("wrong", "partly_wrong")):
        assert view.correction, view.id
        assert view.sources, view.id


def test_about_page_has_gaps_changelog_dictionary_and_package_download():
    at = open_page("views/about.py")
    assert not at.exception
    headers = [h.value for h in at.header]
    for wanted in ("What counts as a case", "Coverage", "Known gaps", "Data dictionary", "How to cite",
                   "Licence", "Changelog"):
        assert wanted in headers
    labels = [b.label for b in at.get("download_button")]
    assert any("data package" in label for label in labels)
