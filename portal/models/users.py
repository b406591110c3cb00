from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A person with an account: trainer, tutor, editor, moderator or ministry reader.

    Roles are Django groups (see ``portal.roles``), so one person can hold several.
    """

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
