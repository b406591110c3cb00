"""Writes for tutors' cohorts: enrolling trainees, and opening and closing risk episodes."""

from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template import Context
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone, translation

from courses.models import Cohort, Enrolment, RiskEpisode
from courses.selectors.cohorts import cohort_course_keys, cohort_trainees_progress, trainee_risk
from courses.services.progress import course_completion_update
from portal.models import User
from portal.tasks import email_send


def cohort_trainees_enrol(*, cohort: Cohort, enrolled_by: User | None) -> int:
    """Enrol every trainee of the cohort in every cohort course; return how many were new."""
    keys = cohort_course_keys(cohort)
    trainees = list(cohort.trainees.all())
    existing = set(
        Enrolment.objects.filter(user__in=trainees, course_key__in=keys).values_list(
            "user_id", "course_key"
        )
    )
    new = [
        Enrolment(user=trainee, course_key=key, enrolled_by=enrolled_by)
        for trainee in trainees
        for key in keys
        if (trainee.pk, key) not in existing
    ]
    # Another request may enrol the same people meanwhile: the constraint keeps one row.
    Enrolment.objects.bulk_create(new, ignore_conflicts=True)
    for enrolment in new:
        course_completion_update(user=enrolment.user, course_key=enrolment.course_key)
    return len(new)


def _text_render(name: str, context: dict) -> str:
    """A plain-text template: nothing is HTML-escaped, so "Promotion d'été" stays as typed."""
    return get_template(name).template.render(Context(context, autoescape=False))


def _tutors_notify(episode: RiskEpisode) -> None:
    tutors = [tutor for tutor in episode.cohort.tutors.all() if tutor.email]
    if not tutors:
        return
    with translation.override(settings.LANGUAGE_CODE):
        # In the e-mail's language, whichever page the trainee failed the quiz on.
        path = reverse("cohort_detail", args=[episode.cohort_id])
        context = {
            "episode": episode,
            "trainee": episode.trainee,
            "cohort": episode.cohort,
            "url": f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}",
        }
        subject = _text_render("courses/email/at_risk_subject.txt", context).strip()
        body = _text_render("courses/email/at_risk_body.txt", context)
    email_send.enqueue(
        subject=subject, body=body, from_email=None, to=[tutor.email for tutor in tutors]
    )


def cohort_risks_refresh(
    *,
    cohorts: Iterable[Cohort] | None = None,
    trainee: User | None = None,
    now: datetime | None = None,
) -> list[RiskEpisode]:
    """Open an episode for each trainee newly at risk and tell the tutors once; close the
    episodes of trainees no longer at risk. Return the episodes opened.
    """
    now = now or timezone.now()
    if cohorts is None:
        cohorts = Cohort.objects.all()
    opened = []
    for cohort in cohorts:
        keys = cohort_course_keys(cohort)
        trainees = [trainee] if trainee is not None else list(cohort.trainees.all())
        progress = cohort_trainees_progress(cohort=cohort, course_keys=keys, trainees=trainees)
        open_episodes = {
            episode.trainee_id: episode
            for episode in cohort.risk_episodes.filter(ended_at__isnull=True, trainee__in=trainees)
        }
        for person in trainees:
            reason = trainee_risk(
                cohort=cohort, trainee=progress[person.pk], course_keys=keys, now=now
            )
            episode = open_episodes.get(person.pk)
            if reason is None and episode is not None:
                RiskEpisode.objects.filter(pk=episode.pk).update(ended_at=now)
            elif reason is not None and episode is None:
                try:
                    with transaction.atomic():
                        episode = RiskEpisode.objects.create(
                            cohort=cohort, trainee=person, reason=reason, started_at=now
                        )
                except IntegrityError:  # opened by a concurrent check: they notify
                    continue
                _tutors_notify(episode)
                RiskEpisode.objects.filter(pk=episode.pk).update(notified_at=timezone.now())
                opened.append(episode)
    return opened
