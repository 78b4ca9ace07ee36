# Sourced by the launcher scripts: finds a Java 21+ runtime and the Equinox launcher jar.
# Order: ANNOTIDE_JAVA (a java executable); the runtime shipped in the product's jre/ (made with jlink at
# build time); JAVA_HOME; java on the PATH; the newest JDK 21+ under /usr/lib/jvm. A Java older than 21 is
# passed over, not an error, unless nothing newer exists.
# The major version of a java executable: from its runtime's release file (no JVM start), else by asking it.
java_major_of() {
  local home
  home="$(dirname "$(dirname "$(readlink -f "$1")")")"
  if [ -f "$home/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release"
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
  fi
}
java_fits() { [ -n "$1" ] && [ -x "$1" ] && [ "$(java_major_of "$1")" -ge 21 ] 2>/dev/null; }
JAVA=""
if [ -n "${ANNOTIDE_JAVA:-}" ]; then
  JAVA="$ANNOTIDE_JAVA"
  if ! java_fits "$JAVA"; then
    echo "annotide: ANNOTIDE_JAVA=$JAVA is not a Java 21 or newer" >&2; exit 1
  fi
else
  for candidate in "$HERE/jre/bin/java" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)"; do
    if java_fits "$candidate"; then JAVA="$candidate"; break; fi
  done
  if [ -z "$JAVA" ]; then
    best_major=0
    for candidate in /usr/lib/jvm/*/bin/java; do
      [ -x "$candidate" ] || continue
      major="$(java_major_of "$candidate")"
      if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
        JAVA="$candidate"; best_major="$major"
      fi
    done
  fi
  if [ -z "$JAVA" ]; then
    echo "annotide: no Java 21 or newer found (no jre/ in $HERE, JAVA_HOME and the PATH give an older or no java," \
      "none under /usr/lib/jvm); install one or set ANNOTIDE_JAVA" >&2; exit 1
  fi
fi
LAUNCHER="$(ls "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)"
if [ -z "$LAUNCHER" ]; then
  echo "annotide: the Equinox launcher is missing from $HERE/plugins" >&2; exit 1
fi
