"""Longer explanatory texts shown in the app and the README, written once."""

INCLUSION_CRITERIA = """\
A **case** is one refuge episode: one person or group, in one foreign mission, for one continuous stay.

- **Included:** people who got inside a foreign embassy, legation, consulate, ambassador's residence,
  apostolic nunciature or international-organisation compound to escape the authorities or armed forces
  of the state around it, whatever the mission's government decided to do with them.
- **Excluded:** people turned away at the gate or who never got inside; defections while abroad that
  involved no mission; religious sanctuary in churches; people sheltering from a *foreign* army's attack
  (e.g. Qana 1996); occupations of a mission that were not an escape (e.g. Washington 2019).
- **Mass episodes** (Madrid 1936–39, Santiago 1973, Prague 1989, Tirana 1990…) get one row per mission,
  grouped by a shared `episode` key, so counts by sending state are right.
- **Sources:** every case has at least one source page that was read; most have two independent ones
  (`evidence = documented`). The two reference articles the project started from are *not* sources:
  many of their claims are wrong (see the claims register).
- **Uncertainty:** dates carry their own precision (`1949`, `1949-01`, `1949-01-03`); fields no source
  confirmed are listed in `unconfirmed_fields`; where sources disagree the summary says so.
"""

HOW_TO_CITE = """\
Cite a case by its stable link, `…/?case=<id>`, and the dataset as:
*Sanctuary Maps: a dataset of diplomatic refuge, version of {date}.* Each case lists the sources
behind it; please cite those for specific facts.
"""

LICENCE = """\
Code: MIT licence. Data (`data/*.csv`): CC BY 4.0; summaries are the project's own words.
Country outlines: Natural Earth (public domain) via the `world-atlas` package (ISC).
"""

KNOWN_GAPS = """\
- **Uneven coverage.** The cases lean on what English-, Spanish- and French-language sources on the
  web document well. Latin America (the asylum tradition) and Europe are dense; the Middle East and
  North Africa, South Asia and North America rest on few cases, and Sub-Saharan Africa after 2010 on
  very few. A thin region in the charts is first of all a thin record, not proof of rare practice.
- **Mass episodes are counted per mission,** not per person: "Santiago 1973" is eight rows, not
  thousands. Head counts, where known, are in `people_count` with a note on how sure they are.
- **Consular and informal refuge is under-recorded:** short stays that ended quietly rarely reach
  the sources, so outcomes skew towards the famous, long or violent cases.
- **Before 1815** the cases are anecdotes from diplomatic histories, not a sample.
- **Unconfirmed fields** are listed per row in `unconfirmed_fields`; no row is marked `disputed` yet.
- **Borders are today's** (Natural Earth) even when a case names a former state.
"""
