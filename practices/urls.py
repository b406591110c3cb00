from django.urls import path

from practices import views

urlpatterns = [
    path("p/<int:pk>/", views.case_study_permalink, name="case_study_permalink"),
    path("p/<int:pk>/pdf/", views.case_study_pdf, name="case_study_pdf"),
    path("compare/", views.case_studies_compare, name="case_studies_compare"),
    path("data/case-studies.json", views.catalogue_json, name="case_studies_json"),
    path("data/case-studies.csv", views.catalogue_csv, name="case_studies_csv"),
]
