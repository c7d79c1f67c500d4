#!/bin/sh
# Installs Debian packages with apt-get (as root, or through sudo); runs apt-get update only if the
# first attempt fails, as the package lists of a fresh machine may be missing or stale.
set -eu
if [ "$(id -u)" = "0" ]; then apt="apt-get"
elif command -v sudo >/dev/null 2>&1; then apt="sudo apt-get"
else
  echo "erreur : installez les paquets Debian « $* » (apt-get install $*), puis relancez make." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "installation des paquets Debian $* avec apt-get…"
$apt install -y -q "$@" >/dev/null 2>&1 || { $apt update -q >/dev/null && $apt install -y -q "$@" >/dev/null; }
