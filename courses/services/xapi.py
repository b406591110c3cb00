"""Recording xAPI statements, and turning H5P results into lesson progress.

Every valid statement about the learner is stored as received, plus what a Learning
Record Store adds (``stored``, ``authority``, ``version``). It then counts towards
progress only when it reports a result on a whole H5P activity that a lesson of one of
the learner's courses uses, with a score that adds up; otherwise the row says why not.
In a course taken in order, lessons the learner cannot open yet are left alone.

A lesson keeps results per activity (``H5PResult``), under the original activity's UUID
whatever language was played. A lesson with several H5P activities scores the average of
the scores its blocks keep (best or last), over the activities already scored; its
attempts are their sum. A lesson with a quiz keeps the quiz's score and attempts, and
only its quiz completes it.
"""

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from uuid import UUID, uuid4

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F, IntegerField, Value
from django.db.models.functions import Cast, Coalesce, Greatest
from django.utils import timezone

from wagtail.models import Page, ReferenceIndex

from courses.models import (
    CoursePage,
    Enrolment,
    H5PActivity,
    H5PResult,
    LessonPage,
    LessonProgress,
    XAPIStatement,
)
from courses.selectors.learning import course_outlines
from courses.services.progress import lesson_complete, lesson_progress_get_or_create
from courses.xapi.statements import (
    COMPLETED,
    FAILED,
    PASSED,
    PROGRESS_VERBS,
    StatementInvalid,
    activity_uuid_from_iri,
    score_percent,
    score_problem,
    statement_validate,
    uuid_from_text,
)
from portal.models import User

XAPI_VERSION = "1.0.3"
# Properties the store sets itself: left out when telling whether a statement sent again
# is the same one.
STORE_PROPERTIES = ("stored", "authority", "version")
# Sizes of the row's columns; longer identifiers are refused rather than cut.
MAX_VERB_LENGTH = 255
MAX_OBJECT_LENGTH = 2048
MAX_REASON_LENGTH = 255
# Statements in one request at most: each is checked and counted in one transaction.
MAX_BATCH = 100


