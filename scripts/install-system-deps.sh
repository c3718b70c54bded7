#!/usr/bin/env bash
# Installs the Debian packages the build needs (libcmark for Markdown, pkg-config to find it)
# when they are missing. Safe to run again; does nothing when all is there.
set -euo pipefail
needed=()
for package in libcmark-dev pkg-config; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || needed+=("$package")
done
[ ${#needed[@]} -eq 0 ] && exit 0
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
echo "Installing ${needed[*]}..." >&2
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${needed[@]}" >/dev/null
