"""Everything the portal holds about one person, as one JSON document they can download.

The export reads a fixed number of queries however much the person did: one per kind of
data, and one each for the titles of the courses, lessons and activities it refers to.
Secrets (password hash, two-factor keys, recovery codes, session keys) are never in it.
"""

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from django.utils import timezone
from django.utils.translation import get_language

from wagtail.models import APIToken, Comment, CommentReply, Page
from wagtail.users.models import UserProfile

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession

from courses.models import (
    Certificate,
    Enrolment,
    H5PActivity,
    H5PResult,
    H5PUserState,
    LessonProgress,
    QuizAttempt,
    ReflectionAnswer,
    RiskEpisode,
    XAPIStatement,
)
from portal.models import LearnerLogEntry, User

SCHEMA = "passerelles-personal-data/1"


def _name(user: User | None) -> str | None:
    if user is None:
        return None
    return user.get_full_name().strip() or user.get_username()


def _page_titles(keys: Iterable[UUID]) -> dict[UUID, str]:
    """Page titles by translation key, in the reader's language where the page has one."""
    keys = set(keys)
    if not keys:
        return {}
    language = get_language()
    titles: dict[UUID, str] = {}
    rows = Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", "title"
    )
    for key, code, title in rows:
        if key not in titles or code == language:
            titles[key] = title
    return titles


def _account(user: User) -> dict[str, Any]:
    addresses = EmailAddress.objects.filter(user=user).order_by("-primary", "email")
    authenticators = Authenticator.objects.filter(user=user).order_by("created_at")
    profile = UserProfile.objects.filter(user=user).first()
    account = {
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in addresses
        ],
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        "roles": sorted(group.name for group in user.groups.all()),
        "display_preferences": user.display_preferences,
        # Which methods are on and when they were used; never their keys or codes.
        "two_factor": {
            "enabled": any(a.type != Authenticator.Type.RECOVERY_CODES for a in authenticators),
            "methods": [
                {
                    "type": authenticator.type,
                    "created_at": authenticator.created_at,
                    "last_used_at": authenticator.last_used_at,
                }
                for authenticator in authenticators
            ],
        },
        "editing_preferences": None,
    }
    if profile is not None:
        account["editing_preferences"] = {
            "preferred_language": profile.preferred_language,
            "time_zone": profile.current_time_zone,
            "has_avatar": bool(profile.avatar),
            "notifications": {
                "submitted": profile.submitted_notifications,
                "approved": profile.approved_notifications,
                "rejected": profile.rejected_notifications,
                "comments": profile.updated_comments_notifications,
            },
        }
    # Tokens for the content API: when made and used, never the token itself.
    account["api_tokens"] = [
        {
            "name": token.name,
            "created_at": token.created,
            "last_used_at": token.last_used_at,
            "revoked_at": token.revoked_at,
        }
        for token in APIToken.objects.filter(user=user).order_by("created", "pk")
    ]
    # Where and when the person is signed in; the session keys stay secret.
    account["sessions"] = [
        {
            "created_at": session.created_at,
            "last_seen_at": session.last_seen_at,
            "ip": session.ip,
            "user_agent": session.user_agent,
        }
        for session in UserSession.objects.filter(user=user).order_by("created_at")
    ]
    return account


def _cohorts(user: User) -> dict[str, list]:
    """The cohorts the person is a trainee in, with the tutors who see their progress, and
    the invitations to cohorts they have not answered."""
    joined = user.cohorts.prefetch_related("tutors", "courses").order_by("name", "pk")
    return {
        "cohorts": [
            {
                "name": cohort.name,
                "courses": [course.title for course in cohort.courses.all()],
                "tutors_who_see_my_progress": [
                    {"name": _name(tutor), "email": tutor.email} for tutor in cohort.tutors.all()
                ],
            }
            for cohort in joined
        ],
        "cohort_invitations": [
            {
                "cohort": invitation.cohort.name,
                "invited_by": _name(invitation.invited_by),
                "invited_at": invitation.created_at,
            }
            for invitation in user.cohort_invitations.select_related(
                "cohort", "invited_by"
            ).order_by("created_at", "pk")
        ],
        "cohorts_i_tutor": list(
            user.tutored_cohorts.order_by("name", "pk").values_list("name", flat=True)
        ),
        "risk_episodes": [
            {
                "cohort": episode.cohort.name,
                "reason": episode.reason,
                "reason_label": str(episode.get_reason_display()),
                "started_at": episode.started_at,
                "ended_at": episode.ended_at,
                "ended_because": episode.ended_because,
                "tutors_notified_at": episode.notified_at,
            }
            for episode in RiskEpisode.objects.filter(trainee=user)
            .select_related("cohort")
            .order_by("started_at", "pk")
        ],
    }


def _editing(user: User) -> dict[str, list]:
    """Comments written in the editing interface (staff only)."""
    comments = Comment.objects.filter(user=user).order_by("created_at", "pk")
    replies = CommentReply.objects.filter(user=user).order_by("created_at", "pk")
    return {
        "comments": [
            {
                "page_id": comment.page_id,
                "text": comment.text,
                "created_at": comment.created_at,
                "resolved_at": comment.resolved_at,
            }
            for comment in comments
        ],
        "comment_replies": [
            {"comment_id": reply.comment_id, "text": reply.text, "created_at": reply.created_at}
            for reply in replies
        ],
    }


