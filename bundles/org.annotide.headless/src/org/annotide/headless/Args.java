package org.annotide.headless;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed arguments of a command: positionals, {@code --name value} options and {@code --flag} switches.
 * Options and flags are declared by the caller so that a typo is an error, not a silent default.
 */
public final class Args {

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, List<String>> repeated = new LinkedHashMap<>();

    private Args() {
    }

    /**
     * @param valued names of options that take a value (without the leading dashes)
     * @param flags  names of switches
     */
    public static Args parse(List<String> raw, Set<String> valued, Set<String> flags) {
        Args args = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String token = raw.get(i);
            if (token.startsWith("--") && token.length() > 2) {
                String name = token.substring(2);
                String value = null;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                if (flags.contains(name)) {
                    if (value != null) {
                        throw new UsageException("--" + name + " takes no value");
                    }
                    args.options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= raw.size()) {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        value = raw.get(++i);
                    }
                    args.options.put(name, value);
                    args.repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                args.positionals.add(token);
            }
        }
        return args;
    }

    public List<String> positionals() {
        return positionals;
    }

    public String positional(int index, String what) {
        if (index >= positionals.size()) {
            throw new UsageException("missing " + what);
        }
        return positionals.get(index);
    }

    public Path path(int index, String what) {
        return Path.of(positional(index, what));
    }

    public void expectPositionals(int min, int max) {
        if (positionals.size() < min) {
            throw new UsageException("expected at least " + min + " argument(s), got " + positionals.size());
        }
        if (positionals.size() > max) {
            throw new UsageException("unexpected argument '" + positionals.get(max) + "'");
        }
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** Every value of an option given several times ({@code --set a --set b}), in order; empty when absent. */
    public List<String> options(String name) {
        return List.copyOf(repeated.getOrDefault(name, List.of()));
    }

    public String requiredOption(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("missing --" + name);
        }
        return value;
    }

    public int intOption(String name, int fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    public double doubleOption(String name, double fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + value + "'");
        }
    }
}
