"""ChatVox's Kubernetes manifest (packaging/k8s/chatvox.yaml) and container image
(packaging/container) agree with each other and with the app: the probes are on the port
ChatVox serves /healthz and /readyz on, the ConfigMap is a valid settings file with the serve
keys, the token file lands where --token-file looks and stays writable, the Services carry the
serve ports, the engines are the pool's Services, and no real-looking token is in the file.

problems(root) answers the list of what is wrong (empty: all good)."""
import configparser
import json
import os
import posixpath
import re
import shlex

import yaml

# Twitch access and refresh tokens: 30 lower-case letters and digits (an OAuth token, after
# "oauth:", too). Client ids have the same shape; none belongs in the manifest either.
TOKEN_SHAPE = re.compile(r"(?<![A-Za-z0-9])[a-z0-9]{30}(?![A-Za-z0-9])")


def args_map(args):
    """--flag value pairs of a container's args; the last value wins, as in QCommandLineParser."""
    values = {}
    i = 0
    while i < len(args):
        arg = str(args[i])
        if arg.startswith("--") and "=" in arg:
            key, value = arg.split("=", 1)
            values[key] = value
        elif arg.startswith("--") and i + 1 < len(args) and not str(args[i + 1]).startswith("--"):
            values[arg] = str(args[i + 1])
            i += 1
        else:
            values[arg] = True
        i += 1
    return values


def port_number(container, port):
    """A probe's or Service's port (number or name) as the container's port number."""
    if isinstance(port, int):
        return port
    for p in container.get("ports", []):
        if p.get("name") == port:
            return p.get("containerPort")
    return None


def mounted_at(container, path):
    """The volume mount of container that holds path (the deepest one), or None."""
    best = None
    for m in container.get("volumeMounts", []):
        mount = m["mountPath"].rstrip("/")
        if (path == mount or path.startswith(mount + "/")) and (
            best is None or len(mount) > len(best["mountPath"].rstrip("/"))
        ):
            best = m
    return best


def entrypoint_flags(root):
    """The flags the image's entry point gives chatvox before the container's arguments."""
    text = open(os.path.join(root, "packaging/container/entrypoint.sh"), encoding="utf-8").read()
    execs = [l.strip() for l in text.splitlines() if l.strip().startswith("exec chatvox ")]
    if len(execs) != 1:
        return None
    words = shlex.split(execs[0].replace('"$@"', ""))
    return args_map(words[2:]) | {"--headless": "--headless" in words}


