package org.annotide.core.extensions;

/**
 * A contribution to an extension point that Annotide cannot use.
 *
 * @param extensionPoint the extension point's id, e.g. {@code org.annotide.formats.formats}
 * @param contributionId the contribution's {@code id} attribute (or its element name when it has none)
 * @param pluginId the symbolic name of the bundle that contributed it
 * @param pluginName the bundle's human-readable name ({@code Bundle-Name}), or its symbolic name
 * @param problem what is wrong, in one sentence, without the plug-in's name
 */
public record ContributionProblem(String extensionPoint, String contributionId, String pluginId, String pluginName,
        String problem) {

    /** The line shown to users: plug-in name and id, the contribution, the extension point and the problem. */
    public String message() {
        String plugin = pluginName.equals(pluginId) ? "'" + pluginId + "'" : "'" + pluginName + "' (" + pluginId + ")";
        return "Plug-in " + plugin + ": contribution '" + contributionId + "' to " + extensionPoint
                + " is not used: " + problem;
    }

    @Override
    public String toString() {
        return message();
    }
}
