#!/bin/sh
# Runs a test in a private D-Bus session with an unlocked, throw-away gnome-keyring (Secret Service), so
# the QtKeychain path of SecretStore is tested on Linux. Exit 77 (skipped) when the tools are missing.
# Called by ctest as: dbus-run-session -- with-keyring.sh TEST [ARGS]
command -v gnome-keyring-daemon >/dev/null 2>&1 || { echo "gnome-keyring-daemon not installed"; exit 77; }
[ -n "$DBUS_SESSION_BUS_ADDRESS" ] || { echo "no D-Bus session (run under dbus-run-session)"; exit 77; }
HOME=$(mktemp -d) || exit 1
export HOME XDG_DATA_HOME="$HOME/.local/share" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'dj-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL
"$@"
rc=$?
rm -rf "$HOME"
exit $rc
