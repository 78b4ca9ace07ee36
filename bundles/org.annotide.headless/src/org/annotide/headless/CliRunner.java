package org.annotide.headless;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.annotide.headless.internal.HeadlessApplication;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * {@code annotide-cli} in-process: the same parsing, help, command groups and exit codes as the
 * application, over a given list of verbs or over the verbs registered in the running framework. For the
 * tests of bundles that contribute verbs, and for embedding the command line.
 */
public final class CliRunner {

    private CliRunner() {
    }

    /** Runs the command line over these verbs, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(List<String> arguments, List<CliVerb> verbs, PrintStream out, PrintStream err) {
        return HeadlessApplication.run(arguments, verbs, out, err);
    }

    /** The verbs registered as OSGi services in the running framework, by name. */
    public static List<CliVerb> registeredVerbs() {
        Bundle bundle = FrameworkUtil.getBundle(CliRunner.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new IllegalStateException("org.annotide.headless is not started in an OSGi framework");
        }
        List<CliVerb> verbs = new ArrayList<>();
        try {
            for (ServiceReference<CliVerb> reference : context.getServiceReferences(CliVerb.class, null)) {
                CliVerb verb = context.getService(reference);
                if (verb != null) {
                    verbs.add(verb);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        verbs.sort(Comparator.comparing(CliVerb::name));
        return verbs;
    }
}
