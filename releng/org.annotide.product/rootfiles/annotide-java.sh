# Sourced by the launcher scripts: finds a Java 21+ runtime and the Equinox launcher jar.
if [ -n "${ANNOTIDE_JAVA:-}" ]; then JAVA="$ANNOTIDE_JAVA"
elif [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"
else JAVA="$(command -v java || true)"
fi
if [ -z "$JAVA" ] || ! "$JAVA" -version >/dev/null 2>&1; then
  echo "annotide: no Java found; install Java 21 or newer and set JAVA_HOME" >&2; exit 1
fi
JAVA_MAJOR="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ "${JAVA_MAJOR%%.*}" -lt 21 ] 2>/dev/null; then
  echo "annotide: $JAVA is Java $JAVA_MAJOR; Annotide needs Java 21 or newer (set JAVA_HOME)" >&2; exit 1
fi
LAUNCHER="$(ls "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)"
if [ -z "$LAUNCHER" ]; then
  echo "annotide: the Equinox launcher is missing from $HERE/plugins" >&2; exit 1
fi
