"""What a reuse step's `linked` found for one ad frame, standing in for the fitted step."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class LinkedReuse:
    """The reuse features found for one ad frame. It stands in for the fitted step in a
    scoring pipeline (`transform`) for that frame only; subclasses add what else the step
    found (contact linkage, template ids) and the keys to store."""

    features: pd.DataFrame

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        """The features found for this frame."""
        self._check(X)
        return self.features.set_axis(X.index)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """The feature columns, in order."""
        return np.array(self.features.columns, dtype=object)

    def _check(self, X: pd.DataFrame) -> None:
        if len(X) != len(self.features):
            raise ValueError(
                f"linked for {len(self.features)} ads, asked about {len(X)}: link each frame"
            )
