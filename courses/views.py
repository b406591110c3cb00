"""Learners' and tutors' actions. Each view checks who may act, calls a service, redirects."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from wagtail.models import Locale

from courses import audit
from courses.forms import CohortForm, ReflectionForm, TimeSpentForm
from courses.models import (
    CohortInvitation,
    CoursePage,
    LessonPage,
    LessonProgress,
    ReflectionAnswer,
)
from courses.selectors import learner_dashboard, lesson_access
from courses.selectors.cohorts import (
    cohort_invited_emails,
    cohort_report,
    trainee_invitations,
    trainee_tutors,
    tutor_cohorts,
)
from courses.selectors.learning import quiz_form
from courses.services.cohorts import (
    cohort_invitation_accept,
    cohort_invitation_decline,
    cohort_leave,
    cohort_risks_refresh,
    cohort_trainees_enrol,
)
from courses.services.progress import (
    course_enrol,
    course_unenrol,
    lesson_complete,
    lesson_time_add,
)
from courses.services.quizzes import QuizAnswersError, quiz_answers_parse, quiz_submit
from portal.forms import ErrorSummaryItem
from portal.spreadsheets import csv_download


def _live(model, pk: int):
    page = model.objects.live().public().filter(pk=pk).first()
    if page is None:
        raise Http404
    return page


@require_POST
@login_required
def course_enrol_view(request: HttpRequest, pk: int) -> HttpResponse:
    course = _live(CoursePage, pk)
    course_enrol(user=request.user, course=course)
    messages.success(request, _("You are enrolled. Your progress is saved as you go."))
    return redirect(course.get_url(request))


@require_POST
@login_required
def course_unenrol_view(request: HttpRequest, pk: int) -> HttpResponse:
    course = _live(CoursePage, pk)
    course_unenrol(user=request.user, course=course)
    messages.success(
        request, _("You have left the course. Your progress is kept if you enrol again.")
    )
    return redirect(course.get_url(request))


def _enrolled_lesson(request: HttpRequest, pk: int):
    """The lesson and the learner's access to it, for learners enrolled in its course."""
    lesson = _live(LessonPage, pk)
    access = lesson_access(lesson=lesson, user=request.user)
    if not access.allowed or not access.enrolled:
        raise Http404
    return lesson, access


@require_POST
@login_required
def lesson_complete_view(request: HttpRequest, pk: int) -> HttpResponse:
    lesson, access = _enrolled_lesson(request, pk)
    if lesson.quiz is not None:
        return HttpResponseBadRequest(_("This lesson is completed by passing its quiz."))
    if lesson.h5p_blocks:
        return HttpResponseBadRequest(_("This lesson is completed through its activities."))
    lesson_complete(user=request.user, lesson=lesson, course=access.course)
    outline = access.outline
    lessons = [entry.page.pk for entry in outline.lessons]
    following = lessons.index(lesson.pk) + 1 if lesson.pk in lessons else len(lessons)
    messages.success(request, _("Lesson completed."))
    if following < len(lessons):
        return redirect(outline.lessons[following].page.get_url(request))
    return redirect(access.course.get_url(request))


