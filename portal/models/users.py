from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person with an account: trainer, tutor, editor, moderator or ministry reader.

    Roles are Django groups (see ``portal.roles``), so one person can hold several.
    """

    # Text size, line spacing and contrast the person chose (see ``portal.display``).
    display_preferences = models.JSONField(_("display preferences"), default=dict, blank=True)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
