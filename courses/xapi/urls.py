from django.urls import path

from courses.xapi import views

urlpatterns = [
    path("statements", views.statements_view, name="xapi_statements"),
]
