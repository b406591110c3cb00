from django.urls import path

from portal.impact import views

urlpatterns = [
    path("impact/", views.impact_report, name="impact_report"),
    path("impact/data.json", views.impact_data, name="impact_data"),
    path("impact/<slug:table>.csv", views.impact_csv, name="impact_csv"),
]
