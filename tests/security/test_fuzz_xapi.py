"""The xAPI endpoint, fed random and hostile requests by a signed-in learner: every answer is
2xx, or 4xx with a JSON error, never a 500; nothing is stored about anyone else, and no
other learner's statement is read back."""

import base64
import hashlib
import json
import uuid
from urllib.parse import quote

from django.utils import translation

from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from courses.factories import (
    CoursePageFactory,
    LearnerFactory,
    LessonPageFactory,
    ModulePageFactory,
)
from courses.models import XAPIStatement
from courses.services.progress import course_enrol
from courses.services.xapi import statements_record
from courses.xapi.views import MAX_BODY_BYTES
from tests.courses.xapi.helpers import h5p_activity, h5p_body, scored, statement
from tests.security.hostile import (
    HUGE_INTEGERS,
    hostile_text,
    json_values,
    mutated,
    query_string,
)

URL = "/xapi/statements"
VERSION = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}
LEARNER_EMAIL = "fuzz.learner@example.net"
OTHER_EMAIL = "other.learner@example.net"


AGENT = {"mbox": f"mailto:{OTHER_EMAIL}"}
VERB = {"id": "http://adlnet.gov/expapi/verbs/answered"}


def sha1_of(email: str) -> str:
    return hashlib.sha1(f"mailto:{email}".encode(), usedforsecurity=False).hexdigest()


def nested(depth: int) -> list:
    value: list = []
    for _level in range(depth):
        value = [value]
    return value


# Actors other than the learner, and a few ways of naming the learner that are not allowed.
FOREIGN_ACTORS = [
    {"mbox": f"mailto:{OTHER_EMAIL}"},
    {"mbox": f"mailto:{OTHER_EMAIL}", "objectType": "Agent", "name": "Fuzz"},
    {"mbox_sha1sum": sha1_of(OTHER_EMAIL)},
    {"objectType": "Group", "member": [{"mbox": f"mailto:{LEARNER_EMAIL}"}]},
    {"objectType": "Group", "mbox": f"mailto:{LEARNER_EMAIL}"},
    {"account": {"homePage": "http://testserver/", "name": LEARNER_EMAIL}},
    {"openid": f"http://testserver/{LEARNER_EMAIL}"},
    {"mbox": f"mailto:{LEARNER_EMAIL}", "mbox_sha1sum": sha1_of(OTHER_EMAIL)},
    {"mbox": f"mailto:{LEARNER_EMAIL}\x00"},
    {"mbox": f"mailto:{OTHER_EMAIL},{LEARNER_EMAIL}"},
]
HOSTILE_VALUES = st.one_of(
    json_values,
    st.sampled_from(FOREIGN_ACTORS),
    HUGE_INTEGERS,
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e309", "-0", "0x1F", "½"]),
    st.sampled_from([1e308, -1e308, 5e-324, -0.0, 2**53 + 1]),
    st.integers(30, 40).map(nested),
    st.sampled_from(["", "not-a-uuid", str(uuid.UUID(int=0)), "{" + str(uuid.uuid4()) + "}"]),
)
BIG_BODIES = [
    b"[" + b" " * MAX_BODY_BYTES + b"]",  # just over the limit
    b"[" * 100_000 + b"]" * 100_000,  # nesting past Python's recursion limit
    b"1" * 5000,  # digits past Python's limit for int()
]
CONTENT_TYPES = [
    "application/json",
    "APPLICATION/JSON",
    "application/json; charset=utf-8",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=xyz",
    "",
]


def is_the_learner(actor, email: str) -> bool:
    if not isinstance(actor, dict) or actor.get("objectType", "Agent") != "Agent":
        return False
    if "mbox" in actor:
        return actor["mbox"].lower() == f"mailto:{email}".lower()
    return actor.get("mbox_sha1sum", "").lower() == sha1_of(email)


class XAPIFuzzTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.activity = h5p_activity()
        course = CoursePageFactory()
        lesson_parent = ModulePageFactory(parent=course)
        LessonPageFactory(parent=lesson_parent, body=h5p_body(cls.activity))
        cls.learner = LearnerFactory(username="fuzz.learner", email=LEARNER_EMAIL)
        cls.other = LearnerFactory(username="other.learner", email=OTHER_EMAIL)
        for user in (cls.learner, cls.other):
            course_enrol(user=user, course=course)
        [cls.others_row] = statements_record(
            user=cls.other, statements=[statement(cls.other, cls.activity, score=scored(4))]
        )

    def setup_example(self):
        # Each example runs in its own transaction, with its own client.
        super().setup_example()
        self.client.force_login(self.learner)
        self.others_before = self.others_rows()

    def others_rows(self) -> dict:
        rows = XAPIStatement.objects.exclude(user=self.learner)
        return dict(rows.values_list("pk", "statement"))

    def valid(self, **changes) -> dict:
        return statement(self.learner, self.activity, **changes)

    def send(self, method: str, body: bytes, *, query: str = "", **headers):
        with translation.override("en"):
            return getattr(self.client, method)(
                URL, body, QUERY_STRING=query, **{**VERSION, **headers}
            )

    def assert_clean_answer(self, response) -> None:
        """2xx, or 4xx explained in JSON; nothing stored about or for anyone else."""
        assert response.status_code < 500, response.content
        assert response["X-Experience-API-Version"] == "1.0.3"
        if response.status_code >= 400:
            assert response["Content-Type"] == "application/json"
            assert isinstance(json.loads(response.content)["error"], str)
        assert self.others_rows() == self.others_before
        for row in XAPIStatement.objects.filter(user=self.learner):
            assert is_the_learner(row.statement["actor"], self.learner.email), row.statement

    def json_body(self, value) -> bytes:
        return json.dumps(value).encode()

    @given(data=json_values)
    # Lists and objects where a type name is expected.
    @example(data={"actor": {"objectType": []}, "verb": {}, "object": {}})
    @example(data={"actor": AGENT, "verb": VERB, "object": {"objectType": {}}})
    @example(
        data={
            "actor": AGENT,
            "verb": VERB,
            "object": {"id": "http://example.org/a", "definition": {"interactionType": []}},
        }
    )
    def test_random_json(self, data):
        self.assert_clean_answer(
            self.send("post", self.json_body(data), content_type="application/json")
        )

    @given(data=st.data(), batch=st.integers(1, 3))
    def test_mutated_statements(self, data, batch):
        base = self.valid(verb="completed", score=scored(7))
        sent = [data.draw(mutated(base, HOSTILE_VALUES)) for _number in range(batch)]
        body = sent[0] if len(sent) == 1 else sent
        self.assert_clean_answer(
            self.send("post", self.json_body(body), content_type="application/json")
        )

    @given(actor=st.sampled_from(FOREIGN_ACTORS), in_batch=st.booleans())
    def test_statements_about_someone_else_are_refused(self, actor, in_batch):
        foreign = {**self.valid(verb="completed", score=scored(9)), "actor": actor}
        body = [self.valid(), foreign] if in_batch else foreign
        response = self.send("post", self.json_body(body), content_type="application/json")
        assert response.status_code in (400, 403)
        self.assert_clean_answer(response)
        assert not XAPIStatement.objects.filter(user=self.learner).exists()

    @given(
        body=st.binary(max_size=300)
        | st.sampled_from(BIG_BODIES)
        | json_values.map(lambda value: json.dumps(value).encode()[: len(json.dumps(value)) // 2]),
        content_type=st.sampled_from(CONTENT_TYPES),
        method=st.sampled_from(["post", "put"]),
    )
    @example(body=b'{"a": "\xff\xfe"}', content_type="application/json", method="post")
    def test_raw_bodies(self, body, content_type, method):
        self.assert_clean_answer(self.send(method, body, content_type=content_type))

    @given(
        data=st.data(),
        statement_id=st.one_of(
            st.uuids().map(str),
            st.uuids().map(lambda value: str(value).upper()),
            hostile_text,
        ),
    )
    def test_put(self, data, statement_id):
        valid = self.valid()
        sent = data.draw(st.just(valid) | mutated(valid, HOSTILE_VALUES) | json_values)
        response = self.send(
            "put",
            self.json_body(sent),
            query=f"statementId={quote(statement_id, errors='surrogatepass')}",
            content_type="application/json",
        )
        self.assert_clean_answer(response)

    @given(
        query=query_string(
            st.sampled_from(["statementId", "voidedStatementId", "agent", "verb", "limit"]),
            hostile_text | st.uuids().map(str),
        ),
        theirs=st.booleans(),
    )
    def test_get(self, query, theirs):
        if theirs:
            query = f"{query}&statementId={self.others_row.pk}".lstrip("&")
        response = self.send("get", {}, query=query)
        self.assert_clean_answer(response)
        if theirs:
            assert response.status_code in (400, 404)

    @given(
        authorization=hostile_text
        | st.binary(max_size=60).map(lambda raw: "Basic " + base64.b64encode(raw).decode())
        | st.text(max_size=60).map(
            lambda text: (
                "Basic " + base64.b64encode(text.encode("utf-8", "surrogatepass")).decode()
            )
        ),
        version=st.sampled_from(["1.0.3", "1.0", "2.0", "", "1.0.3\x00", "１.０"]),
    )
    def test_headers(self, authorization, version):
        response = self.send(
            "post",
            self.json_body(self.valid()),
            content_type="application/json",
            HTTP_AUTHORIZATION=authorization,
            HTTP_X_EXPERIENCE_API_VERSION=version,
        )
        self.assert_clean_answer(response)
        assert response.status_code != 200 or version.startswith("1.0")
