"""Background executions on PostgreSQL across replicas (QueueReplica), and the in-memory queue's
statuses. Uses $INSTANT_TEST_POSTGRES_URL, else starts a throwaway cluster
(scripts/postgres-cluster.sh): never skipped."""

import asyncio
import os
import signal
import subprocess
import time
import uuid as uuidlib
from collections import Counter
from pathlib import Path

import httpx
import pytest

from conftest import ROOT, _free_port

REPLICA = ROOT / ".build" / "debug" / "QueueReplica"
CLUSTER = ROOT / ".build" / "pg-tests"


@pytest.fixture(scope="module")
def server_url():
    url = os.environ.get("INSTANT_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / "postgres-cluster.sh"), "start", str(CLUSTER), str(_free_port())],
        check=True, capture_output=True, text=True)
    try:
        yield out.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", str(ROOT / "scripts" / "postgres-cluster.sh"), "stop", str(CLUSTER)], check=False)


def _psql(url: str, sql: str) -> str:
    return subprocess.run(["psql", url, "-qAt", "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def queue_url(server_url):
    """A database of its own for each test."""
    name = "q_" + uuidlib.uuid4().hex[:12]
    _psql(server_url, f"CREATE DATABASE {name}")
    base = server_url.rsplit("/", 1)[0]
    return f"{base}/{name}?sslmode=disable"


class Replica:
    def __init__(self, tmp_path: Path, name: str, queue_url: str | None, **settings):
        self.name = name
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp_path / f"{name}.log"
        env = dict(os.environ, PORT=str(self.port), QUEUE_REPLICA_NAME=name, QUEUE_RUN_LOG=str(tmp_path / "runs.log"))
        env.pop("INSTANT_QUEUE_URL", None)
        if queue_url:
            env["INSTANT_QUEUE_URL"] = queue_url
        env.update({key: str(value) for key, value in settings.items()})
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen([str(REPLICA)], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                # A well-formed id nobody has: 404 once the queue answers.
                if httpx.get(f"{self.url}/.well-known/executions/{uuidlib.uuid4()}", timeout=2).status_code == 404:
                    break
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"replica {name} did not start: {self.log_path.read_text()}")
            time.sleep(0.1)

    def enqueue(self, **params) -> str:
        response = httpx.post(f"{self.url}/jobs/work/?_background", json=params, timeout=10)
        assert response.status_code == 202, response.text
        return response.headers["x-execution-uuid"]

    def status(self, execution: str) -> dict:
        response = httpx.get(f"{self.url}/.well-known/executions/{execution}", timeout=10)
        assert response.status_code == 200, response.text
        return response.json()

    def stop(self, sig=signal.SIGTERM):
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


@pytest.fixture
def replicas(tmp_path):
    started: list[Replica] = []

    def start(name, queue_url, **settings):
        replica = Replica(tmp_path, name, queue_url, **settings)
        started.append(replica)
        return replica

    yield start
    for replica in started:
        replica.stop()


def _runs(tmp_path: Path) -> list[tuple[str, int, int]]:
    path = tmp_path / "runs.log"
    if not path.exists():
        return []
    return [(u, int(a), int(t)) for u, a, t in (line.split() for line in path.read_text().splitlines())]


def _wait_for(predicate, timeout=60, what="the condition"):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_a_thousand_executions_over_two_replicas_run_exactly_once(queue_url, replicas, tmp_path):
    first = replicas("first", queue_url)
    second = replicas("second", queue_url)

    async def enqueue_all():
        limits = asyncio.Semaphore(32)
        async with httpx.AsyncClient(timeout=30) as client:
            async def one(index):
                async with limits:
                    target = (first if index % 2 else second).url
                    response = await client.post(f"{target}/jobs/work/?_background", json={"ms": 1})
                    assert response.status_code == 202, response.text
                    return response.headers["x-execution-uuid"]
            return await asyncio.gather(*(one(index) for index in range(1000)))

    uuids = asyncio.run(enqueue_all())
    assert len(set(uuids)) == 1000
    _wait_for(lambda: _psql(queue_url, "SELECT count(*) FROM instant_executions WHERE state = 'succeeded'") == "1000",
              what="1,000 successes")
    runs = _runs(tmp_path)
    assert Counter(u for u, _, _ in runs) == Counter(uuids), "every execution ran exactly once"
    assert all(attempt == 1 for _, attempt, _ in runs)
    rows = _psql(queue_url, "SELECT result::json->>'replica', count(*) FROM instant_executions GROUP BY 1").splitlines()
    counts = dict(row.split("|") for row in rows)
    assert set(counts) == {"first", "second"} and all(int(count) >= 100 for count in counts.values()), counts
    for execution in uuids[:50]:
        status = first.status(execution)
        assert status["state"] == "succeeded" and status["attempts"] == 1, status


def test_executions_of_a_killed_replica_complete_on_the_other(queue_url, replicas, tmp_path):
    doomed = replicas("doomed", queue_url, QUEUE_LEASE_MS=2000)
    uuids = [doomed.enqueue(ms=3000) for _ in range(5)]
    _wait_for(lambda: len(_runs(tmp_path)) == 5, what="all five running on the first replica")
    survivor = replicas("survivor", queue_url, QUEUE_LEASE_MS=2000)
    doomed.stop(signal.SIGKILL)
    _wait_for(lambda: all(survivor.status(u)["state"] == "succeeded" for u in uuids), timeout=60, what="the take-over")
    for execution in uuids:
        status = survivor.status(execution)
        assert status["attempts"] == 2 and status["result"] == {"replica": "survivor", "attempt": 2}, status
    runs = _runs(tmp_path)
    assert sorted((u, a) for u, a, _ in runs) == sorted([(u, 1) for u in uuids] + [(u, 2) for u in uuids])


def test_a_graceful_shutdown_gives_unfinished_executions_back(queue_url, replicas, tmp_path):
    leaving = replicas("leaving", queue_url, QUEUE_DRAIN_MS=200)
    execution = leaving.enqueue(ms=4000)
    _wait_for(lambda: len(_runs(tmp_path)) == 1, what="the job to start")
    staying = replicas("staying", queue_url)
    leaving.stop(signal.SIGTERM)
    assert leaving.process.returncode == 0
    _wait_for(lambda: staying.status(execution)["state"] == "succeeded", what="the released job to finish")
    # The interrupted attempt is given back, not counted.
    assert staying.status(execution) == {
        "uuid": execution, "state": "succeeded", "attempts": 1, "result": {"replica": "staying", "attempt": 1}}


@pytest.fixture(params=["postgres", "memory"])
def backend(request, server_url):
    if request.param == "memory":
        return None
    return request.getfixturevalue("queue_url")


def test_failures_are_retried_with_backoff(backend, replicas, tmp_path):
    replica = replicas("only", backend, QUEUE_RETRY_MS=300)
    execution = replica.enqueue(failures=2)
    _wait_for(lambda: replica.status(execution)["state"] == "succeeded", what="the third attempt")
    assert replica.status(execution) == {
        "uuid": execution, "state": "succeeded", "attempts": 3, "result": {"replica": "only", "attempt": 3}}
    times = [t for u, _, t in _runs(tmp_path) if u == execution]
    assert len(times) == 3
    # 300 ms, then twice that: delays only ever come out longer on a busy machine.
    assert times[1] - times[0] >= 300 and times[2] - times[1] >= 600, times


def test_an_execution_that_always_fails_ends_failed(backend, replicas, tmp_path):
    replica = replicas("only", backend, QUEUE_RETRY_MS=50, QUEUE_MAX_ATTEMPTS=3)
    execution = replica.enqueue(failures=99)
    _wait_for(lambda: replica.status(execution)["state"] == "failed", what="the last attempt")
    status = replica.status(execution)
    assert status["attempts"] == 3 and "result" not in status
    assert status["error"]["type"] == "RuntimeError" and "attempt 3 fails on purpose" in status["error"]["message"]
    assert [a for u, a, _ in _runs(tmp_path) if u == execution] == [1, 2, 3]


def test_statuses_of_unknown_or_malformed_ids_are_404(backend, replicas):
    replica = replicas("only", backend)
    for execution in [str(uuidlib.uuid4()), "not-an-id", "../../etc/passwd"]:
        response = httpx.get(f"{replica.url}/.well-known/executions/{execution}", timeout=10)
        assert response.status_code == 404
        assert response.json()["error"]["type"] == "NotFoundError"
    assert httpx.post(f"{replica.url}/.well-known/executions/{uuidlib.uuid4()}", timeout=10).status_code == 501


def test_an_unreachable_database_stops_the_replica_with_a_message(tmp_path):
    port = _free_port()
    env = dict(os.environ, PORT=str(_free_port()), INSTANT_QUEUE_URL=f"postgres://nobody:x@127.0.0.1:{port}/none?sslmode=disable")
    done = subprocess.run([str(REPLICA)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done
    assert "background queue's database cannot be used" in done.stderr
    assert "Program crashed" not in done.stderr
