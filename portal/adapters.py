from django.contrib.auth.models import Group

from allauth.account.adapter import DefaultAccountAdapter

from portal.roles import TRAINERS


class AccountAdapter(DefaultAccountAdapter):
    """Everyone who signs up is a trainer (learner); other roles are granted by staff."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            user.groups.add(Group.objects.get(name=TRAINERS))
        return user
