"""The demo objects the access tests request, plus the pages and records the demo lacks:
a draft, pages restricted three ways, a submission awaiting moderation, an image, a
document. Built inside a test, so the test's transaction removes them."""

import io
import re
import uuid
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.html import strip_tags

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    Locale,
    Page,
    PageViewRestriction,
    Revision,
    Task,
    Workflow,
)
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    Translation,
    TranslationSource,
)

from PIL import Image

from courses.models import (
    Certificate,
    Cohort,
    CoursePage,
    Enrolment,
    H5PActivity,
    H5PLibrary,
    LessonPage,
)
from portal import roles
from portal.models import HomePage, StandardPage, User
from practices.models import CaseStudyPage

# One account per role, as the demo seeds them; "anonymous" signs in as nobody.
ROLE_EMAILS = {
    "anonymous": None,
    "trainer": "trainer@example.org",
    "tutor": "tutor@example.org",
    "editor": "editor@example.org",
    "moderator": "moderator@example.org",
    "ministry": "ministry@example.org",
    "superuser": "admin@example.org",
}
ROLES = list(ROLE_EMAILS)
# The introduction of every page the demo adds: where a page must not show, neither may this.
SECRET_TEXT = "Texte réservé de la matrice"
CHANGED_TITLE = "Nouvelle version non publiée"


@dataclass
class Demo:
    """What the matrix fills route parameters with."""

    users: dict[str, User]
    english: Locale
    home: HomePage
    standard: StandardPage
    draft: StandardPage  # never published
    changed: StandardPage  # live, with a newer draft waiting
    changed_title: str  # the draft's title
    private: StandardPage  # for signed-in readers
    ministry_only: StandardPage  # for the Ministry readers group
    password: StandardPage  # behind a shared password
    restriction: PageViewRestriction  # the password page's
    submitted: StandardPage  # an editor's change, in moderation
    workflow_state_id: int
    task_state_id: int
    task_id: int
    workflow_id: int
    revision: Revision
    case_study: CaseStudyPage
    enrolled_lesson: LessonPage  # the trainer is enrolled in its course
    other_lesson: LessonPage  # in a course the trainer has not enrolled in
    reflection_lesson: LessonPage  # the trainer is enrolled; it asks for a reflection
    reflection_block_id: str
    course: CoursePage  # the trainer is enrolled in it
    other_course: CoursePage  # the trainer is not
    cohort: Cohort  # the tutor's
    certificate: Certificate  # the trainer's
    activity: H5PActivity
    library: H5PLibrary
    image_id: int
    document_id: int
    document_filename: str
    collection_id: int
    translation: Translation
    string_segment_id: int
    overridable_segment_id: int
    translation_source_id: int


