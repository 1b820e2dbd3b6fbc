#!/usr/bin/env python3
"""The container image of packaging/container, built from this build's .deb and run: a dry run
of the demo chat gives the decisions of tests/data/app/demo_dry_run.jsonl on stdout and only
JSON log lines on stderr, on a read-only root file system as in packaging/k8s/chatvox.yaml;
as a service (broadcast-only, no sound server) /healthz answers 200 on the published health
port, /readyz and /metrics answer, and `stop` (SIGTERM) ends it with exit code 0.

Needs docker (with a daemon that answers) or podman; without one it says so and exits 77,
which ctest counts as skipped. Building the image pulls debian:bookworm-slim and the
package's dependencies from Debian, so it is done only with CHATVOX_CONTAINER_BUILD=1;
CHATVOX_CONTAINER_IMAGE=name tests an image built before (scripts/dev container) instead.

Usage: check_container.py SOURCE_DIR BUILD_DIR"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

SKIP = 77
root, build = sys.argv[1], sys.argv[2]


def runtime():
    for name in os.environ.get("CHATVOX_CONTAINER_RUNTIME", "docker podman").split():
        if shutil.which(name) is None:
            continue
        try:
            if subprocess.run([name, "info"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=30).returncode == 0:
                return name
        except subprocess.TimeoutExpired:
            pass
    return None


def run(*args, timeout=120, **kwargs):
    return subprocess.run(args, capture_output=True, timeout=timeout, **kwargs)


def fail(message, detail=b""):
    print("FAIL:", message)
    if detail:
        print(detail.decode("utf-8", "replace")[-4000:])
    sys.exit(1)


def json_log_lines(stderr, what):
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    if not lines:
        fail(f"{what}: nothing on stderr")
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            fail(f"{what}: a stderr line is not JSON: {line}")
        if not isinstance(entry, dict) or not all(
                isinstance(entry.get(k), str) for k in ("time", "level", "category", "message")):
            fail(f"{what}: a log line lacks time, level, category or message: {line}")
    return [json.loads(l) for l in lines]


def http_get(url):
    """(status, body) of GET url; (None, b"") when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=2) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, OSError):
        return None, b""


def newest_deb(tmp):
    """The .deb of this build: the newest one in BUILD_DIR if it is newer than the program, or
    one made now with cpack into tmp (not in BUILD_DIR: scripts/dev package-test uses that)."""
    program = os.path.join(build, "src", "chatvox")
    debs = sorted(glob.glob(os.path.join(build, "chatvox_*_amd64.deb")), key=os.path.getmtime)
    if debs and os.path.getmtime(debs[-1]) >= os.path.getmtime(program):
        return debs[-1]
    made = run("cpack", "-G", "DEB", "-B", tmp, "--config", os.path.join(build, "CPackConfig.cmake"),
               timeout=600)
    debs = glob.glob(os.path.join(tmp, "chatvox_*_amd64.deb"))
    if made.returncode != 0 or len(debs) != 1:
        fail("cpack -G DEB made no package", made.stdout + made.stderr)
    return debs[0]


