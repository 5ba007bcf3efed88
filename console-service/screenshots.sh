#!/bin/sh
# Screenshots of every page of the operators' console (login, pipeline, dead letters, an article's journey,
# operations) in headless Chromium, at a laptop width (1280) and a phone width (390), saved under
# console-service/target/screenshots/. A real browser logs in at the console's form (driven through chromedriver).
#
# Run from anywhere:  console-service/screenshots.sh
# Installs Debian's chromium and chromium-driver (and the Noto CJK fonts, so that Chinese text shows) with apt-get
# when missing, which needs root. Then it runs the JUnit test tagged "screenshots"
# (io.herald.console.screenshots.ScreenshotsTest), which the default build leaves out; the exact command is:
#   ./mvnw -B -ntp -pl console-service -am verify -Dconsole.excludedGroups= -Dgroups=screenshots \
#       -Dtest='io/herald/console/screenshots/ScreenshotsTest' -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none
# Extra arguments are passed to Maven (e.g. -o to build offline).
set -eu

cd "$(dirname "$0")/.."

have() {
    command -v "$1" >/dev/null 2>&1
}

install_packages() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "screenshots.sh: $* missing; installing needs root (run as root, or: apt-get install $*)" >&2
        exit 1
    fi
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

missing=""
if ! have chromium && ! have chromium-browser; then
    missing="$missing chromium"
fi
if ! have chromedriver; then
    missing="$missing chromium-driver"
fi
if ! have fc-list || [ -z "$(fc-list :lang=zh family)" ]; then
    missing="$missing fonts-noto-cjk"
fi
if [ -n "$missing" ]; then
    # shellcheck disable=SC2086
    install_packages $missing
fi

./mvnw -B -ntp -pl console-service -am verify -Dconsole.excludedGroups= -Dgroups=screenshots \
    -Dtest='io/herald/console/screenshots/ScreenshotsTest' -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none "$@"

ls -l console-service/target/screenshots/*.png
