package org.annotide.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Without a database: the users file ({@code annotide-users.json}) is where a folder server's users and their roles
 * change, by whatever writes it ({@code annotide-cli users FOLDER role|remove}, a workbench on the same folder). The
 * operating system tells of each write (the file is replaced whole by a rename, so a write is always complete); the
 * {@link MemberWatch} then reads every user with a socket or a session here again, as after a database's notification.
 */
final class UsersFileWatch implements AutoCloseable {

    private final Path file;
    private final MemberWatch watch;
    private final WatchService service;
    private final Thread thread;

    /**
     * Watches the file's folder from now on.
     *
     * @throws IOException when the folder cannot be watched
     */
    UsersFileWatch(Path file, MemberWatch watch) throws IOException {
        this.file = file.toAbsolutePath();
        this.watch = watch;
        this.service = FileSystems.getDefault().newWatchService();
        this.file.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(this::follow, "Annotide users file watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    // an overflow lost events: the file may be among them
                    ours |= event.kind() == StandardWatchEventKinds.OVERFLOW
                            || file.getFileName().equals(event.context());
                }
                key.reset();
                if (ours) {
                    changed();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void changed() {
        try {
            watch.changedAll();
        } catch (UncheckedIOException e) { // a file edited by hand into something else: nobody's role changes
            System.err.println("annotide server: the users file changed but cannot be read, roles stay as they were: "
                    + e.getCause().getMessage());
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing: the thread ends with the service
        }
        thread.interrupt();
    }
}