def main():
    rt = runtime()
    if rt is None:
        print("SKIP: no container runtime answers (docker with a running daemon, or podman); "
              "the image is built and run where one is (scripts/dev container)")
        return SKIP
    image = os.environ.get("CHATVOX_CONTAINER_IMAGE")
    if not image and os.environ.get("CHATVOX_CONTAINER_BUILD") != "1":
        # Building pulls the Debian base image and packages: the internet, which tests do
        # not reach unless asked to.
        print("SKIP: building the image needs the internet; set CHATVOX_CONTAINER_BUILD=1 to "
              "build it here, or CHATVOX_CONTAINER_IMAGE=name to test an image built before "
              "(scripts/dev container)")
        return SKIP
    built = None
    container = None
    tmp = tempfile.mkdtemp(prefix="chatvox-container-")
    try:
        if not image:
            context = os.path.join(tmp, "context")
            os.mkdir(context)
            for name in ("Dockerfile", "entrypoint.sh", "pulse-client.conf"):
                shutil.copy2(os.path.join(root, "packaging/container", name), context)
            shutil.copy2(newest_deb(tmp), context)
            built = image = f"chatvox-test:{os.getpid()}"
            start = time.monotonic()
            made = run(rt, "build", "-t", image, context, timeout=1200)
            if made.returncode != 0:
                fail(f"{rt} build failed", made.stdout + made.stderr)
            print(f"built {image} in {time.monotonic() - start:.0f} s")
        # As the Deployment runs it: read-only root, a writable /tmp, no capabilities.
        hardened = ["--read-only", "--tmpfs", "/tmp", "--cap-drop", "ALL",
                    "--security-opt", "no-new-privileges"]

        # 1. The dry run of the demo chat, fed on stdin.
        demo = open(os.path.join(root, "resources/demo/demo_chat.log"), "rb").read()
        expected = open(os.path.join(root, "tests/data/app/demo_dry_run.jsonl"), "rb").read()
        dry = run(rt, "run", "--rm", "-i", *hardened, image, "--config", "/tmp/chatvox.ini",
                  "--replay", "-", "--dry-run", "--log-format", "json", input=demo)
        if dry.returncode != 0:
            fail(f"the dry run exited {dry.returncode}", dry.stderr)
        if dry.stdout != expected:
            fail("the dry run's decisions differ from demo_dry_run.jsonl", dry.stdout)
        json_log_lines(dry.stderr, "dry run")
        print("dry run: the demo's decisions on stdout, JSON log lines on stderr")

        # 2. As a service: health on the published port, clean stop on SIGTERM. stdin stays
        # open (-i) and empty, so the replay waits as a live chat would.
        started = run(rt, "run", "-d", "-i", *hardened, "-p", "127.0.0.1::50120", image,
                      "--config", "/tmp/chatvox.ini", "--replay", "-", "--log-format", "json")
        if started.returncode != 0:
            fail(f"{rt} run -d failed", started.stderr)
        container = started.stdout.decode().strip()
        mapped = run(rt, "port", container, "50120/tcp").stdout.decode().split()
        if not mapped:
            fail("the health port is not published", run(rt, "logs", container).stderr)
        base = "http://" + mapped[0].replace("0.0.0.0", "127.0.0.1")
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline:
            status, body = http_get(base + "/healthz")
            if status == 200:
                break
            time.sleep(0.5)  # polling a server in another process; nothing to wait on here
        if status != 200:
            fail(f"/healthz answered {status} within 60 s", run(rt, "logs", container).stderr)
        if not isinstance(json.loads(body or b"{}"), dict):
            fail("/healthz did not answer a JSON object", body)
        ready, body = http_get(base + "/readyz")
        if ready not in (200, 503) or not isinstance(json.loads(body or b"null"), dict):
            fail(f"/readyz answered {ready}", body)
        metrics_status, metrics = http_get(base + "/metrics")
        if metrics_status != 200 or b"# TYPE chatvox_" not in metrics:
            fail(f"/metrics answered {metrics_status} without chatvox_ metrics", metrics)
        stop = run(rt, "stop", "-t", "15", container, timeout=60)
        code = run(rt, "inspect", "-f", "{{.State.ExitCode}}", container).stdout.decode().strip()
        logs = run(rt, "logs", container)
        if stop.returncode != 0 or code != "0":
            fail(f"after stop the container exited {code}", logs.stderr)
        entries = json_log_lines(logs.stderr, "service")
        if not any("broadcast-only" in e["message"] for e in entries):
            fail("the log does not say that the container runs broadcast-only", logs.stderr)
        print(f"service: /healthz 200, /readyz {ready}, /metrics, exit 0 on SIGTERM")
        return 0
    finally:
        if container:
            run(rt, "rm", "-f", "-v", container)  # and its anonymous volume
        if built:
            run(rt, "rmi", "-f", built)
        shutil.rmtree(tmp, ignore_errors=True)


sys.exit(main())