def demo_build() -> Demo:
    users = {role: User.objects.get(email=email) for role, email in ROLE_EMAILS.items() if email}
    home = HomePage.objects.get(depth=2, locale__language_code="fr")
    standard = StandardPage.objects.live().filter(locale=home.locale).first()

    draft = _page(home, "brouillon-jamais-publie", live=False)
    changed = _page(home, "page-modifiee")
    changed.title = CHANGED_TITLE
    changed.save_revision(user=users["editor"])
    private = _page(home, "reservee-aux-inscrits")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    ministry_only = _page(home, "reservee-au-ministere")
    group_only = PageViewRestriction.objects.create(
        page=ministry_only, restriction_type=PageViewRestriction.GROUPS
    )
    group_only.groups.set([Group.objects.get(name=roles.MINISTRY_READERS)])
    password = _page(home, "protegee-par-mot-de-passe")
    restriction = PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-partage"
    )

    submitted = _page(home, "soumise-a-moderation")
    submitted.title = "Soumise à modération : nouvelle version"
    submitted.save_revision(user=users["editor"])
    workflow = submitted.get_workflow()
    workflow_state = workflow.start(submitted, users["editor"])

    courses = list(CoursePage.objects.live().filter(locale=home.locale).order_by("path"))
    trainer_courses = set(
        Enrolment.objects.filter(user=users["trainer"]).values_list("course_key", flat=True)
    )
    enrolled = next(c for c in courses if c.translation_key in trainer_courses)
    other = next(c for c in courses if c.translation_key not in trainer_courses)
    enrolled_lessons = list(LessonPage.objects.live().descendant_of(enrolled).order_by("path"))
    reflection_lesson, reflection_block_id = _reflection_lesson(trainer_courses, home.locale)

    translation = Translation.objects.filter(source__specific_content_type__model="standardpage")
    translation = translation.first() or Translation.objects.first()
    image_model, document_model = get_image_model(), get_document_model()
    image = image_model.objects.create(title="Matrice", file=_image_file())
    document = document_model.objects.create(
        title="Matrice", file=ContentFile(b"%PDF-1.4 demo", name="matrice.pdf")
    )
    collection = Collection.get_first_root_node().add_child(name="Matrice")

    return Demo(
        users=users,
        english=Locale.objects.get(language_code="en"),
        home=home,
        standard=standard,
        draft=draft,
        changed=changed,
        changed_title=CHANGED_TITLE,
        private=private,
        ministry_only=ministry_only,
        password=password,
        restriction=restriction,
        submitted=submitted,
        workflow_state_id=workflow_state.pk,
        task_state_id=workflow_state.current_task_state.pk,
        task_id=Task.objects.first().pk,
        workflow_id=Workflow.objects.first().pk,
        revision=changed.latest_revision,
        case_study=CaseStudyPage.objects.live().filter(locale=home.locale).first(),
        enrolled_lesson=enrolled_lessons[0],
        other_lesson=LessonPage.objects.live().descendant_of(other).order_by("path").first(),
        reflection_lesson=reflection_lesson,
        reflection_block_id=reflection_block_id,
        course=enrolled,
        other_course=other,
        cohort=Cohort.objects.filter(tutors=users["tutor"]).first(),
        certificate=Certificate.objects.filter(learner=users["trainer"]).first(),
        activity=H5PActivity.objects.order_by("pk").first(),
        library=H5PLibrary.objects.filter(runnable=True).first(),
        image_id=image.pk,
        document_id=document.pk,
        document_filename=document.filename,
        collection_id=collection.pk,
        translation=translation,
        string_segment_id=StringSegment.objects.filter(source=translation.source).first().pk,
        overridable_segment_id=getattr(
            OverridableSegment.objects.filter(source=translation.source).first(), "pk", 0
        ),
        translation_source_id=TranslationSource.objects.first().pk,
    )


def lesson_text(lesson: LessonPage) -> str:
    """A phrase of the lesson's first paragraph: shown on the lesson page only."""
    paragraph = next(b for b in lesson.body if b.block_type == "paragraph")
    return re.search(r"[\w ]{20,}", strip_tags(paragraph.value.source))[0].strip()


def _page(parent: Page, slug: str, *, live: bool = True) -> StandardPage:
    page = StandardPage(
        title=slug.replace("-", " ").capitalize(), slug=slug, intro=SECRET_TEXT, live=live
    )
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return StandardPage.objects.get(pk=page.pk)


def _reflection_lesson(course_keys: set, locale) -> tuple[LessonPage, str]:
    """A lesson of a course in ``course_keys`` that asks for a reflection, and its block."""
    for lesson in LessonPage.objects.live().filter(locale=locale).order_by("path"):
        block = next((b for b in lesson.body if b.block_type == "reflection"), None)
        course = CoursePage.objects.ancestor_of(lesson).first()
        if block is not None and course.translation_key in course_keys:
            return lesson, block.id
    raise LookupError("the demo has no reflection in a course the trainer takes")


def _image_file() -> ImageFile:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name=f"matrice-{uuid.uuid4().hex[:6]}.png")
