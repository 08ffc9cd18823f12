"""Guided stories for the classroom: step by step, the map flies and the narrative follows."""

import streamlit as st

from sanctuary_maps import presentation, story_nav
from sanctuary_maps.markdown import md
from sanctuary_maps.stories import load_stories
from sanctuary_maps.story_map import step_deck
from sanctuary_maps.ui import bundled_dataset_or_stop as dataset_or_stop
from sanctuary_maps.ui import data_dir

data = dataset_or_stop()
stories, problems = load_stories(data_dir() / "stories", frozenset(data.cases["id"]),
                                 frozenset(data.events["id"]))
presenting = presentation.is_presenting()
if not presenting:
    st.title("Stories")
    st.caption("Guided tours for class. Each step moves the map, highlights cases and ends with a "
               "question. The link holds the story and step, so students can follow on their own "
               "devices. Each story is a YAML file in data/stories/ that you can copy and edit.")
if problems:
    st.warning("Some story files have mistakes and are not shown until they are fixed "
               "(file: step: field: reason):", icon=":material/edit_note:")
    st.code("\n".join(str(p) for p in problems[:50]), language=None)
if not stories:
    st.info("There are no stories to show yet.")
    st.stop()
for notice in story_nav.seed(stories):
    st.info(notice, icon="ℹ️")

titles = {s.slug: s.title for s in stories}
top = st.columns([3, 1.3], vertical_alignment="bottom")
if presenting:
    story, step_no = story_nav.current(stories)
    top[0].markdown(f"## {md(story.title)}")
else:
    top[0].selectbox("Story", list(titles), key=story_nav.STORY_KEY, format_func=titles.get,
                     on_change=story_nav.restart)
    story, step_no = story_nav.current(stories)
top[1].toggle("Presentation mode", key=presentation.PRESENT_KEY,
              help="Large type, no sidebar, map and text side by side (for a projector).")
if not presenting:
    st.caption(story.summary)

step = story.steps[step_no - 1]
nav = st.columns([1, 2, 1], vertical_alignment="center")
nav[0].button("Previous", icon=":material/arrow_back:", on_click=story_nav.go, args=(-1,),
              disabled=step_no == 1, width="stretch", key="story_prev")
years = str(step.year_from) if step.year_from == step.year_to else f"{step.year_from}–{step.year_to}"
nav[1].markdown(f"**Step {step_no} of {len(story.steps)}** · {years}",
                text_alignment="center")
nav[2].button("Next", icon=":material/arrow_forward:", on_click=story_nav.go, args=(1,),
              disabled=step_no == len(story.steps), width="stretch", key="story_next")

map_col, text_col = st.columns([1, 1] if presenting else [3, 2], gap="medium")
with map_col:
    st.pydeck_chart(step_deck(step, data.cases, data.events), key="story_map",
                    height=480 if presenting else 560, width="stretch")
    if not presenting:
        st.caption("Orange: this step's cases. Grey: other cases active in these years. ▲: events.")
with text_col:
    st.subheader(step.title)
    st.markdown(md(step.text))
    st.info(f"**Discuss:** {md(step.question)}", icon=":material/forum:")
    if step.cases and not presenting:
        titles_by_id = dict(zip(data.cases["id"], data.cases["title"]))
        st.markdown("**Cases in this step**\n\n" + "\n".join(
            f"- [{md(titles_by_id[c])}](/?case={c})" for c in step.cases))

params = {"story": story.slug, "step": str(step_no), **presentation.url_params()}
if st.query_params.to_dict() != params:
    st.query_params.from_dict(params)
