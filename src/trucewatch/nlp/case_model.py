"""A small learned event-type classifier for CASE-2021 task 2, scored only by k-fold cross-validation.

Features: hashed word unigrams and bigrams, hashed character 4-grams within words, and the label the
hand-written rules (:mod:`trucewatch.nlp.case_rules`) give. Model: multinomial logistic regression with L2,
trained by full-batch gradient descent in numpy (no scikit-learn). Nothing is shipped pre-trained: the
project has no labelled data it may redistribute, so the only honest score is cross-validation on the
labelled file itself — each row is predicted by a model that never saw it.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import zlib
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

from trucewatch.nlp.case_rules import classify_snippet

HASH_BITS = 18
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def features(text: str) -> list[int]:
    """Hashed feature indices of a snippet (duplicates removed; binary features)."""
    lowered = text.lower()
    words = _WORD.findall(lowered)
    grams = [f"w:{word}" for word in words]
    grams += [f"b:{first} {second}" for first, second in itertools.pairwise(words)]
    for word in words:
        padded = f"<{word}>"
        grams += [f"c:{padded[i:i + 4]}" for i in range(max(1, len(padded) - 3))]
    grams.append(f"r:{classify_snippet(text)}")
    mask = (1 << HASH_BITS) - 1
    return sorted({zlib.crc32(gram.encode("utf-8")) & mask for gram in grams})


@dataclass(frozen=True)
class Model:
    labels: tuple[str, ...]
    vocabulary: NDArray[np.int64]  # sorted hashed indices seen in training
    weights: NDArray[np.float64]  # (len(vocabulary), len(labels))
    bias: NDArray[np.float64]

    def predict(self, texts: list[str]) -> list[str]:
        scores = np.tile(self.bias, (len(texts), 1))
        for number, text in enumerate(texts):
            indices = np.array(features(text), dtype=np.int64)
            positions = np.searchsorted(self.vocabulary, indices)
            valid = positions < len(self.vocabulary)
            positions, indices = positions[valid], indices[valid]
            known = positions[self.vocabulary[positions] == indices]
            if len(known):
                scores[number] += self.weights[known].sum(axis=0)
        return [self.labels[int(i)] for i in scores.argmax(axis=1)]


def train(texts: list[str], labels: list[str], *, epochs: int = 200, rate: float = 1.0,
          l2: float = 1e-3) -> Model:
    """Fit the classifier on labelled snippets (deterministic: same data, same model)."""
    names = tuple(sorted(set(labels)))
    target = np.zeros((len(texts), len(names)))
    for number, label in enumerate(labels):
        target[number, names.index(label)] = 1.0
    rows = [features(text) for text in texts]
    hashed = np.array([index for indices in rows for index in indices], dtype=np.int64)
    owner = np.array([number for number, indices in enumerate(rows) for _ in indices], dtype=np.int64)
    vocabulary, flat = np.unique(hashed, return_inverse=True)
    design = sparse.csr_matrix((np.ones(len(flat)), (owner, flat)), shape=(len(texts), len(vocabulary)))
    transposed = design.T.tocsr()
    weights = np.zeros((len(vocabulary), len(names)))
    bias = np.zeros(len(names))
    count = max(len(texts), 1)
    for _ in range(epochs):
        logits = design @ weights + bias
        logits -= logits.max(axis=1, keepdims=True)
        probabilities = np.exp(logits)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        error = (probabilities - target) / count
        weights -= rate * (transposed @ error + l2 * weights)
        bias -= rate * error.sum(axis=0)
    return Model(names, vocabulary, weights, bias)


def fold_of(row_id: str, folds: int) -> int:
    """A stable fold number from a row's id (same file, same folds, whatever the row order)."""
    return int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16) % folds


def cross_validate(ids: list[str], texts: list[str], labels: list[str], folds: int = 5) -> list[str]:
    """Out-of-fold predictions: row i is predicted by a model trained on the other folds only."""
    predicted = [""] * len(texts)
    assignment = [fold_of(row_id, folds) for row_id in ids]
    for fold in range(folds):
        train_rows = [i for i, each in enumerate(assignment) if each != fold]
        test_rows = [i for i, each in enumerate(assignment) if each == fold]
        if not test_rows:
            continue
        if not train_rows:
            for i in test_rows:
                predicted[i] = classify_snippet(texts[i])
            continue
        model = train([texts[i] for i in train_rows], [labels[i] for i in train_rows])
        for i, label in zip(test_rows, model.predict([texts[i] for i in test_rows]), strict=True):
            predicted[i] = label
    return predicted
