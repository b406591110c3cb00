"""The xAPI statement resource: version header, sign-in, writing, reading back, refusals."""

import base64
import hashlib
import json
import uuid

from django.conf import settings
from django.core.cache import cache
from django.test import Client, RequestFactory

import pytest
from allauth.account.models import EmailAddress

from courses.factories import LearnerFactory
from courses.models import XAPIStatement
from courses.xapi.views import statements_view
from tests.courses.xapi.helpers import compound, h5p_activity, scored, statement

pytestmark = pytest.mark.django_db

URL = "/xapi/statements"
VERSION = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}
PASSWORD = "tutorat-à-distance-42"


@pytest.fixture
def learner():
    user = LearnerFactory()
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def activity():
    return h5p_activity()


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def basic(email: str, password: str = PASSWORD) -> dict:
    token = base64.b64encode(f"{email}:{password}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {token}"}


def post(client, data, **headers):
    body = data if isinstance(data, str | bytes) else json.dumps(data)
    return client.post(URL, body, content_type="application/json", **{**VERSION, **headers})


def put(client, data, statement_id, **headers):
    query = f"?statementId={statement_id}" if statement_id else ""
    body = data if isinstance(data, str) else json.dumps(data)
    return client.put(f"{URL}{query}", body, content_type="application/json", **VERSION, **headers)


def get(client, statement_id=None, **headers):
    query = {"statementId": str(statement_id)} if statement_id else {}
    return client.get(URL, query, **{**VERSION, **headers})


def error_of(response) -> str:
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)["error"]


# Protocol


def test_the_route():
    from django.urls import reverse

    assert reverse("xapi_statements") == URL


@pytest.mark.parametrize("version", [None, "", "0.95", "2.0.0", "1.1.0", "1.0.3-beta"])
def test_a_request_without_a_1_0_version_header_is_refused(signed_in, learner, activity, version):
    headers = {} if version is None else {"HTTP_X_EXPERIENCE_API_VERSION": version}
    response = signed_in.post(
        URL, json.dumps(statement(learner, activity)), content_type="application/json", **headers
    )
    assert response.status_code == 400
    assert "X-Experience-API-Version" in error_of(response)
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert not XAPIStatement.objects.exists()


@pytest.mark.parametrize("version", ["1.0", "1.0.0", "1.0.3"])
def test_any_1_0_version_is_accepted(signed_in, learner, activity, version):
    response = signed_in.post(
        URL,
        json.dumps(statement(learner, activity)),
        content_type="application/json",
        HTTP_X_EXPERIENCE_API_VERSION=version,
    )
    assert response.status_code == 200


def test_every_answer_carries_the_version(client, signed_in, learner, activity):
    answers = [
        post(signed_in, statement(learner, activity)),
        get(signed_in),
        signed_in.delete(URL, **VERSION),
        Client().get(URL, {"statementId": str(uuid.uuid4())}, **VERSION),
    ]
    assert [answer.status_code for answer in answers] == [200, 400, 405, 401]
    for answer in answers:
        assert answer["X-Experience-API-Version"] == "1.0.3"
        assert answer["Content-Type"] == "application/json"


@pytest.mark.parametrize("method", ["delete", "patch", "options"])
def test_other_methods_are_not_allowed(signed_in, method):
    response = getattr(signed_in, method)(URL, **VERSION)
    assert response.status_code == 405
    assert "GET" in response["Allow"] and "PUT" in response["Allow"]


# Writing


def test_post_stores_a_statement_and_returns_its_new_id(signed_in, learner, activity):
    response = post(signed_in, statement(learner, activity))

    assert response.status_code == 200
    [statement_id] = response.json()
    row = XAPIStatement.objects.get(pk=statement_id)
    assert row.user == learner
    assert row.verb == "http://adlnet.gov/expapi/verbs/answered"
    assert row.object_iri == f"http://testserver/h5p/activities/{activity.uuid}"
    stored = row.statement
    assert stored["id"] == statement_id
    assert stored["version"] == "1.0.3"
    assert stored["timestamp"] == stored["stored"]
    assert stored["authority"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://testserver/", "name": "passerelles"},
    }


