import pytest

from pipeline.language import SUPPORTED_LANGUAGES, detect_languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bright double room in a quiet flat share, close to the tube", "en"),
        ("Kinésithérapeute diplômée, massage thérapeutique en cabinet", "fr"),
        ("Helles Zimmer in netter WG, ruhige Lage, Besichtigung jederzeit", "de"),
        ("Hotel en Valencia busca camarero con experiencia", "es"),
        ("Monolocale arredato in zona centrale, disponibile da subito", "it"),
        ("Cautam fete tinere pentru lucru in strainatate, fara experienta", "ro"),
        ("Logistiek bedrijf zoekt magazijnmedewerkers met ervaring", "nl"),
        ("Rower miejski w dobrym stanie, odbiór osobisty w Gdańsku", "pl"),
        ("call 702 555", None),
        ("", None),
    ],
)
def test_detect_languages_examples(text, expected):
    assert detect_languages([text]) == [expected]


def test_detect_languages_only_returns_supported_codes():
    result = detect_languages(
        ["Это объявление на русском языке, совсем другое", "日本語の広告です"]
    )
    assert all(code is None or code in SUPPORTED_LANGUAGES for code in result)
