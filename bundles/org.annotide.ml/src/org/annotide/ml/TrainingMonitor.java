package org.annotide.ml;

/** The queue's side of a running training: a trainer reports to it and asks it whether to stop. */
public interface TrainingMonitor {

    /** True once the user cancelled; a trainer checks at least every second and then returns promptly. */
    boolean isCancelled();

    /** Called after every epoch, on the trainer's thread. */
    void epochCompleted(EpochResult epoch);

    /** A short note on what is happening now (shown as progress text). */
    default void message(String message) {
    }

    /**
     * A monitor for work without epochs (inference, selection): cancelled when {@code cancelled} says so, its messages
     * passed to {@code messages}.
     */
    static TrainingMonitor following(java.util.function.BooleanSupplier cancelled,
            java.util.function.Consumer<String> messages) {
        return new TrainingMonitor() {
            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }

            @Override
            public void epochCompleted(EpochResult epoch) {
            }

            @Override
            public void message(String message) {
                messages.accept(message);
            }
        };
    }

    /** A monitor that never cancels and ignores reports. */
    static TrainingMonitor none() {
        return new TrainingMonitor() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void epochCompleted(EpochResult epoch) {
            }
        };
    }
}
