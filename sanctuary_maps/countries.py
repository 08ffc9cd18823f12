"""Country codes, regions and subregions.

Codes are ISO 3166-1 alpha-3 for current states and ISO 3166-3 (four letters)
for states that no longer exist; pycountry knows both. Regions follow the World
Bank's seven regions as used in the World Development Indicators up to FY2024
(Afghanistan and Pakistan in South Asia); subregions follow the UN M49 scheme.
A former state takes the region of the territory it stood on, and its
successors' polygons are used for the location check.
"""

from __future__ import annotations

from functools import cache

import pycountry

# Codes that ISO does not assign but that the map layer and the data need.
# XUN stands for the United Nations as the "sending" party of a UN compound.
EXTRA_CODES: dict[str, str] = {"XKX": "Kosovo", "XUN": "United Nations"}

# Former states (ISO 3166-3) -> the current states on their territory.
SUCCESSORS: dict[str, tuple[str, ...]] = {
    "SUHH": ("RUS", "UKR", "BLR", "EST", "LVA", "LTU", "MDA", "GEO", "ARM", "AZE",
             "KAZ", "KGZ", "TJK", "TKM", "UZB"),
    "DDDE": ("DEU",),
    "YUCS": ("SRB", "HRV", "SVN", "BIH", "MKD", "MNE", "XKX"),
    "CSXX": ("SRB", "MNE", "XKX"),
    "CSHH": ("CZE", "SVK"),
    "YDYE": ("YEM",),
    "VDVN": ("VNM",),
    "BUMM": ("MMR",),
    "ZRCD": ("COD",),
    "DYBJ": ("BEN",),
    "HVBF": ("BFA",),
    "RHZW": ("ZWE",),
}

_WB_REGIONS: dict[str, str] = {
    "East Asia & Pacific": (
        "ASM AUS BRN KHM CHN FJI PYF GUM HKG IDN JPN KIR PRK KOR LAO MAC MYS MHL FSM MNG MMR "
        "NRU NCL NZL MNP PLW PNG PHL WSM SGP SLB TWN THA TLS TON TUV VUT VNM COK NIU NFK"
    ),
    "Europe & Central Asia": (
        "ALB AND ARM AUT AZE BLR BEL BIH BGR HRV CYP CZE DNK EST FRO FIN FRA GEO DEU GIB GRC "
        "GRL HUN ISL IRL IMN ITA KAZ XKX KGZ LVA LIE LTU LUX MDA MCO MNE NLD MKD NOR POL PRT "
        "ROU RUS SMR SRB SVK SVN ESP SWE CHE TJK TUR TKM UKR GBR UZB VAT ALA GGY JEY"
    ),
    "Latin America & Caribbean": (
        "ATG ARG ABW BHS BRB BLZ BOL BRA VGB CYM CHL COL CRI CUB CUW DMA DOM ECU SLV GRD GTM "
        "GUY HTI HND JAM MEX NIC PAN PRY PER PRI SXM KNA LCA MAF VCT SUR TTO TCA URY VEN VIR FLK"
    ),
    "Middle East & North Africa": (
        "DZA BHR DJI EGY IRN IRQ ISR JOR KWT LBN LBY MLT MAR OMN PSE QAT SAU SYR TUN ARE YEM ESH"
    ),
    "North America": "BMU CAN USA SPM",
    "South Asia": "AFG BGD BTN IND MDV NPL PAK LKA",
    "Sub-Saharan Africa": (
        "AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COD COG CIV GNQ ERI SWZ ETH GAB GMB GHA GIN "
        "GNB KEN LSO LBR MDG MWI MLI MRT MUS MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD "
        "SDN TZA TGO UGA ZMB ZWE SHN"
    ),
}

