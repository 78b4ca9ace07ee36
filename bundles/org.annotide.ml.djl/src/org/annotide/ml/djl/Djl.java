package org.annotide.ml.djl;

import java.util.concurrent.Callable;

import org.annotide.ml.TrainingException;

import ai.djl.Device;
import ai.djl.engine.Engine;

/**
 * DJL inside OSGi: DJL finds its engine with {@link java.util.ServiceLoader} on the thread context class loader,
 * so every call into DJL runs with the context class loader of the bundle that embeds it
 * (org.annotide.lib.djl). Start the JVM with {@code -Dai.djl.offline=true} (nothing is ever downloaded).
 */
public final class Djl {

    public static final String ENGINE = "PyTorch";

    private Djl() {
    }

    /** Runs {@code work} with the DJL bundle's class loader as the thread context class loader. */
    public static <T> T call(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Engine.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The PyTorch engine (loads the natives on first use). */
    public static Engine engine() throws Exception {
        return call(() -> Engine.getEngine(ENGINE));
    }

    /**
     * The device for a setting: {@code auto} is the first GPU when CUDA natives and a GPU are present, else the CPU;
     * {@code gpu} or {@code gpu:N} without such a GPU is an error that says so.
     */
    public static Device device(String setting) throws Exception {
        Engine engine = engine();
        int gpus = call(engine::getGpuCount);
        if (setting == null || setting.equals("auto")) {
            return gpus > 0 ? Device.gpu() : Device.cpu();
        }
        if (setting.equals("cpu")) {
            return Device.cpu();
        }
        int index = setting.equals("gpu") ? 0 : Integer.parseInt(setting.substring(4));
        if (gpus == 0) {
            throw new TrainingException("device " + setting + " was asked for, but PyTorch sees no GPU (this installation"
                    + " has the CPU libtorch; see org.annotide.lib.djl's about.html for CUDA)");
        }
        if (index >= gpus) {
            throw new TrainingException("device " + setting + " was asked for, but PyTorch sees only " + gpus + " GPU(s)");
        }
        return Device.gpu(index);
    }
}
