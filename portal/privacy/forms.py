from django import forms
from django.utils.translation import gettext_lazy as _

from allauth.account.forms import ReauthenticateForm

from portal.privacy.erasure import CertificateFate


class AccountDeleteForm(ReauthenticateForm):
    """The account's password, and what becomes of its certificates when it has any.

    The password is checked by allauth, with its limit on failed attempts.
    """

    certificate_fate = forms.ChoiceField(
        label=_("Your certificates"),
        choices=CertificateFate.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what happens to your certificates."),
            "invalid_choice": _("Choose one of the options shown."),
        },
    )

    field_order = ["certificate_fate", "password"]

    def __init__(self, *args, has_certificates: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not has_certificates:
            # Nothing to choose; withdrawing nothing changes nothing.
            del self.fields["certificate_fate"]

    @property
    def certificate_fate_chosen(self) -> str:
        return self.cleaned_data.get("certificate_fate") or CertificateFate.WITHDRAW
