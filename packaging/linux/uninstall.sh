#!/usr/bin/env bash
# Remove what install.sh put in this user's home, and nothing else: the files and links listed in
# ~/.local/opt/@NAME@/install-manifest.txt, then the folders it lists if they are empty by then (a folder
# that held something of yours before, or holds something of yours now, stays). Settings the program
# wrote under ~/.config are yours and stay too. `--quiet` prints nothing on success.
set -euo pipefail

name=@NAME@
quiet=${1:-}
[ -n "${HOME:-}" ] || {
    echo "uninstall.sh: HOME is not set" >&2
    exit 1
}
prefix=$HOME/.local/opt/$name
manifest=$prefix/install-manifest.txt
if [ ! -f "$manifest" ]; then
    echo "uninstall.sh: $manifest not found: @APP_NAME@ is not installed for this user" >&2
    exit 1
fi

mapfile -t entries <"$manifest"
folders=()
for entry in "${entries[@]}"; do
    kind=${entry%%	*}
    path=${entry#*	}
    case $path in
        "$HOME"/*) ;;
        *)
            echo "uninstall.sh: skipping $path: not in $HOME" >&2
            continue
            ;;
    esac
    case $kind in
        f | l)
            # a file or link (never a folder, never what a link points to)
            if [ -L "$path" ] || { [ -e "$path" ] && [ ! -d "$path" ]; }; then rm -f -- "$path"; fi
            ;;
        d) folders=("$path" "${folders[@]}") ;; # deepest last in the list, so first here
    esac
done
for folder in "${folders[@]}"; do
    rmdir -- "$folder" 2>/dev/null || true
done
[ "$quiet" = --quiet ] || echo "removed @APP_NAME@ from $prefix"
