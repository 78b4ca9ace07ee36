#!/usr/bin/env bash
# The example plug-in, end to end: builds it against the p2 repository of this checkout's build, installs it
# into a COPY of the materialized product with 'annotide-cli plugins install' (p2's planner and engine on the
# product's own profile), checks through annotide-cli that
# its format is listed and reads and writes a file, that its reader opens an image and that scoring uses its
# similarity, refuses a plug-in built for
# another API version (both versions named, nothing changed), updates it to a newer build of the example and rolls
# the update back (p2's profile states), uninstalls it and checks the product still starts.
# Needs the product built first (./mvnw -o -B -q verify -DskipTests, or the reactor of ./dev test, where
# releng/ comes after bundles/ and tests/). Prints PASS at the end; exits non-zero at the first failure.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PRODUCT="$ROOT/releng/org.annotide.product/target/products/org.annotide.product/linux/gtk/x86_64"
REPOSITORY="$ROOT/releng/org.annotide.product/target/repository"
[ -x "$PRODUCT/annotide-cli" ] || { echo "no materialized product in $PRODUCT: build Annotide first" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. build the example as a team would: its own reactor, against the repository only
if [ "${SKIP_EXAMPLE_BUILD:-}" != 1 ]; then
  (cd "$ROOT/examples" && "$ROOT/mvnw" -B -q ${MVN_OFFLINE:--o} verify -Dannotide.repository="file:$REPOSITORY") \
    || fail "the example does not build"
fi
BUILT="$ROOT/examples/com.example.annotide.acme.site/target/repository"
[ -d "$BUILT/plugins" ] || fail "no update site in $BUILT"
# the site users install from, as a team publishes releases: a composite p2 repository with one child per release
SITE="$WORK/site"
composite() { # composite FOLDER CHILD...: writes the composite metadata and artifact repository files
  local folder="$1" kind type children=""; shift
  for child in "$@"; do children="$children<child location='$child'/>"; done
  for kind in Metadata Artifact; do
    case $kind in
      Metadata) type=org.eclipse.equinox.internal.p2.metadata.repository.CompositeMetadataRepository; file=compositeContent.xml ;;
      Artifact) type=org.eclipse.equinox.internal.p2.artifact.repository.CompositeArtifactRepository; file=compositeArtifacts.xml ;;
    esac
    printf "<?xml version='1.0' encoding='UTF-8'?>\n<?composite%sRepository version='1.0.0'?>\n<repository name='ACME releases' type='%s' version='1.0.0'><properties size='1'><property name='p2.timestamp' value='%s'/></properties><children size='%s'>%s</children></repository>\n" \
      "$kind" "$type" "$(date +%s%3N)" "$#" "$children" > "$folder/$file"
  done
}
mkdir -p "$SITE"
cp -a "$BUILT" "$SITE/release-1"
composite "$SITE" release-1

# 2. a copy of the product, with a private configuration area
cp -a "$PRODUCT" "$WORK/product"
export ANNOTIDE_CLI_CONFIG="$WORK/cli-config"
CLI="$WORK/product/annotide-cli"
INFO="$WORK/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

"$CLI" formats | grep -q acme-boxes && fail "acme-boxes is listed before the install"

# 3. a plug-in that needs an API version this Annotide does not have: refused, both versions named, nothing changed
# (the same update site, with the bundle's manifest asking for org.annotide.formats 0.2)
cp -a "$BUILT" "$WORK/bad-site"
JAR="$(ls "$BUILT"/plugins/com.example.annotide.acme_*.jar)"
"$(command -v -p python3)" - "$JAR" "$WORK/bad-site/plugins/$(basename "$JAR")" <<'PY'
import re, sys, zipfile
source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "META-INF/MANIFEST.MF":
            text = data.decode("utf-8").replace("\r\n", "\n").replace("\n ", "")  # unwrap continuation lines
            text, count = re.subn(r'org\.annotide\.formats;version="\[0\.1\.0,0\.2\.0\)"',
                                  'org.annotide.formats;version="[0.2.0,0.3.0)"', text)
            assert count == 1, "no import of org.annotide.formats [0.1.0,0.2.0) in the manifest"
            data = text.encode("utf-8")
        zout.writestr(item, data)
PY
cp "$INFO" "$WORK/bundles.info.before"
if "$CLI" plugins install "$WORK/bad-site" com.example.annotide.acme.feature > "$WORK/bad.out" 2> "$WORK/bad.err"; then fail "a plug-in for API 0.2 was installed"; fi
grep -q 'needs package org.annotide.formats \[0.2.0,0.3.0), this Annotide has 0.1.0' "$WORK/bad.err" || { cat "$WORK/bad.err"; fail "the refusal does not name both versions"; }
cmp -s "$INFO" "$WORK/bundles.info.before" || fail "a refused install changed bundles.info"
ls "$WORK/product/plugins" | grep -q com.example.annotide.acme && fail "a refused install left a jar"

