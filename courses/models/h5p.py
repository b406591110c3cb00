"""H5P activities, the libraries that run them, and what learners did with them.

A package uploaded by an editor is unpacked into the ``h5p`` storage: its content under
``content/<uuid>/`` and each library once under ``libraries/<machineName>-<major>.<minor>/``,
shared by every activity that needs it. Learner records are keyed by UUIDs, never by rows
that an editor may delete.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import PreviewableMixin


class H5PLibrary(models.Model):
    """One installed H5P library version, stored once and shared between activities."""

    machine_name = models.CharField(_("machine name"), max_length=127)
    major_version = models.PositiveSmallIntegerField(_("major version"))
    minor_version = models.PositiveSmallIntegerField(_("minor version"))
    patch_version = models.PositiveSmallIntegerField(_("patch version"))
    title = models.CharField(_("title"), max_length=255)
    runnable = models.BooleanField(_("runnable"), default=False)
    definition = models.JSONField(_("library.json"))
    dependencies = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="dependents"
    )
    installed_at = models.DateTimeField(_("installed"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "major_version", "minor_version"]
        permissions = [("install_h5plibrary", _("Can install and upgrade H5P libraries"))]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major_version", "minor_version"],
                name="h5p_library_version_once",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.version})"

    @property
    def version(self) -> str:
        return f"{self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def folder_name(self) -> str:
        """The folder H5P expects: machine name and major.minor version, no patch."""
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"

    @property
    def storage_path(self) -> str:
        """Each patch version gets its own folder, so an upgrade never half-replaces files
        that learners are loading: the row switches to the new folder once it is complete."""
        return f"libraries/{self.folder_name}.{self.patch_version}"


class H5PActivityQuerySet(models.QuerySet):
    def versions_of(self, original_ids) -> "H5PActivityQuerySet":
        """The given original activities and their versions in every language."""
        return self.filter(
            models.Q(pk__in=original_ids) | models.Q(translation_of__in=original_ids)
        )


class H5PActivity(PreviewableMixin, models.Model):
    """An uploaded H5P package, ready to be placed in any lesson.

    ``translation_of`` links a version of the same activity in another language: a lesson
    plays the version in the reader's language when there is one.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255)
    language = models.CharField(
        _("language"),
        max_length=20,
        help_text=_("The language of the activity's text, as given in its package."),
    )
    main_library = models.ForeignKey(
        H5PLibrary,
        on_delete=models.PROTECT,
        related_name="activities",
        verbose_name=_("main library"),
    )
    libraries = models.ManyToManyField(H5PLibrary, related_name="+", blank=True)
    package = models.JSONField(_("h5p.json"))
    size = models.PositiveIntegerField(_("unpacked size (bytes)"), default=0)
    translation_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="translations",
        verbose_name=_("translation of"),
        help_text=_("The activity this one translates. Lessons play the reader's language."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = H5PActivityQuerySet.as_manager()

    class Meta:
        verbose_name = _("H5P activity")
        verbose_name_plural = _("H5P activities")
        ordering = ["title", "pk"]

    def __str__(self):
        return self.title

    @property
    def storage_path(self) -> str:
        return f"content/{self.uuid}"

    @property
    def original(self) -> "H5PActivity":
        """The activity learners' results are kept under, whatever language they played."""
        return self.translation_of or self

    @property
    def original_id_or_self(self) -> int:
        return self.translation_of_id or self.pk

    @property
    def embed_types(self) -> list[str]:
        return list(self.package.get("embedTypes") or ["iframe"])

    def get_player_url(self) -> str:
        return reverse("h5p_player", args=[self.uuid])

    def get_preview_template(self, request, mode_name):
        return "courses/h5p/activity_preview.html"


class H5PResult(models.Model):
    """One learner's results on one H5P activity within one lesson, kept from xAPI."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_results"
    )
    lesson_key = models.UUIDField(_("lesson"))
    activity_key = models.UUIDField(_("activity"))
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_score = models.PositiveSmallIntegerField(_("last score (%)"), null=True, blank=True)
    best_score = models.PositiveSmallIntegerField(_("best score (%)"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    passed_at = models.DateTimeField(_("passed"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("H5P result")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key", "activity_key"], name="h5p_result_once"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.activity_key}"


class H5PUserState(models.Model):
    """Where a learner stopped inside an activity, saved by the player and given back."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_states"
    )
    activity_key = models.UUIDField(_("activity"))
    data_type = models.CharField(max_length=64)
    sub_content_id = models.CharField(max_length=64, default="0")
    data = models.TextField()
    preload = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("H5P saved state")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "activity_key", "data_type", "sub_content_id"],
                name="h5p_state_once",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.activity_key} · {self.data_type}"


class XAPIStatement(models.Model):
    """An xAPI statement as received and stored, and whether it counted towards progress."""

    id = models.UUIDField(primary_key=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="xapi_statements"
    )
    verb = models.CharField(_("verb"), max_length=255)
    object_iri = models.CharField(_("object"), max_length=2048)
    activity = models.ForeignKey(
        H5PActivity, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    statement = models.JSONField()
    stored_at = models.DateTimeField(_("stored"))
    counted = models.BooleanField(_("counted towards progress"), default=False)
    not_counted_reason = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name = _("xAPI statement")
        ordering = ["-stored_at"]
        indexes = [models.Index(fields=["user", "stored_at"])]

    def __str__(self):
        return f"{self.user} · {self.verb} · {self.object_iri}"