def test_h5p_compound_interaction_type_is_accepted(signed_in, learner, activity):
    sent = compound(statement(learner, activity, verb="completed", score=scored(3)))

    response = post(signed_in, sent)

    assert response.status_code == 200, response.content
    [statement_id] = response.json()
    stored = XAPIStatement.objects.get(pk=statement_id).statement
    assert stored["object"]["definition"]["interactionType"] == "compound"


def test_post_keeps_the_id_and_timestamp_sent(signed_in, learner, activity):
    statement_id = str(uuid.uuid4())
    sent = {
        **statement(learner, activity),
        "id": statement_id.upper(),
        "timestamp": "2025-03-01T09:30:00+01:00",
    }
    response = post(signed_in, sent)

    assert response.json() == [statement_id]
    assert XAPIStatement.objects.get(pk=statement_id).statement["timestamp"] == sent["timestamp"]


def test_post_a_batch_returns_the_ids_in_order(signed_in, learner, activity):
    first = {**statement(learner, activity), "id": str(uuid.uuid4())}
    response = post(signed_in, [first, statement(learner, activity, verb="attempted")])

    ids = response.json()
    assert response.status_code == 200
    assert len(ids) == 2 and ids[0] == first["id"]
    assert XAPIStatement.objects.filter(user=learner).count() == 2


def test_a_batch_holds_at_most_a_hundred_statements(signed_in, learner, activity):
    refused = post(signed_in, [statement(learner, activity, verb="attempted")] * 101)

    assert refused.status_code == 400
    assert error_of(refused) == (
        "a request holds at most 100 statements, not 101: send the others in further requests"
    )
    assert not XAPIStatement.objects.exists()

    accepted = post(signed_in, [statement(learner, activity, verb="attempted")] * 100)

    assert accepted.status_code == 200
    assert XAPIStatement.objects.filter(user=learner).count() == 100


def test_posting_the_same_statement_again_stores_it_once(signed_in, learner, activity):
    sent = {**statement(learner, activity), "id": str(uuid.uuid4())}
    first = post(signed_in, sent)
    # Key order does not matter, nor the properties the store adds.
    again = post(signed_in, {**dict(reversed(sent.items())), "version": "1.0.0"})

    assert first.status_code == again.status_code == 200
    assert again.json() == [sent["id"]]
    assert XAPIStatement.objects.filter(user=learner).count() == 1


def test_a_different_statement_under_a_stored_id_is_a_conflict(signed_in, learner, activity):
    statement_id = str(uuid.uuid4())
    post(signed_in, {**statement(learner, activity), "id": statement_id})

    response = post(signed_in, {**statement(learner, activity, verb="passed"), "id": statement_id})

    assert response.status_code == 409
    assert statement_id in error_of(response)
    assert XAPIStatement.objects.get(pk=statement_id).verb.endswith("/answered")


def test_a_batch_is_stored_whole_or_not_at_all(signed_in, learner, activity):
    statement_id = str(uuid.uuid4())
    post(signed_in, {**statement(learner, activity), "id": statement_id})
    fresh = statement(learner, activity, verb="attempted")
    conflicting = {**statement(learner, activity, verb="passed"), "id": statement_id}
    broken = {**statement(learner, activity), "verb": {"id": "passed"}}

    assert post(signed_in, [fresh, conflicting]).status_code == 409
    response = post(signed_in, [fresh, broken])
    assert response.status_code == 400
    assert error_of(response) == "statement 1: verb.id must be an absolute IRI"
    assert XAPIStatement.objects.filter(user=learner).count() == 1


def test_put_stores_under_the_statement_id(signed_in, learner, activity):
    statement_id = uuid.uuid4()
    response = put(signed_in, statement(learner, activity), statement_id)

    assert response.status_code == 204
    assert response.content == b""
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert XAPIStatement.objects.get(pk=statement_id).statement["id"] == str(statement_id)


def test_put_again_with_the_same_statement_stores_nothing_new(signed_in, learner, activity):
    statement_id = uuid.uuid4()
    sent = {**statement(learner, activity), "id": str(statement_id)}

    assert put(signed_in, sent, statement_id).status_code == 204
    assert put(signed_in, sent, statement_id).status_code == 204
    assert put(
        signed_in, {**sent, "verb": {"id": "http://x.example/v"}}, statement_id
    ).status_code == (409)
    assert XAPIStatement.objects.filter(user=learner).count() == 1


