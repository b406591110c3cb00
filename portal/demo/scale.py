"""The demo at scale: ``seed_demo --scale N`` makes the site N times the demo.

Unit 1 is the demo's own content; units 2 to N each add a numbered copy of its five case
studies and four courses (with their modules and lessons) in French and English. Every
unit also brings 50 generated learners with verified e-mail addresses, their work in the
courses of their block (see ``courses.demo.scale_learners``), a cohort of its 50 with a
tutor, and every fourth unit a cohort of the block's 200 learners with its own tutor.
A block is four units; its learners take the courses of the block's first unit.

For the impact reports, each unit's cohort is counted under one of eight regions and
organisations in turn (the promotion under its first unit's), has the at-risk episodes the
daily check would have recorded (those who left it are no longer its trainees), and one of
the unit's certificates is revoked.

Each unit is written in one transaction and marked by its cohort: running again with the
same N adds nothing, and a larger N adds only the missing units. Every draw comes from a
``random.Random`` seeded with the unit's number, so the same N gives the same content
(dates are counted back from the day it runs).
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Count
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from allauth.account.models import EmailAddress

from courses.demo.scale import course_keys, courses_copy
from courses.demo.scale_learners import (
    CoursePlan,
    LearnerWork,
    certificate_revoke,
    course_plans,
    risk_episodes_draw,
)
from courses.models import Certificate, Cohort, LessonPage, LessonProgress, RiskEpisode
from portal import roles
from portal.cache import generation_bump
from portal.demo.seed import DEMO_PASSWORD
from portal.models import User
from practices.demo.scale import case_studies_copy
from practices.models import CaseStudyPage, PracticeIndexPage

LEARNERS_PER_UNIT = 50
UNITS_PER_BLOCK = 4  # a block's learners make one cohort of 200
DOMAIN = "scale.example.org"
GROUP_NAME = "Groupe démo {unit:04d}"
PROMOTION_NAME = "Promotion démo {block:03d} (200 stagiaires)"
LANGUAGE = "fr"  # the language learners take courses in, and the benchmark reads
# What impact reports add cohorts up under: unit 1 is counted under the first, unit 2
# under the second, and so on, so that each has hundreds of learners from scale 20.
GROUPINGS = (
    "Nouvelle-Aquitaine",
    "Normandie",
    "Hauts-de-France",
    "Lire et Écrire Bruxelles",
    "Île-de-France",
    "Lire et Écrire en Wallonie",
    "Occitanie",
    "Auvergne-Rhône-Alpes",
)
INACTIVITY_DAYS = 14
FAILED_ATTEMPTS_LIMIT = 3

FIRST_NAMES = (
    "Adam", "Aïcha", "Alice", "Amine", "Anna", "Arthur", "Awa", "Baptiste", "Chloé", "Clara",
    "David", "Diane", "Elsa", "Emma", "Fatou", "Gabriel", "Hugo", "Inès", "Jade", "Jonas",
    "Karim", "Léna", "Lina", "Louis", "Lucas", "Maëlle", "Malik", "Manon", "Mehdi", "Nina",
    "Noah", "Océane", "Omar", "Paul", "Rose", "Sacha", "Salomé", "Sofia", "Théo", "Yasmine",
)  # fmt: skip
LAST_NAMES = (
    "Bernard", "Bonnet", "Boyer", "Chevalier", "Diallo", "Dubois", "Durand", "Fontaine",
    "Garcia", "Girard", "Haddad", "Lambert", "Laurent", "Lefebvre", "Leroy", "Martin",
    "Mercier", "Michel", "Moreau", "Morel", "Nguyen", "Perrin", "Petit", "Renaud", "Richard",
    "Robert", "Rousseau", "Roux", "Simon", "Traoré",
)  # fmt: skip


def learner_email(unit: int, number: int) -> str:
    return f"learner-{unit:04d}-{number:02d}@{DOMAIN}"


def tutor_email(unit: int) -> str:
    return f"tutor-{unit:04d}@{DOMAIN}"


def promotion_tutor_email(block: int) -> str:
    return f"tutor-promotion-{block:03d}@{DOMAIN}"


@dataclass
class ScaleReport:
    """What a run added: units, pages per model, learners' rows; and how long it took."""

    units: list[int] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, name: str, number: int) -> None:
        self.counts[name] = self.counts.get(name, 0) + number


def _accounts_create(
    people: list[tuple[str, str, str]], *, role: str, password: str, joined
) -> list[User]:
    """Accounts with verified e-mail addresses, one shared password hash, in bulk."""
    users = User.objects.bulk_create(
        [
            User(
                username=email.split("@")[0],
                email=email,
                first_name=first,
                last_name=last,
                password=password,
                date_joined=joined,
            )
            for email, first, last in people
        ]
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users]
    )
    group = Group.objects.get(name=role)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=u.pk, group_id=group.pk) for u in users]
    )
    return users


def _person(rng: random.Random, email: str) -> tuple[str, str, str]:
    return email, rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)