def problems(root):
    failures = []

    def check(condition, message):
        if not condition:
            failures.append("chatvox.yaml: " + message)

    path = os.path.join(root, "packaging/k8s/chatvox.yaml")
    text = open(path, encoding="utf-8").read()
    docs = [d for d in yaml.safe_load_all(text) if d]
    by_kind = {}
    for doc in docs:
        by_kind.setdefault(doc.get("kind"), []).append(doc)
    for kind in ("ConfigMap", "Secret", "PersistentVolumeClaim", "Deployment", "Service"):
        check(kind in by_kind, f"no {kind}")
    if failures:
        return failures
    check("StatefulSet" not in by_kind and not any("voicevox" in d["metadata"]["name"] for d in docs),
          "engines belong in voicevox-*.yaml, not here")

    # --- the Deployment -------------------------------------------------------------------
    check(len(by_kind["Deployment"]) == 1, "one Deployment expected")
    deployment = by_kind["Deployment"][0]
    spec = deployment["spec"]
    check(spec.get("replicas") == 1, "replicas must be 1 (one reader per channel)")
    check(spec.get("strategy", {}).get("type") == "Recreate", "strategy must be Recreate")
    pod = spec["template"]["spec"]
    labels = spec["template"]["metadata"]["labels"]
    check(all(labels.get(k) == v for k, v in spec["selector"]["matchLabels"].items()),
          "the Deployment selects pods it does not make")
    security = pod.get("securityContext", {})
    check(security.get("runAsNonRoot") is True, "pod securityContext: runAsNonRoot must be true")
    check(isinstance(security.get("runAsUser"), int) and security["runAsUser"] > 0,
          "pod securityContext: runAsUser must be a non-root uid")
    check(security.get("fsGroupChangePolicy") == "OnRootMismatch",
          "fsGroupChangePolicy must be OnRootMismatch (a recursive chown/chmod on every start "
          "makes the token file group-readable, which ChatVox refuses)")
    containers = pod["containers"]
    check(len(containers) == 1, "one container expected")
    c = containers[0]
    check(c.get("securityContext", {}).get("allowPrivilegeEscalation") is False,
          "the container must not allow privilege escalation")
    resources = c.get("resources", {})
    check("requests" in resources and "limits" in resources, "no resource requests and limits")
    args = args_map(c.get("args", []))
    check("command" not in c, "the container must keep the image's entry point (audio setup)")
    flags = entrypoint_flags(root)
    check(flags is not None, "packaging/container/entrypoint.sh: no single 'exec chatvox' line")
    flags = flags or {}
    check(flags.get("--headless") is True, "entrypoint.sh: chatvox must run --headless")
    effective = flags | args  # the container's arguments come after the entry point's

    # --- the ConfigMap: a settings file ChatVox reads -------------------------------------
    config_path = effective.get("--config")
    check(isinstance(config_path, str), "no --config FILE in the container's args")
    config_path = config_path if isinstance(config_path, str) else "/missing/chatvox.ini"
    config_map = by_kind["ConfigMap"][0]
    ini_name = posixpath.basename(config_path)
    check(ini_name in config_map.get("data", {}), f"the ConfigMap has no {ini_name}")
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str  # QSettings keys are case-sensitive
    try:
        ini.read_string(config_map.get("data", {}).get(ini_name, ""))
    except configparser.Error as error:
        check(False, f"the ConfigMap's {ini_name} does not parse: {error}")
    needed = {
        "chat": ["channel"],
        "speech": ["engines"],
        "serve": ["address", "broadcast", "broadcastPort", "overlay", "overlayPort", "health",
                  "healthPort"],
    }
    for section, keys in needed.items():
        for key in keys:
            check(ini.has_option(section, key), f"the settings lack {section}/{key}")
    if failures:
        return failures
    serve = ini["serve"]
    health_port = int(serve["healthPort"])
    check(serve["health"] == "true", "serve/health must be true")
    check(effective.get("--serve-health") == str(health_port),
          f"--serve-health is {effective.get('--serve-health')}, the settings say {health_port}")
    check(effective.get("--listen", serve["address"]) == "0.0.0.0",
          "ChatVox must listen on 0.0.0.0 in a pod (the kubelet probes the pod's address)")
    config_mount = mounted_at(c, config_path)
    check(config_mount is not None and config_mount["mountPath"].rstrip("/") ==
          posixpath.dirname(config_path), f"{config_path} is not the ConfigMap's folder")
    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    if config_mount:
        check("subPath" not in config_mount, "a subPath mount never sees ConfigMap updates")
        volume = volumes.get(config_mount["name"], {})
        check(volume.get("configMap", {}).get("name") == config_map["metadata"]["name"],
              f"{config_path} is not from the ConfigMap")

    # --- probes ---------------------------------------------------------------------------
    for probe_name, wanted in (("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")):
        probe = c.get(probe_name, {}).get("httpGet", {})
        check(probe.get("path") == wanted, f"{probe_name} is not GET {wanted}")
        check(port_number(c, probe.get("port")) == health_port,
              f"{probe_name} is not on the health port {health_port}")
        check(c.get(probe_name, {}).get("periodSeconds", 10) >= 2, f"{probe_name} probes too often")
    startup = c.get("startupProbe", {}).get("httpGet")
    if startup:
        check(startup.get("path") == "/healthz" and port_number(c, startup.get("port")) == health_port,
              "the startup probe is not GET /healthz on the health port")

    # --- the engines: the pool's Services -------------------------------------------------
    pool_docs = [d for d in yaml.safe_load_all(
        open(os.path.join(root, "packaging/k8s/voicevox-cpu-pool.yaml"), encoding="utf-8")) if d]
    pool_services = {d["metadata"]["name"]: [p["port"] for p in d["spec"]["ports"]]
                     for d in pool_docs if d["kind"] == "Service"}
    engines = [e.strip() for e in ini["speech"]["engines"].split(",") if e.strip()]
    check(len(engines) >= 1, "no engine in speech/engines")
    for engine in engines:
        m = re.fullmatch(r"http://([a-z0-9-]+)(?:\.[a-z0-9.-]+)?:(\d+)/?", engine)
        check(m is not None and m.group(1) in pool_services
              and int(m.group(2)) in pool_services[m.group(1)],
              f"engine {engine} is not a Service of voicevox-cpu-pool.yaml")

    # --- the token file: from the Secret, once, onto the volume ---------------------------
    token_path = effective.get("--token-file")
    check(isinstance(token_path, str), "no --token-file PATH in the container's args")
    token_path = token_path if isinstance(token_path, str) else "/missing/token.json"
    token_mount = mounted_at(c, token_path)
    check(token_mount is not None and not token_mount.get("readOnly", False),
          f"{token_path} is not on a writable volume (refreshed pairs are written back)")
    claim = volumes.get(token_mount["name"], {}).get("persistentVolumeClaim", {}) if token_mount else {}
    pvc_names = [d["metadata"]["name"] for d in by_kind["PersistentVolumeClaim"]]
    check(claim.get("claimName") in pvc_names,
          f"{token_path} is not on the PersistentVolumeClaim (a refreshed pair must outlive the pod)")
    secret = by_kind["Secret"][0]
    secret_volumes = [n for n, v in volumes.items()
                      if v.get("secret", {}).get("secretName") == secret["metadata"]["name"]]
    check(len(secret_volumes) == 1, "the Secret is not a volume of the pod")
    seeders = [ic for ic in pod.get("initContainers", [])
               if any(m["name"] in secret_volumes for m in ic.get("volumeMounts", []))]
    check(len(seeders) == 1, "no init container copies the Secret's token file")
    if seeders and secret_volumes:
        seeder = seeders[0]
        script = " ".join(str(x) for x in seeder.get("command", []) + seeder.get("args", []))
        secret_mount = next(m for m in seeder["volumeMounts"] if m["name"] in secret_volumes)
        keys = list(secret.get("stringData", {}).keys()) + list(secret.get("data", {}).keys())
        check(len(keys) == 1, "the Secret should hold the token file alone")
        source = posixpath.join(secret_mount["mountPath"], keys[0] if keys else "?")
        target_mount = mounted_at(seeder, token_path)
        check(target_mount is not None and target_mount["name"] == token_mount["name"],
              f"the init container does not see {token_path} on the same volume")
        check(source in script and token_path in script,
              f"the init container does not copy {source} to {token_path}")
        check("chmod 600" in script or "umask 077" in script,
              "the init container leaves the token file readable by others")
        check('"access_token":"<' in script,
              "the init container would copy the template's placeholders onto the volume")
        check("cp -n" in script or "[ ! -s " + token_path in script or "[ ! -e " + token_path in script,
              "the init container overwrites a refreshed token file with the Secret's old pair")
    # A template, never a login.
    for key, value in secret.get("stringData", {}).items():
        try:
            login = json.loads(value)
        except ValueError:
            check(False, f"the Secret's {key} is not JSON (the token file's form)")
            continue
        for field in ("access_token", "refresh_token"):
            check(str(login.get(field, "")).startswith("<"),
                  f"the Secret's {field} must be a <placeholder>")
    check(not TOKEN_SHAPE.search(text), "something shaped like a Twitch token is in the file")
    check(not re.search(r"oauth:[A-Za-z0-9]", text), "an oauth: token is in the file")

    # --- Services: the serve ports --------------------------------------------------------
    container_ports = {p["containerPort"] for p in c.get("ports", [])}
    for port in (int(serve["broadcastPort"]), int(serve["overlayPort"]), health_port):
        check(port in container_ports, f"the container does not declare port {port}")
    service_ports = set()
    for service in by_kind["Service"]:
        selector = service["spec"].get("selector", {})
        check(selector and all(labels.get(k) == v for k, v in selector.items()),
              f"Service {service['metadata']['name']} does not select the ChatVox pod")
        for p in service["spec"]["ports"]:
            target = port_number(c, p.get("targetPort", p["port"]))
            check(target == p["port"],
                  f"Service {service['metadata']['name']}: port {p['port']} goes to {target}")
            service_ports.add(p["port"])
    check({int(serve["broadcastPort"]), int(serve["overlayPort"])} <= service_ports,
          "no Service for the broadcast and overlay ports")
    check(service_ports <= {int(serve["broadcastPort"]), int(serve["overlayPort"]), health_port},
          f"Services on ports ChatVox does not serve: {sorted(service_ports)}")

    # --- the image --------------------------------------------------------------------------
    dockerfile = open(os.path.join(root, "packaging/container/Dockerfile"), encoding="utf-8").read()
    check(re.search(r"^FROM debian:bookworm-slim\s*$", dockerfile, re.M) is not None,
          "Dockerfile: not FROM debian:bookworm-slim")
    users = re.findall(r"^USER\s+(\S+)", dockerfile, re.M)
    check(users and users[-1].split(":")[0] == str(security.get("runAsUser")),
          f"Dockerfile: USER {users[-1] if users else '?'} is not the pod's runAsUser")
    exposed = {int(p) for line in re.findall(r"^EXPOSE\s+(.+)$", dockerfile, re.M)
               for p in line.split()}
    check({health_port, int(serve["broadcastPort"]), int(serve["overlayPort"])} <= exposed,
          "Dockerfile: EXPOSE lacks a serve port")
    check(str(flags.get("--serve-health")) in {str(p) for p in exposed},
          f"entrypoint.sh serves health on {flags.get('--serve-health')}, which the image does not EXPOSE")
    check(flags.get("--listen") == "0.0.0.0", "entrypoint.sh: chatvox must --listen 0.0.0.0")
    check(re.search(r"^ENTRYPOINT \[\"/usr/local/bin/chatvox-container\"\]", dockerfile, re.M)
          is not None, "Dockerfile: ENTRYPOINT is not the entry point script")
    image = c.get("image", "")
    check(all(ic.get("image") == image for ic in pod.get("initContainers", [])),
          "the init container should use the ChatVox image (nothing else to pull)")
    return failures
