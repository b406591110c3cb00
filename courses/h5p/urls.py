from django.urls import path

from courses.h5p import views

urlpatterns = [
    path("activities/<uuid:uuid>", views.player_view, name="h5p_player"),
    path(
        "activities/<uuid:uuid>/files/<path:path>",
        views.content_file_view,
        name="h5p_content_file",
    ),
    path(
        "activities/<uuid:uuid>/state/<str:data_type>/<str:sub_content_id>",
        views.state_view,
        name="h5p_state",
    ),
    path("libraries/<str:folder>/<path:path>", views.library_file_view, name="h5p_library_file"),
]
