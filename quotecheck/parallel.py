"""Running the per-article stages on every core (``--jobs``) or on a Dask cluster
(``--scheduler``): results in input order, so the output is byte for byte what one core writes.

Extraction and attribution read one article at a time and nothing else, which is what makes them
safe to spread; the stages that see every article (canonical speakers across outlets,
alignment, terms) run afterwards in the calling process. Items are sent in chunks, a bounded
number ahead, so a stream of articles keeps every worker busy without being read into memory
whole. On a cluster the chunks are ``dask.distributed`` tasks; every worker needs quotecheck
installed (``pip install 'quotecheck-news[dask]'``).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: items a worker gets at once: enough to pay for sending them, few enough to share the work out
CHUNK = 8
#: chunks in flight for each worker, so the pool keeps working while the caller writes results
AHEAD = 4
#: how long to wait for a Dask scheduler to answer before saying so
CONNECT_SECONDS = 10


def cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS and Windows have no affinity call
        return os.cpu_count() or 1


def _run_chunk(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [function(item) for item in chunk]


class ClusterError(Exception):
    """The Dask scheduler cannot be used: the extra is not installed, or nobody answers."""


def map_ordered(
    function: Callable[[T], R],
    items: Iterable[T],
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[R]:
    """``function`` over ``items``, in their order, on ``jobs`` processes, or on the workers of
    the Dask ``scheduler`` at that address (``tcp://host:8786``) when one is given.

    With one job, or input too small to fill one chunk, it runs here: starting workers would cost
    more than it saves. ``function`` must be a module-level function (the workers import it).

    >>> list(map_ordered(abs, [-3, 1, -2], jobs=2))
    [3, 1, 2]
    """
    if scheduler is not None:
        yield from _on_cluster(function, items, scheduler)
        return
    if jobs <= 1:
        yield from map(function, items)
        return
    stream = iter(items)
    first = list(islice(stream, CHUNK))
    if len(first) < CHUNK:
        yield from map(function, first)
        return
    chunks = _chunks(chain(first, stream))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[R]]] = deque(
            pool.submit(_run_chunk, function, chunk) for chunk in islice(chunks, jobs * AHEAD)
        )
        while pending:
            done = pending.popleft().result()
            for chunk in islice(chunks, 1):
                pending.append(pool.submit(_run_chunk, function, chunk))
            yield from done


def _on_cluster(function: Callable[[T], R], items: Iterable[T], address: str) -> Iterator[R]:
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'quotecheck-news[dask]'") from None
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as err:
        raise ClusterError(f"no Dask scheduler answers at {address}: {err}") from None
    with client:
        workers = sum(client.nthreads().values()) or 1
        chunks = _chunks(iter(items))
        pending = deque(
            client.submit(_run_chunk, function, chunk, pure=False)
            for chunk in islice(chunks, workers * AHEAD)
        )
        while pending:
            done = pending.popleft().result()
            for chunk in islice(chunks, 1):
                pending.append(client.submit(_run_chunk, function, chunk, pure=False))
            yield from done


def _chunks(items: Iterator[T]) -> Iterator[list[T]]:
    while chunk := list(islice(items, CHUNK)):
        yield chunk