class StatementConflict(Exception):
    """A statement with this id is already stored, and says something else."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class StatementForbidden(Exception):
    """The statement is about someone other than the signed-in learner."""

    reason = "statements can only be recorded about the signed-in learner"

    def __init__(self):
        super().__init__(self.reason)


def statements_record(*, user: User, statements: list) -> list[XAPIStatement]:
    """Store ``statements`` about ``user`` and count their results; all or none.

    A statement whose id is already stored with the same content is not stored or counted
    again: its stored row is returned in its place.
    """
    if len(statements) > MAX_BATCH:
        raise StatementInvalid(
            f"a request holds at most {MAX_BATCH} statements, not {len(statements)}:"
            " send the others in further requests"
        )
    received = [_received(item, index, len(statements)) for index, item in enumerate(statements)]
    ids = [statement["id"] for statement in received]
    if len(set(ids)) < len(ids):
        raise StatementInvalid("the batch holds the same statement id more than once")
    for statement in received:
        if not _is_about(user, statement["actor"]):
            raise StatementForbidden
    stored_at = timezone.now()
    with transaction.atomic():
        existing = XAPIStatement.objects.in_bulk([UUID(pk) for pk in ids])
        rows = []
        for statement in received:
            row = existing.get(UUID(statement["id"]))
            if row is not None:
                _same_or_conflict(row, statement, user)
            else:
                row = _store_and_count(user=user, statement=statement, stored_at=stored_at)
            rows.append(row)
    return rows


def _received(statement, index: int, count: int) -> dict:
    """A valid copy of the statement, with its id (given or new) in lowercase form."""
    try:
        statement_validate(statement)
        statement = dict(statement)
        if len(statement["verb"]["id"]) > MAX_VERB_LENGTH:
            raise StatementInvalid(f"verb.id is longer than {MAX_VERB_LENGTH} characters")
        if len(_object_iri(statement)) > MAX_OBJECT_LENGTH:
            raise StatementInvalid(f"object.id is longer than {MAX_OBJECT_LENGTH} characters")
    except StatementInvalid as error:
        if count == 1:
            raise
        raise StatementInvalid(f"statement {index}: {error.reason}") from error
    statement["id"] = str(uuid_from_text(statement["id"]) if "id" in statement else uuid4())
    return statement


def _object_iri(statement: dict) -> str:
    target = statement["object"]
    return target.get("id") or target.get("mbox") or target.get("openid") or ""


def _is_about(user: User, actor: dict) -> bool:
    """Whether the actor is the user, named by their e-mail address or its SHA-1."""
    email = (user.email or "").strip()
    if actor.get("objectType", "Agent") != "Agent" or not email:
        return False
    if "mbox" in actor:
        return actor["mbox"].lower() == f"mailto:{email}".lower()
    if "mbox_sha1sum" in actor:
        sums = {
            hashlib.sha1(f"mailto:{address}".encode(), usedforsecurity=False).hexdigest()
            for address in (email, email.lower())
        }
        return actor["mbox_sha1sum"].lower() in sums
    return False


def _as_received(statement: dict, *, added_timestamp: bool) -> dict:
    body = {key: value for key, value in statement.items() if key not in STORE_PROPERTIES}
    if added_timestamp:
        body.pop("timestamp", None)
    return body


def _same_or_conflict(row: XAPIStatement, statement: dict, user: User) -> None:
    """Accept a statement sent again unchanged; refuse a different one under the same id."""
    # A timestamp equal to ``stored`` was added by the store, unless the client sent one.
    added = "timestamp" not in statement and (
        row.statement.get("timestamp") == row.statement.get("stored")
    )
    if row.user_id != user.pk or _as_received(row.statement, added_timestamp=added) != (
        _as_received(statement, added_timestamp=False)
    ):
        raise StatementConflict(
            f"statement {statement['id']} is already stored with different content"
        )


def _authority() -> dict:
    home = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"
    return {"objectType": "Agent", "account": {"homePage": home, "name": "passerelles"}}


def _store_and_count(*, user: User, statement: dict, stored_at) -> XAPIStatement:
    stamp = stored_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    stored = {
        **statement,
        "timestamp": statement.get("timestamp", stamp),
        "stored": stamp,
        "authority": _authority(),
        "version": statement.get("version", XAPI_VERSION),
    }
    activity = _whole_activity(statement)
    # Everything is read before the first write: the writes lock the learner's result and
    # progress rows until the commit, and the player sends a lesson's statements at once.
    plan = _progress_plan(user=user, statement=statement, activity=activity)
    try:
        with transaction.atomic():
            row = XAPIStatement.objects.create(
                id=UUID(statement["id"]),
                user=user,
                verb=statement["verb"]["id"],
                object_iri=_object_iri(statement),
                activity=activity,
                statement=stored,
                stored_at=stored_at,
                counted=plan.counted,
                not_counted_reason=plan.reason[:MAX_REASON_LENGTH],
            )
    except IntegrityError:  # the same id, stored by a concurrent request in the meantime
        row = XAPIStatement.objects.get(pk=UUID(statement["id"]))
        _same_or_conflict(row, statement, user)
        return row
    if plan.counted:
        _progress_apply(user=user, activity=activity, plan=plan)
    return row


def _whole_activity(statement: dict) -> H5PActivity | None:
    target = statement["object"]
    if target.get("objectType", "Activity") != "Activity":
        return None
    key = activity_uuid_from_iri(target["id"])
    if key is None:
        return None
    return H5PActivity.objects.select_related("translation_of").filter(uuid=key).first()


# Progress


@dataclass(frozen=True)
class Outcome:
    """What one statement says about the learner's work on an activity."""

    scored: bool
    percent: int | None
    completed: bool
    passed: bool


@dataclass(frozen=True)
class ProgressPlan:
    """What a statement will do to progress, read before anything is written: the lessons
    it counts towards and its outcome, or the reason it does not count."""

    reason: str = ""
    uses: list["LessonUse"] = field(default_factory=list)
    outcome: Outcome | None = None

    @property
    def counted(self) -> bool:
        return not self.reason


@dataclass
class LessonUse:
    """A lesson using the activity, in a course the learner is enrolled in."""

    lesson: LessonPage
    course: CoursePage
    blocks: list[dict] = field(default_factory=list)  # the raw values of its H5P blocks
    has_quiz: bool = False


