"""Posts and articles read in worker processes: a module-level function over slices of a batch (for posts
:func:`read_slice`, :func:`trucewatch.nlp.posts.read_post_any` over each; for articles
:func:`trucewatch.nlp.files.read_article_slice`), in order, on a pool of processes when there is more than one
worker and the batch is large enough to pay for starting them; otherwise in this process.

The pool is started on the first batch that needs it and kept until :meth:`Readers.close` (a ``with``
block), so that one ingest loads the readers once in each worker, not once a chunk. Workers are started with
``spawn``, a fresh interpreter each, never by forking this process, which may hold a DuckDB connection and
threads (``forkserver`` would save nothing: its server loads no reader, and its socket's path, in the
temporary folder, can be too long for the system). A worker that fails or dies makes the read raise
(``BrokenProcessPool`` for a death), never wait; a worker whose ingest is gone (killed without closing the
pool) ends itself.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from types import TracebackType
from typing import Generic, TypeVar

from trucewatch.nlp.posts import Post, PostResult, read_post_any

# at most this many workers by default: two cores are what a million-post store is sized for (docs/posts.md)
DEFAULT_WORKERS_CAP = 2
# a batch of fewer posts is read in this process, unless the pool is running already: starting the workers
# (each loads the gazetteer, the morphology dictionaries and spaCy) costs about as much as reading this many
POOL_THRESHOLD = 500
# posts sent to a worker at a time (fewer when the batch is small, so that every worker gets a share)
_SLICE = 100

Item = TypeVar("Item")
Result = TypeVar("Result")
# how often a worker looks whether the ingest that started it is still there (seconds)
_WATCH_EVERY = 2.0


def default_workers() -> int:
    """The cores of this machine, at most :data:`DEFAULT_WORKERS_CAP`."""
    return max(1, min(os.cpu_count() or 1, DEFAULT_WORKERS_CAP))


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (another user's process, or a platform without signal 0, counts as
    running: not ours to judge)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _watch(parent: int) -> None:
    while process_alive(parent):
        time.sleep(_WATCH_EVERY)
    os._exit(1)


def _worker_started(parent: int) -> None:
    """In each worker: Ctrl-C is the ingest's to handle (it closes the pool), and the worker ends when the
    ingest's process is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="trucewatch-parent-watch").start()


def read_slice(posts: list[Post]) -> list[PostResult]:
    """A worker's share of a batch (module level, so that it pickles by name)."""
    return [read_post_any(post) for post in posts]


class Readers(Generic[Item, Result]):
    """Reads batches with ``function`` (module level, or a ``functools.partial`` of one, so that it pickles:
    a list of items to the list of their results, one each, in order) in ``workers`` processes (1: in this
    process). ``threshold``: the fewest items of a batch that start the pool (default :data:`POOL_THRESHOLD`);
    once it runs, every batch goes to it, sent ``slice_size`` items at a time (fewer when the batch is small,
    so that every worker gets a share)."""

    def __init__(self, function: Callable[[list[Item]], list[Result]], workers: int = 1, *,
                 threshold: int | None = None, slice_size: int = _SLICE) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.function = function
        self.workers = workers
        self.threshold = POOL_THRESHOLD if threshold is None else threshold
        self.slice_size = slice_size
        self._pool: ProcessPoolExecutor | None = None

    @property
    def started(self) -> bool:
        return self._pool is not None

    def read(self, items: list[Item]) -> list[Result]:
        """Every item read, in the order given (the same results whatever the workers)."""
        if self.workers == 1 or (self._pool is None and len(items) < self.threshold):
            return self.function(items)
        pool = self._start()
        size = max(1, min(self.slice_size, -(-len(items) // self.workers)))
        slices = [items[start:start + size] for start in range(0, len(items), size)]
        try:
            return [result for results in pool.map(self.function, slices) for result in results]
        except BaseException:  # a worker's error, a worker gone, Ctrl-C: the workers are stopped before it goes on
            self.close()
            raise

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_worker_started, initargs=(os.getpid(),))
        return self._pool

    def close(self) -> None:
        """Stop the workers (waiting for them to end), dropping what was queued."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Readers[Item, Result]:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


class PostReaders(Readers[Post, PostResult]):
    """Reads batches of posts (:func:`read_slice`) with ``workers`` processes (1: in this process)."""

    def __init__(self, workers: int = 1, *, threshold: int | None = None) -> None:
        super().__init__(read_slice, workers, threshold=threshold)

    def __enter__(self) -> PostReaders:
        return self
