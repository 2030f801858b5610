"""The facility registry: protected objects with a taxonomy category, and candidate targets for reports.

``import_facilities`` reads WRI Global Power Plant Database CSVs, trucewatch facility CSVs and GeoJSON;
``load_default_registry`` loads the shipped Ukraine + Russia registry (derived from GPPD, CC BY 4.0);
``link_candidates`` relates reports whose own target is unknown or unspecific to nearby facilities.
"""

from trucewatch.registry.facilities import (
    FacilityImport,
    count_facilities,
    import_facilities,
    list_facilities,
    load_default_registry,
)
from trucewatch.registry.link import (
    candidate_radius,
    check_radius,
    link_candidates,
    set_candidate_radius,
)

__all__ = [
    "FacilityImport",
    "candidate_radius",
    "check_radius",
    "count_facilities",
    "import_facilities",
    "link_candidates",
    "list_facilities",
    "load_default_registry",
    "set_candidate_radius",
]
