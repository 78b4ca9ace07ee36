package org.annotide.core.extensions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * The one place where the registries of Annotide's extension points report a contribution they cannot use. The
 * first report of a contribution (extension point, plug-in, contribution id) in a session is logged to the
 * platform log as an error {@link IStatus} with plug-in id {@link #STATUS_PLUGIN} and code {@link #STATUS_CODE},
 * naming the plug-in; later reports of the same contribution are dropped, so a registry that is built for every
 * command does not repeat itself. Front ends listen to the platform log for statuses that
 * {@link #isContributionProblem(IStatus)} and show each once. Thread-safe.
 */
public final class ContributionProblems {

    /** The plug-in id of the statuses logged for contribution problems. */
    public static final String STATUS_PLUGIN = "org.annotide.core";
    /** The code of the statuses logged for contribution problems. */
    public static final int STATUS_CODE = 1701;

    private static final Map<String, ContributionProblem> REPORTED = new LinkedHashMap<>();

    private ContributionProblems() {
    }

    /**
     * Reports a contribution that cannot be used.
     *
     * @param element the contribution's configuration element (its contributor names the plug-in)
     * @param problem what is wrong, e.g. "its class com.example.Foo cannot be created: ClassNotFoundException"
     * @param cause the exception, or null
     * @return the problem, whether it was new or already reported
     */
    public static ContributionProblem report(IConfigurationElement element, String problem, Throwable cause) {
        String id = element.getAttribute("id");
        String point = element.getDeclaringExtension() == null ? "?"
                : element.getDeclaringExtension().getExtensionPointUniqueIdentifier();
        return report(point, id == null ? element.getName() : id, element.getContributor(), problem, cause);
    }

    /** Reports a contribution that cannot be used, by its parts (see {@link #report(IConfigurationElement, String, Throwable)}). */
    public static ContributionProblem report(String extensionPoint, String contributionId, IContributor contributor,
            String problem, Throwable cause) {
        String pluginId = contributor == null ? "?" : contributor.getName();
        ContributionProblem reported = new ContributionProblem(extensionPoint, contributionId, pluginId,
                pluginName(contributor), problem);
        String key = extensionPoint + '\n' + pluginId + '\n' + contributionId;
        synchronized (REPORTED) {
            ContributionProblem earlier = REPORTED.putIfAbsent(key, reported);
            if (earlier != null) {
                return earlier;
            }
        }
        ILog.of(ContributionProblems.class).log(new Status(IStatus.ERROR, STATUS_PLUGIN, STATUS_CODE,
                reported.message(), cause));
        return reported;
    }

    /** The problems reported in this session, in the order of their first report. */
    public static List<ContributionProblem> reported() {
        synchronized (REPORTED) {
            return List.copyOf(new ArrayList<>(REPORTED.values()));
        }
    }

    /** True when the contribution of this plug-in to this extension point was reported. */
    public static boolean isReported(String extensionPoint, String pluginId, String contributionId) {
        synchronized (REPORTED) {
            return REPORTED.containsKey(extensionPoint + '\n' + pluginId + '\n' + contributionId);
        }
    }

    /** True for the statuses this class logs. */
    public static boolean isContributionProblem(IStatus status) {
        return status != null && status.getCode() == STATUS_CODE && STATUS_PLUGIN.equals(status.getPlugin());
    }

    /**
     * A short description of why creating or calling a contribution failed: the exception's class and message, and
     * the root cause's (a {@code CoreException} from {@code createExecutableExtension} wraps the real one).
     */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (root != e) {
            text += " (caused by " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
        }
        return text;
    }

    private static String pluginName(IContributor contributor) {
        if (contributor == null) {
            return "?";
        }
        try {
            Bundle bundle = ContributorFactoryOSGi.resolve(contributor);
            if (bundle != null) {
                String name = bundle.getHeaders("").get(Constants.BUNDLE_NAME);
                if (name != null && !name.isBlank() && !name.startsWith("%")) {
                    return name;
                }
            }
        } catch (RuntimeException e) {
            // not an OSGi contributor: its name is all there is
        }
        return contributor.getName();
    }
}
