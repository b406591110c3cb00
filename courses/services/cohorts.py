"""Writes for tutors' cohorts: their members, inviting trainees and their answer, enrolling
trainees, a trainee leaving, and opening and closing risk episodes."""

from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template import Context
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.users.models import UserProfile

from courses import audit
from courses.models import Cohort, CohortInvitation, Enrolment, RiskEpisode
from courses.selectors.cohorts import cohort_course_keys, cohort_trainees_progress, trainee_risk
from courses.services.progress import course_completion_update
from portal.models import User
from portal.tasks import email_send


def _risk_episodes_end(*, cohort: Cohort, trainee_ids: Iterable[int]) -> None:
    """Close the open episodes of people no longer in the cohort: nobody follows them there."""
    cohort.risk_episodes.filter(trainee_id__in=list(trainee_ids), ended_at__isnull=True).update(
        ended_at=timezone.now(), ended_because=RiskEpisode.Ending.LEFT
    )


def cohort_members_set(
    *, cohort: Cohort, trainees: list[User], tutors: list[User], changed_by: User
) -> list[CohortInvitation]:
    """Invite the listed trainees who are not yet members, drop the members and invitations
    no longer listed, and make these the tutors. Log the changes by user id, e-mail each
    person invited and return their invitations.

    Nobody becomes a trainee here: tutors would see their progress, so the trainee must
    accept first (``cohort_invitation_accept``).
    """
    listed = {user.pk: user for user in trainees}
    with transaction.atomic():
        members = set(cohort.trainees.values_list("pk", flat=True))
        invited = set(cohort.invitations.values_list("user_id", flat=True))
        tutors_before = set(cohort.tutors.values_list("pk", flat=True))
        removed = members - listed.keys()
        withdrawn = invited - listed.keys()
        cohort.trainees.remove(*removed)
        cohort.invitations.filter(user_id__in=withdrawn).delete()
        invitations = CohortInvitation.objects.bulk_create(
            [
                CohortInvitation(cohort=cohort, user=user, invited_by=changed_by)
                for pk, user in listed.items()
                if pk not in members and pk not in invited
            ]
        )
        cohort.tutors.set(tutors)
        tutors_after = {user.pk for user in tutors}
        _risk_episodes_end(cohort=cohort, trainee_ids=removed)
        changes = {
            key: sorted(ids)
            for key, ids in [
                ("trainees_invited", [invitation.user_id for invitation in invitations]),
                ("invitations_withdrawn", withdrawn),
                ("trainees_removed", removed),
                ("tutors_added", tutors_after - tutors_before),
                ("tutors_removed", tutors_before - tutors_after),
            ]
            if ids
        }
        if changes:
            audit.log(instance=cohort, action=audit.COHORT_MEMBERS, user=changed_by, data=changes)
        _invitations_notify(invitations)
    return invitations


def cohort_invitation_accept(*, invitation: CohortInvitation) -> None:
    """The trainee joins the cohort and is enrolled in its courses; its tutors now see
    their progress there."""
    cohort, trainee = invitation.cohort, invitation.user
    with transaction.atomic():
        deleted, _ = CohortInvitation.objects.filter(pk=invitation.pk).delete()
        if not deleted:  # already answered, from another tab
            return
        cohort.trainees.add(trainee)
        cohort_trainees_enrol(cohort=cohort, enrolled_by=invitation.invited_by, trainees=[trainee])
        audit.log(instance=cohort, action=audit.COHORT_INVITATION_ACCEPT, user=trainee)


def cohort_invitation_decline(*, invitation: CohortInvitation) -> None:
    """The trainee says no: the invitation goes and the tutors never see their progress."""
    with transaction.atomic():
        deleted, _ = CohortInvitation.objects.filter(pk=invitation.pk).delete()
        if deleted:
            audit.log(
                instance=invitation.cohort,
                action=audit.COHORT_INVITATION_DECLINE,
                user=invitation.user,
            )


def cohort_leave(*, cohort: Cohort, trainee: User) -> None:
    """The trainee leaves the cohort: its tutors no longer see their progress nor hear of
    their risks. Their enrolments and progress stay theirs."""
    with transaction.atomic():
        cohort.trainees.remove(trainee)
        _risk_episodes_end(cohort=cohort, trainee_ids=[trainee.pk])
        audit.log(instance=cohort, action=audit.COHORT_LEAVE, user=trainee)


def cohort_trainees_enrol(
    *, cohort: Cohort, enrolled_by: User | None, trainees: list[User] | None = None
) -> int:
    """Enrol every trainee of the cohort (or these) in every cohort course; return how many
    enrolments were new."""
    keys = cohort_course_keys(cohort)
    if trainees is None:
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


def _languages(users: list[User]) -> dict[int, str]:
    """Each person's language: the one they chose in their profile, else the site's."""
    known = dict(settings.LANGUAGES)
    chosen = UserProfile.objects.filter(user__in=users).values_list(
        "user_id", "preferred_language"
    )
    languages = {user_id: code for user_id, code in chosen if code in known}
    return {user.pk: languages.get(user.pk, settings.LANGUAGE_CODE) for user in users}


def _invitations_notify(invitations: list[CohortInvitation]) -> None:
    """E-mail each person invited, in their language, how to accept or decline."""
    invitations = [invitation for invitation in invitations if invitation.user.email]
    languages = _languages([invitation.user for invitation in invitations])
    for invitation in invitations:
        with translation.override(languages[invitation.user_id]):
            path = reverse("learning_dashboard")
            context = {
                "cohort": invitation.cohort,
                "tutor": invitation.invited_by,
                "url": f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}#invitations",
            }
            subject = _text_render("courses/email/invitation_subject.txt", context).strip()
            body = _text_render("courses/email/invitation_body.txt", context)
        email_send.enqueue(subject=subject, body=body, from_email=None, to=[invitation.user.email])


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
    if trainee is not None:
        # Only where they are a trainee: a cohort they left must not hear of them again.
        member_of = set(trainee.cohorts.values_list("pk", flat=True))
        cohorts = [cohort for cohort in cohorts if cohort.pk in member_of]
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
                RiskEpisode.objects.filter(pk=episode.pk).update(
                    ended_at=now, ended_because=RiskEpisode.Ending.ACTIVE_AGAIN
                )
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
