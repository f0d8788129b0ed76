import pytest

from pipeline.language import SUPPORTED_LANGUAGES, detect_languages

EXAMPLES = [
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
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_detect_languages_examples(text, expected):
    assert detect_languages([text]) == [expected]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_detect_languages_low_accuracy_agrees_on_examples(text, expected):
    assert detect_languages([text, text], low_accuracy=True) == [expected, expected]


def test_detect_languages_only_returns_supported_codes():
    result = detect_languages(
        ["Это объявление на русском языке, совсем другое", "日本語の広告です"]
    )
    assert all(code is None or code in SUPPORTED_LANGUAGES for code in result)


@pytest.mark.slow
def test_detect_languages_on_synthetic_ads_in_every_language():
    from pipeline.normalise import ad_text
    from pipeline.synth import LANGUAGES, generate

    pairs = [
        (ad_text(record["title"], record["body"]), language)
        for language in LANGUAGES
        for record, _ in generate(200, seed=21, languages=(language,))
    ]
    texts, truth = [text for text, _ in pairs], [language for _, language in pairs]
    full, low = detect_languages(texts), detect_languages(texts, low_accuracy=True)
    assert sum(a == b for a, b in zip(full, truth, strict=True)) / len(texts) >= 0.995
    assert sum(a == b for a, b in zip(low, full, strict=True)) / len(texts) >= 0.99


def test_confident_fasttext_answers_without_lingua(monkeypatch):
    import pipeline.language as language

    def no_lingua(texts, low_accuracy):
        raise AssertionError(f"lingua asked about {texts}")

    monkeypatch.setattr(language, "_lingua", no_lingua)
    text = "Hotel en Valencia busca camarero con experiencia para la temporada de verano"
    assert detect_languages([text]) == ["es"]


def test_lingua_decides_what_fasttext_is_unsure_of(monkeypatch):
    import pipeline.language as language

    asked = []

    def lingua(texts, low_accuracy):
        asked.extend(texts)
        return ["pl"] * len(texts)

    monkeypatch.setattr(language, "FAST_CONFIDENCE", 1.01)  # never confident
    monkeypatch.setattr(language, "_lingua", lingua)
    texts = ["Rower miejski w dobrym stanie", "call 702 555"]
    assert detect_languages(texts) == ["pl", None]
    assert asked == ["Rower miejski w dobrym stanie"]  # too few letters: nobody is asked


def test_unsupported_languages_go_to_lingua(monkeypatch):
    import pipeline.language as language

    asked = []
    monkeypatch.setattr(language, "_lingua", lambda texts, low: asked.extend(texts) or [None])
    text = "Vendo bicicleta em bom estado, entrega em mão no centro de Lisboa"  # Portuguese
    assert detect_languages([text]) == [None]
    assert asked == [text]


def test_detect_languages_on_a_few_synthetic_ads_in_every_language():
    from pipeline.normalise import ad_text
    from pipeline.synth import LANGUAGES, generate

    pairs = [
        (ad_text(record["title"], record["body"]), language)
        for language in LANGUAGES
        for record, _ in generate(40, seed=3, languages=(language,))
    ]
    detected = detect_languages([text for text, _ in pairs])
    assert detected == [language for _, language in pairs]


def test_released_models_load_again_when_needed():
    from pipeline.language import release_language_models

    text = "Cautam fete tinere pentru lucru in strainatate, fara experienta"
    before = detect_languages([text, "call 702 555"])
    release_language_models()
    assert detect_languages([text, "call 702 555"]) == before == ["ro", None]
