"""Stories: the bundled files are valid, and every kind of mistake names the file, step and field."""

from __future__ import annotations

import pytest

from sanctuary_maps.load import DATA_DIR
from sanctuary_maps.stories import load_stories, parse_story

GOOD_STEP = """
  - title: A step
    center: {lat: 47.5, lon: 19.05}
    zoom: 11
    years: [1956, 1971]
    cases: [CASE]
    text: One sentence. Another sentence.
    question: Why?
"""


def story_text(dataset, step: str = GOOD_STEP, header: str = "title: T\nsummary: S\n") -> str:
    case = dataset.cases["id"].iloc[0]
    return header + "steps:" + step.replace("CASE", case)


def parse(dataset, text: str, file: str = "stories/my-story.yaml"):
    return parse_story(text, file, frozenset(dataset.cases["id"]), frozenset(dataset.events["id"]))


def test_bundled_stories_are_valid_and_cover_the_suggested_topics(dataset):
    stories, problems = load_stories(DATA_DIR / "stories", frozenset(dataset.cases["id"]),
                                     frozenset(dataset.events["id"]))
    assert problems == []
    assert len(stories) >= 6
    for story in stories:
        assert 3 <= len(story.steps) <= 6, story.slug
        for step in story.steps:
            assert step.text.count(".") >= 2 and step.question.endswith("?"), (story.slug, step.title)
            starts = dataset.cases.set_index("id").loc[list(step.cases), "start_year"]
            assert (starts <= step.year_to).all(), (story.slug, step.title)


def test_a_good_story_parses(dataset):
    story, problems = parse(dataset, story_text(dataset))
    assert problems == [] and story.slug == "my-story" and story.steps[0].zoom == 11


@pytest.mark.parametrize(("change", "field", "words"), [
    (("cases: [CASE]", "cases: [no-such-case]"), "step 1: cases", "unknown id 'no-such-case'"),
    (("lat: 47.5", "lat: 147.5"), "step 1: center", "lat must be a number from -90 to 90"),
    (("lon: 19.05", "lon: east"), "step 1: center", "lon must be a number"),
    (("zoom: 11", "zoom: 40"), "step 1: zoom", "from 0 (world) to 16"),
    (("years: [1956, 1971]", "years: [1971, 1956]"), "step 1: years", "is after"),
    (("years: [1956, 1971]", "years: 1956"), "step 1: years", "two whole years"),
    (("    question: Why?\n", ""), "step 1: question", "missing"),
    (("    zoom: 11\n", "    zoom: 11\n    colour: red\n"), "step 1: colour", "unknown key"),
    (("cases: [CASE]", "cases: [CASE]\n    events: [nope]"), "step 1: events", "unknown id 'nope'"),
])
def test_each_mistake_names_file_step_and_field(dataset, change, field, words):
    assert change[0] in GOOD_STEP
    story, problems = parse(dataset, story_text(dataset, GOOD_STEP.replace(*change)))
    assert story is None
    messages = [str(p) for p in problems]
    assert any(m.startswith(f"stories/my-story.yaml: {field}: ") and words in m for m in messages), messages


def test_broken_yaml_and_wrong_shapes_are_reported_not_raised(dataset):
    for text, words in (("title: [unclosed", "line"), ("- just\n- a list", "must be a mapping"),
                        ("title: T\nsummary: S\nsteps: 3", "steps"), ("", "must be a mapping"),
                        ("title: T\nsummary: S\nsteps:\n  - 5", "step 1: step")):
        story, problems = parse(dataset, text)
        assert story is None and problems and words in " ".join(map(str, problems)), text


def test_a_broken_file_does_not_hide_the_good_ones(dataset, tmp_path):
    (tmp_path / "good.yaml").write_text(story_text(dataset))
    (tmp_path / "bad.yaml").write_text(story_text(dataset).replace("zoom: 11", "zoom: -3"))
    (tmp_path / "latin1.yaml").write_bytes("title: Caf\xe9".encode("latin-1"))
    stories, problems = load_stories(tmp_path, frozenset(dataset.cases["id"]), frozenset())
    assert [s.slug for s in stories] == ["good"]
    assert {p.file for p in problems} == {"stories/bad.yaml", "stories/latin1.yaml"}