def unit_grouping(unit: int) -> str:
    """The region or organisation that unit ``unit``'s cohort is counted under."""
    return GROUPINGS[(unit - 1) % len(GROUPINGS)]


def _cohort_create(
    name: str, *, grouping: str, tutor: User, trainees: list[User], plans: list[CoursePlan]
) -> Cohort:
    cohort = Cohort.objects.create(
        name=name,
        grouping=grouping,
        inactivity_days=INACTIVITY_DAYS,
        failed_attempts_limit=FAILED_ATTEMPTS_LIMIT,
    )
    cohort.tutors.add(tutor)
    Cohort.trainees.through.objects.bulk_create(
        [Cohort.trainees.through(cohort_id=cohort.pk, user_id=t.pk) for t in trainees]
    )
    cohort.courses.set([plan.page for plan in plans])
    return cohort


@cache
def _block_plans(first_unit: int) -> list[CoursePlan]:
    return course_plans(keys=course_keys(copy=first_unit), language=LANGUAGE)


def _unit_seed(unit: int, *, password: str, report: ScaleReport) -> list[int]:
    """Add unit ``unit``; return the ids of the pages it created."""
    rng = random.Random(f"scale-unit-{unit}")  # noqa: S311 - reproducible demo data
    now = timezone.now()
    new_pages = []
    if unit > 1:
        case_studies = case_studies_copy(copy=unit)
        courses = courses_copy(copy=unit, case_studies=case_studies)
        new_pages = [*case_studies.values(), *courses.values()]
        report.add("case study pages", len(case_studies))
        report.add("course, module and lesson pages", len(courses))

    block = (unit - 1) // UNITS_PER_BLOCK + 1
    plans = _block_plans((block - 1) * UNITS_PER_BLOCK + 1)
    joined = now - timezone.timedelta(days=160)
    people = [_person(rng, learner_email(unit, n)) for n in range(1, LEARNERS_PER_UNIT + 1)]
    learners = _accounts_create(people, role=roles.TRAINERS, password=password, joined=joined)
    (tutor,) = _accounts_create(
        [_person(rng, tutor_email(unit))], role=roles.TUTORS, password=password, joined=joined
    )
    report.add("learners", len(learners))
    report.add("tutors", 1)

    work = LearnerWork(rng=rng, now=now)
    for learner in learners:
        for plan in rng.sample(plans, rng.randint(1, min(3, len(plans)))):
            work.enrol(learner=learner, plan=plan, enrolled_by=tutor)
    # A generator of its own, so that the learners' work stays as it was before these draws.
    history = random.Random(f"scale-unit-{unit}-history")  # noqa: S311 - reproducible demo data
    revoked = certificate_revoke(rng=history, rows=work.rows, now=now)
    for name, number in work.rows.save().items():
        report.add(name, number)
    report.add("certificates revoked", 1 if revoked else 0)
    episodes = risk_episodes_draw(
        rng=history,
        rows=work.rows,
        rules=Cohort(inactivity_days=INACTIVITY_DAYS, failed_attempts_limit=FAILED_ATTEMPTS_LIMIT),
        course_keys={plan.page.translation_key for plan in plans},
        now=now,
    )
    left = {e.trainee_id for e in episodes if e.ended_because == RiskEpisode.Ending.LEFT}
    cohort = _cohort_create(
        GROUP_NAME.format(unit=unit),
        grouping=unit_grouping(unit),
        tutor=tutor,
        trainees=[learner for learner in learners if learner.pk not in left],
        plans=plans,
    )
    for episode in episodes:
        episode.cohort = cohort
    RiskEpisode.objects.bulk_create(episodes, batch_size=500)
    report.add("cohorts", 1)
    report.add("risk episodes", len(episodes))

    if unit % UNITS_PER_BLOCK == 0:
        first = unit - UNITS_PER_BLOCK + 1
        emails = [learner_email(u, n) for u in range(first, unit + 1) for n in range(1, 51)]
        (promotion_tutor,) = _accounts_create(
            [_person(rng, promotion_tutor_email(block))],
            role=roles.TUTORS,
            password=password,
            joined=joined,
        )
        _cohort_create(
            PROMOTION_NAME.format(block=block),
            grouping=unit_grouping(first),
            tutor=promotion_tutor,
            trainees=list(User.objects.filter(email__in=emails)),
            plans=plans,
        )
        report.add("tutors", 1)
        report.add("cohorts", 1)
    return new_pages


def _search_index_update(page_ids: list[int]) -> None:
    """Index the new pages in bulk, model by model, as ``update_index`` would."""
    backend = get_search_backend()
    by_model: dict[type, list[int]] = {}
    for pk, content_type_id in Page.objects.filter(pk__in=page_ids).values_list(
        "pk", "content_type_id"
    ):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        by_model.setdefault(model, []).append(pk)
    for model, ids in by_model.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            backend.add_bulk(model, list(model.get_indexed_objects().filter(pk__in=chunk)))


