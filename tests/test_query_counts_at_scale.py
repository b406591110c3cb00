"""Each page the benchmark measures makes as many SQL queries at scale 3 as at scale 1.

The site grows between the two counts (more case studies, courses, learners, cohorts),
so a query per item shows up as a difference; the goals cap the two pages that matter
most.
"""

import pytest

from portal.demo.scale import bench_targets, scale_seed
from portal.models import User
from practices.models import CaseStudyPage
from tests.conftest import queries_for

pytestmark = pytest.mark.django_db

# The benchmark's goals (see the README's performance section).
GOALS = {"case study": 15, "lesson": 20}


def page_queries(client, targets: dict) -> dict[str, int]:
    counts = {}
    for name, key in [
        ("home", "home"),
        ("library filtered and searched", "practice_search"),
        ("case study", "case_study"),
        ("course", "course"),
    ]:
        client.logout()
        counts[name] = queries_for(client, targets[key])
    client.logout()
    counts["case study PDF"] = queries_for(client, targets["case_study_pdf"])
    client.force_login(User.objects.get(email=targets["learner"]))
    counts["lesson"] = queries_for(client, targets["lesson"])
    counts["dashboard"] = queries_for(client, targets["dashboard"])
    client.force_login(User.objects.get(email=targets["tutor"]))
    counts["cohort"] = queries_for(client, targets["cohort"])
    return counts


def scaled_targets() -> dict:
    targets = bench_targets()
    case_study = CaseStudyPage.objects.get(url_path__endswith=targets["case_study"][3:])
    return {**targets, "case_study_pdf": f"{case_study.permalink_path}pdf/"}


def test_benchmark_pages_take_as_many_queries_at_scale_3_as_at_scale_1(client):
    scale_seed(1)
    targets = scaled_targets()
    small = page_queries(client, targets)

    scale_seed(3)

    assert page_queries(client, targets) == small


def test_the_case_study_and_the_lesson_stay_within_the_query_goals(client):
    """Measured as a server renders them: page cache off, shared fragments cached."""
    scale_seed(1)
    targets = scaled_targets()
    case_study = queries_for(client, targets["case_study"], fragments=True)
    client.force_login(User.objects.get(email=targets["learner"]))
    lesson = queries_for(client, targets["lesson"], fragments=True)

    assert case_study <= GOALS["case study"]
    assert lesson <= GOALS["lesson"]
