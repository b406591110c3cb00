"""Every combination of filters, asked through the API: right figures, and no small one
shown or given away by adding and subtracting the others."""

from itertools import product
from uuid import UUID

import pytest

from portal.impact.figures import NO_COHORT
from portal.impact.protection import ALL, MINIMUM
from portal.impact.report import grouping_key
from tests.impact.dataset import YEAR, dataset_create
from tests.impact.disclosure import Published

pytestmark = pytest.mark.django_db

COUNTS = {
    "enrolments": "enrolments",
    "completions": "completions",
    "certificates_issued": "certificates_issued",
    "certificates_revoked": "certificates_revoked",
    "risk_resolved": "risk_resolved",
    "risk_dropped": "risk_dropped",
}
RISK = {"risk_resolved", "risk_dropped"}


def true_count(atoms: dict, cell: tuple) -> int:
    return sum(
        count
        for finest, count in atoms.items()
        if all(value is ALL or value == atom for value, atom in zip(cell, finest, strict=True))
    )


def published_cells(client, *, courses, groupings):
    """(measure, cell) -> value of every count the API shows, over all filters."""
    shown = {}
    for course, grouping in product([ALL, *courses], [ALL, *groupings]):
        query = {"year": YEAR}
        if course is not ALL:
            query["course"] = str(course)
        if grouping is not ALL:
            query["grouping"] = grouping_key(grouping)
        response = client.get("/en/impact/data.json", query)
        assert response.status_code == 200, response.content
        tables = response.json()["tables"]
        rows = []
        for row in tables["courses"]["rows"]:
            rows.append(((_course(row["key"], courses), grouping, ALL), row))
        for row in tables["months"]["rows"]:
            rows.append(((course, grouping, int(row["key"][-2:])), row))
        for row in tables["groupings"]["rows"]:
            rows.append(((course, _grouping(row["key"], groupings), ALL), row))
        for table in tables.values():
            rows.append(((course, grouping, ALL), table["total"]))
        for cell, row in rows:
            for measure, figure in row["figures"].items():
                if measure not in COUNTS or figure["value"] is None:
                    continue
                key = (measure, cell[1:] if measure in RISK else cell)
                assert shown.setdefault(key, figure["value"]) == figure["value"]
    return shown


def _course(key, courses):
    return next(course for course in courses if str(course) == key)


def _grouping(key, groupings):
    return next(grouping for grouping in groupings if grouping_key(grouping) == key)


def test_no_filter_shows_or_gives_away_a_count_under_five(client):
    data = dataset_create()
    client.login(email="ministry@example.org", password="passerelles-demo")
    meta = client.get("/en/impact/data.json", {"year": YEAR}).json()
    courses = [UUID(row["key"]) for row in meta["tables"]["courses"]["rows"]]
    groupings = [
        {"__none__": NO_COHORT, "__unnamed__": ""}.get(r["key"], r["key"])
        for r in meta["tables"]["groupings"]["rows"]
    ]
    assert set(data.courses) <= set(courses)
    assert {"Bretagne", "Occitanie", NO_COHORT} <= set(groupings)

    shown = published_cells(client, courses=courses, groupings=groupings)
    months = list(range(1, 13))
    for measure in COUNTS:
        atoms = data.atoms[measure]
        values = [groupings, months] if measure in RISK else [courses, groupings, months]
        axes = [[*dimension, ALL] for dimension in values]
        published = Published(values)
        for cell in product(*axes):
            truth = true_count(atoms, cell)
            if (measure, cell) in shown:
                assert shown[measure, cell] == truth, (measure, cell)
                assert truth >= MINIMUM, (measure, cell)
                published.add(cell)
        assert shown.get((measure, (ALL,) * len(values))) or true_count(atoms, (ALL,) * 3) < 5
        for cell in product(*axes):
            if (measure, cell) not in shown:
                assert not published.determines(cell), (measure, cell)
