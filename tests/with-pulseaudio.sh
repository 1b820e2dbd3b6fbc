#!/bin/sh
# Runs "$@" with a private PulseAudio daemon whose default sink is the null sink "chatvox_test".
# Real audio path (QAudioSink -> PulseAudio), no speakers needed; the sink's monitor
# ("chatvox_test.monitor") records what was played. Used by ctest for tests labelled "audio".
set -u
if ! command -v pulseaudio >/dev/null 2>&1; then
    echo "with-pulseaudio: pulseaudio is not installed (scripts/dev test installs it)" >&2
    exit 1
fi
runtime=$(mktemp -d "${TMPDIR:-/tmp}/chatvox-pulse.XXXXXX")
export XDG_RUNTIME_DIR="$runtime"
export PULSE_RUNTIME_PATH="$runtime/pulse"
export PULSE_STATE_PATH="$runtime/state"
export PULSE_SERVER="unix:$runtime/pulse/native"
export HOME="${HOME:-$runtime}"
unset DISPLAY_PULSE_CONFIG 2>/dev/null || true

pulseaudio -n --daemonize=no --exit-idle-time=-1 --system=false --use-pid-file=no \
    --load="module-null-sink sink_name=chatvox_test rate=48000 channels=2" \
    --load="module-native-protocol-unix auth-anonymous=1 socket=$runtime/pulse/native" \
    --log-target=file:"$runtime/pulse.log" >/dev/null 2>&1 &
pulse_pid=$!

cleanup() {
    kill "$pulse_pid" 2>/dev/null
    wait "$pulse_pid" 2>/dev/null
    rm -rf "$runtime"
}
trap cleanup EXIT INT TERM

# Wait for the daemon to accept clients (bounded: 10 s).
i=0
until pactl info >/dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$pulse_pid" 2>/dev/null; then
        echo "with-pulseaudio: PulseAudio did not start; its log:" >&2
        cat "$runtime/pulse.log" >&2 2>/dev/null
        exit 1
    fi
    sleep 0.1
done
pactl set-default-sink chatvox_test
export CHATVOX_TEST_SINK=chatvox_test

"$@"