@pytest.mark.parametrize(
    ("query_id", "body_id", "reason"),
    [
        (None, None, "PUT needs a statementId parameter holding a UUID"),
        ("not-a-uuid", None, "PUT needs a statementId parameter holding a UUID"),
        (
            "0b8f4a52-6c1d-4c1e-9a7e-3f0d2b1c4e5a",
            "1b8f4a52-6c1d-4c1e-9a7e-3f0d2b1c4e5a",
            "the statement's id differs from statementId",
        ),
    ],
)
def test_put_needs_a_matching_statement_id(
    signed_in, learner, activity, query_id, body_id, reason
):
    sent = statement(learner, activity)
    if body_id:
        sent["id"] = body_id
    response = put(signed_in, sent, query_id)
    assert response.status_code == 400
    assert error_of(response) == reason


def test_put_takes_one_statement(signed_in, learner, activity):
    response = put(signed_in, [statement(learner, activity)], uuid.uuid4())
    assert response.status_code == 400
    assert error_of(response) == "PUT takes one statement, as a JSON object"


def _valid(learner, activity) -> dict:
    return statement(learner, activity, score={"raw": 1, "max": 2, "scaled": 0.5}, success=True)


def _with(path: str, value):
    """Change or remove (``...``) one property of a valid statement, by a dotted path."""

    def change(sent):
        *parents, last = path.split(".")
        target = sent
        for key in parents:
            target = target.setdefault(key, {})
        if value is ...:
            target.pop(last, None)
        else:
            target[last] = value
        return sent

    return change


MALFORMED = [
    ("not a JSON object", lambda sent: 42, "a statement must be a JSON object"),
    ("unknown property", _with("colour", "blue"), "properties xAPI does not define: colour"),
    ("id not a UUID", _with("id", "12345"), "id must be a UUID"),
    ("id not hyphenated", _with("id", uuid.uuid4().hex), "id must be a UUID"),
    ("no actor", _with("actor", ...), "actor is missing"),
    ("actor not an object", _with("actor", "me"), "actor must be a JSON object"),
    ("actor without identifier", _with("actor.mbox", ...), "actor must have exactly one of"),
    (
        "actor with two identifiers",
        _with("actor.openid", "http://openid.example/me"),
        "actor must have exactly one of",
    ),
    ("mbox without mailto", _with("actor.mbox", "me@example.net"), "actor.mbox must be a mailto"),
    ("actor kind", _with("actor.objectType", "Person"), "actor.objectType must be Agent or Group"),
    ("anonymous group", _with("actor", {"objectType": "Group"}), "must list its members"),
    (
        "bad sha1",
        _with("actor", {"mbox_sha1sum": "xyz"}),
        "actor.mbox_sha1sum must be 40 hexadecimal digits",
    ),
    (
        "account without home page",
        _with("actor", {"account": {"name": "me"}}),
        "actor.account.homePage must be an absolute IRL",
    ),
    ("no verb", _with("verb", ...), "verb is missing"),
    ("verb without id", _with("verb.id", ...), "verb.id is missing"),
    ("verb id not an IRI", _with("verb.id", "answered"), "verb.id must be an absolute IRI"),
    ("verb id with spaces", _with("verb.id", "http://x.example/a b"), "verb.id must be"),
    ("display not a map", _with("verb.display", "answered"), "verb.display must be a JSON object"),
    ("display bad tag", _with("verb.display", {"en US": "x"}), "not a language tag"),
    ("display not text", _with("verb.display", {"en": 3}), "verb.display.en must be a string"),
    ("verb id too long", _with("verb.id", "http://x.example/" + "v" * 300), "longer than 255"),
    ("no object", _with("object", ...), "object is missing"),
    ("object id not an IRI", _with("object.id", "activity 1"), "object.id must be an absolute"),
    ("object kind", _with("object.objectType", "Thing"), "object.objectType must be Activity"),
    (
        "object definition name",
        _with("object.definition.name", ["x"]),
        "object.definition.name must be a JSON object",
    ),
    (
        "interaction type",
        _with("object.definition.interactionType", "quiz"),
        "object.definition.interactionType",
    ),
    ("score text", _with("result.score.raw", "1"), "result.score.raw must be a number"),
    ("score boolean", _with("result.score.scaled", True), "result.score.scaled must be a number"),
    ("score unknown", _with("result.score.percent", 50), "properties xAPI does not define"),
    ("success text", _with("result.success", "yes"), "result.success must be true or false"),
    ("completion number", _with("result.completion", 1), "result.completion must be true or"),
    ("duration words", _with("result.duration", "4 seconds"), "ISO 8601 duration"),
    ("duration empty", _with("result.duration", "PT"), "ISO 8601 duration"),
    ("result not an object", _with("result", [1]), "result must be a JSON object"),
    ("timestamp words", _with("timestamp", "yesterday"), "timestamp must be an ISO 8601"),
    ("timestamp impossible", _with("timestamp", "2025-02-30T10:00:00Z"), "timestamp must be"),
    ("timestamp unknown offset", _with("timestamp", "2025-02-03T10:00:00-00:00"), "-00:00"),
    ("context not an object", _with("context", "x"), "context must be a JSON object"),
    ("registration", _with("context.registration", "abc"), "context.registration must be a UUID"),
    (
        "context activity",
        _with("context.contextActivities.parent", ["x"]),
        "context.contextActivities.parent[0] must be a JSON object",
    ),
    ("extensions keys", _with("context.extensions", {"colour": 1}), "keys must be absolute IRIs"),
    ("attachments not a list", _with("attachments", {}), "attachments must be a list"),
    (
        "attachment without file",
        _with(
            "attachments",
            [
                {
                    "usageType": "http://id.tincanapi.com/attachment/certificate",
                    "display": {"en": "Certificate"},
                    "contentType": "application/pdf",
                    "length": 10,
                    "sha2": "ab",
                }
            ],
        ),
        "attachments[0].fileUrl is missing",
    ),
    ("version", _with("version", "2.0.0"), "version must be 1.0.x"),
    ("NUL character", _with("actor.name", "a\x00b"), "NUL"),
    (
        "deep nesting",
        _with("result.extensions", {"http://x.example/e": json.loads("[" * 40 + "]" * 40)}),
        "nested more than",
    ),
]


