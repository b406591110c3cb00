"""The portal's roles, as Django groups with their Wagtail permissions.

This is the single source of truth for who may do what. A migration applies it with
``roles_sync``; when a role changes, change it here and add a migration that calls
``roles_sync`` again.
"""

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Role:
    """What one group may do.

    ``permissions`` are global model permissions, ``page_permissions`` apply to the whole
    page tree and ``collection_permissions`` to every image and document collection.
    All are written ``app_label.codename``.
    """

    name: str
    permissions: tuple[str, ...] = ()
    page_permissions: tuple[str, ...] = ()
    collection_permissions: tuple[str, ...] = ()
    description: str = field(default="", compare=False)


TRAINERS = "Trainers"
TUTORS = "Tutors"
EDITORS = "Editors"
MODERATORS = "Moderators"
MINISTRY_READERS = "Ministry readers"

_PRACTICE_SNIPPETS = ("theme", "targetgroup", "fundingprogramme", "organisation")
_EDITOR_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "portal.add_footertext",
    "portal.change_footertext",
    *(
        f"practices.{action}_{model}"
        for model in _PRACTICE_SNIPPETS
        for action in ("add", "change")
    ),
    "courses.add_h5pactivity",
    "courses.change_h5pactivity",
)
_EDITOR_COLLECTION_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
)

ROLES: tuple[Role, ...] = (
    Role(TRAINERS, description="Learners who take courses. Everyone who signs up joins it."),
    Role(
        TUTORS,
        permissions=("courses.view_cohort", "courses.add_cohort", "courses.change_cohort"),
        description="Follow the progress of the trainees they accompany, in their own cohorts.",
    ),
    Role(
        EDITORS,
        permissions=_EDITOR_PERMISSIONS,
        page_permissions=("wagtailcore.add_page", "wagtailcore.change_page"),
        collection_permissions=_EDITOR_COLLECTION_PERMISSIONS,
        description="Write pages and submit them for moderation; cannot publish.",
    ),
    Role(
        MODERATORS,
        permissions=(
            *_EDITOR_PERMISSIONS,
            "portal.delete_footertext",
            "portal.publish_footertext",
            *(f"practices.delete_{model}" for model in _PRACTICE_SNIPPETS),
            "courses.delete_h5pactivity",
            # Upgrading a library changes every activity that uses it.
            "courses.install_h5plibrary",
            # Certificates are issued and revoked by hand here; never deleted.
            "courses.view_certificate",
            "courses.add_certificate",
            "courses.change_certificate",
            "portal.view_impactreport",
        ),
        page_permissions=(
            "wagtailcore.add_page",
            "wagtailcore.change_page",
            "wagtailcore.publish_page",
            "wagtailcore.bulk_delete_page",
            "wagtailcore.lock_page",
            "wagtailcore.unlock_page",
        ),
        collection_permissions=(
            *_EDITOR_COLLECTION_PERMISSIONS,
            "wagtailimages.delete_image",
            "wagtaildocs.delete_document",
        ),
        description="Review, publish and unpublish what editors write.",
    ),
    Role(
        MINISTRY_READERS,
        permissions=("portal.view_impactreport",),
        description="Read the impact reports and pages restricted to ministries and funders.",
    ),
)


def _permission(apps: Any, dotted: str) -> Any:
    """Fetch a permission, creating it when post_migrate has not run yet (fresh database)."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".")
    model_name = codename.rsplit("_", 1)[1]
    content_type, _ = content_type_model.objects.get_or_create(
        app_label=app_label, model=model_name
    )
    try:
        label = apps.get_model(app_label, model_name)._meta.verbose_name
    except LookupError:  # a permission hung on a content type with no model
        label = model_name
    action = codename.rsplit("_", 1)[0].replace("_", " ")
    permission, _ = permission_model.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": f"Can {action} {label}"}
    )
    return permission


def roles_sync(apps: Any, roles: tuple[Role, ...] = ROLES) -> None:
    """Make each role's group hold exactly the permissions listed for it.

    ``apps`` is an app registry: a migration's historical one, or ``django.apps.apps``.
    Page and collection permissions are managed on the tree roots only, so grants an
    administrator made on a sub-tree are left alone.
    """
    group_model = apps.get_model("auth", "Group")
    page_model = apps.get_model("wagtailcore", "Page")
    collection_model = apps.get_model("wagtailcore", "Collection")
    page_permission_model = apps.get_model("wagtailcore", "GroupPagePermission")
    collection_permission_model = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = page_model.objects.get(depth=1)
    root_collection = collection_model.objects.get(depth=1)

    for role in roles:
        group, _ = group_model.objects.get_or_create(name=role.name)
        group.permissions.set([_permission(apps, p) for p in role.permissions])

        wanted_pages = [_permission(apps, p) for p in role.page_permissions]
        page_permission_model.objects.filter(group=group, page=root_page).exclude(
            permission__in=wanted_pages
        ).delete()
        for permission in wanted_pages:
            page_permission_model.objects.get_or_create(
                group=group, page=root_page, permission=permission
            )

        wanted_collections = [_permission(apps, p) for p in role.collection_permissions]
        collection_permission_model.objects.filter(
            group=group, collection=root_collection
        ).exclude(permission__in=wanted_collections).delete()
        for permission in wanted_collections:
            collection_permission_model.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
