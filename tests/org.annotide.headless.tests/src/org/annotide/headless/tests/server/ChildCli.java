package org.annotide.headless.tests.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code annotide-cli} in a child JVM: the same Equinox framework jar and the same bundles as this test's own framework
 * (the child starts from a copy of the {@code config.ini} tycho-surefire wrote for this test run, found through
 * {@code osgi.configuration.area}), so it runs exactly the code under test, with the real headless application and
 * its DS verbs, and can be killed with SIGKILL ({@link Process#destroyForcibly()}) without taking the test down. The
 * built product is not used because the tests run before it is assembled.
 */
final class ChildCli {

    private ChildCli() {
    }

    /** A copy of the config.ini this test's framework started from, in a fresh configuration area. */
    static Path configuration(Path temp) throws Exception {
        String area = System.getProperty("osgi.configuration.area");
        assertTrue(area != null, "osgi.configuration.area is set in an Equinox test run");
        Path source = Path.of(new URL(area).toURI()).resolve("config.ini");
        assertTrue(Files.isRegularFile(source), "tycho-surefire's " + source);
        Path config = Files.createDirectories(temp.resolve("child-configuration"));
        Files.copy(source, config.resolve("config.ini"));
        return config;
    }

    /** Starts annotide-cli with the arguments in a child JVM; data is its workspace (-data). */
    static Process start(Path config, Path data, String... arguments) throws IOException {
        Properties ini = new Properties();
        try (var in = Files.newInputStream(config.resolve("config.ini"))) {
            ini.load(in);
        }
        String framework = ini.getProperty("osgi.framework");
        Path frameworkJar;
        try {
            frameworkJar = Path.of(new URL(framework).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        // the JDK packages the test framework lets bundles see without importing them (javax.crypto, ...), as here
        for (String property : List.of("org.osgi.framework.bootdelegation", "osgi.compatibility.bootdelegation")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        if (System.getProperty("osgi.compatibility.bootdelegation") == null) {
            command.add("-Dosgi.compatibility.bootdelegation=true");
        }
        command.addAll(List.of("-jar", frameworkJar.toString(), "-configuration", config.toUri().toString(), "-data",
                data.toUri().toString(), "-application", "org.annotide.headless.cli"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's output (always, so it never blocks) and returns its base URL once it says SERVING. */
    static String awaitServing(Process server) throws Exception {
        CompletableFuture<String> serving = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.startsWith("SERVING ")) {
                        serving.complete(line.substring("SERVING ".length()).trim());
                    }
                }
            } catch (IOException e) {
                // the process died
            }
            serving.completeExceptionally(new AssertionError("the server ended without serving:\n" + output));
        }, "server output");
        reader.setDaemon(true);
        reader.start();
        try {
            return serving.get(90, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            synchronized (output) {
                throw new AssertionError("no SERVING within 90 s:\n" + output);
            }
        }
    }
}
