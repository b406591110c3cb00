from django.urls import path

from practices import views

urlpatterns = [
    path("p/<int:pk>/", views.case_study_permalink, name="case_study_permalink"),
    path("data/case-studies.json", views.catalogue_json, name="case_studies_json"),
    path("data/case-studies.csv", views.catalogue_csv, name="case_studies_csv"),
]