def _progress_plan(*, user: User, statement: dict, activity: H5PActivity | None) -> ProgressPlan:
    """Whether the statement's result counts, and towards which lessons; reads only."""
    verb = statement["verb"]["id"]
    if verb not in PROGRESS_VERBS:
        return ProgressPlan("this verb does not report a result")
    result = statement.get("result")
    if result is None:
        return ProgressPlan("the statement carries no result")
    if activity is None:
        return ProgressPlan("the object is not a whole H5P activity of this portal")
    score = result.get("score") or {}
    problem = score_problem(score)
    if problem:
        return ProgressPlan(problem)
    uses = _lessons_using(user=user, activity=activity)
    if not uses:
        return ProgressPlan("not enrolled in a course using this activity")
    uses = _lessons_open(user=user, uses=uses)
    if not uses:
        return ProgressPlan(
            "the lessons using this activity are not open yet: the course is taken in order"
        )
    outcome = Outcome(
        scored=bool(score),
        percent=score_percent(score),
        completed=verb in {COMPLETED, PASSED, FAILED} or result.get("completion") is True,
        passed=verb == PASSED or (verb != FAILED and result.get("success") is True),
    )
    return ProgressPlan(uses=uses, outcome=outcome)


def _progress_apply(*, user: User, activity: H5PActivity, plan: ProgressPlan) -> None:
    """Count the statement's result towards the lessons its plan found."""
    now = timezone.now()
    originals = _activity_originals(plan.uses)
    for use in plan.uses:
        _h5p_result_update(
            user=user,
            lesson_key=use.lesson.translation_key,
            activity_key=activity.original.uuid,
            outcome=plan.outcome,
            now=now,
        )
    _lessons_update(user=user, uses=plan.uses, originals=originals, now=now)


def _lessons_using(*, user: User, activity: H5PActivity) -> list[LessonUse]:
    """Live lessons with an H5P block playing the activity in any language, one per lesson
    across languages, in courses the learner is enrolled in. A fixed number of queries."""
    family = set(
        H5PActivity.objects.versions_of([activity.original_id_or_self])
        .order_by()
        .values_list("pk", flat=True)
    )
    # The reference index knows which pages choose the activity in their body, so only
    # those lessons are read; their live body is checked below all the same.
    referencing = (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=ContentType.objects.get_for_model(H5PActivity),
            to_object_id__in=[str(pk) for pk in family],
            model_path="body.h5p.activity",
        )
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )
    lessons = list(LessonPage.objects.live().filter(pk__in=referencing).order_by("path"))
    if not lessons:
        return []
    steplen = LessonPage.steplen
    courses = {
        course.path: course
        for course in CoursePage.objects.live().filter(
            path__in={lesson.path[: steplen * (lesson.depth - 2)] for lesson in lessons},
            translation_key__in=Enrolment.objects.filter(user=user).values("course_key"),
        )
    }
    uses: dict[UUID, LessonUse] = {}
    for lesson in lessons:
        course = courses.get(lesson.path[: steplen * (lesson.depth - 2)])
        raw = list(lesson.body.raw_data)
        blocks = [block.get("value") or {} for block in raw if block.get("type") == "h5p"]
        chosen = {block.get("activity") for block in blocks}
        if course is None or not chosen & family:
            continue
        use = LessonUse(lesson, course, blocks, any(block.get("type") == "quiz" for block in raw))
        known = uses.get(lesson.translation_key)
        # Language versions share their progress: keep one, the one playing this very
        # activity if any, so that its blocks decide.
        if known is None or (activity.pk in chosen and activity.pk not in _chosen(known)):
            uses[lesson.translation_key] = use
    return list(uses.values())


def _lessons_open(*, user: User, uses: list[LessonUse]) -> list[LessonUse]:
    """The uses whose lesson the learner can open now.

    In a course taken in order, a lesson opens once the required ones before it are done,
    as the course's outline says: a result on an activity that a locked lesson uses too
    leaves that lesson alone. Outlines are read once per depth in the tree, whatever the
    number of lessons.
    """
    courses_by_depth: dict[int, dict[int, CoursePage]] = defaultdict(dict)
    for use in uses:
        if use.course.is_sequential:
            courses_by_depth[use.course.depth][use.course.pk] = use.course
    locked = set()
    for courses in courses_by_depth.values():
        # Whether a lesson is locked depends on progress only: no need to read enrolments.
        outlines = course_outlines(courses=list(courses.values()), user=user, enrolments={})
        for outline in outlines:
            locked |= {entry.page.pk for entry in outline.lessons if entry.locked}
    return [use for use in uses if use.lesson.pk not in locked]


def _chosen(use: LessonUse) -> set:
    return {block.get("activity") for block in use.blocks}


