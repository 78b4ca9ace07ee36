package org.annotide.tests.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Third-party plug-ins made and installed while a test runs: a bundle jar with a manifest, a {@code plugin.xml} and
 * the class files of some test classes (copied, so the plug-in loads its own copies through its own class loader, as
 * a separately built plug-in would). Installing and resolving it adds its contributions to the extension registry;
 * {@link #uninstall(Bundle)} takes them away again.
 */
public final class TestPlugins {

    private TestPlugins() {
    }

    /**
     * Installs and resolves a plug-in.
     *
     * @param symbolicName its Bundle-SymbolicName
     * @param name its Bundle-Name (what users are told)
     * @param requireBundle its Require-Bundle header, e.g. {@code "org.annotide.formats"}
     * @param pluginXml the content of its plugin.xml
     * @param classes test classes whose class files it carries
     */
    public static Bundle install(String symbolicName, String name, String requireBundle, String pluginXml,
            Class<?>... classes) throws IOException, BundleException {
        BundleContext context = context();
        Bundle bundle = context.installBundle("test-plugin:" + symbolicName,
                new ByteArrayInputStream(jar(symbolicName, name, requireBundle, pluginXml, classes)));
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (!wiring.resolveBundles(List.of(bundle))) {
            throw new BundleException("the test plug-in " + symbolicName + " does not resolve");
        }
        return bundle;
    }

    /** Uninstalls a plug-in made by {@link #install}, and refreshes the framework. */
    public static void uninstall(Bundle bundle) throws BundleException {
        if (bundle == null || bundle.getState() == Bundle.UNINSTALLED) {
            return;
        }
        bundle.uninstall();
        context().getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle));
    }

    static byte[] jar(String symbolicName, String name, String requireBundle, String pluginXml, Class<?>... classes)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        main.putValue("Bundle-Name", name);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Require-Bundle", requireBundle);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new JarEntry("plugin.xml"));
            out.write(pluginXml.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (Class<?> type : classes) {
                String path = type.getName().replace('.', '/') + ".class";
                try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
                    if (in == null) {
                        throw new IOException("no class file for " + type.getName());
                    }
                    out.putNextEntry(new JarEntry(path));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static BundleContext context() throws BundleException {
        Bundle self = FrameworkUtil.getBundle(TestPlugins.class);
        if (self == null) {
            throw new IllegalStateException("TestPlugins needs an OSGi framework");
        }
        if (self.getState() != Bundle.ACTIVE) {
            self.start();
        }
        return self.getBundleContext();
    }
}
