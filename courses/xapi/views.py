"""The xAPI statement resource, ``/xapi/statements``: write statements, read one back.

The H5P player posts from a lesson with the learner's session (and its CSRF token); an
outside tool signs in with HTTP Basic, e-mail address and password. Every answer is JSON,
carries the xAPI version, and explains a refusal in ``{"error": ...}``.

Basic sign-in goes through allauth, as the sign-in form does: the same limits on failed
attempts, and, when e-mail verification is mandatory, a verified address.
"""

import base64
import binascii
import copy
import json
import math
import re

from django.core.exceptions import PermissionDenied, RequestDataTooBig, ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from allauth.account import app_settings as account_settings
from allauth.account.adapter import get_adapter
from allauth.account.utils import has_verified_email
from allauth.core.internal.ratelimit import parse_rates

from courses.models import XAPIStatement
from courses.services.xapi import (
    XAPI_VERSION,
    StatementConflict,
    StatementForbidden,
    statements_record,
)
from courses.xapi.statements import StatementInvalid, uuid_from_text
from portal.models import User

MAX_BODY_BYTES = 1024 * 1024
ALLOWED_METHODS = ("GET", "HEAD", "POST", "PUT")
_VERSION_HEADER = re.compile(r"1\.0(\.\d+)?")
# Checks the CSRF token of session requests only: Basic credentials cannot be sent by
# another site on the learner's behalf, so those requests need none.
_csrf = CsrfViewMiddleware(lambda request: HttpResponse())


def _error(reason: str, status: int) -> JsonResponse:
    return JsonResponse({"error": reason}, status=status)


@csrf_exempt
def statements_view(request: HttpRequest) -> HttpResponse:
    response = _statements(request)
    response["X-Experience-API-Version"] = XAPI_VERSION
    return response


def _statements(request: HttpRequest) -> HttpResponse:
    if request.method not in ALLOWED_METHODS:
        response = _error(f"{request.method} is not supported here", 405)
        response["Allow"] = ", ".join(ALLOWED_METHODS)
        return response
    version = request.headers.get("X-Experience-API-Version", "")
    if not _VERSION_HEADER.fullmatch(version.strip()):
        return _error("send the X-Experience-API-Version header, with version 1.0.3", 400)
    body = b""
    if request.method in {"POST", "PUT"}:
        # Only JSON: then nothing parses the body as a form, and no other site's form can
        # send it.
        if (request.content_type or "").lower() != "application/json":
            return _error("send statements as JSON, with Content-Type: application/json", 400)
        body, refusal = _body(request)
        if refusal is not None:
            return refusal
    user, refusal = _requester(request)
    if refusal is not None:
        return refusal
    if request.method in {"GET", "HEAD"}:
        return _read(request, user)
    return _write(request, user, body)


def _body(request: HttpRequest) -> tuple[bytes, HttpResponse | None]:
    too_large = _error(f"the body is larger than {MAX_BODY_BYTES} bytes", 413)
    try:
        if int(request.headers.get("Content-Length") or 0) > MAX_BODY_BYTES:
            return b"", too_large
        body = request.body
    except ValueError:
        return b"", _error("Content-Length must be a number of bytes", 400)
    except RequestDataTooBig:
        return b"", too_large
    return (b"", too_large) if len(body) > MAX_BODY_BYTES else (body, None)


def _requester(request: HttpRequest) -> tuple[User | None, HttpResponse | None]:
    """The user making the request, or the response refusing it."""
    header = request.headers.get("Authorization")
    if header is not None:
        return _basic_user(request, header)
    if not request.user.is_authenticated:
        return None, _unauthorized("sign in, or send HTTP Basic credentials")
    if _csrf.process_view(request, None, (), {}) is not None:
        return None, _error("CSRF verification failed: send the X-CSRFToken header", 403)
    return request.user, None