_UN_SUBREGIONS: dict[str, str] = {
    "Northern Africa": "DZA EGY LBY MAR SDN TUN ESH",
    "Eastern Africa": "BDI COM DJI ERI ETH KEN MDG MWI MUS MOZ RWA SYC SOM SSD TZA UGA ZMB ZWE",
    "Middle Africa": "AGO CMR CAF TCD COG COD GNQ GAB STP",
    "Southern Africa": "BWA SWZ LSO NAM ZAF",
    "Western Africa": "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO SHN",
    "Caribbean": "ATG ABW BHS BRB VGB CYM CUB CUW DMA DOM GRD HTI JAM PRI KNA LCA VCT SXM TTO TCA VIR MAF",
    "Central America": "BLZ CRI SLV GTM HND MEX NIC PAN",
    "South America": "ARG BOL BRA CHL COL ECU FLK GUY PRY PER SUR URY VEN",
    "Northern America": "BMU CAN GRL SPM USA",
    "Central Asia": "KAZ KGZ TJK TKM UZB",
    "Eastern Asia": "CHN HKG MAC PRK JPN MNG KOR TWN",
    "South-eastern Asia": "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM",
    "Southern Asia": "AFG BGD BTN IND IRN MDV NPL PAK LKA",
    "Western Asia": "ARM AZE BHR CYP GEO IRQ ISR JOR KWT LBN OMN QAT SAU PSE SYR TUR ARE YEM",
    "Eastern Europe": "BLR BGR CZE HUN POL MDA ROU RUS SVK UKR",
    "Northern Europe": "DNK EST FRO FIN ISL IRL IMN LVA LTU NOR SWE GBR ALA GGY JEY",
    "Southern Europe": "ALB AND BIH HRV GIB GRC VAT ITA MLT MNE MKD PRT SMR SRB SVN ESP XKX",
    "Western Europe": "AUT BEL FRA DEU LIE LUX MCO NLD CHE",
    "Australia and New Zealand": "AUS NZL NFK",
    "Melanesia": "FJI NCL PNG SLB VUT",
    "Micronesia": "GUM KIR MHL FSM NRU MNP PLW",
    "Polynesia": "ASM PYF WSM TON TUV COK NIU",
}

# A former state's region and subregion are those of its main successor.
_FORMER_ANCHOR: dict[str, str] = {
    "SUHH": "RUS", "DDDE": "DEU", "YUCS": "SRB", "CSXX": "SRB", "CSHH": "CZE",
    "YDYE": "YEM", "VDVN": "VNM", "BUMM": "MMR", "ZRCD": "COD", "DYBJ": "BEN",
    "HVBF": "BFA", "RHZW": "ZWE",
}


def _invert(table: dict[str, str]) -> dict[str, str]:
    return {code: name for name, codes in table.items() for code in codes.split()}


REGION_OF: dict[str, str] = _invert(_WB_REGIONS)
SUBREGION_OF: dict[str, str] = _invert(_UN_SUBREGIONS)
REGIONS: tuple[str, ...] = tuple(sorted(_WB_REGIONS))


@cache
def country_name(code: str) -> str | None:
    """Official short name for an ISO 3166-1 alpha-3 or ISO 3166-3 code, or None if unknown."""
    # Exact match only: "hun " or "Hun" in a data file is a typo to report, not to guess at.
    if not isinstance(code, str) or not code.isupper():
        return None
    if code in EXTRA_CODES:
        return EXTRA_CODES[code]
    if len(code) == 3:
        found = pycountry.countries.get(alpha_3=code)
        return found.name if found else None
    if len(code) == 4:
        found = pycountry.historic_countries.get(alpha_4=code)
        return found.name if found else None
    return None


def is_known_code(code: str) -> bool:
    return country_name(code) is not None


def territory_codes(code: str) -> tuple[str, ...]:
    """Current-state codes whose polygons cover the territory of ``code``."""
    return SUCCESSORS.get(code, (code,))


def region_of(code: str) -> str | None:
    return REGION_OF.get(_FORMER_ANCHOR.get(code, code))


def subregion_of(code: str) -> str | None:
    return SUBREGION_OF.get(_FORMER_ANCHOR.get(code, code))
