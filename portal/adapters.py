from django.contrib.auth.models import Group
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from portal.accounts import staff_session_mark, user_is_staff
from portal.roles import TRAINERS
from portal.tasks import email_enqueue


class AccountAdapter(DefaultAccountAdapter):
    """Account behaviour specific to the portal."""

    def save_user(self, request, user, form, commit=True):
        """Everyone who signs up is a trainer (learner); other roles are granted by staff."""
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            user.groups.add(Group.objects.get(name=TRAINERS))
        return user

    def login(self, request, user):
        """Log in; a staff member's session gets the short idle timeout at once."""
        super().login(request, user)
        if user_is_staff(user):
            staff_session_mark(request)

    def get_login_redirect_url(self, request):
        """Land on the home page of the language the person was using."""
        return reverse("wagtail_serve", args=[""])

    get_signup_redirect_url = get_login_redirect_url
    get_logout_redirect_url = get_login_redirect_url

    def send_mail(self, template_prefix, email, context):
        """Render the message now, in the visitor's language; send it from the task queue."""
        request = allauth_context.request
        context = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
            **context,
        }
        email_enqueue(self.render_mail(template_prefix, email, context))
