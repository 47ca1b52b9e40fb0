#!/bin/sh
# Rebuild the compiled jars in lib/ from upstream sources (needs a JDK >= 11, e.g.
# default-jdk-headless, plus the Debian packages in debian-packages.txt).
#
#   UPSTREAM=/path/to/checkouts ./build.sh
#
# $UPSTREAM must hold these checkouts (git clone + git checkout):
#   veraPDF-validation  https://github.com/veraPDF/veraPDF-validation  tag v1.24.1 (8dde38a14a43372914bd6e41df09c42016343808)
#   veraPDF-apps        https://github.com/veraPDF/veraPDF-apps        tag v1.24.1 (b9eca840f51aeb3738878d8b1100a15596534939)
#   jcommander          https://github.com/cbeust/jcommander           tag 1.81    (7cda8048ed5e6651f5da381a8e967a5a7d89a954)
#   Rosetta.VeraPDF     https://github.com/rosetta-format-library/Rosetta.VeraPDF
#                       commit 03d7a890fdda626837b1600118d15f2fe6ce9671 (only its lib/*.jar are used)
# Output goes to $OUT (default: ./lib next to this script). The prebuilt
# upstream jars are copied from Rosetta.VeraPDF/lib unchanged.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
UP=${UPSTREAM:?set UPSTREAM to the folder holding the upstream checkouts (see header)}
OUT=${OUT:-$HERE/lib}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT INT TERM

D=/usr/share/java
DEB=$D/jaxb-api.jar:$D/jaxb-core.jar:$D/jaxb-runtime.jar:$D/txw2.jar:$D/istack-commons-runtime.jar:$D/javax.activation.jar:$D/rhino.jar
R=$UP/Rosetta.VeraPDF/lib
UPJARS=$R/core-1.24.1.jar:$R/parser-1.24.1.jar:$R/pdf-model-1.24.1.jar:$R/validation-model-1.24.1.jar:$R/verapdf-xmp-core-1.24.1.jar
JAVAC="javac --release 8 -encoding UTF-8 -nowarn -Xlint:-options -proc:none"

srcs() { find "$@" -name '*.java' ! -name module-info.java > "$W/files.txt"; echo "@$W/files.txt"; }

# 1. shim for javanet.staxutils (stax-utils is not in Debian)
$JAVAC -cp "$D/txw2.jar" -d "$W/shim" $(srcs "$HERE/src/shim")
# 2. jcommander 1.81 (Debian ships 1.71, which lacks APIs veraPDF uses)
$JAVAC -d "$W/jcommander" $(srcs "$UP/jcommander/src/main/java")
# 3. veraPDF-validation v1.24.1: the two greenfield modules that the Rosetta
#    jars lack but validation-model calls (feature reporting, metadata fixer;
#    e.g. GFCosInfo uses metadata.fixer.gf.utils.DateConverter for PDF/A-1).
#    wcag-validation (+ veraPDF-wcag-algs) is left out: it is only reached via
#    the SA ("structure analysis") object model, which no built-in profile of
#    core 1.24.1 (PDF/A-1..4, PDF/UA-1) uses.
V=$UP/veraPDF-validation
$JAVAC -cp "$UPJARS:$DEB" -d "$W/val" \
  $(srcs "$V/feature-reporting/src/main/java" "$V/metadata-fixer/src/main/java")
# 4. veraPDF-apps v1.24.1: gui (holds the CLI) + greenfield-apps
A=$UP/veraPDF-apps
$JAVAC -cp "$UPJARS:$W/val:$W/jcommander:$W/shim:$DEB" -d "$W/apps" \
  $(srcs "$A/gui/src/main/java" "$A/greenfield-apps/src/main/java")
# keep only what the command-line tool needs (drop the Swing GUI)
mkdir -p "$W/apps-cli/org/verapdf/gui" "$W/apps-cli/org/verapdf/release" "$W/apps-cli/org/verapdf/apps"
cp -R "$W/apps/org/verapdf/cli" "$W/apps-cli/org/verapdf/"
cp -R "$W/apps/org/verapdf/gui/utils" "$W/apps-cli/org/verapdf/gui/"
cp -R "$W/apps/org/verapdf/apps/." "$W/apps-cli/org/verapdf/apps/"
rm -f "$W"/apps-cli/org/verapdf/apps/GreenfieldGuiWrapper*.class
# Maven-filtered resource (date = the v1.24.1 tag's commit date)
printf 'verapdf.project.id=gui\nverapdf.release.version=1.24.1\nverapdf.release.date=2023-06-22\nverapdf.date.format=yyyy-MM-dd\n' \
  > "$W/apps-cli/org/verapdf/release/app.properties"

mkdir -p "$OUT"
(cd "$W/jcommander" && jar cf "$OUT/jcommander-1.81.jar" .)
(cd "$W/val" && jar cf "$OUT/verapdf-validation-extra-1.24.1.jar" .)
(cd "$W/apps-cli" && jar cf "$OUT/verapdf-apps-1.24.1.jar" .)
(cd "$W/shim" && jar cf "$OUT/digitize-verapdf-shim.jar" .)
for j in core parser pdf-model validation-model verapdf-xmp-core; do cp "$R/$j-1.24.1.jar" "$OUT/"; done
echo "built into $OUT"
