package org.annotide.core.tests.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small real tmpfs for full-disk tests, made without mount rights where possible.
 * <p>
 * First choice: {@code unshare -rm} puts a helper process in a new user and mount namespace, where an ordinary
 * user may mount a tmpfs; the helper stays alive, and this JVM reaches the mount through
 * {@code /proc/<helper>/root/<dir>} (the helper's view of the file system). Needs user namespaces (on by default in
 * Debian 11 and later, also for root in a container without CAP_SYS_ADMIN), no loop device, no mount rights.
 * Second choice: a plain {@code mount -t tmpfs} where the test runs as root with the right to mount.
 * {@link #create} answers null where neither works.
 */
final class TinyFileSystem implements AutoCloseable {

    private final Process helper;
    private final Path mountPoint;
    private final Path root;

    private TinyFileSystem(Process helper, Path mountPoint, Path root) {
        this.helper = helper;
        this.mountPoint = mountPoint;
        this.root = root;
    }

    static TinyFileSystem create(Path mountPoint, String size) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        String dir = mountPoint.toAbsolutePath().toString();
        Process helper = new ProcessBuilder("unshare", "-rm", "sh", "-c",
                "mount -t tmpfs -o size=" + size + " tmpfs '" + dir + "' && echo mounted && exec sleep 3600")
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(helper.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        if ("mounted".equals(line)) {
            // unshare without --fork execs in the same process: its pid is the namespace's
            return new TinyFileSystem(helper, mountPoint, Path.of("/proc", String.valueOf(helper.pid()), "root")
                    .resolve(dir.substring(1)));
        }
        helper.destroyForcibly();
        if (run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir)) {
            return new TinyFileSystem(null, mountPoint, mountPoint);
        }
        return null;
    }

    /** The tmpfs's root as this JVM reaches it. */
    Path root() {
        return root;
    }

    /** True when this was made in a user namespace, without mount rights. */
    boolean unprivileged() {
        return helper != null;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (helper != null) {
            helper.destroyForcibly();
            helper.waitFor(30, TimeUnit.SECONDS); // the namespace and its tmpfs go with the last process in it
        } else {
            run("umount", mountPoint.toString());
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
