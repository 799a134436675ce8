#!/bin/sh
# Add KneeDesk from this folder to the applications menu.
#
#   ./install.sh              for this user (~/.local), no administrator rights needed
#   sudo ./install.sh --system  for every user of this computer (/usr/local)
#   ./install.sh --remove     take the menu entry away again (add --system if it was system-wide)
#
# Only the menu entry, the icons and the AppStream description are installed or removed.
# The program stays in this folder, and the clinic's records (~/.local/share/KneeDesk/) are
# never touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
app_id=org.kneedesk.KneeDesk
system=no
remove=no
for arg in "$@"; do
    case "$arg" in
        --system) system=yes ;;
        --remove) remove=yes ;;
        -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $arg (use --system, --remove or --help)" >&2; exit 2 ;;
    esac
done

if [ "$system" = yes ]; then
    data=/usr/local/share
    bin=/usr/local/bin
else
    data=${XDG_DATA_HOME:-$HOME/.local/share}
    bin=$HOME/.local/bin
fi

desktop=$data/applications/$app_id.desktop
metainfo=$data/metainfo/$app_id.metainfo.xml

if [ "$remove" = yes ]; then
    rm -f "$desktop" "$metainfo" "$bin/KneeDesk"
    find "$data/icons/hicolor" -name "$app_id.png" -delete 2>/dev/null || true
    echo "KneeDesk was removed from the applications menu; $here and the records stay."
    exit 0
fi

mkdir -p "$data/applications" "$data/metainfo" "$bin"
# The menu entry starts this copy of KneeDesk, wherever the folder was unpacked.
sed "s|^Exec=.*|Exec=\"$here/KneeDesk\"|" "$here/share/applications/$app_id.desktop" >"$desktop.tmp"
mv "$desktop.tmp" "$desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$metainfo"
(cd "$here/share/icons" && find hicolor -name "$app_id.png") | while read -r icon; do
    mkdir -p "$data/icons/$(dirname "$icon")"
    cp "$here/share/icons/$icon" "$data/icons/$icon"
done
ln -sf "$here/KneeDesk" "$bin/KneeDesk"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "KneeDesk is in the applications menu (menu entry: $desktop)."
