"""Values for the parameters of every route, taken from the demo (``access_objects.Demo``).

A route's own entry wins, then the first glob that matches its name, then a value per
parameter name. Ids that name nothing (0) stand for objects the demo has none of: the
request then shows who gets as far as the "not found".
"""

from django.apps import apps
from django.contrib.auth.models import Group

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Site

from portal.models import FooterText
from tests.security.access_objects import Demo
from tests.security.url_walk import Route, first_match


def _snippet_pk(demo: Demo, route: Route) -> dict:
    """The first object of the snippet model named by the route's namespace."""
    namespace = route.name.split(":")[0]
    app_label, model_name = namespace.split("_", 2)[1:]
    model = apps.get_model(app_label, model_name)
    return {"pk": model.objects.order_by("pk").first().pk}


def _footer_revision(demo: Demo, route: Route) -> dict:
    footer = FooterText.objects.order_by("pk").first()
    return {
        "pk": footer.pk,
        "revision_id": footer.latest_revision.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
    }


# By route name or glob: a dict of keyword arguments (the route takes those it names), a
# tuple of positional ones, or a whole address as a string.
BY_ROUTE = {
    # Addresses with no name.
    "admin/test404/": lambda demo, route: "/admin/test404/",
    "admin/^.*/$": lambda demo, route: "/admin/no-such-screen/",
    # The site's own routes.
    "h5p_player": lambda demo, route: {"uuid": demo.activity.uuid},
    "h5p_content_file": lambda demo, route: {"uuid": demo.activity.uuid, "path": "h5p.json"},
    "h5p_state": lambda demo, route: {
        "uuid": demo.activity.uuid,
        "data_type": "state",
        "sub_content_id": "0",
    },
    "h5p_library_file": lambda demo, route: {
        "folder": demo.library.folder_name,
        "path": "library.json",
    },
    "certificate_preferences": lambda demo, route: {"pk": demo.certificate.pk},
    "certificate_download": lambda demo, route: {"pk": demo.certificate.pk, "form": "pdf"},
    "certificate_verify": lambda demo, route: {"identifier": str(demo.certificate.pk)},
    "case_study_permalink": lambda demo, route: {"pk": demo.case_study.pk},
    "case_study_pdf": lambda demo, route: {"pk": demo.case_study.pk},
    "impact_csv": lambda demo, route: {"table": "months"},
    # Enrolling and leaving act on a course the trainer does not take, so that their
    # lessons stay open for the requests that follow.
    "course_enrol": lambda demo, route: {"pk": demo.other_course.pk},
    "course_unenrol": lambda demo, route: {"pk": demo.other_course.pk},
    "lesson_complete": lambda demo, route: {"pk": demo.enrolled_lesson.pk},
    "lesson_time": lambda demo, route: {"pk": demo.enrolled_lesson.pk},
    "reflection_save": lambda demo, route: {
        "pk": demo.reflection_lesson.pk,
        "block_id": demo.reflection_block_id,
    },
    "cohort_*": lambda demo, route: {"pk": demo.cohort.pk},
    "account_confirm_email": lambda demo, route: {"key": "no-such-key"},
    "account_reset_password_from_key": lambda demo, route: {"uidb36": "1", "key": "no-such-key"},
    "wagtail_serve": lambda demo, route: (demo.standard.url_path.split("/", 2)[2],),
    "wagtailcore_authenticate_with_password": lambda demo, route: {
        "page_view_restriction_id": demo.restriction.pk,
        "page_id": demo.password.pk,
    },
    "wagtaildocs_serve": lambda demo, route: (demo.document_id, demo.document_filename),
    "wagtaildocs_authenticate_with_password": lambda demo, route: {"restriction_id": 0},
    # The public API and the admin's: a page, an image, a document.
    "wagtail*api:pages:*": lambda demo, route: {"pk": demo.standard.pk, "action_name": "copy"},
    "wagtail*api:images:detail": lambda demo, route: {"pk": demo.image_id},
    "wagtail*api:documents:detail": lambda demo, route: {"pk": demo.document_id},
    # The admin.
    "wagtail_bulk_action": lambda demo, route: {
        "app_label": "wagtailcore",
        "model_name": "page",
        "action": "delete",
    },
    "wagtailadmin_pages:add": lambda demo, route: _page_type(demo.home.pk),
    "wagtailadmin_pages:preview_on_add": lambda demo, route: _page_type(demo.home.pk),
    "wagtailadmin_pages:type_use*": lambda demo, route: _page_type(None),
    "wagtailadmin_pages:choose_parent": lambda demo, route: {
        "app_label": "portal",
        "model_name": "standardpage",
    },
    "wagtailadmin_pages:move_confirm": lambda demo, route: {
        "page_to_move_id": demo.changed.pk,
        "destination_id": demo.standard.pk,
    },
    "wagtailadmin_pages:revisions_compare": lambda demo, route: {
        "pk": demo.changed.pk,
        "revision_id_a": "live",
        "revision_id_b": "latest",
    },
    "wagtailadmin_pages:*workflow_action*": lambda demo, route: {
        "page_id": demo.submitted.pk,
        "action_name": "approve",
        "task_state_id": demo.task_state_id,
    },
    "wagtailadmin_pages:confirm_workflow_cancellation": lambda demo, route: {
        "page_id": demo.submitted.pk
    },
    "wagtailadmin_pages:workflow_preview": lambda demo, route: {
        "page_id": demo.submitted.pk,
        "task_id": demo.task_id,
    },
    "wagtailadmin_pages:workflow_history*": lambda demo, route: {
        "page_id": demo.submitted.pk,
        "workflow_state_id": demo.workflow_state_id,
    },
    "wagtailadmin_tag_model_autocomplete": lambda demo, route: {
        "app_name": "wagtailimages",
        "model_name": "image",
    },
    "wagtailadmin_collections:*": lambda demo, route: {
        "pk": demo.collection_id,
        "collection_id": demo.collection_id,
    },
    "wagtailadmin_workflows:*task*": lambda demo, route: {
        "pk": demo.task_id,
        "task_id": demo.task_id,
        "app_label": "wagtailcore",
        "model_name": "groupapprovaltask",
    },
    "wagtailadmin_workflows:remove": lambda demo, route: {
        "page_pk": demo.home.pk,
        "workflow_pk": demo.workflow_id,
    },
    "wagtailadmin_workflows:*": lambda demo, route: {"pk": demo.workflow_id},
    "wagtailadmin_editing_sessions:ping": lambda demo, route: {
        "app_label": "wagtailcore",
        "model_name": "page",
        "object_id": str(demo.changed.pk),
        "session_id": 0,
    },
    "wagtail_localize:submit_snippet_translation": lambda demo, route: {
        "app_label": "portal",
        "model_name": "footertext",
        "pk": str(FooterText.objects.order_by("pk").first().pk),
    },
    "wagtail_localize:snippets_api_*": lambda demo, route: {
        "app_label": "portal",
        "model_name": "footertext",
        "pk": str(FooterText.objects.order_by("pk").first().pk),
    },
    "wagtail_localize:preview_translation": lambda demo, route: {
        "translation_id": demo.translation.pk,
        "mode": "no-such-mode",
    },
    "wagtailredirects:*": lambda demo, route: {
        "redirect_id": Redirect.objects.order_by("pk").first().pk
    },
    "wagtailsettings:*": lambda demo, route: {
        "app_name": "portal",
        "model_name": "footertext",
        "pk": 0,
    },
    "wagtailsnippets_portal_footertext:revisions_*": _footer_revision,
    "wagtailsnippets_portal_footertext:unpublish": _snippet_pk,
    "wagtailsnippets_*": _snippet_pk,
    "wagtailsnippetchoosers_*:chosen": lambda demo, route: {
        "pk": str(_snippet_pk(demo, route)["pk"])
    },
    "wagtailimages_chooser:chosen": lambda demo, route: {"pk": str(demo.image_id)},
    "wagtaildocs_chooser:chosen": lambda demo, route: {"pk": str(demo.document_id)},
    "wagtaillocales:*": lambda demo, route: {"pk": Locale.objects.order_by("pk").first().pk},
    "wagtailsites:*": lambda demo, route: {"pk": Site.objects.order_by("pk").first().pk},
    "wagtailusers_users:*": lambda demo, route: {"pk": demo.users["trainer"].pk},
    "wagtailusers_groups:*": lambda demo, route: {"pk": Group.objects.order_by("pk").first().pk},
    "wagtailadmin_password_reset_confirm": lambda demo, route: {
        "uidb64": "MQ",
        "token": "no-such-token",
    },
}

