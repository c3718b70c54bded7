#!/usr/bin/env bash
# Installs Debian packages when they are missing: by default those the build needs (libcmark
# for Markdown, pkg-config to find it), else the ones named (`install-system-deps.sh chromium`).
# Safe to run again; does nothing when all is there.
set -euo pipefail
packages=("$@")
[ ${#packages[@]} -eq 0 ] && packages=(libcmark-dev pkg-config)
needed=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || needed+=("$package")
done
[ ${#needed[@]} -eq 0 ] && exit 0
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
echo "Installing ${needed[*]}..." >&2
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${needed[@]}" >/dev/null
