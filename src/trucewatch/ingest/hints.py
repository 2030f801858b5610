"""Target and weapon hints from a dataset's free text (ACLED ``notes`` and ``tags``, UCDP headlines).

Rules are ordered regular expressions evaluated inside DuckDB; the first match wins. They follow ACLED's
rules for its energy-infrastructure tagging: a strike on a *military* fuel depot is military, a petrol
station is commercial, not energy, and an attack reported to have caused power outages counts as an attack
on energy infrastructure even when the asset is not named (category ``energy``, a non-leaf code, so that
facility candidates and adjudication can treat the exact asset as unknown).
"""

from __future__ import annotations

from trucewatch.ingest.tabular import sql_str

_HIT = (r"(shell(ed|ing)|struck|strike on|hit|damag(ed|ing)|attack(ed|ing)|target(ed|ing)|destroy(ed|ing))"
        r"\W+(\w+\W+){0,4}")

# (regular expression over lower-cased text, taxonomy code). Order matters: exclusions come first.
TARGET_RULES: tuple[tuple[str, str], ...] = (
    (r"(military|army|troops'?|armed forces'?)\W+(\w+\W+){0,3}(fuel|oil|petroleum)\W+(depot|storage|base)"
     r"|(fuel|oil)\W+(depot|storage)\W+(\w+\W+){0,4}(used by|of|for) (the )?(russian |ukrainian )?"
     r"(military|army|troops|forces)", "military.fuel_depot"),
    (r"(petrol|gas|filling|fuel) station", "civilian.commercial"),
    (r"nuclear power (plant|station)|\bnpp\b|nuclear plant", "energy.generation.nuclear"),
    (r"hydro\s?(electric|power)|\bhpp\b|hydroelectric|\bdam\b", "energy.generation.hydro"),
    (r"\bchpp?\b|combined heat|heat(ing)? and power|\btets\b", "energy.generation.chp"),
    (r"thermal power|\btpp\b|coal[- ]fired|\bgres\b", "energy.generation.thermal"),
    (r"solar (power|plant|park|farm)", "energy.generation.solar"),
    (r"wind (farm|power|park|turbine)", "energy.generation.wind"),
    (r"power (plant|station)|power generat", "energy.generation"),
    (r"sub-?station", "energy.transmission.substation"),
    (r"transformer", "energy.transmission.transformer"),
    (r"power ?lines?|transmission lines?|high-voltage line|electricity pylon", "energy.transmission.line"),
    (r"refiner(y|ies)", "energy.oil.refinery"),
    (r"water (pumping|pump|filter|filtration) station|water (supply|treatment)", "infrastructure.water"),
    (r"oil (pumping|pump) station|pumping station", "energy.oil.pumping_station"),
    (r"oil pipeline", "energy.oil.pipeline"),
    (r"oil (depot|storage|terminal|tank)|tank farm|fuel (depot|storage)", "energy.oil.storage"),
    (r"gas (production|field|well|extraction)", "energy.gas.production"),
    (r"gas pipeline", "energy.gas.pipeline"),
    (r"(underground )?gas storage", "energy.gas.storage"),
    (r"gas metering|metering station", "energy.gas.metering"),
    (r"compressor station", "energy.gas.compressor"),
    (r"electricity grid|power grid|energy grid|grid infrastructure", "energy.transmission"),
    (r"energy (infrastructure|facilit|object|site)|power (infrastructure|facilit)", "energy"),
    # outages reported as the result of an attack count as energy (ACLED's rule)
    (r"power outages?|blackouts?|without (electricity|power)|de-?energi[sz]ed|power cuts?"
     r"|electricity (supply )?(was )?(cut|disrupted|lost)", "energy"),
    (r"railway|rail (station|line|infrastructure)|train station", "infrastructure.rail"),
    (r"\bbridge\b", "infrastructure.bridge"),
    (r"\bport\b|seaport|grain terminal", "infrastructure.port"),
    (r"airport|airfield", "infrastructure.airport"),
    # "taken to hospital" says nothing about the target: require a verb of attack before the facility
    (_HIT + r"(hospital|clinic|medical facilit)", "civilian.health"),
    (_HIT + r"(school|kindergarten|universit)", "civilian.education"),
    (r"residential|apartment|\bhouses?\b|dwelling", "civilian.residential"),
)

# (regular expression, weapon, event) over lower-cased notes; first match wins.
WEAPON_RULES: tuple[tuple[str, str, str], ...] = (
    (r"\bfpv\b", "fpv", "strike"),
    (r"shahed|geran|drones?\b|\buavs?\b|loitering munition|lancet", "drone", "strike"),
    (r"\bmlrs\b|grad\b|uragan|smerch|multiple (rocket|launch)|tornado-s", "mlrs", "shelling"),
    (r"glide bomb|guided (aerial )?bomb|\bkabs?\b|aerial bomb|\bfab-|air bombs?", "aerial_bomb", "strike"),
    (r"missiles?|iskander|kinzhal|kalibr|kh-\d+|s-300|ballistic|cruise", "missile", "strike"),
    (r"mortars?|artillery|howitzer|shell(s|ed|ing)", "artillery", "shelling"),
)


def _case(rules: tuple[tuple[str, str], ...], text_sql: str) -> str:
    combined = "|".join(f"(?:{pattern})" for pattern, _ in rules)
    branches = " ".join(
        f"WHEN regexp_matches({text_sql}, {sql_str(pattern)}) THEN {sql_str(code)}" for pattern, code in rules
    )
    # one combined test first: most rows match nothing and then cost a single regex
    return f"(CASE WHEN regexp_matches({text_sql}, {sql_str(combined)}) THEN (CASE {branches} END) END)"


# The exclusions that keep a rule from calling something energy when it is not.
_ENERGY_EXCLUSIONS = ("military.fuel_depot", "civilian.commercial", "infrastructure.water")


def target_hint_sql(text_sql: str, *, energy_only: bool = False) -> str:
    """SQL for the taxonomy code the text hints at, or NULL. ``text_sql`` must already be lower case.

    ``energy_only`` keeps the energy rules and their exclusions: for texts such as news headlines that
    mention places in passing ("died in hospital") more often than they name what was hit.
    """
    rules = TARGET_RULES
    if energy_only:
        rules = tuple((p, c) for p, c in rules if c.startswith("energy") or c in _ENERGY_EXCLUSIONS)
    return _case(rules, text_sql)


def weapon_hint_sql(text_sql: str) -> str:
    """SQL for the weapon the (lower-case) text names, or NULL."""
    return _case(tuple((p, w) for p, w, _ in WEAPON_RULES), text_sql)