def _groupings_fill(scale: int) -> None:
    """Give the cohorts of units seeded before groupings existed their grouping."""
    groupings = {GROUP_NAME.format(unit=unit): unit_grouping(unit) for unit in range(1, scale + 1)}
    for block in range(1, scale // UNITS_PER_BLOCK + 1):
        first = (block - 1) * UNITS_PER_BLOCK + 1
        groupings[PROMOTION_NAME.format(block=block)] = unit_grouping(first)
    cohorts = list(Cohort.objects.filter(grouping="", name__in=list(groupings)))
    for cohort in cohorts:
        cohort.grouping = groupings[cohort.name]
    Cohort.objects.bulk_update(cohorts, ["grouping"], batch_size=500)


def unit_exists(unit: int) -> bool:
    return Cohort.objects.filter(name=GROUP_NAME.format(unit=unit)).exists()


def scale_seed(scale: int, *, progress: Callable[[str], None] | None = None) -> ScaleReport:
    """Make the site ``scale`` times the demo, which must already be loaded."""
    if scale < 1:
        raise ValueError("the scale is a whole number from 1")
    started = time.monotonic()
    report = ScaleReport()
    password = make_password(DEMO_PASSWORD)  # hashed once: hashing per account takes minutes
    _block_plans.cache_clear()
    _groupings_fill(scale)
    new_pages = []
    for unit in range(1, scale + 1):
        if unit_exists(unit):
            continue
        with transaction.atomic():
            new_pages += _unit_seed(unit, password=password, report=report)
        report.units.append(unit)
        if progress and (unit % 10 == 0 or unit == scale):
            progress(f"unit {unit}/{scale} ({time.monotonic() - started:.0f} s)")
    if new_pages:
        _search_index_update(new_pages)
    if report.units:
        generation_bump()  # cached listings must show the new pages
    report.seconds = time.monotonic() - started
    return report


def bench_targets() -> dict:
    """What the benchmark requests, and as whom (see ``tests/bench/targets.py``).

    The latest case study and course copies; a learner of unit 1 with a lesson under way
    and that lesson; the largest cohort (200 trainees from scale 4) and its tutor; a
    certificate and its holder; the library filtered by a theme and a target group with a
    word that matches. Raises LookupError when ``seed_demo --scale`` has not run.
    """
    with translation.override(LANGUAGE):
        progress = (
            LessonProgress.objects.filter(
                user__email__endswith=f"@{DOMAIN}", completed_at__isnull=True
            )
            .select_related("user")
            .order_by("user__email", "pk")
            .first()
        )
        cohort = (
            Cohort.objects.filter(tutors__email__endswith=f"@{DOMAIN}")
            .annotate(size=Count("trainees"))
            .order_by("-size", "pk")
            .first()
        )
        certificate = (
            Certificate.objects.valid()
            .filter(learner__email__endswith=f"@{DOMAIN}")
            .select_related("learner")
            .order_by("learner__email", "pk")
            .first()
        )
        if progress is None or cohort is None or certificate is None:
            raise LookupError("no demo at scale in this database: run seed_demo --scale N")
        lesson = _in_language(LessonPage).get(translation_key=progress.lesson_key)
        case_study = _filtered_case_study()
        activity = next(iter(lesson.h5p_blocks), None)
        if activity is None:
            activity = next(
                block
                for page in _in_language(LessonPage).descendant_of(
                    lesson.get_parent().get_parent()
                )
                for block in page.h5p_blocks
            )
        return {
            "home": f"/{LANGUAGE}/",
            "practice_search": _practice_search(case_study),
            "case_study": case_study.url,
            "course": lesson.get_parent().get_parent().url,
            "lesson": lesson.url,
            "learner": progress.user.email,
            "dashboard": reverse("learning_dashboard"),
            "cohort": reverse("cohort_detail", args=[cohort.pk]),
            "cohort_size": cohort.size,
            "tutor": cohort.tutors.get().email,
            "activity": reverse("h5p_player", args=[activity.value["activity"].uuid]),
            "certificate_pdf": reverse("certificate_download", args=[certificate.pk, "pdf"]),
            "certificate_owner": certificate.learner.email,
            "static_file": static("css/site.css"),
        }


def _in_language(model):
    return model.objects.live().filter(locale__language_code=LANGUAGE)


def _filtered_case_study() -> CaseStudyPage:
    """The latest case study with a theme and a target group, for the filtered library."""
    pages = _in_language(CaseStudyPage).filter(themes__isnull=False, target_groups__isnull=False)
    return pages.distinct().order_by("-path").first()


def _practice_search(case_study: CaseStudyPage) -> str:
    """The library filtered by the case study's first theme and target group, and its town."""
    index = _in_language(PracticeIndexPage).get()
    theme = case_study.themes.order_by("slug").first()
    target = case_study.target_groups.order_by("slug").first()
    word = case_study.title.rsplit(" ", 2)[-2] if " — " in case_study.title else ""
    word = word or max(case_study.title.split(), key=len)
    return f"{index.url}?theme={theme.slug}&target={target.slug}&q={word}"