@require_POST
@login_required
def lesson_time_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Time the lesson was on screen, sent by the page when the learner leaves it."""
    lesson, _access = _enrolled_lesson(request, pk)
    form = TimeSpentForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Send a whole number of seconds."))
    lesson_time_add(user=request.user, lesson=lesson, seconds=form.cleaned_data["seconds"])
    return HttpResponse(status=204)


@require_POST
@login_required
def reflection_save_view(request: HttpRequest, pk: int, block_id: UUID) -> HttpResponse:
    lesson, _access = _enrolled_lesson(request, pk)
    if not any(b.block_type == "reflection" and b.id == str(block_id) for b in lesson.body):
        raise Http404
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(form.errors["text"][0])
    text = form.cleaned_data["text"]
    if text:
        ReflectionAnswer.objects.update_or_create(
            user=request.user,
            lesson_key=lesson.translation_key,
            block_id=block_id,
            defaults={"text": text},
        )
        messages.success(request, _("Your answer is saved. Only you can read it."))
    else:
        ReflectionAnswer.objects.filter(
            user=request.user, lesson_key=lesson.translation_key, block_id=block_id
        ).delete()
        messages.success(request, _("Your answer is deleted."))
    return redirect(f"{lesson.get_url(request)}#block-{block_id}")


def lesson_quiz_post(request: HttpRequest, lesson: LessonPage, access) -> HttpResponse:
    """A quiz sent from the lesson page: score it, or show the page again with what is wrong."""
    if lesson.quiz is None or not access.enrolled:
        return HttpResponseBadRequest(_("There is no quiz to answer here."))
    try:
        token = UUID(request.POST.get("token", ""))
        answers = quiz_answers_parse(data=request.POST, quiz=lesson.quiz.value)
    except ValueError as error:
        errors = error.errors if isinstance(error, QuizAnswersError) else {}
        context = lesson.get_context(request)
        questions = quiz_form(lesson.quiz.value, picked=_picked(request.POST), errors=errors)
        context["quiz_questions"] = questions
        context["quiz_errors"] = [
            ErrorSummaryItem(
                _("Question %(number)s: %(error)s")
                % {"number": question.position + 1, "error": question.error},
                f"q{question.position}-0",
            )
            for question in questions
            if question.error
        ] or [ErrorSummaryItem(_("The form was incomplete. Please answer again."), "")]
        return TemplateResponse(request, lesson.get_template(request), context, status=400)
    attempt = quiz_submit(
        user=request.user, lesson=lesson, course=access.course, answers=answers, token=token
    )
    if not attempt.passed:
        cohort_risks_refresh(cohorts=request.user.cohorts.all(), trainee=request.user)
    return redirect(f"{lesson.get_url(request)}#quiz-result")


def _picked(data) -> dict[str, list[str]]:
    return {key: data.getlist(key) for key in data if key.startswith("q")}


@require_safe
@login_required
def dashboard_view(request: HttpRequest) -> HttpResponse:
    """My learning: every course the learner takes, where they are and who follows them."""
    locale = Locale.get_active()
    context = {
        "dashboard": learner_dashboard(user=request.user, locale=locale),
        "following": trainee_tutors(trainee=request.user, locale=locale),
        "invitations": trainee_invitations(trainee=request.user, locale=locale),
    }
    return TemplateResponse(request, "courses/dashboard.html", context)


def _own_invitation(request: HttpRequest, pk: int) -> CohortInvitation:
    """The signed-in person's invitation to cohort ``pk``; anyone else's is a 404."""
    return get_object_or_404(
        CohortInvitation.objects.select_related("cohort", "user", "invited_by"),
        cohort_id=pk,
        user=request.user,
    )


@require_POST
@login_required
def cohort_invitation_accept_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The trainee joins the cohort they are invited to; its tutors then see their progress."""
    invitation = _own_invitation(request, pk)
    cohort_invitation_accept(invitation=invitation)
    messages.success(
        request,
        _("You have joined the cohort “%(name)s”. Its tutors now see your progress.")
        % {"name": invitation.cohort.name},
    )
    return redirect("learning_dashboard")


@require_POST
@login_required
def cohort_invitation_decline_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The trainee declines: the invitation goes, and nothing of theirs is shared."""
    invitation = _own_invitation(request, pk)
    cohort_invitation_decline(invitation=invitation)
    messages.success(
        request,
        _("You have declined to join the cohort “%(name)s”. Its tutors do not see your progress.")
        % {"name": invitation.cohort.name},
    )
    return redirect("learning_dashboard")


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def cohort_leave_view(request: HttpRequest, pk: int) -> HttpResponse:
    """A trainee leaves a cohort, once told what it changes; another's cohort is a 404."""
    cohort = get_object_or_404(request.user.cohorts.all(), pk=pk)
    if request.method == "POST":
        cohort_leave(cohort=cohort, trainee=request.user)
        messages.success(
            request,
            _("You have left the cohort “%(name)s”. Its tutors no longer see your progress.")
            % {"name": cohort.name},
        )
        return redirect("learning_dashboard")
    tutors = cohort.tutors.order_by("last_name", "first_name", "email")
    context = {"cohort": cohort, "tutors": tutors}
    return TemplateResponse(request, "courses/cohort_leave.html", context)


