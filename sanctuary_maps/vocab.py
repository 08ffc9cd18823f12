"""Controlled vocabularies shared by the schema, the filters and the UI labels.

Kept in one module so that a value added here reaches validation, the data
dictionary and the sidebar at once (one name for one thing).
"""

SEEKER_TYPES: dict[str, str] = {
    "head_of_state_or_government": "Head of state or government",
    "politician_or_official": "Politician or official",
    "dissident_or_activist": "Dissident or activist",
    "religious_figure": "Religious figure",
    "military": "Military",
    "defector": "Defector",
    "foreign_nationals": "Foreign nationals",
    "mass_refuge": "Mass refuge",
    "other": "Other",
}

MISSION_TYPES: dict[str, str] = {
    "embassy": "Embassy",
    "legation": "Legation",
    "consulate": "Consulate",
    "residence": "Ambassador's residence",
    "nunciature": "Apostolic nunciature",
    "international_organisation": "International organisation",
    "other": "Other mission",
}

OUTCOMES: dict[str, str] = {
    "safe_conduct_abroad": "Safe conduct abroad",
    "left_freely": "Left freely",
    "surrendered": "Surrendered",
    "handed_over": "Handed over",
    "removed_by_force": "Removed by force",
    "died_inside": "Died inside",
    "escaped": "Escaped",
    "unknown": "Unknown",
    "ongoing": "Ongoing",
    "other": "Other",
}

END_STATUSES: dict[str, str] = {"ended": "Ended", "ongoing": "Ongoing", "unknown": "Unknown"}

LOCATION_PRECISIONS: dict[str, str] = {"building": "Building", "city": "City"}

EVIDENCE_LEVELS: dict[str, str] = {
    "documented": "Documented (2+ independent sources)",
    "single_source": "Single source",
    "disputed": "Disputed",
}

EVENT_KINDS: dict[str, str] = {
    "treaty": "Treaty",
    "court_ruling": "Court ruling",
    "incident": "Incident against a mission",
    "other": "Other",
}

VERDICTS: dict[str, str] = {
    "confirmed": "Confirmed",
    "partly_wrong": "Partly wrong",
    "wrong": "Wrong",
    "unverifiable": "Unverifiable",
}