# By parameter name, for the routes above leave out.
BY_PARAMETER = {
    "page_id": lambda demo: demo.changed.pk,
    "parent_page_id": lambda demo: demo.home.pk,
    "page_to_move_id": lambda demo: demo.changed.pk,
    "revision_id": lambda demo: demo.revision.pk,
    "image_id": lambda demo: demo.image_id,
    "filter_spec": lambda demo: "original",
    "document_id": lambda demo: demo.document_id,
    "doc_id": lambda demo: demo.document_id,
    "uploaded_file_id": lambda demo: 0,
    "session_id": lambda demo: 0,
    "translation_id": lambda demo: demo.translation.pk,
    "string_segment_id": lambda demo: demo.string_segment_id,
    "overridable_segment_id": lambda demo: demo.overridable_segment_id,
    "translation_source_id": lambda demo: demo.translation_source_id,
}


def _page_type(parent_page_id: int | None) -> dict:
    arguments = {"content_type_app_name": "portal", "content_type_model_name": "standardpage"}
    if parent_page_id is not None:
        arguments["parent_page_id"] = parent_page_id
    return arguments


class NoArguments(LookupError):
    """A parameter of the route has no value here."""


def route_address(route: Route, language: str | None, demo: Demo) -> str:
    """The route's address in ``language``, its parameters filled from the demo."""
    provider = first_match(route.name, BY_ROUTE)
    if provider is not None:
        arguments = provider(demo, route)
        if isinstance(arguments, str):
            return arguments
        if isinstance(arguments, dict):
            arguments = {k: v for k, v in arguments.items() if k in route.parameters}
    else:
        missing = [name for name in route.parameters if name not in BY_PARAMETER]
        if missing:
            raise NoArguments(f"no value for {', '.join(missing)}")
        arguments = {name: BY_PARAMETER[name](demo) for name in route.parameters}
    return route.address(arguments, language)
