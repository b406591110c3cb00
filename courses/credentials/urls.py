from django.urls import path

from courses.credentials import views

# Public JSON documents, at addresses that never carry a language.
documents = [
    path(".well-known/did.json", views.did_document_view, name="did_document"),
    path("credentials/issuer", views.issuer_profile_view, name="issuer_profile"),
    path("credentials/status/revocation", views.status_list_view, name="status_list"),
]

pages = [
    path("learning/certificates/", views.certificate_list_view, name="certificate_list"),
    path(
        "learning/certificates/<uuid:pk>/preferences/",
        views.certificate_preferences_view,
        name="certificate_preferences",
    ),
    path(
        "learning/certificates/<uuid:pk>/<str:form>/",
        views.certificate_download_view,
        name="certificate_download",
    ),
    path("verify/", views.credential_verify_view, name="credential_verify"),
    path("verify/<str:identifier>/", views.certificate_verify_view, name="certificate_verify"),
]
