"""Playing H5P: the player page, the package files it loads, and the learner's saved state.

Files come out of the ``h5p`` storage only, through these views: a path is checked and
joined under one activity's or one library's folder, so no request can reach other media
or another user's files. Every response carries its own Content-Security-Policy.
"""

import json
import mimetypes
import re
from uuid import UUID

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.files.storage import storages
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    JsonResponse,
)
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_http_methods, require_safe

from courses.models import H5PActivity, H5PLibrary, H5PUserState

# The one inline script of H5P core: it hands the settings to an activity that plays in
# a frame of its own (embed type "iframe").
H5P_FRAME_SCRIPT_HASH = "'sha256-8CniZYrnO46q7MvZ3m08Wom1HH/ZhyXmm29kBKTV1rk='"
# The player page runs the libraries' scripts; they may load only from this site.
PLAYER_CSP = "; ".join(
    [
        "default-src 'self'",
        f"script-src 'self' {H5P_FRAME_SCRIPT_HASH}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "media-src 'self' blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "frame-ancestors 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ]
)
# Package files are data, never documents: opened on their own (an SVG, say), they run
# nothing and reach nothing.
FILE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"

LIBRARY_FOLDER = re.compile(
    r"(?P<name>[A-Za-z0-9_][A-Za-z0-9_.\-]*)-(?P<major>\d{1,5})\.(?P<minor>\d{1,5})"
)
STATE_KEY = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
MAX_STATE_LENGTH = 64 * 1024
STATE_SAVE_SECONDS = 10


def _file_response(location: str, *, cache: str) -> FileResponse:
    storage = storages["h5p"]
    try:
        file = storage.open(location)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as error:
        raise Http404 from error
    content_type = mimetypes.guess_type(location)[0] or "application/octet-stream"
    response = FileResponse(file, content_type=content_type)
    response["Content-Security-Policy"] = FILE_CSP
    response["Cache-Control"] = cache
    return response


def _checked(path: str) -> str:
    """The path if it names a file inside the folder it is joined to, else 404."""
    parts = path.split("/")
    if "\\" in path or "\x00" in path or any(part in {"", ".", ".."} for part in parts):
        raise Http404
    return path


@require_safe
def library_file_view(request: HttpRequest, folder: str, path: str) -> FileResponse:
    """A library's file. Libraries are program code with no learner data: public."""
    match = LIBRARY_FOLDER.fullmatch(folder)
    if match is None:
        raise Http404
    library = get_object_or_404(
        H5PLibrary,
        machine_name=match["name"],
        major_version=int(match["major"]),
        minor_version=int(match["minor"]),
    )
    # Short caching: an upgrade serves a newer patch from the same address.
    return _file_response(f"{library.storage_path}/{_checked(path)}", cache="public, max-age=3600")


@require_safe
@login_required
def content_file_view(request: HttpRequest, uuid: UUID, path: str) -> FileResponse:
    """A file of one activity's package: its ``h5p.json`` or anything under ``content/``."""
    path = _checked(path)
    if path != "h5p.json" and not path.startswith("content/"):
        raise Http404
    activity = get_object_or_404(H5PActivity, uuid=uuid)
    return _file_response(f"{activity.storage_path}/{path}", cache="private, max-age=3600")


def _player_language(request: HttpRequest) -> str:
    """The lesson's language, passed by the lesson page, when the site offers it."""
    code = request.GET.get("lang", "")
    available = {language for language, _name in settings.LANGUAGES}
    return code if code in available else translation.get_language()


@require_safe
@xframe_options_sameorigin
@login_required
def player_view(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """The activity on a page of its own, framed by lessons and by the admin preview.

    Its address is also the activity's xAPI identifier.
    """
    activity = get_object_or_404(H5PActivity, uuid=uuid)
    language = _player_language(request)
    translation.activate(language)
    # Given to the player up front, by data type, for the activity as a whole ("0").
    states = H5PUserState.objects.filter(
        user=request.user, activity_key=activity.uuid, sub_content_id="0", preload=True
    )
    preloaded = {state.data_type: state.data for state in states}
    # The player appends "/h5p.json", "/content/…" and "/<library>/…" to these prefixes.
    files_url = reverse("h5p_content_file", args=[activity.uuid, "h5p.json"])
    libraries_url = reverse("h5p_library_file", args=["x-1.0", "x"]).removesuffix("/x-1.0/x")
    state_url = reverse("h5p_state", args=[activity.uuid, "T", "S"])
    config = {
        "h5pJsonPath": files_url.removesuffix("/h5p.json"),
        "librariesPath": libraries_url,
        "frameJs": static("h5p-standalone/frame.bundle.js"),
        "frameCss": static("h5p-standalone/styles/h5p.css"),
        "customJs": [static("js/h5p-frame.js")],
        "embedType": "div" if "div" in activity.embed_types else "iframe",
        "xAPIObjectIRI": request.build_absolute_uri(activity.get_player_url()),
        "saveFreq": STATE_SAVE_SECONDS,
        "contentUserData": [preloaded],
        "user": {
            "name": request.user.get_full_name() or request.user.email,
            "mail": request.user.email,
        },
        "ajax": {
            "contentUserDataUrl": state_url.replace("/T/S", "/:dataType/:subContentId"),
        },
        "frame": False,
        "copyright": False,
        "export": False,
        "icon": False,
        "fullScreen": False,
    }
    response = TemplateResponse(
        request,
        "courses/h5p/player.html",
        {
            "activity": activity,
            "config": config,
            "language": language,
            "statements_url": reverse("xapi_statements"),
        },
    )
    response["Content-Security-Policy"] = PLAYER_CSP
    return response


@require_http_methods(["GET", "POST"])
@login_required
def state_view(
    request: HttpRequest, uuid: UUID, data_type: str, sub_content_id: str
) -> JsonResponse:
    """Load or save where the learner stopped, in the shape the H5P player expects.

    The player posts ``data`` (a JSON string, or ``0`` to forget it), ``preload`` and
    ``invalidate``; it reads back ``{"success": true, "data": ...}``.
    """
    if not (STATE_KEY.fullmatch(data_type) and STATE_KEY.fullmatch(sub_content_id)):
        raise Http404
    activity = get_object_or_404(H5PActivity, uuid=uuid)
    lookup = {
        "user": request.user,
        "activity_key": activity.uuid,
        "data_type": data_type,
        "sub_content_id": sub_content_id,
    }
    if request.method == "GET":
        state = H5PUserState.objects.filter(**lookup).first()
        return JsonResponse({"success": True, "data": state.data if state else False})
    data = request.POST.get("data")
    if data is None:
        return JsonResponse({"success": False, "message": "data is missing"}, status=400)
    if data == "0":
        H5PUserState.objects.filter(**lookup).delete()
        return JsonResponse({"success": True})
    if len(data) > MAX_STATE_LENGTH:
        return JsonResponse({"success": False, "message": "state is too large"}, status=413)
    try:
        json.loads(data)
    except ValueError:
        return JsonResponse({"success": False, "message": "state is not JSON"}, status=400)
    H5PUserState.objects.update_or_create(
        **lookup, defaults={"data": data, "preload": request.POST.get("preload") == "1"}
    )
    return JsonResponse({"success": True})
