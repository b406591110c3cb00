"""Roles are groups created by migration, with the Wagtail permissions they need."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

import pytest

from portal import roles
from portal.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def user(email):
    return get_user_model().objects.get(email=email)


def test_every_role_has_a_group():
    names = set(Group.objects.values_list("name", flat=True))
    assert {role.name for role in roles.ROLES} <= names


@pytest.mark.parametrize("role", roles.ROLES, ids=lambda r: r.name)
def test_groups_hold_exactly_the_declared_permissions(role):
    group = Group.objects.get(name=role.name)
    held = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
    assert held == set(role.permissions)
    root = Page.get_first_root_node()
    page_perms = {
        f"{p.permission.content_type.app_label}.{p.permission.codename}"
        for p in group.page_permissions.filter(page=root)
    }
    assert page_perms == set(role.page_permissions)


def test_editor_may_edit_but_not_publish():
    page = StandardPage.objects.get(slug="a-propos")
    permissions = page.permissions_for_user(user("editor@example.org"))
    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_moderator_may_publish():
    page = StandardPage.objects.get(slug="a-propos")
    assert page.permissions_for_user(user("moderator@example.org")).can_publish()


@pytest.mark.parametrize("email", ["editor@example.org", "moderator@example.org"])
def test_editorial_roles_reach_the_admin(client, email):
    client.force_login(user(email))
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(
    "email", ["trainer@example.org", "tutor@example.org", "ministry@example.org"]
)
def test_other_roles_are_kept_out_of_the_admin(client, email):
    client.force_login(user(email))
    response = client.get("/admin/")
    assert response.status_code == 302


def test_admin_login_goes_through_the_site_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_roles_sync_removes_permissions_no_longer_declared():
    editors = Group.objects.get(name=roles.EDITORS)
    stray = Permission.objects.get(codename="publish_page")
    GroupPagePermission.objects.create(
        group=editors, page=Page.get_first_root_node(), permission=stray
    )
    editors.permissions.add(Permission.objects.get(codename="delete_footertext"))

    roles.roles_sync(apps)

    assert not editors.page_permissions.filter(permission=stray).exists()
    assert not editors.permissions.filter(codename="delete_footertext").exists()


def test_roles_sync_is_idempotent():
    before = GroupPagePermission.objects.count(), Permission.objects.count()
    roles.roles_sync(apps)
    roles.roles_sync(apps)
    assert (GroupPagePermission.objects.count(), Permission.objects.count()) == before


# Publishing through the admin's own views: editors submit, moderators publish.


def _edit(client, page, **changes):
    """Post the page's edit form, as the admin shows it, with ``changes`` made."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([])}))  # as the stream editor sends it
    return client.post(url, {**data.dict(), **changes})


# Not called `page`: that name is the browser tests' page, and would make these browser tests.
@pytest.fixture
def reviewed_page():
    home = HomePage.objects.get(depth=2, locale__language_code="fr")
    page = StandardPage(title="Avant relecture", slug="avant-relecture")
    home.add_child(instance=page)
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


def test_an_editor_is_offered_submission_not_publishing(client, reviewed_page):
    page = reviewed_page
    client.force_login(user("editor@example.org"))
    form = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'name="action-submit"' in form
    assert 'name="action-publish"' not in form


def test_an_editors_publish_saves_a_draft_and_a_moderator_approves_it(client, reviewed_page):
    page = reviewed_page
    client.force_login(user("editor@example.org"))
    response = _edit(client, page, title="Relue", **{"action-publish": "action-publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert (page.title, page.has_unpublished_changes) == ("Avant relecture", True)
    unpublish = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert unpublish.status_code == 302
    assert StandardPage.objects.get(pk=page.pk).live

    submitted = _edit(client, page, title="Relue", **{"action-submit": "action-submit"})
    assert submitted.status_code == 302
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.title == "Avant relecture"
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    assert client.post(approve, {"comment": ""}).status_code == 302  # to the dashboard
    assert StandardPage.objects.get(pk=page.pk).title == "Avant relecture"

    client.force_login(user("moderator@example.org"))
    assert client.post(approve, {"comment": ""}).status_code == 302
    page.refresh_from_db()
    assert (page.title, page.has_unpublished_changes) == ("Relue", False)


def test_a_moderator_publishes_from_the_edit_form(client, reviewed_page):
    page = reviewed_page
    client.force_login(user("moderator@example.org"))
    response = _edit(client, page, title="Publiée", **{"action-publish": "action-publish"})
    assert response.status_code == 302
    assert StandardPage.objects.get(pk=page.pk).title == "Publiée"
