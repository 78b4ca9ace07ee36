package org.annotide.ui.editor.internal.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.graphics.ImageData;

/**
 * Worker threads that render the tiles the last paint asked for, most wanted first. Each request replaces
 * the queue of tiles not yet started: when the user pans or zooms, tiles that scrolled away are not
 * rendered. A tile already being rendered at the requested version is not queued twice.
 * <p>
 * Besides its lasting workers it may start helpers that render only until {@link #dismissHelpers()}: the
 * display tiles use them for a view's first frame, while the UI thread has nothing to draw and waits for
 * tiles, so that every core decodes and composes (the lasting workers leave one core to the UI thread's frames).
 */
final class TileScheduler {

    /** A tile to render at the version its cache entry had when asked. */
    record Job(TileKey key, int version) {
    }

    /** A rendered tile; {@code data} is null and {@code error} says why when rendering failed. */
    record Result(TileKey key, int version, ImageData data, RuntimeException error) {
    }

    private final Deque<Job> queue = new ArrayDeque<>();
    private final Map<TileKey, Integer> running = new HashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    /** Set once the helpers are no longer wanted: each ends after its current tile. */
    private boolean helpersDismissed;
    private final Function<TileKey, ImageData> renderer;
    private final Consumer<Result> done;
    private boolean stopped;

    /** @param helpers workers that render only until {@link #dismissHelpers()} */
    TileScheduler(int workers, int helpers, String name, Function<TileKey, ImageData> renderer,
            Consumer<Result> done) {
        this.renderer = renderer;
        this.done = done;
        for (int i = 0; i < workers + helpers; i++) {
            boolean helper = i >= workers;
            Thread thread = new Thread(() -> work(helper),
                    name + (helper ? " first-frame tile renderer " : " tile renderer ") + (i + 1));
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            threads.add(thread);
            thread.start();
        }
    }

    /** Lets the helpers end, each once its current tile is done; the lasting workers go on. */
    synchronized void dismissHelpers() {
        if (!helpersDismissed) {
            helpersDismissed = true;
            notifyAll();
        }
    }

    /** Worker threads rendering now or waiting for tiles: lasting workers and helpers not yet ended. */
    int liveWorkers() {
        int live = 0;
        for (Thread thread : threads) {
            if (thread.isAlive()) {
                live++;
            }
        }
        return live;
    }

    /** Replaces the waiting jobs by these, in this order. */
    synchronized void request(List<Job> jobs) {
        queue.clear();
        for (Job job : jobs) {
            Integer version = running.get(job.key());
            if (version == null || version != job.version()) {
                queue.addLast(job);
            }
        }
        notifyAll();
    }

    synchronized int waiting() {
        return queue.size() + running.size();
    }

    void stop() {
        synchronized (this) {
            stopped = true;
            queue.clear();
            notifyAll();
        }
        for (Thread thread : threads) {
            thread.interrupt();
        }
    }

    private void work(boolean helper) {
        while (true) {
            Job job;
            synchronized (this) {
                while (!stopped && queue.isEmpty() && !(helper && helpersDismissed)) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        if (stopped) {
                            return;
                        }
                    }
                }
                if (stopped || (helper && helpersDismissed)) {
                    return;
                }
                job = queue.removeFirst();
                running.put(job.key(), job.version());
            }
            ImageData data = null;
            RuntimeException error = null;
            try {
                data = renderer.apply(job.key());
            } catch (RuntimeException e) {
                error = e;
            } finally {
                synchronized (this) {
                    running.remove(job.key());
                }
            }
            if (!stopped) {
                done.accept(new Result(job.key(), job.version(), data, error));
            }
        }
    }
}
