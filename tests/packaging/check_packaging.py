#!/usr/bin/env python3
"""Checks the YAML that cannot run here: the Windows release workflow (GitHub Actions) and the
Kubernetes manifests under packaging/k8s. They must parse, and hold what they are for: the
workflow builds with the official Qt and MSVC, tests, deploys, runs Pester when the bridge host
exists and uploads the installer; each engine workload is probed on /version, has resources,
and every Service selects pods that exist; ChatVox's own manifest and container image agree
with each other and with the app (check_chatvox_k8s.py)."""
import glob
import os
import sys

import yaml

root = sys.argv[1]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


# --- .github/workflows/windows.yml --------------------------------------------------------
path = os.path.join(root, ".github/workflows/windows.yml")
workflow = yaml.safe_load(open(path, encoding="utf-8"))
triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
check(isinstance(triggers, dict) and "pull_request" in triggers, "windows.yml: no pull_request trigger")
job = workflow["jobs"]["build"]
check(str(job["runs-on"]).startswith("windows"), "windows.yml: not on a Windows runner")
steps = job["steps"]
uses = [s.get("uses", "") for s in steps]
runs = "\n".join(s.get("run", "") for s in steps)
for action in ("actions/checkout@", "ilammy/msvc-dev-cmd@", "jurplel/install-qt-action@",
               "actions/upload-artifact@"):
    check(any(u.startswith(action) for u in uses), f"windows.yml: no step uses {action}")
for command in ("qtkeychain", "cmake --build", "ctest", "cmake --install", "cpack -G NSIS"):
    check(command in runs, f"windows.yml: no step runs {command!r}")
qt = next(s for s in steps if s.get("uses", "").startswith("jurplel/install-qt-action@"))
version = str(workflow["env"]["QT_VERSION"]) if "${{" in str(qt["with"]["version"]) else str(qt["with"]["version"])
check(tuple(int(x) for x in version.split(".")[:2]) >= (6, 4), f"windows.yml: Qt {version} is older than 6.4")
check("qtmultimedia" in qt["with"]["modules"] and "qtwebsockets" in qt["with"]["modules"],
      "windows.yml: Qt Multimedia or WebSockets missing")
pester = [s for s in steps if "Pester" in s.get("name", "")]
check(len(pester) == 1 and "hashFiles('resources/bridge/host.ps1')" in pester[0].get("if", ""),
      "windows.yml: the Pester step must run only when resources/bridge/host.ps1 exists")
upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@"))
check(upload["with"]["path"].endswith("-win64-setup.exe"), "windows.yml: the installer is not uploaded")

# --- packaging/k8s: the engines ----------------------------------------------------------
files = sorted(glob.glob(os.path.join(root, "packaging/k8s/voicevox-*.yaml")))
check(len(files) >= 2, "packaging/k8s: expected the CPU and GPU manifests")
gpu_seen = False
for name in files:
    docs = [d for d in yaml.safe_load_all(open(name, encoding="utf-8")) if d]
    short = os.path.relpath(name, root)
    pods = []  # (labels, pod names) of every workload
    for doc in docs:
        for key in ("apiVersion", "kind", "metadata"):
            check(key in doc, f"{short}: a document without {key}")
        if doc.get("kind") in ("Deployment", "StatefulSet"):
            spec = doc["spec"]
            labels = spec["template"]["metadata"]["labels"]
            selector = spec["selector"]["matchLabels"]
            check(all(labels.get(k) == v for k, v in selector.items()),
                  f"{short}: {doc['metadata']['name']} selects pods it does not make")
            names = ([f"{doc['metadata']['name']}-{i}" for i in range(spec.get("replicas", 1))]
                     if doc["kind"] == "StatefulSet" else [])
            pods.append((labels, names))
            for container in spec["template"]["spec"]["containers"]:
                probe = container.get("readinessProbe", {}).get("httpGet", {})
                check(probe.get("path") == "/version", f"{short}: readiness probe is not GET /version")
                resources = container.get("resources", {})
                check("requests" in resources and "limits" in resources,
                      f"{short}: {container['name']} has no resource requests and limits")
                check(any(p.get("containerPort") == 50021 for p in container.get("ports", [])),
                      f"{short}: the engine port 50021 is not declared")
                if "nvidia.com/gpu" in resources.get("limits", {}):
                    gpu_seen = True
    for doc in docs:
        if doc.get("kind") != "Service":
            continue
        selector = doc["spec"].get("selector", {})
        matched = False
        for labels, names in pods:
            if all(labels.get(k) == v for k, v in selector.items()):
                matched = True
            pod_name = selector.get("statefulset.kubernetes.io/pod-name")
            if pod_name and pod_name in names and len(selector) == 1:
                matched = True
        check(selector and matched, f"{short}: Service {doc['metadata']['name']} selects no pod")
        check(any(p.get("port") == 50021 for p in doc["spec"]["ports"]),
              f"{short}: Service {doc['metadata']['name']} is not on port 50021")
check(gpu_seen, "packaging/k8s: no GPU variant (nvidia.com/gpu)")

# --- packaging/k8s/chatvox.yaml and packaging/container ------------------------------------
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_chatvox_k8s  # noqa: E402

failures += check_chatvox_k8s.problems(root)
files.append(os.path.join(root, "packaging/k8s/chatvox.yaml"))

for failure in failures:
    print("FAIL:", failure)
print(f"checked windows.yml and {len(files)} Kubernetes manifest(s): "
      f"{'ok' if not failures else str(len(failures)) + ' problem(s)'}")
sys.exit(1 if failures else 0)