# 4. install from the update site
"$CLI" plugins install "$SITE" com.example.annotide.acme.feature > "$WORK/install.out" 2>&1 || { cat "$WORK/install.out"; fail "install"; }
grep -q "installed com.example.annotide.acme.feature " "$WORK/install.out" || { cat "$WORK/install.out"; fail "install"; }
"$CLI" plugins list | grep -q "^com.example.annotide.acme.feature	" || fail "plugins list does not show it"
VERSION1="$("$CLI" plugins list | cut -f2)"
cp "$INFO" "$WORK/bundles.info.installed"

# 5. each contribution, through the command line
"$CLI" formats | grep -q "^acme-boxes *import *export" || { "$CLI" formats; fail "acme-boxes is not listed"; }
# the sampling strategy: the active-learning registry offers it (al select --help lists the installed strategies)
"$CLI" al select --help > "$WORK/al.out" 2>&1 || true
grep -q "acme_ratio *p_(2) / p_(1)" "$WORK/al.out" || { cat "$WORK/al.out"; fail "the strategy acme_ratio is not offered"; }
"$CLI" init "$WORK/project" > /dev/null
set +e
"$CLI" import "$WORK/project" "$ROOT/examples/data/sample.boxes" > "$WORK/import.out" 2>&1
code=$?
set -e
[ $code = 3 ] || { cat "$WORK/import.out"; fail "import of sample.boxes: exit $code, expected 3 (one broken line)"; }
grep -q "line 5" "$WORK/import.out" || { cat "$WORK/import.out"; fail "the broken line is not reported"; }
"$CLI" export "$WORK/project" "$WORK/out.boxes" --format acme-boxes > /dev/null || fail "export"
head -1 "$WORK/out.boxes" | grep -qx "#acme-boxes 1" || fail "the export has no header"
grep -q "^cells-01.png	640	480	nucleus	10	20	30	40$" "$WORK/out.boxes" || { cat "$WORK/out.boxes"; fail "a box did not survive the round trip"; }
grep -q "^cells-01.png	640	480	mitosis	100.5	200	25	25$" "$WORK/out.boxes" || fail "the second box did not survive"
grep -q "^cells-02.png	320	240$" "$WORK/out.boxes" || fail "the image without boxes did not survive"
# an ACME raw image: 'ACMERAW1', width 48, height 32 (big-endian), 1536 grey pixels
{ printf 'ACMERAW1\x00\x00\x00\x30\x00\x00\x00\x20'; head -c 1536 /dev/urandom; } > "$WORK/grey.acmeraw"
"$CLI" import-images "$WORK/project" "$WORK/grey.acmeraw" > "$WORK/images.out" 2>&1 || { cat "$WORK/images.out"; fail "the reader does not open grey.acmeraw"; }
"$CLI" info "$WORK/project" --json > "$WORK/info.json"
grep -q '"images":3' "$WORK/info.json" || { cat "$WORK/info.json"; fail "the image is not in the project"; }

# the trainer: listed by 'train --help', trains a nearest-centroid classifier on real images (Fashion-MNIST, 800 for
# training and validation), and its model predicts 200 images it never saw far above chance (10 %)
"$CLI" train --help > "$WORK/train-help.out" 2>&1 || true
grep -q "^  classify  *centroid  *com.example.annotide.acme.centroid$" "$WORK/train-help.out" \
  || { cat "$WORK/train-help.out"; fail "the trainer com.example.annotide.acme.centroid is not listed"; }
[ -f /usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz ] \
  || fail "Fashion-MNIST is missing: ./dev setup installs it (apt-get install dataset-fashion-mnist)"
