"""AppTest: every story walked end to end; the step is in the link; broken files get a message."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from sanctuary_maps.load import DATA_DIR
from sanctuary_maps.stories import load_stories
from sanctuary_maps.ui import DATA_DIR_ENV

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def bundled_stories(dataset):
    stories, _ = load_stories(DATA_DIR / "stories", frozenset(dataset.cases["id"]),
                              frozenset(dataset.events["id"]))
    return stories


def open_stories(params: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at.switch_page("views/stories.py").run()  # first run on the story page, as a link does


def shown_view(at: AppTest) -> dict:
    spec = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    return spec["initialViewState"]


def one(value):
    return value[0] if isinstance(value, list) else value


def test_every_story_can_be_walked_from_first_to_last_step(monkeypatch, dataset):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    stories = bundled_stories(dataset)
    at = open_stories()
    for story in stories:
        at.selectbox(key="story_slug").set_value(story.slug).run()
        for n, step in enumerate(story.steps, start=1):
            assert not at.exception
            assert at.subheader[0].value == step.title
            view = shown_view(at)
            assert (view["latitude"], view["longitude"], view["zoom"]) == (step.lat, step.lon, step.zoom)
            assert one(at.query_params["story"]) == story.slug and one(at.query_params["step"]) == str(n)
            assert at.button(key="story_prev").disabled == (n == 1)
            assert at.button(key="story_next").disabled == (n == len(story.steps))
            if n < len(story.steps):
                at.button(key="story_next").click().run()
        at.button(key="story_prev").click().run()
        assert at.subheader[0].value == story.steps[-2].title


def test_a_link_opens_the_story_at_its_step_and_junk_falls_back(monkeypatch, dataset):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    story = bundled_stories(dataset)[-1]
    at = open_stories({"story": story.slug, "step": "3"})
    assert at.subheader[0].value == story.steps[2].title
    at = open_stories({"story": story.slug, "step": "99"})
    assert at.subheader[0].value == story.steps[0].title
    assert any("Ignored step '99'" in i.value for i in at.info)
    at = open_stories({"story": "<script>", "step": "x"})
    assert not at.exception and any("no story called" in i.value for i in at.info)


@pytest.mark.parametrize(("mistake", "expected"), [
    (("zoom: ", "zoom: 99 #"), "step 1: zoom"),
    (("lat: -33.4489", "lat: 133.4489"), "step 1: center"),
    (("steps:", "steps: ["), "YAML"),
])
def test_a_broken_story_file_gives_a_clear_message(monkeypatch, dataset, data_copy, mistake, expected):
    shutil.copytree(DATA_DIR / "stories", data_copy / "stories")
    path = data_copy / "stories" / "santiago-1973.yaml"
    text = path.read_text()
    path.write_text(text.replace(*mistake, 1))
    monkeypatch.setenv(DATA_DIR_ENV, str(data_copy))
    at = open_stories()
    assert not at.exception
    assert any("mistakes" in w.value for w in at.warning)
    assert any(f"stories/santiago-1973.yaml: {expected}:" in c.value for c in at.code)
    # the other stories are still offered
    assert "santiago-1973" not in at.selectbox(key="story_slug").options
    assert len(at.selectbox(key="story_slug").options) == len(bundled_stories(dataset)) - 1


def test_an_unknown_case_id_names_the_file_and_step(monkeypatch, dataset, data_copy):
    shutil.copytree(DATA_DIR / "stories", data_copy / "stories")
    path = data_copy / "stories" / "gdr-1989.yaml"
    story = next(s for s in bundled_stories(dataset) if s.slug == "gdr-1989")
    case = story.steps[1].cases[0]
    text = path.read_text()
    first = text.index(case, text.index("- title:", text.index("- title:") + 1))
    path.write_text(text[:first] + "not-a-real-case" + text[first + len(case):])
    monkeypatch.setenv(DATA_DIR_ENV, str(data_copy))
    at = open_stories()
    assert any("stories/gdr-1989.yaml: step 2: cases: unknown id 'not-a-real-case'" in c.value
               for c in at.code)


def test_presentation_mode_from_the_link_hides_the_sidebar_and_keeps_the_step(monkeypatch, dataset):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    story = bundled_stories(dataset)[0]
    at = open_stories({"story": story.slug, "step": "2", "present": "1"})
    assert at.toggle(key="present").value is True
    assert any('[data-testid="stSidebar"]' in h.proto.body for h in at.get("html"))
    at.button(key="story_next").click().run()
    assert one(at.query_params["present"]) == "1" and one(at.query_params["step"]) == "3"
    at.toggle(key="present").set_value(False).run()
    assert not any('[data-testid="stSidebar"]' in h.proto.body for h in at.get("html"))
    assert "present" not in at.query_params
