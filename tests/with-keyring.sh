#!/bin/sh
# Runs "$@" with a private D-Bus session bus and a real GNOME Keyring (Secret Service) on it,
# unlocked, with its keyring files in a throw-away HOME: real keychain, nothing of the user's.
# Used by ctest for tests labelled "keychain" (see TOOLCHAIN.md).
set -u
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring: $tool is not installed (scripts/dev test installs dbus and gnome-keyring)" >&2
        exit 1
    fi
done
home=$(mktemp -d "${TMPDIR:-/tmp}/chatvox-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home"
export XDG_RUNTIME_DIR="$home/run"
export XDG_DATA_HOME="$home/.local/share"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" && chmod 700 "$XDG_RUNTIME_DIR"
export CHATVOX_TEST_KEYRING_HOME="$home"
# The daemon forks and lives on the private bus; it ends with the bus session.
dbus-run-session -- sh -c '
    echo -n chatvox-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"' sh "$@"
