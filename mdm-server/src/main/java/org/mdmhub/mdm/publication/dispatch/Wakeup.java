package org.mdmhub.mdm.publication.dispatch;

/**
 * Lets idle workers sleep until there may be work. A worker notes the generation before it looks for work and
 * sleeps only if nothing was signalled since, so a signal between "found nothing" and "sleep" is not lost.
 */
final class Wakeup {
    private long generation;

    synchronized long generation() {
        return generation;
    }

    synchronized void signal() {
        generation++;
        notifyAll();
    }

    /** Sleeps up to {@code millis} unless the generation moved past {@code seen}. */
    synchronized void await(long seen, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        long left = millis;
        while (generation == seen && left > 0) {
            wait(left);
            left = (deadline - System.nanoTime()) / 1_000_000;
        }
    }
}
