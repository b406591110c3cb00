from django import forms
from django.contrib.auth import get_user_model
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.models import Locale

from courses.models import Cohort, CoursePage
from courses.services.cohorts import cohort_members_set

REFLECTION_MAX_LENGTH = 5000


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your answer"), required=False, max_length=REFLECTION_MAX_LENGTH, strip=True
    )


class TimeSpentForm(forms.Form):
    seconds = forms.IntegerField(min_value=1, max_value=24 * 60 * 60)


class EmailListField(forms.CharField):
    """E-mail addresses of existing accounts, one per line; returns the users."""

    widget = forms.Textarea(attrs={"rows": 6})

    def clean(self, value):
        value = super().clean(value)
        emails = []
        for line in value.replace(",", "\n").splitlines():
            email = line.strip().lower()
            if email and email not in emails:
                forms.EmailField().clean(email)
                emails.append(email)
        users = list(
            get_user_model()
            .objects.annotate(email_lower=Lower("email"))
            .filter(email_lower__in=emails, is_active=True)
        )
        known = {user.email.lower() for user in users}
        unknown = [email for email in emails if email not in known]
        if unknown:
            raise forms.ValidationError(
                ngettext(
                    "No account uses this address: %(emails)s. Ask the person to sign up first.",
                    "No account uses these addresses: %(emails)s. Ask them to sign up first.",
                    len(unknown),
                ),
                params={"emails": ", ".join(unknown)},
            )
        return users


class CohortForm(forms.ModelForm):
    """A tutor's cohort. Trainees and co-tutors are named by the e-mail of their account;
    trainees are invited and join only if they accept."""

    courses = forms.ModelMultipleChoiceField(
        queryset=CoursePage.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Courses"),
    )
    trainee_emails = EmailListField(
        label=_("Trainees"),
        required=False,
        help_text=_(
            "The e-mail address of each trainee's account, one per line. Each new trainee "
            "is invited by e-mail and joins the cohort only if they accept: until then you "
            "do not see their progress."
        ),
    )
    tutor_emails = EmailListField(
        label=_("Other tutors"),
        required=False,
        help_text=_("Tutors who follow the cohort with you, one address per line."),
    )

    class Meta:
        model = Cohort
        fields = ["name", "grouping", "courses", "inactivity_days", "failed_attempts_limit"]

    def __init__(self, *args, tutor, **kwargs):
        super().__init__(*args, **kwargs)
        self.tutor = tutor
        courses = CoursePage.objects.live().filter(locale=Locale.get_active()).order_by("path")
        self.fields["courses"].queryset = courses
        if self.instance.pk:
            keys = {course.translation_key for course in self.instance.courses.all()}
            self.initial["courses"] = [c.pk for c in courses if c.translation_key in keys]
            # Those invited who have not answered yet stay listed: removing them withdraws
            # the invitation.
            members = self.instance.trainees.values_list("email", flat=True)
            invited = self.instance.invitations.values_list("user__email", flat=True)
            self.initial["trainee_emails"] = "\n".join(sorted([*members, *invited]))
            self.initial["tutor_emails"] = "\n".join(
                self.instance.tutors.exclude(pk=tutor.pk)
                .order_by("email")
                .values_list("email", flat=True)
            )

    def save(self, commit=True):
        cohort = super().save(commit=True)
        self.invitations = cohort_members_set(
            cohort=cohort,
            trainees=self.cleaned_data["trainee_emails"],
            tutors=[self.tutor, *self.cleaned_data["tutor_emails"]],
            changed_by=self.tutor,
        )
        return cohort