def _tutor_cohort(request: HttpRequest, pk: int):
    return get_object_or_404(tutor_cohorts(tutor=request.user), pk=pk)


@require_safe
@login_required
@permission_required("courses.view_cohort", raise_exception=True)
def cohort_list_view(request: HttpRequest) -> HttpResponse:
    cohorts = tutor_cohorts(tutor=request.user).prefetch_related("trainees", "courses")
    return TemplateResponse(request, "courses/cohort_list.html", {"cohorts": cohorts})


def _cohort_saved_message(request: HttpRequest, form: CohortForm, saved: str) -> None:
    invited = len(form.invitations)
    if invited:
        saved += " " + ngettext(
            "%(count)d trainee is invited by e-mail: they join the cohort if they accept.",
            "%(count)d trainees are invited by e-mail: they join the cohort if they accept.",
            invited,
        ) % {"count": invited}
    messages.success(request, saved)


@login_required
@permission_required("courses.add_cohort", raise_exception=True)
def cohort_create_view(request: HttpRequest) -> HttpResponse:
    form = CohortForm(request.POST or None, tutor=request.user)
    if request.method == "POST" and form.is_valid():
        cohort = form.save()
        cohort_trainees_enrol(cohort=cohort, enrolled_by=request.user)
        _cohort_saved_message(request, form, _("Cohort created."))
        return redirect("cohort_detail", pk=cohort.pk)
    status = 400 if form.errors else 200
    return TemplateResponse(request, "courses/cohort_form.html", {"form": form}, status=status)


@login_required
@permission_required("courses.change_cohort", raise_exception=True)
def cohort_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = _tutor_cohort(request, pk)
    form = CohortForm(request.POST or None, instance=cohort, tutor=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        cohort_trainees_enrol(cohort=cohort, enrolled_by=request.user)
        _cohort_saved_message(request, form, _("Cohort saved."))
        return redirect("cohort_detail", pk=cohort.pk)
    status = 400 if form.errors else 200
    context = {"form": form, "cohort": cohort}
    return TemplateResponse(request, "courses/cohort_form.html", context, status=status)


@require_safe
@login_required
@permission_required("courses.view_cohort", raise_exception=True)
def cohort_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = _tutor_cohort(request, pk)
    report = cohort_report(cohort=cohort, locale=Locale.get_active(), now=timezone.now())
    context = {"report": report, "invited": cohort_invited_emails(cohort)}
    return TemplateResponse(request, "courses/cohort_detail.html", context)


@require_safe
@login_required
@permission_required("courses.view_cohort", raise_exception=True)
def cohort_export_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The cohort table as CSV: one row per trainee, a status and score column per module."""
    cohort = _tutor_cohort(request, pk)
    report = cohort_report(cohort=cohort, locale=Locale.get_active(), now=timezone.now())
    audit.log(
        instance=cohort,
        action=audit.COHORT_EXPORT,
        user=request.user,
        data={"trainees": len(report.rows)},
    )
    # Names and titles are typed by people: the writer keeps them from being formulas.
    response, writer = csv_download(f"cohort-{cohort.pk}.csv")
    header = [_("Trainee"), _("E-mail"), _("Last activity"), _("At risk"), _("Courses completed")]
    for course, module in report.modules:
        header += [
            f"{course.title} / {module.page.title} ({_('status')})",
            f"{course.title} / {module.page.title} ({_('score')})",
        ]
    writer.writerow(header)
    statuses = dict(LessonProgress.Status.choices)
    for row in report.rows:
        line = [
            row.trainee.get_full_name() or row.trainee.email,
            row.trainee.email,
            row.last_activity.isoformat(timespec="minutes") if row.last_activity else "",
            row.risk_label,
            row.courses_completed,
        ]
        for cell in row.cells:
            line += [statuses[cell.status], "" if cell.score is None else cell.score]
        writer.writerow(line)
    return response
