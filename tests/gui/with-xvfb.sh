#!/bin/sh
# Runs "$@" on a private virtual X display (Xvfb) with a system tray (trayer), for widget tests
# that need a real window system: the tray icon, its menu and notifications. Used by ctest for
# the tests labelled "gui-x11"; scripts/dev test installs xvfb and trayer.
set -u
for tool in Xvfb trayer; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-xvfb: $tool is not installed (scripts/dev test installs it)" >&2
        exit 1
    fi
done
runtime=$(mktemp -d "${TMPDIR:-/tmp}/chatvox-xvfb.XXXXXX")
# -displayfd: Xvfb picks a free display number and writes it when it is ready.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$runtime/display" 2>"$runtime/xvfb.log" &
xvfb_pid=$!
tray_pid=
cleanup() {
    [ -n "$tray_pid" ] && kill "$tray_pid" 2>/dev/null
    kill "$xvfb_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$runtime"
}
trap cleanup EXIT INT TERM
i=0
until [ -s "$runtime/display" ]; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "with-xvfb: Xvfb did not start:" >&2
        cat "$runtime/xvfb.log" >&2
        exit 1
    fi
    sleep 0.1
done
export DISPLAY=":$(cat "$runtime/display")"
export QT_QPA_PLATFORM=xcb
trayer --edge top --align right --widthtype request --height 24 --transparent false \
    >"$runtime/trayer.log" 2>&1 &
tray_pid=$!
# The tray is there once trayer owns the systray selection of screen 0.
i=0
until xprop -root 2>/dev/null | grep -q . && xwininfo -root -tree 2>/dev/null | grep -qi trayer; do
    i=$((i + 1))
    if [ "$i" -gt 100 ]; then
        echo "with-xvfb: trayer did not start:" >&2
        cat "$runtime/trayer.log" >&2
        break
    fi
    sleep 0.1
done
"$@"
