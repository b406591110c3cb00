from django import forms
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

# A signed certificate is a few kilobytes; anything far larger is not one.
CREDENTIAL_MAX_BYTES = 512 * 1024


class CertificatePreferencesForm(forms.Form):
    learner_name = forms.CharField(
        label=_("Name printed on the certificate"), max_length=150, strip=True
    )
    language = forms.ChoiceField(label=_("Language of the certificate"))

    def __init__(self, *args, languages: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, get_language_info(code)["name_local"].capitalize()) for code in languages
        ]


class CredentialVerifyForm(forms.Form):
    """A credential to check: an uploaded file or pasted text, one of the two."""

    file = forms.FileField(label=_("Credential file"), required=False)
    text = forms.CharField(
        label=_("Or paste the credential"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
        max_length=CREDENTIAL_MAX_BYTES,
    )

    def clean(self):
        data = super().clean()
        upload, text = data.get("file"), (data.get("text") or "").strip()
        if upload and text:
            raise forms.ValidationError(_("Upload a file or paste the text, not both."))
        if not upload and not text:
            raise forms.ValidationError(
                _("Upload a credential file or paste its text to check it.")
            )
        if upload:
            if upload.size > CREDENTIAL_MAX_BYTES:
                raise forms.ValidationError(
                    _("The file is too large to be a certificate (%(size)s KB at most).")
                    % {"size": CREDENTIAL_MAX_BYTES // 1024}
                )
            try:
                text = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                raise forms.ValidationError(
                    _("The file is not text: upload the .json file you downloaded.")
                ) from None
        data["credential"] = text
        return data
