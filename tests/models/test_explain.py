import numpy as np
import pytest
from scipy import sparse

from models.explain import _group, contributions, describe, linear_terms, reasons, reasons_per_ad
from pipeline.frame import ads_to_frame


def test_contributions_sum_to_the_calibrated_log_odds(fitted_model, ads, hash_key):
    frame = ads_to_frame(ads, hash_key=hash_key)
    transformed = fitted_model.features.transform(frame)
    rows, names = contributions(fitted_model.classifier, transformed), fitted_model.feature_names
    _, intercept = linear_terms(fitted_model.pipeline.named_steps["classifier"])
    risk = fitted_model.pipeline.predict_proba(frame)[:, 1]
    log_odds = np.log(risk / (1 - risk))
    assert np.allclose(np.asarray(rows.sum(axis=1)).ravel() + intercept, log_odds)
    assert len(names) == rows.shape[1]


def test_reasons_group_embedding_dimensions_and_rank_by_size():
    names = ["embedding__0", "embedding__1", "words__visa", "words__room"]
    row = sparse.csr_matrix(np.array([[0.2, 0.3, 0.4, -0.1]]))
    result = reasons(row, names, top=2)
    assert [(r.feature, round(r.contribution, 3)) for r in result] == [
        ("embedding", 0.5),
        ("words__visa", 0.4),
    ]


@pytest.mark.parametrize("seed", range(5))
def test_reasons_per_ad_rank_each_row_as_one_row_at_a_time(seed):
    """All rows ranked at once give each row's reasons exactly as summing its grouped
    contributions in column order and sorting by size, then name, would."""
    rng = np.random.default_rng(seed)
    names = [*(f"embedding__{i}" for i in range(4)), *(f"words__w{i}" for i in range(12))]
    names += ["contacts__phone_ads", "contacts__email_ads", "templates__template_size"]
    # Few distinct values: ties in size, and groups that sum to zero.
    dense = rng.choice([0.0, 0.0, 0.5, -0.5, 0.25, 1.0, -1.0], size=(40, len(names)))
    rows = sparse.csr_matrix(dense)
    for top in (1, 3, 30):
        got = reasons_per_ad(rows, names, top)
        for r in range(rows.shape[0]):
            grouped: dict[str, float] = {}
            for index, value in zip(rows[r].indices, rows[r].data, strict=True):
                grouped[_group(names[index])] = grouped.get(_group(names[index]), 0.0) + value
            ranked = sorted(grouped.items(), key=lambda item: (-abs(item[1]), item[0]))
            expected = [(name, round(v, 6)) for name, v in ranked if v != 0.0][:top]
            assert [(x.feature, x.contribution) for x in got[r]] == (
                expected or [("baseline", 0.0)]
            )


def test_reasons_never_empty():
    result = reasons(sparse.csr_matrix((1, 3)), ["a", "b", "c"], top=3)
    assert len(result) == 1 and result[0].feature == "baseline"


@pytest.mark.parametrize(
    ("feature", "contribution", "expected"),
    [
        (
            "words__visa paid",
            0.3,
            "wording 'visa paid' is more common in risky ads in the training data",
        ),
        (
            "words__000 emailmask",
            -0.2,
            "wording '### [e-mail]' is more common in other ads in the training data",
        ),
        ("embedding", 0.1, "overall meaning of the text (sentence embedding)"),
        ("contacts", 0.5, "contacts shared with other ads (see linkage)"),
        ("templates", -0.5, "text template shared with other ads (see linkage) (lowers the risk)"),
        ("indicators__youth_language", 0.4, "youth language (validated indicator)"),
        ("indicators__new_in_town", -0.2, "new in town (contested indicator) (lowers the risk)"),
        (
            "indicators__category__recruitment_fees",
            0.1,
            "recruitment fees language (practitioner indicator)",
        ),
        ("indicators__category__youth", 0.1, "youth language (practitioner / validated indicator)"),
        ("indicators__category__trust_language", 0.1, "trust language (validated indicator)"),
        (
            "obscured__contact_effort",
            0.3,
            "contact details written to evade detection (validated indicator)",
        ),
    ],
)
def test_describe_reads_plainly(feature, contribution, expected):
    assert describe(feature, contribution) == expected


def test_reasons_merge_an_indicator_with_its_category():
    names = ["indicators__youth_language", "indicators__category__youth", "words__room"]
    row = sparse.csr_matrix(np.array([[0.5, 0.25, -0.1]]))
    result = reasons(row, names, top=3)
    assert [(r.feature, r.contribution) for r in result] == [
        ("indicators__category__youth", 0.75),
        ("words__room", -0.1),
    ]


def test_reasons_group_the_correlated_reuse_counts():
    names = ["contacts__operator_size", "contacts__any_contact_ads", "templates__template_size"]
    row = sparse.csr_matrix(np.array([[8.5, -8.0, 0.25]]))
    result = reasons(row, names, top=3)
    assert [(r.feature, r.contribution) for r in result] == [("contacts", 0.5), ("templates", 0.25)]
