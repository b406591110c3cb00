import base64
import json

import pytest
import rdflib
from pyshacl import validate
from rdflib.namespace import RDF

from courses.credentials.edc import credential_build
from courses.credentials.issuer import issuer_did
from tests.courses.credentials.conftest import certificate_facts

# rdflib's own JSON-LD parser still uses a class it deprecates.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated")

ELM = rdflib.Namespace("http://data.europa.eu/snb/model/elm/")
CRED = rdflib.Namespace("https://www.w3.org/2018/credentials#")


@pytest.fixture(scope="module")
def shapes(elm_dir):
    return rdflib.Graph().parse(elm_dir / "EDC-generic-no-cv.ttl")


@pytest.fixture(scope="module")
def ontology(elm_dir):
    return rdflib.Graph().parse(elm_dir / "ELM.ttl")


@pytest.fixture
def data_graph(jsonld_contexts):
    def parse(document: dict) -> rdflib.Graph:
        local = dict(document)
        local["@context"] = [
            jsonld_contexts[context]["@context"] if isinstance(context, str) else context
            for context in document["@context"]
        ]
        return rdflib.Graph().parse(data=json.dumps(local), format="json-ld")

    return parse


def shacl_results(graph, shapes, ontology) -> tuple[bool, rdflib.Graph, str]:
    conforms, report, text = validate(graph, shacl_graph=shapes, ont_graph=ontology)
    return conforms, report, text


def test_the_official_sample_fails_only_for_what_a_seal_adds(
    elm_dir, data_graph, shapes, ontology
):
    """The harness works: the unsigned sample lacks exactly `issued` and the legal id."""
    sample = json.loads((elm_dir / "Sample-MC-Annex1-unsigned.jsonld").read_text())
    conforms, report, text = shacl_results(data_graph(sample), shapes, ontology)
    assert not conforms
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    # The missing legal identifier is reported on the issuer and, in detail, on itself.
    paths = {str(path) for path in report.objects(None, sh.resultPath)}
    assert paths == {str(CRED.issued), str(CRED.issuer), str(ELM.eidasLegalIdentifier)}, text


@pytest.mark.parametrize("eqf_level", [5, None])
def test_the_credential_conforms_to_the_edc_shapes(data_graph, shapes, ontology, eqf_level):
    facts = certificate_facts(eqf_level=eqf_level)
    graph = data_graph(credential_build(facts))
    conforms, _report, text = shacl_results(graph, shapes, ontology)
    assert conforms, text
    # Not trivially conforming: the graph holds the achievement and its outcomes.
    assert len(list(graph.subjects(RDF.type, ELM.LearningAchievement))) == 1
    assert len(list(graph.subjects(RDF.type, ELM.LearningOutcome))) == 3
    assert len(list(graph.objects(None, ELM.relatedESCOSkill))) == 2
    assert (None, ELM.eidasLegalIdentifier, None) in graph
    specification_type = ELM.Qualification if eqf_level else ELM.LearningAchievementSpecification
    assert len(list(graph.subjects(RDF.type, specification_type))) == 1
    assert len(list(graph.objects(None, ELM.EQFLevel))) == (1 if eqf_level else 0)


def test_the_credential_cites_the_vocabularies_the_full_shapes_name(
    elm_dir, data_graph, shapes, ontology
):
    """The full shapes check each concept's scheme (the vocabularies themselves aside)."""
    full_shapes = rdflib.Graph() + shapes
    full_shapes.parse(elm_dir / "EDC-generic-full.ttl")
    graph = data_graph(credential_build(certificate_facts()))
    conforms, _report, text = shacl_results(graph, full_shapes, ontology)
    assert conforms, text


def test_a_missing_mandatory_part_is_caught(data_graph, shapes, ontology):
    credential = credential_build(certificate_facts())
    del credential["issuer"]["eIDASIdentifier"]
    conforms, _report, _text = shacl_results(data_graph(credential), shapes, ontology)
    assert not conforms


def test_every_language_map_has_both_languages():
    credential = credential_build(certificate_facts())
    achievement = credential["credentialSubject"]["hasClaim"]
    specification = achievement["specifiedBy"]
    for language_map in (
        achievement["title"],
        specification["title"],
        credential["displayParameter"]["title"],
        credential["issuer"]["legalName"],
        *(outcome["title"] for outcome in specification["learningOutcome"]),
    ):
        assert list(language_map) == ["fr", "en"]
    assert specification["title"]["en"] == "Supporting an apprentice with a disability"
    assert specification["volumeOfLearning"] == "PT12H"
    assert specification["eqfLevel"]["id"] == "http://data.europa.eu/snb/eqf/5"
    outcomes = specification["learningOutcome"]
    assert "relatedESCOSkill" in outcomes[0] and "relatedESCOSkill" not in outcomes[1]


def test_the_issuer_is_named_with_its_legal_identifier(settings):
    credential = credential_build(certificate_facts())
    issuer = credential["issuer"]
    assert issuer["id"] == issuer_did()
    assert issuer["eIDASIdentifier"]["notation"] == settings.CREDENTIALS_ISSUER["legal_identifier"]
    assert issuer["eIDASIdentifier"]["spatial"]["id"].endswith("/country/FRA")
    assert issuer["homepage"]["contentURL"] == "http://testserver"
    assert credential["credentialSubject"]["hasClaim"]["awardedBy"]["awardingBody"] == issuer


def test_dates_identifiers_and_display():
    credential = credential_build(certificate_facts())
    assert credential["id"] == "urn:credential:5f0c6b1e-8d2a-4c43-9a57-3b1f2e9d7c10"
    assert credential["issued"] == credential["validFrom"] == "2025-03-14T10:30:00Z"
    assert "expirationDate" not in credential
    display = credential["displayParameter"]
    assert display["primaryLanguage"]["id"].endswith("/language/FRA")
    assert [item["language"]["id"][-3:] for item in display["individualDisplay"]] == [
        "FRA",
        "ENG",
    ]
    image = display["individualDisplay"][0]["displayDetail"]["image"]["content"]
    assert base64.b64decode(image).startswith(b"\x89PNG\r\n\x1a\n")


def test_the_same_facts_give_the_same_document():
    assert credential_build(certificate_facts()) == credential_build(certificate_facts())
    other = credential_build(certificate_facts(identifier="C-2025-0042"))
    assert other["id"].startswith("urn:credential:")
    assert other["identifier"]["notation"] == "C-2025-0042"