fashion() { # fashion SPLIT FIRST COUNT FOLDER: COUNT images from FIRST as PNGs, and FOLDER/SPLIT.csv (path,label)
  "$(command -v -p python3)" - "$@" <<'PY'
import gzip, struct, sys, zlib, os
split, first, count, folder = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
names = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
base = "/usr/share/datasets/fashion-mnist/" + split
images = gzip.open(base + "-images-idx3-ubyte.gz").read()
labels = gzip.open(base + "-labels-idx1-ubyte.gz").read()
rows, cols = struct.unpack(">II", images[8:16])
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
os.makedirs(folder, exist_ok=True)
with open(os.path.join(folder, split + ".csv"), "w") as csv:
    csv.write("path,label\n")
    for i in range(first, first + count):
        pixels = images[16 + i * rows * cols:16 + (i + 1) * rows * cols]
        raw = b"".join(b"\0" + pixels[r * cols:(r + 1) * cols] for r in range(rows))
        name = "%s-%05d.png" % (split, i)
        with open(os.path.join(folder, name), "wb") as png:
            png.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", cols, rows, 8, 0, 0, 0, 0))
                      + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
        csv.write("%s,%s\n" % (name, names[labels[8 + i]]))
PY
}
fashion train 0 800 "$WORK/fashion"
fashion t10k 0 200 "$WORK/fashion-test"
"$CLI" init "$WORK/shop" > /dev/null
"$CLI" import-images "$WORK/shop" --csv "$WORK/fashion/train.csv" > /dev/null || fail "import of the Fashion-MNIST images"
"$CLI" import-images "$WORK/shop" "$WORK/fashion-test" --filter 't10k-.*\.png' > /dev/null || fail "import of the test images"
"$CLI" train "$WORK/shop" --task classify --model centroid --image-size 28 --epochs 1 --name centroids \
  > "$WORK/train.out" 2> "$WORK/train.err" || { cat "$WORK/train.out" "$WORK/train.err"; fail "training with the plug-in's trainer"; }
TOP1="$(sed -n 's/^METRIC top1 //p' "$WORK/train.out")"
"$(command -v -p python3)" -c "import sys; sys.exit(0 if float('$TOP1') >= 0.55 else 1)" \
  || { cat "$WORK/train.out"; fail "the centroid classifier's validation top-1 is $TOP1, below 0.55"; }
"$CLI" models "$WORK/shop" show centroids > "$WORK/models.out" 2>&1 || { cat "$WORK/models.out"; fail "models show"; }
grep -q "^trainer  *com.example.annotide.acme.centroid$" "$WORK/models.out" \
  || { cat "$WORK/models.out"; fail "the model is not registered as the centroid trainer's"; }
"$CLI" predict "$WORK/shop" --images 't10k-.*' > "$WORK/predict.out" 2>&1 || { cat "$WORK/predict.out"; fail "predict"; }
CORRECT="$("$(command -v -p python3)" - "$WORK/fashion-test/t10k.csv" "$WORK/predict.out" <<'PY'
import sys
truth = dict(line.strip().split(",", 1) for line in open(sys.argv[1]).readlines()[1:])
predicted = {}
for line in open(sys.argv[2]):
    fields = line.split()
    if fields and fields[0] == "PREDICT":
        predicted[fields[1]] = fields[2]
assert len(predicted) == len(truth), "%d predictions for %d images" % (len(predicted), len(truth))
print(sum(1 for name, label in truth.items() if predicted[name] == label.replace(" ", "_")))
PY
)" || { cat "$WORK/predict.out"; fail "the predictions do not cover the test images"; }
[ "$CORRECT" -ge 110 ] || fail "the centroid model predicted $CORRECT of 200 unseen images right, expected at least 110"
echo "centroid trainer: validation top-1 $TOP1, $CORRECT of 200 unseen test images right"

# the similarity: scoring a trainee's boxes against the ground truth uses Box Dice (priority 20), not the built-in
# box IoU: nucleus (10,20,30,40) against (15,20,30,40) overlaps 25 x 40, Dice 2000/2400 = 0.8333 (IoU 0.7143), and the
# class score is (100 x similarity + 100 x category) / 200 = 91.6667 (85.7143 with IoU)
WS="$WORK/ws"
mkdir -p "$WS"
"$CLI" init "$WS/gt" > /dev/null
"$CLI" import "$WS/gt" "$ROOT/examples/data/sample.boxes" > /dev/null 2>&1 || [ $? = 3 ] || fail "import of the ground truth"
echo "boss-password-1" | "$CLI" users "$WS" add boss --role admin --password-stdin > /dev/null
echo "alice-password-1" | ANNOTIDE_USER=boss ANNOTIDE_PASSWORD=boss-password-1 "$CLI" users "$WS" add alice --role annotator --password-stdin > /dev/null
ANNOTIDE_USER=boss ANNOTIDE_PASSWORD=boss-password-1 "$CLI" status "$WS/gt" --set completed > /dev/null
ANNOTIDE_USER=boss ANNOTIDE_PASSWORD=boss-password-1 "$CLI" training-project create "$WS/tp" --source "$WS/gt" --trainee alice > /dev/null
printf '#acme-boxes 1\ncells-01.png\t640\t480\tnucleus\t15\t20\t30\t40\ncells-01.png\t640\t480\tmitosis\t100.5\t200\t25\t25\ncells-02.png\t320\t240\n' > "$WS/alice.boxes"
ANNOTIDE_PASSWORD=alice-password-1 "$CLI" training-project submit "$WS/tp" --trainee alice --annotations "$WS/alice.boxes" --format acme-boxes > /dev/null
ANNOTIDE_USER=boss ANNOTIDE_PASSWORD=boss-password-1 "$CLI" score "$WS/tp" > "$WORK/score.out"
grep -q "^SCORE_CLASS alice nucleus 91.6667$" "$WORK/score.out" || { cat "$WORK/score.out"; fail "the score does not come from Box Dice"; }