def personal_data_export(*, user: User) -> dict[str, Any]:
    """All the personal data held about ``user``, ready for ``json.dumps`` (with Django's
    encoder for dates and identifiers)."""
    enrolments = list(
        Enrolment.objects.filter(user=user).select_related("enrolled_by").order_by("enrolled_at")
    )
    progress = list(LessonProgress.objects.filter(user=user).order_by("first_activity_at", "pk"))
    attempts = list(QuizAttempt.objects.filter(user=user).order_by("submitted_at", "pk"))
    reflections = list(ReflectionAnswer.objects.filter(user=user).order_by("updated_at", "pk"))
    results = list(H5PResult.objects.filter(user=user).order_by("updated_at", "pk"))
    states = list(H5PUserState.objects.filter(user=user).order_by("updated_at", "pk"))
    statements = list(XAPIStatement.objects.filter(user=user).order_by("stored_at", "pk"))
    certificates = list(Certificate.objects.filter(learner=user).order_by("issued_at", "pk"))

    titles = _page_titles(
        [e.course_key for e in enrolments]
        + [row.course_key for row in progress]
        + [row.lesson_key for row in progress]
        + [row.course_key for row in attempts]
        + [row.lesson_key for row in attempts]
        + [row.lesson_key for row in reflections]
        + [row.lesson_key for row in results]
    )
    activity_keys = {row.activity_key for row in results} | {row.activity_key for row in states}
    activities = dict(
        H5PActivity.objects.filter(uuid__in=activity_keys).values_list("uuid", "title")
        if activity_keys
        else []
    )

    return {
        "schema": SCHEMA,
        "generated_at": timezone.now(),
        "account": _account(user),
        "enrolments": [
            {
                "course_key": e.course_key,
                "course": titles.get(e.course_key),
                "enrolled_at": e.enrolled_at,
                "enrolled_by": _name(e.enrolled_by),
                "completed_at": e.completed_at,
            }
            for e in enrolments
        ],
        "lesson_progress": [
            {
                "course_key": row.course_key,
                "course": titles.get(row.course_key),
                "lesson_key": row.lesson_key,
                "lesson": titles.get(row.lesson_key),
                "status": row.status,
                "first_activity_at": row.first_activity_at,
                "last_activity_at": row.last_activity_at,
                "completed_at": row.completed_at,
                "best_score": row.best_score,
                "quiz_attempts": row.attempts,
                "time_spent_seconds": row.time_spent_seconds,
            }
            for row in progress
        ],
        "quiz_attempts": [
            {
                "course_key": row.course_key,
                "course": titles.get(row.course_key),
                "lesson_key": row.lesson_key,
                "lesson": titles.get(row.lesson_key),
                "submitted_at": row.submitted_at,
                "score": row.score,
                "passed": row.passed,
                # Question position → positions of the answers picked, as submitted.
                "answers": row.answers,
            }
            for row in attempts
        ],
        "reflections": [
            {
                "lesson_key": row.lesson_key,
                "lesson": titles.get(row.lesson_key),
                "prompt_id": row.block_id,
                "text": row.text,
                "updated_at": row.updated_at,
            }
            for row in reflections
        ],
        "h5p_results": [
            {
                "lesson_key": row.lesson_key,
                "lesson": titles.get(row.lesson_key),
                "activity_key": row.activity_key,
                "activity": activities.get(row.activity_key),
                "attempts": row.attempts,
                "last_score": row.last_score,
                "best_score": row.best_score,
                "completed_at": row.completed_at,
                "passed_at": row.passed_at,
                "updated_at": row.updated_at,
            }
            for row in results
        ],
        "h5p_saved_states": [
            {
                "activity_key": row.activity_key,
                "activity": activities.get(row.activity_key),
                "data_type": row.data_type,
                "sub_content_id": row.sub_content_id,
                "data": row.data,
                "updated_at": row.updated_at,
            }
            for row in states
        ],
        "xapi_statements": [
            {
                "id": row.id,
                "verb": row.verb,
                "object": row.object_iri,
                "stored_at": row.stored_at,
                "counted": row.counted,
                "not_counted_reason": row.not_counted_reason,
                "statement": row.statement,
            }
            for row in statements
        ],
        "certificates": [
            {
                "id": certificate.pk,
                "course_key": certificate.course_key,
                "course": certificate.text(get_language()).title,
                "name_printed": certificate.learner_name,
                "language": certificate.language,
                "issued_at": certificate.issued_at,
                "revoked_at": certificate.revoked_at,
                "revocation_reason": certificate.revocation_reason,
                "verify_url": certificate.verify_url,
            }
            for certificate in certificates
        ],
        **_cohorts(user),
        # What the person did to learners' data (leaving a cohort, renaming a certificate…),
        # as the log of those actions records it.
        "logged_actions": [
            {"action": entry.action, "object": entry.label, "at": entry.timestamp}
            for entry in LearnerLogEntry.objects.filter(user=user).order_by("timestamp", "pk")
        ],
        "editing": _editing(user),
    }
