"""H5P on a storage that is not a disk (object storage in production): files are written,
served and removed through the storage API alone. Django's in-memory storage stands in."""

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.urls import reverse

import pytest

from courses.factories import LearnerFactory
from courses.models import H5PLibrary
from courses.services.h5p import h5p_activity_create, h5p_activity_delete
from tests.courses.h5p.conftest import a_package

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_memory(settings, h5p_storage):
    settings.STORAGES = {
        **settings.STORAGES,
        "h5p": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    yield
    # The disk storage the H5P tests give each test stays empty: nothing went there.
    assert list(h5p_storage.iterdir()) == []


def test_a_package_is_stored_served_and_removed_without_a_disk(
    client, django_capture_on_commit_callbacks
):
    learner = LearnerFactory()
    activity = h5p_activity_create(
        upload=ContentFile(a_package(), name="package.h5p"),
        user=learner,
        may_install_libraries=True,
    )
    storage = storages["h5p"]
    assert storage.exists(f"{activity.storage_path}/content/content.json")

    client.force_login(learner)
    response = client.get(reverse("h5p_content_file", args=[activity.uuid, "h5p.json"]))
    assert response.status_code == 200
    assert b"Capitals" in b"".join(response.streaming_content)
    missing = client.get(reverse("h5p_content_file", args=[activity.uuid, "content/nope.json"]))
    assert missing.status_code == 404

    library = H5PLibrary.objects.get(machine_name="Passerelles.Choice")
    folder = f"{library.machine_name}-{library.major_version}.{library.minor_version}"
    response = client.get(reverse("h5p_library_file", args=[folder, "library.json"]))
    assert response.status_code == 200
    assert b"Passerelles.Choice" in b"".join(response.streaming_content)

    with django_capture_on_commit_callbacks(execute=True):
        h5p_activity_delete(activity=activity)
    assert not storage.exists(f"{activity.storage_path}/h5p.json")
    assert (
        client.get(reverse("h5p_content_file", args=[activity.uuid, "h5p.json"])).status_code
        == 404
    )
