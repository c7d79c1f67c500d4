#!/bin/sh
# tools/apt-install.sh 'PACKAGE: CHECK'...
# Installs the Debian packages whose check fails, in one apt-get call, and says nothing when every
# check passes. A CHECK is a shell command that succeeds when what the package provides is present:
#   tools/apt-install.sh 'hugo: command -v hugo' 'time: test -x /usr/bin/time'
# Installs as root with apt-get, else through sudo; runs apt-get update only if the first attempt
# fails, as the package lists of a fresh machine may be missing or stale. Without apt-get, or
# without root and sudo, stops with a message naming the packages to install.
set -eu

package() { printf '%s' "${1%%:*}"; }
check() { c=${1#*:}; printf '%s' "${c# }"; }
present() { sh -c "$(check "$1")" >/dev/null 2>&1; }

missing=""
for need in "$@"; do
    case $need in
        ?*:?*) ;;
        *) echo "tools/apt-install.sh : « $need » n'a pas la forme « paquet: commande de vérification »" >&2; exit 2 ;;
    esac
    present "$need" || missing="$missing $(package "$need")"
done
[ -n "$missing" ] || exit 0
missing=${missing# }

apt=""
if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ]; then apt="apt-get"
    elif command -v sudo >/dev/null 2>&1; then apt="sudo apt-get"
    fi
fi
if [ -z "$apt" ]; then
    echo "erreur : installez les paquets Debian « $missing » (apt-get install $missing), puis relancez make." >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "installation des paquets Debian $missing avec $apt…"
# $apt and $missing are split into words on purpose.
# shellcheck disable=SC2086
if ! $apt install -y -q $missing >/dev/null 2>&1; then
    $apt update -q >/dev/null || true
    if ! $apt install -y -q $missing >/dev/null; then
        echo "erreur : l'installation de « $missing » avec $apt a échoué (voir ci-dessus)." >&2
        exit 1
    fi
fi
for need in "$@"; do
    if ! present "$need"; then
        echo "erreur : le paquet « $(package "$need") » est installé, mais « $(check "$need") » échoue toujours." >&2
        exit 1
    fi
done
