#!/usr/bin/env bash
# Install @APP_NAME@ @VERSION@ for the current user, without root and without a network:
#   the program in   ~/.local/opt/@NAME@
#   a launcher in    ~/.local/bin/@NAME@
#   a menu entry in  $XDG_DATA_HOME/applications   (XDG_DATA_HOME defaults to ~/.local/share)
#   the icon in      $XDG_DATA_HOME/icons/hicolor
# Every file and folder it creates is listed in ~/.local/opt/@NAME@/install-manifest.txt, which
# uninstall.sh (also copied there) reads to remove exactly those. Installing again replaces the old install.
set -euo pipefail

name=@NAME@
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() {
    echo "install.sh: $*" >&2
    exit 1
}

[ -n "${HOME:-}" ] || die "HOME is not set"
case $HOME in
    /*) ;;
    *) die "HOME must be an absolute path, not '$HOME'" ;;
esac
[[ $HOME != *$'\n'* ]] || die "HOME contains a line break"
[ -O "$HOME" ] || die "$HOME belongs to another user: run this as the user who will use the program"

data_home=${XDG_DATA_HOME:-}
case $data_home in
    /*) ;;
    *) data_home=$HOME/.local/share ;; # unset, empty or relative: the XDG default
esac
prefix=$HOME/.local/opt/$name
bin_dir=$HOME/.local/bin
manifest=$prefix/install-manifest.txt

[ -x "$here/$name/$name" ] || die "$here/$name/$name is missing: run install.sh from the unpacked archive"

if [ -f "$manifest" ] && [ -x "$prefix/uninstall.sh" ]; then
    echo "replacing the existing install in $prefix"
    "$prefix/uninstall.sh" --quiet
fi
if [ -e "$prefix" ] && [ -n "$(ls -A "$prefix")" ]; then
    die "$prefix exists and was not made by this installer: move it away first"
fi

entries=() # "d<TAB>path", "f<TAB>path" or "l<TAB>path", in creation order

make_dir() { # mkdir -p that records each folder it creates
    local dir=$1 missing=()
    while [ ! -d "$dir" ]; do
        missing=("$dir" "${missing[@]}")
        dir=$(dirname "$dir")
    done
    for dir in "${missing[@]}"; do
        mkdir -- "$dir"
        entries+=("d	$dir")
    done
}

install_file() { # install_file SOURCE DEST MODE
    make_dir "$(dirname "$2")"
    cp -- "$1" "$2"
    chmod "$3" "$2"
    entries+=("f	$2")
}

desktop_exec_arg() { # quote a path for Exec= (Desktop Entry spec: quoting rules, then string escapes)
    local arg=${1//%/%%}
    if [[ $arg =~ [^A-Za-z0-9/._+-] ]]; then
        arg=${arg//\\/\\\\}
        arg=${arg//\"/\\\"}
        arg=${arg//\`/\\\`}
        arg=${arg//\$/\\\$}
        arg="\"$arg\""
    fi
    printf '%s' "${arg//\\/\\\\}"
}

# The program: copy the folder, then record what it holds.
make_dir "$prefix"
cp -R -- "$here/$name/." "$prefix/"
while IFS= read -r -d '' path; do
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        entries+=("d	$path")
    else
        entries+=("f	$path")
    fi
done < <(find "$prefix" -mindepth 1 -print0 | sort -z)

# The launcher on PATH: a symbolic link (the program finds its files through its real location).
make_dir "$bin_dir"
if [ -e "$bin_dir/$name" ] || [ -L "$bin_dir/$name" ]; then
    die "$bin_dir/$name already exists and is not ours: move it away first"
fi
ln -s -- "$prefix/$name" "$bin_dir/$name"
entries+=("l	$bin_dir/$name")

# Icons and the menu entry.
while IFS= read -r -d '' icon; do
    install_file "$icon" "$data_home/icons/${icon#"$here/share/icons/"}" 0644
done < <(find "$here/share/icons" -type f -print0 | sort -z)

desktop=$(<"$here/share/applications/$name.desktop.in")
exec_arg=$(desktop_exec_arg "$prefix/$name")
tryexec=${prefix//\\/\\\\}/$name
desktop=${desktop//@EXEC@/"$exec_arg"}
desktop=${desktop//@TRYEXEC@/"$tryexec"}
make_dir "$data_home/applications"
printf '%s\n' "$desktop" >"$data_home/applications/$name.desktop"
chmod 0644 "$data_home/applications/$name.desktop"
entries+=("f	$data_home/applications/$name.desktop")

# The uninstaller and its list go last; the list names itself so that nothing is left behind.
install_file "$here/uninstall.sh" "$prefix/uninstall.sh" 0755
entries+=("f	$manifest")
printf '%s\n' "${entries[@]}" >"$manifest"

echo "installed @APP_NAME@ @VERSION@ in $prefix"
"$prefix/$name" --version >/dev/null || echo "warning: the installed program does not start" >&2

# The desktop libraries the program takes from the system (the .deb depends on them; here we can only tell).
lacking=$(LD_LIBRARY_PATH="$prefix/_internal" ldd "$prefix/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" \
    "$prefix/_internal/PySide6/Qt/plugins/platforms/libqwayland.so" 2>/dev/null | awk '/not found/ {print $1}' |
    sort -u | tr '\n' ' ' || true)
if [ -n "$lacking" ]; then
    echo "warning: the window may not open: this system lacks $lacking(ask your administrator)" >&2
fi
case ":$PATH:" in
    *":$bin_dir:"*) echo "start it from the applications menu, or type: $name" ;;
    *) echo "start it from the applications menu, or as $bin_dir/$name ($bin_dir is not on your PATH)" ;;
esac
