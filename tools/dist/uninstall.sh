#!/bin/sh
# Netwerk Desktop: remove the menu entry and the `netwerk-cli` command that install.sh added.
# Your classes stay where they are (the data folder); this removes no data.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps
rm -f "$apps/netwerk-desktop.desktop" "$icons/netwerk-desktop.png"
if [ "$(readlink "$HOME/.local/bin/netwerk-cli" 2>/dev/null)" = "$here/netwerk-cli" ]; then
  rm -f "$HOME/.local/bin/netwerk-cli"
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" 2>/dev/null || true
echo "The menu entry is gone. Your data is untouched; delete $here yourself to remove the app."
