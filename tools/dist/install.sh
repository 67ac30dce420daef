#!/bin/sh
# Netwerk Desktop: add the app to your own menu (no administrator rights needed).
# Unpack the archive where you keep programs (for example ~/.local/opt), then run:
#   ~/.local/opt/NetwerkDesktop/install.sh
# It adds a menu entry and the `netwerk-cli` command for you only; it copies nothing else.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps
bin=$HOME/.local/bin
mkdir -p "$apps" "$icons" "$bin"
cp "$here/_internal/netwerk_desktop/resources/icons/netwerk.png" "$icons/netwerk-desktop.png"
sed -e "s|@APP@|$here|g" "$here/netwerk-desktop.desktop.in" > "$apps/netwerk-desktop.desktop"
chmod 644 "$apps/netwerk-desktop.desktop"
ln -sf "$here/netwerk-cli" "$bin/netwerk-cli"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" 2>/dev/null || true
echo "Netwerk Desktop is in your menu. Start it there, or with $here/netwerk"
