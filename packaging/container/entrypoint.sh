#!/bin/sh
# chatvox-container: the image's entry point. Chooses where the speech plays, then runs
#   chatvox --headless --listen 0.0.0.0 --serve-health 50120 [the container's arguments]
# Later arguments win (--serve-health 50200 moves the probes, --listen 127.0.0.1 hides them).
#
# Audio:
#   PULSE_SERVER set    the speech plays on that sound server: tcp:HOST:4713 (the host's
#                       module-native-protocol-tcp) or unix:/path (its socket, mounted in);
#                       PULSE_COOKIE names the cookie file if the server wants one.
#   PULSE_SERVER unset  broadcast-only: a private PulseAudio with a null sink takes the audio,
#   or CHATVOX_AUDIO=none  so nothing is heard here; tc2vv players and the OBS overlay get the
#                       speech through --broadcast / --overlay (ChatVox needs an output device
#                       that plays, or it stops: no audio device counts as a failed part).
set -eu

json=
previous=
for arg in "$@"; do
    case "$previous=$arg" in
        --log-format=json | -log-format=json) json=1 ;;
    esac
    case "$arg" in
        --log-format=json | -log-format=json) json=1 ;;
    esac
    previous=$arg
done

# One line on stderr, as JSON when ChatVox logs JSON (one object a line throughout).
note() {
    if [ -n "$json" ]; then
        printf '{"time":"%s","level":"%s","category":"chatvox.container","message":"%s"}\n' \
            "$(date -u +%Y-%m-%dT%H:%M:%S.000Z)" "$1" \
            "$(printf '%s' "$2" | tr -d '\000-\037' | sed 's/[\\"]/\\&/g')" >&2
    else
        printf '%s %s\n' "$(date +%H:%M:%S.000)" "$2" >&2
    fi
}

runtime=${XDG_RUNTIME_DIR:-/tmp/chatvox-runtime-$(id -u)}
mkdir -p "$runtime"
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"

if [ "${CHATVOX_AUDIO:-}" = none ] || [ -z "${PULSE_SERVER:-}" ]; then
    unset PULSE_SERVER
    # Its own log goes to a file: stderr is ChatVox's.
    if ! pulseaudio --daemonize=yes --fail=yes --system=false -n --exit-idle-time=-1 \
        --log-target=stderr --log-level=warning \
        --load="module-null-sink sink_name=chatvox_null sink_properties=device.description=broadcast-only" \
        --load="module-native-protocol-unix" >"$runtime/pulseaudio.log" 2>&1; then
        note error "broadcast-only mode: the private sound server did not start: $(cat "$runtime/pulseaudio.log")"
        exit 1
    fi
    export PULSE_SERVER="unix:$runtime/pulse/native"
    note info "No PULSE_SERVER: broadcast-only (speech goes to a null sink; listen through --broadcast or --overlay)."
else
    note info "Audio: PulseAudio server $PULSE_SERVER"
fi

exec chatvox --headless --listen 0.0.0.0 --serve-health 50120 "$@"
