"""The whole view in the URL: filters, map options and the selected case.

``to_params`` and ``from_params`` are inverse for every valid state, so a copied
link reopens the exact view. Junk in a link never raises: each bad part is
dropped with a short notice saying what was ignored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .countries import REGIONS
from .eras import ERAS
from .filters import FilterState
from .vocab import EVIDENCE_LEVELS, MISSION_TYPES, OUTCOMES, SEEKER_TYPES

REGION_SLUGS: dict[str, str] = {
    "eap": "East Asia & Pacific", "eca": "Europe & Central Asia", "lac": "Latin America & Caribbean",
    "mena": "Middle East & North Africa", "na": "North America", "sa": "South Asia",
    "ssa": "Sub-Saharan Africa",
}
assert set(REGION_SLUGS.values()) == set(REGIONS)
ERA_SLUGS: dict[str, str] = {e.key: e.label for e in ERAS}

COLOR_CHOICES = ("outcome", "era", "region", "evidence")
SIZE_CHOICES = ("none", "people", "duration")
LAYER_CHOICES = ("cases", "arcs", "shading", "incidents")
SHADE_CHOICES = ("hosted", "granted")
DEFAULT_LAYERS = ("cases", "shading")
YEAR_MIN, YEAR_MAX = 1000, 2100
MAX_TEXT = 200
CODE = re.compile(r"^[A-Z]{3,4}$")
CASE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class ViewState:
    filters: FilterState = field(default_factory=FilterState)
    color: str = "outcome"
    size: str = "none"
    layers: tuple[str, ...] = DEFAULT_LAYERS
    shade: str = "hosted"
    case: str = ""
    year: int | None = None  # the year cursor, when it is on


# URL key -> (FilterState field, allowed values as URL token -> stored value)
_CHOICE_PARAMS: dict[str, tuple[str, dict[str, str] | None]] = {
    "region": ("regions", REGION_SLUGS),
    "era": ("eras", ERA_SLUGS),
    "host": ("hosts", None),
    "sender": ("senders", None),
    "seeker": ("seeker_types", {k: k for k in SEEKER_TYPES}),
    "mission": ("mission_types", {k: k for k in MISSION_TYPES}),
    "outcome": ("outcomes", {k: k for k in OUTCOMES}),
    "evidence": ("evidence", {k: k for k in EVIDENCE_LEVELS}),
}
KNOWN_PARAMS = frozenset({*_CHOICE_PARAMS, "from", "to", "q", "color", "size", "layers", "shade",
                          "case", "present", "step", "story", "year"})


def _tokens(value: str) -> list[str]:
    return [t.strip() for t in value.split(",") if t.strip()]


def to_params(view: ViewState) -> dict[str, str]:
    """Only what differs from the default view, so links stay short."""
    params: dict[str, str] = {}
    f = view.filters
    for key, (attr, mapping) in _CHOICE_PARAMS.items():
        chosen = getattr(f, attr)
        if chosen:
            reverse = {v: k for k, v in mapping.items()} if mapping else None
            params[key] = ",".join(reverse[c] if reverse else c for c in chosen)
    if f.year_from is not None:
        params["from"] = str(f.year_from)
    if f.year_to is not None:
        params["to"] = str(f.year_to)
    if f.text:
        params["q"] = f.text
    if view.color != "outcome":
        params["color"] = view.color
    if view.size != "none":
        params["size"] = view.size
    if view.layers != DEFAULT_LAYERS:
        params["layers"] = ",".join(view.layers) or "none"
    if view.shade != "hosted":
        params["shade"] = view.shade
    if view.case:
        params["case"] = view.case
    if view.year is not None:
        params["year"] = str(view.year)
    return params


def _one(params: Mapping[str, object], key: str) -> str:
    value = params.get(key, "")
    if isinstance(value, list | tuple):  # st.query_params may repeat a key
        value = value[-1] if value else ""
    return str(value)


def from_params(params: Mapping[str, object], known_codes: frozenset[str] = frozenset(),
                known_cases: frozenset[str] = frozenset()) -> tuple[ViewState, list[str]]:
    """Parse URL parameters; never raises. Returns the view and notices about what was ignored.

    ``known_codes``/``known_cases`` restrict host/sender codes and ``case`` to values
    in the data (empty means accept any well-formed value).
    """
    notices: list[str] = []
    changes: dict[str, object] = {}
    for key in params:
        if key not in KNOWN_PARAMS:
            notices.append(f"Ignored unknown link parameter '{str(key)[:40]}'.")
    for key, (attr, mapping) in _CHOICE_PARAMS.items():
        raw = _one(params, key)
        if not raw:
            continue
        kept: list[str] = []
        for token in _tokens(raw):
            if mapping is not None:
                value = mapping.get(token)
            else:
                value = token if CODE.match(token) and (not known_codes or token in known_codes) else None
            if value is None:
                notices.append(f"Ignored '{token[:40]}' in '{key}'.")
            elif value not in kept:
                kept.append(value)
        if kept:
            changes[attr] = tuple(kept)
    years: dict[str, int] = {}
    for key in ("from", "to", "year"):
        raw = _one(params, key).strip()
        if raw:
            if re.fullmatch(r"-?\d{1,4}", raw) and YEAR_MIN <= int(raw) <= YEAR_MAX:
                years[key] = int(raw)
            else:
                notices.append(f"Ignored '{raw[:40]}' in '{key}': "
                               f"not a year between {YEAR_MIN} and {YEAR_MAX}.")
    if "from" in years:
        changes["year_from"] = years["from"]
    if "to" in years:
        changes["year_to"] = years["to"]
    if changes.get("year_from") is not None and changes.get("year_to") is not None and \
            changes["year_from"] > changes["year_to"]:
        notices.append("Swapped 'from' and 'to': 'from' was after 'to'.")
        changes["year_from"], changes["year_to"] = changes["year_to"], changes["year_from"]
    text = _one(params, "q")
    if text:
        cleaned = re.sub(r"[\x00-\x1f\x7f]", " ", text).strip()[:MAX_TEXT]
        if cleaned:
            changes["text"] = cleaned
    filters = FilterState(**changes)

    def choice(key: str, allowed: tuple[str, ...], default: str) -> str:
        raw = _one(params, key)
        if raw and raw not in allowed:
            notices.append(f"Ignored '{raw[:40]}' in '{key}'.")
            return default
        return raw or default

    layers_raw = _one(params, "layers")
    layers: tuple[str, ...] = DEFAULT_LAYERS
    if layers_raw:
        wanted = [t for t in _tokens(layers_raw) if t != "none"]
        bad = [t for t in wanted if t not in LAYER_CHOICES]
        notices += [f"Ignored '{t[:40]}' in 'layers'." for t in bad]
        layers = tuple(t for t in LAYER_CHOICES if t in wanted)
    case = _one(params, "case").strip()
    if case and not (CASE_ID.match(case) and (not known_cases or case in known_cases)):
        notices.append(f"Ignored 'case': no case has the id '{case[:60]}'.")
        case = ""
    view = ViewState(filters=filters, color=choice("color", COLOR_CHOICES, "outcome"),
                     size=choice("size", SIZE_CHOICES, "none"), layers=layers,
                     shade=choice("shade", SHADE_CHOICES, "hosted"), case=case,
                     year=years.get("year"))
    return view, notices