def _basic_user(request: HttpRequest, header: str) -> tuple[User | None, HttpResponse | None]:
    wrong = _unauthorized("the e-mail address or password is wrong")
    credentials = _basic_credentials(header)
    if credentials is None:
        return None, wrong
    email, password = credentials
    try:
        user = get_adapter(request).authenticate(
            _counted_attempt(request), email=email, password=password
        )
    except ValidationError:  # too many failed attempts for this address or from this place
        return None, _too_many_attempts()
    except PermissionDenied:  # no client address to count the attempts against
        return None, _error("the client's address is unknown: sign-in refused", 403)
    if user is None:
        return None, wrong
    if account_settings.EMAIL_VERIFICATION == (
        account_settings.EmailVerificationMethod.MANDATORY
    ) and not has_verified_email(user, email):
        reason = "confirm your e-mail address (see the message sent to it) before signing in"
        return None, _error(reason, 403)
    return user, None


def _basic_credentials(header: str) -> tuple[str, str] | None:
    scheme, _space, credentials = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(credentials.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    email, colon, password = decoded.partition(":")
    if not colon or not email or not password:
        return None
    return email, password


def _counted_attempt(request: HttpRequest) -> HttpRequest:
    """The request as allauth's failed sign-in limits count it.

    They leave GET requests alone, the sign-in form being posted; here a GET carries
    credentials just as well, so it is counted as a POST would be.
    """
    if request.method == "POST":
        return request
    attempt = copy.copy(request)
    attempt.method = "POST"
    return attempt


def _too_many_attempts() -> JsonResponse:
    response = _error("too many failed sign-in attempts: try again later", 429)
    # The longest period the limits count failures over: by then, all have expired.
    rates = parse_rates(account_settings.RATE_LIMITS.get("login_failed"))
    if rates:
        response["Retry-After"] = str(math.ceil(max(rate.duration for rate in rates)))
    return response


def _unauthorized(reason: str) -> JsonResponse:
    response = _error(reason, 401)
    response["WWW-Authenticate"] = 'Basic realm="xAPI"'
    return response


def _read(request: HttpRequest, user: User) -> HttpResponse:
    if "statementId" not in request.GET:
        return _error("this endpoint answers GET requests by statementId only", 400)
    statement_id = uuid_from_text(request.GET["statementId"])
    if statement_id is None:
        return _error("statementId must be a UUID", 400)
    rows = XAPIStatement.objects.filter(pk=statement_id)
    if not user.is_superuser:
        rows = rows.filter(user=user)  # learners read their own statements only
    row = rows.first()
    if row is None:
        return _error("no statement with this id", 404)
    response = JsonResponse(row.statement)
    response["X-Experience-API-Consistent-Through"] = timezone.now().isoformat()
    return response


def _write(request: HttpRequest, user: User, body: bytes) -> HttpResponse:
    try:
        data = _parse_json(body)
        if request.method == "PUT":
            return _put(request, user, data)
        statements = data if isinstance(data, list) else [data]
        rows = statements_record(user=user, statements=statements)
    except StatementInvalid as error:
        return _error(error.reason, 400)
    except StatementForbidden as error:
        return _error(error.reason, 403)
    except StatementConflict as error:
        return _error(error.reason, 409)
    return JsonResponse([str(row.pk) for row in rows], safe=False)


def _put(request: HttpRequest, user: User, data) -> HttpResponse:
    statement_id = uuid_from_text(request.GET.get("statementId"))
    if statement_id is None:
        return _error("PUT needs a statementId parameter holding a UUID", 400)
    if not isinstance(data, dict):
        return _error("PUT takes one statement, as a JSON object", 400)
    if "id" in data and uuid_from_text(data["id"]) != statement_id:
        return _error("the statement's id differs from statementId", 400)
    statements_record(user=user, statements=[{**data, "id": str(statement_id)}])
    return HttpResponse(status=204, content_type="application/json")


def _reject_constant(name: str):
    raise StatementInvalid(f"the body is not valid JSON: {name} is not a number")


def _parse_json(body: bytes):
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except StatementInvalid:
        raise
    except UnicodeDecodeError as error:
        raise StatementInvalid("the body is not UTF-8 text") from error
    except json.JSONDecodeError as error:
        raise StatementInvalid(f"the body is not valid JSON: {error.msg}") from error
    except (ValueError, RecursionError) as error:  # digits past Python's limit, deep nesting
        raise StatementInvalid("the body is not JSON this endpoint can read") from error
