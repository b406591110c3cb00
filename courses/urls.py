from django.urls import path

from courses import views

urlpatterns = [
    path("learning/", views.dashboard_view, name="learning_dashboard"),
    path("learning/courses/<int:pk>/enrol/", views.course_enrol_view, name="course_enrol"),
    path("learning/courses/<int:pk>/leave/", views.course_unenrol_view, name="course_unenrol"),
    path(
        "learning/lessons/<int:pk>/complete/",
        views.lesson_complete_view,
        name="lesson_complete",
    ),
    path("learning/lessons/<int:pk>/time/", views.lesson_time_view, name="lesson_time"),
    path(
        "learning/lessons/<int:pk>/reflections/<uuid:block_id>/",
        views.reflection_save_view,
        name="reflection_save",
    ),
    path("learning/cohorts/<int:pk>/leave/", views.cohort_leave_view, name="cohort_leave"),
    path(
        "learning/cohorts/<int:pk>/accept/",
        views.cohort_invitation_accept_view,
        name="cohort_invitation_accept",
    ),
    path(
        "learning/cohorts/<int:pk>/decline/",
        views.cohort_invitation_decline_view,
        name="cohort_invitation_decline",
    ),
    path("tutoring/", views.cohort_list_view, name="cohort_list"),
    path("tutoring/cohorts/new/", views.cohort_create_view, name="cohort_create"),
    path("tutoring/cohorts/<int:pk>/", views.cohort_detail_view, name="cohort_detail"),
    path("tutoring/cohorts/<int:pk>/edit/", views.cohort_update_view, name="cohort_update"),
    path("tutoring/cohorts/<int:pk>/export.csv", views.cohort_export_view, name="cohort_export"),
]
