"""H5P activities in the admin: editors upload and preview, a rejected package is explained
field by field and stores nothing, and only moderators upgrade libraries."""

import json

from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from courses.demo.h5p.build import choice_library
from courses.models import H5PActivity, H5PLibrary
from courses.services.h5p import h5p_activity_create
from portal.models import User
from tests.courses.h5p.conftest import a_package, h5p_rows, stored

pytestmark = pytest.mark.django_db

ADD_URL = reverse("wagtailsnippets_courses_h5pactivity:add")


def user(email: str) -> User:
    return User.objects.get(email=email)


def upload(client, data: bytes, **fields):
    package = SimpleUploadedFile("activity.h5p", data, content_type="application/zip")
    return client.post(ADD_URL, {"package_file": package, "title": "", **fields})


def test_an_editor_uploads_a_package_made_elsewhere(client, h5p_storage):
    h5p_activity_create(
        upload=ContentFile(a_package(title="Installed")), may_install_libraries=True
    )
    editor = user("editor@example.org")
    client.force_login(editor)
    assert client.get(ADD_URL).status_code == 200

    response = upload(client, a_package(title="Capitals"))

    assert response.status_code == 302
    activity = H5PActivity.objects.get(title="Capitals")
    assert activity.uploaded_by == editor
    assert f"content/{activity.uuid}" in stored(h5p_storage)
    edit_url = reverse("wagtailsnippets_courses_h5pactivity:edit", args=[activity.pk])
    assert client.get(edit_url).status_code == 200
    preview_url = reverse(
        "wagtailsnippets_courses_h5pactivity:preview_on_edit", args=[activity.pk]
    )
    assert client.post(preview_url, {"title": "Capitals"}).json()["is_valid"]
    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert f'src="/h5p/activities/{activity.uuid}"' in preview.content.decode()


def test_a_rejected_package_shows_every_reason_and_stores_nothing(client, h5p_storage):
    client.force_login(user("editor@example.org"))
    broken = a_package(
        extra_files={"h5p.json": b"{not json", "content/run.exe": b"MZ"},
    )
    response = upload(client, broken)

    assert response.status_code == 200
    errors = response.context["form"].errors["package_file"]
    assert any("h5p.json" in error for error in errors)
    assert any("run.exe" in error for error in errors)
    assert h5p_rows() == (0, 0)
    assert stored(h5p_storage) == set()


def test_a_file_that_is_not_a_package_is_refused(client, h5p_storage):
    client.force_login(user("editor@example.org"))
    response = upload(client, b"just some text")
    assert response.status_code == 200
    assert response.context["form"].errors["package_file"]
    assert h5p_rows() == (0, 0)


def patched(patch: int) -> dict:
    library = choice_library()
    definition = json.loads(library["library.json"])
    library["library.json"] = json.dumps({**definition, "patchVersion": patch}).encode()
    return {"Passerelles.Choice-1.0": library}


@pytest.mark.parametrize(
    ("email", "patch"), [("editor@example.org", 0), ("moderator@example.org", 7)]
)
def test_only_those_allowed_upgrade_a_library(client, email, patch):
    client.force_login(user("moderator@example.org"))
    upload(client, a_package(title="First"))
    client.force_login(user(email))
    response = upload(client, a_package(title="Second", libraries=patched(7)))
    assert response.status_code == 302
    assert H5PLibrary.objects.get(machine_name="Passerelles.Choice").patch_version == patch


def test_an_editor_cannot_add_a_library(client, h5p_storage):
    client.force_login(user("editor@example.org"))
    response = upload(client, a_package(title="Capitals"))
    assert response.status_code == 200
    [error] = response.context["form"].errors["package_file"]
    assert "Passerelles.Choice 1.0" in error
    assert h5p_rows() == (0, 0)
    assert stored(h5p_storage) == set()


def test_learners_cannot_reach_the_h5p_admin(client):
    client.force_login(user("trainer@example.org"))
    assert client.get(ADD_URL).status_code == 302


def test_a_translation_is_linked_on_upload(client):
    client.force_login(user("moderator@example.org"))
    upload(client, a_package(title="Capitales", language="fr"))
    french = H5PActivity.objects.get()
    upload(client, a_package(title="Capitals"), translation_of=french.pk)
    assert H5PActivity.objects.get(title="Capitals").translation_of == french


@pytest.mark.parametrize("email", ["editor@example.org", "admin@example.org"])
def test_the_permission_not_the_role_lets_a_library_in(client, h5p_storage, email):
    """An editor granted ``install_h5plibrary`` installs, as a superuser does."""
    person = user(email)
    if not person.is_superuser:
        person.user_permissions.add(Permission.objects.get(codename="install_h5plibrary"))
    client.force_login(person)
    response = upload(client, a_package(title="Capitals"))
    assert response.status_code == 302
    library = H5PLibrary.objects.get(machine_name="Passerelles.Choice")
    assert f"{library.storage_path}/library.json" in stored(h5p_storage)
