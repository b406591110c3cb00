"""The language of passages (WCAG 3.1.2): whatever the site shows in another language than
the page's, because it has no translation yet or was written that way, carries ``lang``."""

from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from courses.factories import LearnerFactory, course_tree
from courses.models import CoursePage, LessonPage
from courses.services.certificates import certificate_issue
from courses.services.progress import course_enrol
from portal.blocks import QuoteBlock, language_choices
from portal.models import User
from practices.models import CaseStudyPage, PracticeIndexPage, Theme

pytestmark = pytest.mark.django_db


def render(source: str, **context) -> str:
    template = Template("{% load language_tags %}" + source)
    return template.render(Context({"request": RequestFactory().get("/"), **context}))


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def english_case_study() -> CaseStudyPage:
    return CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="en")


class TestOtherLang:
    def test_nothing_when_the_subject_is_in_the_page_language(self):
        page = english_case_study()
        assert render("<p{% other_lang subject %}>", page=page, subject=page) == "<p>"
        assert render("<p{% other_lang 'en' %}>", page=page) == "<p>"
        assert render("<p{% other_lang '' %}>", page=page) == "<p>"
        assert render("<p{% other_lang None %}>", page=page) == "<p>"

    def test_lang_when_it_is_in_another(self):
        page = english_case_study()
        french = page.get_translation(Locale.objects.get(language_code="fr"))
        assert render("<p{% other_lang subject %}>", page=page, subject=french) == '<p lang="fr">'
        assert render("<p{% other_lang 'fr' %}>", page=page) == '<p lang="fr">'
        assert (
            render("<a{% other_lang subject link=True %}>", page=page, subject=french)
            == '<a lang="fr" hreflang="fr">'
        )

    def test_without_a_page_the_active_language_counts(self):
        french = english_case_study().get_translation(Locale.objects.get(language_code="fr"))
        with translation.override("en"):
            assert render("{% other_lang subject %}", subject=french) == ' lang="fr"'
        with translation.override("fr"):
            assert render("{% other_lang subject %}", subject=french) == ""

    def test_a_passage_inside_a_sentence(self):
        page = english_case_study()
        marked = render("{% in_language text 'fr' %}", page=page, text="<b>")
        assert marked == '<span lang="fr">&lt;b&gt;</span>'
        assert render("{% in_language text 'en' %}", page=page, text="<b>") == "&lt;b&gt;"

    def test_the_languages_are_read_once_per_request(self, django_assert_num_queries):
        page = english_case_study()
        french = page.get_translation(Locale.objects.get(language_code="fr"))
        with django_assert_num_queries(1):
            render("{% for s in subjects %}{% other_lang s %}{% endfor %}", subjects=[french] * 5)


def test_a_course_not_yet_translated_is_marked_on_the_dashboard(client):
    learner = LearnerFactory()
    course, lessons = course_tree(lessons=1)  # in French only
    course_enrol(user=learner, course=course)
    client.force_login(learner)
    html = soup(client.get("/en/learning/"))
    title = html.find("a", string=course.title)
    assert (title["lang"], title["hreflang"]) == ("fr", "fr")
    assert html.find("span", string=lessons[0].title)["lang"] == "fr"
    french = soup(client.get("/fr/learning/"))
    assert not french.find("a", string=course.title).has_attr("lang")


def test_a_term_not_yet_translated_is_marked_on_a_case_study_and_its_card(client):
    page = english_case_study()
    french_only = Theme.objects.create(
        name="Pair-aidance", slug="pair-aidance", locale=Locale.objects.get(language_code="fr")
    )
    page.themes.add(french_only)
    page.save()
    html = soup(client.get(page.url))
    assert html.find("span", string="Pair-aidance")["lang"] == "fr"
    library = soup(client.get(page.get_parent().url))
    card = library.find("a", href=page.url).find_parent(class_="card")
    assert card.find("span", string="Pair-aidance")["lang"] == "fr"
    translated = page.themes.exclude(pk=french_only.pk).first()
    english_name = translated.get_translation(page.locale).name
    assert not html.find("span", string=english_name).has_attr("lang")


def test_a_certificate_is_marked_in_the_language_it_was_taken_in(client):
    course, _lessons = course_tree(lessons=1)  # in French only
    learner = LearnerFactory()
    certificate = certificate_issue(learner=learner, course=course, language="fr")[0]
    with translation.override("en"):
        url = reverse("certificate_verify", args=[certificate.pk])
    html = soup(client.get(url))
    assert html.find("dd", string=course.title)["lang"] == "fr"
    with translation.override("fr"):
        url = reverse("certificate_verify", args=[certificate.pk])
    assert not soup(client.get(url)).find("dd", string=course.title).has_attr("lang")
    client.force_login(learner)
    with translation.override("en"):
        mine = soup(client.get(reverse("certificate_list")))
    assert mine.find("h2", string=course.title)["lang"] == "fr"


def test_the_language_switcher_names_each_language_in_itself(client):
    html = soup(client.get(english_case_study().url))
    link = html.find(class_="language-switcher").find("a")
    assert link["hreflang"] == "fr"
    assert link.find("span", lang="fr")


def test_quotations_and_sources_offer_the_site_languages(settings):
    block = QuoteBlock()
    choices = [code for code, _label in block.child_blocks["language"].field.choices]
    assert choices == ["", "fr", "en"]
    settings.LANGUAGES = [*settings.LANGUAGES, ("de", "Deutsch")]
    assert [code for code, _label in language_choices()] == ["", "fr", "en", "de"]


def test_a_quotation_in_another_language_is_marked(client):
    client.force_login(User.objects.get(email="trainer@example.org"))
    lesson = LessonPage.objects.get(
        slug="adapter-la-formation-et-parler-des-besoins", locale__language_code="fr"
    )
    french = soup(client.get(lesson.url))
    quotation = french.find("blockquote")
    assert quotation["lang"] == "en"
    assert "Nothing about us without us." in quotation.get_text()
    assert not french.find("figcaption").has_attr("lang")  # the attribution is in French
    english = soup(client.get(lesson.get_translation(Locale.objects.get(language_code="en")).url))
    assert not english.find("blockquote").has_attr("lang")


def test_a_source_in_another_language_is_marked(client):
    page = CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="fr")
    page.sources = [
        ("link", {"title": "Final report", "url": "https://example.org/r", "language": "en"}),
        ("link", {"title": "Rapport final", "url": "https://example.org/f", "language": ""}),
    ]
    page.save()
    html = soup(client.get(page.url))
    english = html.find("a", string="Final report")
    assert (english["lang"], english["hreflang"]) == ("en", "en")
    assert not html.find("a", string="Rapport final").has_attr("lang")


def test_a_case_study_not_yet_translated_is_marked_on_a_course(client):
    library = PracticeIndexPage.objects.get(locale__language_code="fr")
    french_only = library.add_child(
        instance=CaseStudyPage(title="Pair-aidance en formation", slug="pair-aidance", summary="…")
    )
    french_only.save_revision().publish()
    course = CoursePage.objects.get(slug="distance-tutoring", locale__language_code="en")
    course.related_case_studies.add(french_only)
    course.save()
    link = soup(client.get(course.url)).find("a", string="Pair-aidance en formation")
    assert (link["lang"], link["hreflang"]) == ("fr", "fr")
