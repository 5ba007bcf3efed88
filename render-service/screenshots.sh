#!/bin/sh
# Screenshots of the rendered reference article and the issue front page in headless Chromium, at a desktop width
# (1280) and a phone width (390), saved under render-service/target/screenshots/.
#
# Run from anywhere:  render-service/screenshots.sh
# Installs Debian's chromium (and the Noto CJK fonts, so that Chinese text shows) with apt-get when missing, which
# needs root. Then it runs the JUnit test tagged "screenshots" (io.herald.render.web.ScreenshotsTest), which the
# default build leaves out; the exact command is:
#   ./mvnw -B -ntp -pl render-service -am verify -Drender.excludedGroups= -Dgroups=screenshots \
#       -Dtest='io/herald/render/web/ScreenshotsTest' -Dsurefire.failIfNoSpecifiedTests=false
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

if ! have chromium && ! have chromium-browser; then
    install_packages chromium fonts-noto-cjk
elif ! have fc-list || [ -z "$(fc-list :lang=zh family)" ]; then
    install_packages fonts-noto-cjk
fi

./mvnw -B -ntp -pl render-service -am verify -Drender.excludedGroups= -Dgroups=screenshots \
    -Dtest='io/herald/render/web/ScreenshotsTest' -Dsurefire.failIfNoSpecifiedTests=false "$@"

ls -l render-service/target/screenshots/*.png
