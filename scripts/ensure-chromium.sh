#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests, with a Japanese
# font (fonts-noto-cjk) so the layout checks (320 px, touch targets) measure real glyphs.
# Idempotent and silent when both are there; never downloads a browser build of its own.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
need=()

[ -x "$CHROMIUM" ] || need+=(chromium)
if ! dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed'; then
  need+=(fonts-noto-cjk)
fi

if [ "${#need[@]}" -eq 0 ]; then
  exit 0
fi

echo "ensure-chromium: installing ${need[*]} with apt-get" >&2

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: ERROR: apt-get not found; install ${need[*]} by hand ($CHROMIUM is expected)" >&2
  exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo -n)
  else
    echo "ensure-chromium: ERROR: not root and no sudo; cannot install ${need[*]}" >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq "${need[@]}"; } >"$log" 2>&1; then
  echo "ensure-chromium: ERROR: apt-get failed to install ${need[*]}:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: ERROR: chromium was installed but $CHROMIUM is still missing" >&2
  exit 1
fi

echo "ensure-chromium: ready: $("$CHROMIUM" --version 2>/dev/null || echo chromium)" >&2