def _h5p_result_update(
    *, user: User, lesson_key: UUID, activity_key: UUID, outcome: Outcome, now
) -> None:
    """Fold the outcome into the learner's result; safe when two statements arrive at once."""
    changes = {"updated_at": now}
    if outcome.scored:
        changes["attempts"] = F("attempts") + 1
    if outcome.percent is not None:
        changes["last_score"] = outcome.percent
        changes["best_score"] = Greatest(
            Coalesce(F("best_score"), Value(outcome.percent)), Value(outcome.percent)
        )
    if outcome.completed:
        changes["completed_at"] = Coalesce(F("completed_at"), Value(now))
    if outcome.passed:
        changes["passed_at"] = Coalesce(F("passed_at"), Value(now))
    rows = H5PResult.objects.filter(user=user, lesson_key=lesson_key, activity_key=activity_key)
    if rows.update(**changes):  # the usual case: the learner has played it before
        return
    try:
        with transaction.atomic():
            H5PResult.objects.create(user=user, lesson_key=lesson_key, activity_key=activity_key)
    except IntegrityError:  # created by a concurrent request since the update
        pass
    rows.update(**changes)


def _activity_originals(uses: list[LessonUse]) -> dict[int, UUID]:
    """The original activity's UUID for each activity the lessons' H5P blocks choose."""
    activity_ids = {block.get("activity") for use in uses for block in use.blocks}
    return {
        pk: translation_of_uuid or own_uuid
        for pk, own_uuid, translation_of_uuid in H5PActivity.objects.filter(
            pk__in=[pk for pk in activity_ids if isinstance(pk, int)]
        ).values_list("pk", "uuid", "translation_of__uuid")
    }


def _progress_locked(*, user: User, uses: list[LessonUse]) -> dict[UUID, LessonProgress]:
    """The learner's progress rows for the lessons, created when missing, locked."""
    keys = [use.lesson.translation_key for use in uses]
    locked = LessonProgress.objects.select_for_update().filter(user=user, lesson_key__in=keys)
    progress = {row.lesson_key: row for row in locked.order_by("pk")}
    missing = [use for use in uses if use.lesson.translation_key not in progress]
    if missing:  # the lesson's first activity: create the rows, then lock them all in order
        for use in missing:
            lesson_progress_get_or_create(
                user=user, lesson=use.lesson, course_key=use.course.translation_key
            )
        progress = {row.lesson_key: row for row in locked.order_by("pk")}
    return progress


def _lessons_update(*, user: User, uses: list[LessonUse], originals: dict[int, UUID], now) -> None:
    """Carry the H5P results over to each lesson's progress, and complete lessons done."""
    # Lock the progress rows before reading the results: a statement on another activity
    # of the same lesson, recorded at the same moment, then reads this one's result too,
    # so that whichever comes second sees both and can complete the lesson.
    progress = _progress_locked(user=user, uses=uses)
    results = {
        (result.lesson_key, result.activity_key): result
        for result in H5PResult.objects.filter(user=user, lesson_key__in=list(progress))
    }
    for use in uses:
        # A block whose activity was deleted cannot be played, so it does not count.
        blocks = [
            (block, results.get((use.lesson.translation_key, originals[block.get("activity")])))
            for block in use.blocks
            if block.get("activity") in originals
        ]
        changes = {"last_activity_at": now}
        if not use.has_quiz:
            changes.update(_lesson_score(blocks))
        row = progress[use.lesson.translation_key]
        LessonProgress.objects.filter(pk=row.pk).update(**changes)
        # A lesson already completed stays so: the row is locked, so this is sure.
        done = not use.has_quiz and blocks and all(_block_done(*pair) for pair in blocks)
        if done and row.completed_at is None:
            lesson_complete(user=user, lesson=use.lesson, course=use.course)


def _lesson_score(blocks: list[tuple[dict, H5PResult | None]]) -> dict:
    kept = [
        result.last_score if block.get("score_kept") == "last" else result.best_score
        for block, result in blocks
        if result is not None
    ]
    scores = [score for score in kept if score is not None]
    seen = {result.pk: result.attempts for _block, result in blocks if result is not None}
    changes: dict = {"attempts": sum(seen.values())}
    if scores:
        changes["best_score"] = round(sum(scores) / len(scores))
    return changes


def _block_done(block: dict, result: H5PResult | None) -> bool:
    if result is None:
        return False
    if block.get("completion") == "passed":
        return result.passed_at is not None
    return result.completed_at is not None