@pytest.mark.parametrize(
    ("change", "reason"),
    [pytest.param(change, reason, id=name) for name, change, reason in MALFORMED],
)
def test_a_malformed_statement_is_refused_with_its_reason(
    signed_in, learner, activity, change, reason
):
    sent = change(_valid(learner, activity))

    response = post(signed_in, sent)

    assert response.status_code == 400, response.content
    assert reason in error_of(response)
    assert not XAPIStatement.objects.exists()


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (" ", "the body is not valid JSON"),
        ("{'actor': 1}", "the body is not valid JSON"),
        ('{"result": {"score": {"raw": NaN}}}', "NaN is not a number"),
        ('{"n": 1e999}', "numbers must be finite"),
        ("[" * 100_000 + "]" * 100_000, "the body is not JSON this endpoint can read"),
        ('{"n": ' + "9" * 5000 + "}", "the body is not JSON this endpoint can read"),
        ('{"name": "\\ud800"}', "no lone surrogates"),
        (b"\xff\xfe", "the body is not UTF-8 text"),
        ("[[]]", "a statement must be a JSON object"),
        ('"text"', "a statement must be a JSON object"),
    ],
)
def test_a_body_that_is_not_a_statement_is_refused(signed_in, body, reason):
    response = post(signed_in, body)
    assert response.status_code == 400
    assert reason in error_of(response)


def test_the_same_id_twice_in_a_batch_is_refused(signed_in, learner, activity):
    sent = {**statement(learner, activity), "id": str(uuid.uuid4())}
    response = post(signed_in, [sent, sent])
    assert response.status_code == 400
    assert error_of(response) == "the batch holds the same statement id more than once"


def test_only_json_is_taken(signed_in, learner, activity):
    response = signed_in.post(URL, {"statement": "x"}, **VERSION)
    assert response.status_code == 400
    assert "application/json" in error_of(response)


def test_a_body_over_a_megabyte_is_refused(signed_in, learner, activity):
    sent = statement(learner, activity)
    sent["object"]["definition"]["description"] = {"fr": "x" * (1024 * 1024)}
    response = post(signed_in, sent)
    assert response.status_code == 413
    assert not XAPIStatement.objects.exists()


# Who may write and read