# 6. update to a newer build of the example (a later qualifier), then roll the update back: p2's profile states
if [ "${SKIP_EXAMPLE_BUILD:-}" != 1 ]; then
  (cd "$ROOT/examples" && "$ROOT/mvnw" -B -q ${MVN_OFFLINE:--o} verify -Dannotide.repository="file:$REPOSITORY" \
      -DforceContextQualifier=zupdate) || fail "the newer example does not build"
  cp -a "$BUILT" "$SITE/release-2"
  composite "$SITE" release-1 release-2
  "$CLI" plugins update > "$WORK/update.out" 2>&1 || { cat "$WORK/update.out"; fail "update"; }
  grep -q "updated com.example.annotide.acme.feature to 1.0.0.zupdate" "$WORK/update.out" || { cat "$WORK/update.out"; fail "update did not take the newer build"; }
  grep -q "com.example.annotide.acme_1.0.0.zupdate.jar" "$INFO" || fail "bundles.info does not start the newer bundle"
  "$CLI" formats | grep -q "^acme-boxes" || fail "acme-boxes is not listed after the update"
  "$CLI" plugins update | grep -q "everything is up to date" || fail "a second update found something"
  "$CLI" plugins rollback > "$WORK/rollback.out" 2>&1 || { cat "$WORK/rollback.out"; fail "rollback"; }
  [ "$("$CLI" plugins list | cut -f2)" = "$VERSION1" ] || { "$CLI" plugins list; fail "rollback did not bring $VERSION1 back"; }
  cmp -s <(sort "$INFO") <(sort "$WORK/bundles.info.installed") || fail "bundles.info after the rollback differs from after the install"
  "$CLI" formats | grep -q "^acme-boxes" || fail "acme-boxes is not listed after the rollback"
fi

# 7. uninstall: gone, and the product still starts
"$CLI" plugins uninstall com.example.annotide.acme.feature | grep -q "uninstalled com.example.annotide.acme.feature" || fail "uninstall"
"$CLI" formats | grep -q acme-boxes && fail "acme-boxes is still listed after the uninstall"
"$CLI" al select --help 2>&1 | grep -q acme_ratio && fail "acme_ratio is still offered after the uninstall"
"$CLI" train --help 2>&1 | grep -q com.example.annotide.acme.centroid && fail "the trainer is still listed after the uninstall"
"$CLI" train "$WORK/shop" --task classify --model centroid --image-size 28 --epochs 1 > "$WORK/train2.out" 2>&1 \
  && fail "training with --model centroid worked after the uninstall"
grep -q "no installed trainer can train classify with model size 'centroid'" "$WORK/train2.out" \
  || { cat "$WORK/train2.out"; fail "training with the uninstalled trainer is not refused clearly"; }
ls "$WORK/product/plugins" | grep -q com.example.annotide.acme && fail "the jar is still there"
[ -z "$("$CLI" plugins list)" ] || fail "plugins list is not empty"
"$CLI" --help > /dev/null || fail "the product does not start after the uninstall"
cmp -s <(sort "$INFO") <(sort "$WORK/bundles.info.before") || fail "bundles.info differs from before the install"

# 8. installed as the workbench installs (Help > Install New Software: p2's engine changes bundles.info alone, here
# through p2's director application): the command line starts the plug-in too, from its next run
HERE="$WORK/product"
source "$WORK/product/annotide-java.sh"
"$JAVA" -jar "$LAUNCHER" -install "$WORK/product" -configuration "$WORK/product/configuration" -nosplash \
  -application org.eclipse.equinox.p2.director -repository "file:$SITE" \
  -installIU com.example.annotide.acme.feature.feature.group \
  -profile "$(sed -n 's/^eclipse.p2.profile=//p' "$WORK/product/configuration/config.ini")" -destination "$WORK/product" \
  > "$WORK/director.out" 2>&1 || { cat "$WORK/director.out"; fail "p2's director did not install the example"; }
grep -q com.example.annotide.acme "$INFO" || fail "p2's director did not add the example to bundles.info"
"$CLI" formats | grep -q "^acme-boxes" || fail "acme-boxes installed from the workbench is not listed on the command line"
echo PASS
