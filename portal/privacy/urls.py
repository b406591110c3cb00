from django.urls import path

from portal.privacy import views

urlpatterns = [
    path("privacy/", views.privacy_notice_view, name="privacy_notice"),
    path("accounts/my-data/", views.my_data_view, name="my_data"),
    path("accounts/my-data/download/", views.my_data_download_view, name="my_data_download"),
    path("accounts/delete/", views.account_delete_view, name="account_delete"),
    path("accounts/delete/done/", views.account_deleted_view, name="account_deleted"),
]
