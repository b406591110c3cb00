"""Roles are groups created by migration, with the Wagtail permissions they need."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Page

import pytest

from portal import roles
from portal.models import StandardPage

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