def test_nobody_signed_in_is_asked_for_credentials(client, learner, activity):
    response = post(client, statement(learner, activity))
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Basic realm="xAPI"'


@pytest.mark.parametrize(
    "authorization",
    [
        "wrong password",
        "Basic !!!not-base64",
        "Basic " + base64.b64encode(b"no-colon").decode(),
        "Bearer abc",
    ],
)
def test_wrong_credentials_are_refused(client, learner, activity, authorization):
    header = (
        basic(learner.email, "not the password")
        if authorization == "wrong password"
        else {"HTTP_AUTHORIZATION": authorization}
    )
    response = post(client, statement(learner, activity), **header)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Basic realm="xAPI"'


def test_basic_credentials_need_no_csrf_token(learner, activity):
    client = Client(enforce_csrf_checks=True)
    response = post(client, statement(learner, activity), **basic(learner.email.upper()))

    assert response.status_code == 200
    assert XAPIStatement.objects.filter(user=learner).count() == 1
    assert "_auth_user_id" not in client.session  # no session is opened


@pytest.fixture
def login_limits(settings):
    """Sets allauth's limits on failed sign-ins (off in tests) for the test, from a clean slate."""

    def limit(rates: str):
        settings.ACCOUNT_RATE_LIMITS = {"login_failed": rates}

    cache.clear()
    yield limit
    cache.clear()


def test_failed_basic_sign_ins_are_limited_per_address(login_limits, learner, activity):
    login_limits("100/m/ip,2/5m/key")
    client = Client()
    for _attempt in range(2):
        wrong = post(client, statement(learner, activity), **basic(learner.email, "guess"))
        assert wrong.status_code == 401

    # Even the right password waits now, for this address only.
    limited = post(client, statement(learner, activity), **basic(learner.email.upper()))
    other = LearnerFactory()
    other.set_password(PASSWORD)
    other.save()
    accepted = post(client, statement(other, activity), **basic(other.email))

    assert limited.status_code == 429
    assert error_of(limited) == "too many failed sign-in attempts: try again later"
    assert limited["Retry-After"] == "300"
    assert limited["X-Experience-API-Version"] == "1.0.3"
    assert accepted.status_code == 200
    assert not XAPIStatement.objects.filter(user=learner).exists()


def test_failed_basic_sign_ins_are_limited_per_client(login_limits, learner, activity):
    login_limits("2/m/ip,100/m/key")
    client = Client()
    for _attempt in range(2):
        wrong = post(client, statement(learner, activity), **basic("someone@example.net"))
        assert wrong.status_code == 401

    limited = post(client, statement(learner, activity), **basic(learner.email))

    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    assert not XAPIStatement.objects.exists()


def test_failed_sign_ins_are_counted_on_reads_too(login_limits, learner):
    login_limits("100/m/ip,2/5m/key")
    client = Client()
    for _attempt in range(2):
        assert get(client, uuid.uuid4(), **basic(learner.email, "guess")).status_code == 401

    assert get(client, uuid.uuid4(), **basic(learner.email)).status_code == 429


def test_successful_basic_sign_ins_are_not_limited(login_limits, learner, activity):
    login_limits("2/m/ip,2/5m/key")
    client = Client()
    for _request in range(4):
        response = post(client, statement(learner, activity), **basic(learner.email))
        assert response.status_code == 200


def test_basic_sign_in_needs_a_confirmed_address_when_confirmation_is_mandatory(
    settings, learner, activity
):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    client = Client()
    reason = "confirm your e-mail address (see the message sent to it) before signing in"

    without_address = post(client, statement(learner, activity), **basic(learner.email))
    address = EmailAddress.objects.create(
        user=learner, email=learner.email, primary=True, verified=False
    )
    unconfirmed = post(client, statement(learner, activity), **basic(learner.email))
    # A wrong password says nothing about the address.
    wrong = post(client, statement(learner, activity), **basic(learner.email, "guess"))
    address.verified = True
    address.save()
    confirmed = post(client, statement(learner, activity), **basic(learner.email.upper()))

    assert (without_address.status_code, error_of(without_address)) == (403, reason)
    assert (unconfirmed.status_code, error_of(unconfirmed)) == (403, reason)
    assert (wrong.status_code, error_of(wrong)) == (401, "the e-mail address or password is wrong")
    assert confirmed.status_code == 200
    assert XAPIStatement.objects.filter(user=learner).count() == 1


def test_an_unconfirmed_address_may_sign_in_when_confirmation_is_optional(
    settings, learner, activity
):
    settings.ACCOUNT_EMAIL_VERIFICATION = "optional"
    EmailAddress.objects.create(user=learner, email=learner.email, primary=True, verified=False)

    response = post(Client(), statement(learner, activity), **basic(learner.email))

    assert response.status_code == 200


def test_a_session_needs_its_csrf_token(learner, activity):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    token = "a" * 32
    client.cookies[settings.CSRF_COOKIE_NAME] = token

    refused = post(client, statement(learner, activity))
    accepted = post(client, statement(learner, activity), HTTP_X_CSRFTOKEN=token)

    assert refused.status_code == 403
    assert "CSRF" in error_of(refused)
    assert accepted.status_code == 200
    assert XAPIStatement.objects.filter(user=learner).count() == 1


def test_statements_about_someone_else_are_forbidden(signed_in, learner, activity):
    other = LearnerFactory()
    for sent in [
        statement(other, activity),
        {
            **statement(learner, activity),
            "actor": {"account": {"homePage": "http://x.example", "name": "me"}},
        },
        {
            **statement(learner, activity),
            "actor": {"objectType": "Group", "member": [statement(learner, activity)["actor"]]},
        },
    ]:
        response = post(signed_in, [statement(learner, activity, verb="attempted"), sent])
        assert response.status_code == 403
        assert error_of(response) == "statements can only be recorded about the signed-in learner"
    assert not XAPIStatement.objects.exists()


def test_the_learner_may_be_named_by_address_in_any_case_or_by_its_hash(
    signed_in, learner, activity
):
    digest = hashlib.sha1(f"mailto:{learner.email}".encode()).hexdigest()  # noqa: S324
    by_hash = {**statement(learner, activity), "actor": {"mbox_sha1sum": digest.upper()}}
    by_address = statement(learner, activity)
    by_address["actor"]["mbox"] = f"mailto:{learner.email.upper()}"

    assert post(signed_in, [by_hash, by_address]).status_code == 200


def test_a_learner_reads_back_their_own_statement(signed_in, learner, activity):
    [statement_id] = post(signed_in, statement(learner, activity)).json()

    response = get(signed_in, statement_id)

    assert response.status_code == 200
    assert response.json() == XAPIStatement.objects.get(pk=statement_id).statement
    assert response["X-Experience-API-Consistent-Through"]


def read_through_the_view(user, statement_id):
    """GET by the view alone, past the portal's middleware (see the expected failure below)."""
    request = RequestFactory().get(URL, {"statementId": str(statement_id)}, **VERSION)
    request.user = user
    return statements_view(request)


def test_a_learner_cannot_read_another_learners_statement(signed_in, learner, activity):
    [statement_id] = post(signed_in, statement(learner, activity)).json()

    response = read_through_the_view(LearnerFactory(), statement_id)

    assert response.status_code == 404
    assert error_of(response) == "no statement with this id"
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_an_unknown_statement_is_not_found(learner):
    response = read_through_the_view(learner, uuid.uuid4())
    assert response.status_code == 404


def test_a_404_stays_a_404_through_the_middleware(learner, activity):
    client = Client()
    other = LearnerFactory()
    other.set_password(PASSWORD)
    other.save()
    [statement_id] = post(client, statement(learner, activity), **basic(learner.email)).json()

    response = get(client, statement_id, **basic(other.email))

    assert response.status_code == 404
    assert error_of(response) == "no statement with this id"


def test_a_superuser_reads_any_statement(signed_in, learner, activity):
    [statement_id] = post(signed_in, statement(learner, activity)).json()
    admin = LearnerFactory(is_superuser=True)

    reader = Client()
    reader.force_login(admin)
    assert get(reader, statement_id).status_code == 200


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ({}, "this endpoint answers GET requests by statementId only"),
        ({"verb": "http://adlnet.gov/expapi/verbs/answered"}, "by statementId only"),
        ({"statementId": "42"}, "statementId must be a UUID"),
    ],
)
def test_reading_needs_the_id_of_a_statement(signed_in, query, reason):
    response = signed_in.get(URL, query, **VERSION)
    assert response.status_code == 400
    assert reason in error_of(response)
