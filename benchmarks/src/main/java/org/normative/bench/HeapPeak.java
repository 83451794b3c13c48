package org.normative.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The peak heap in use while something runs, from {@code MemoryMXBean} polled every 10 ms on a daemon thread. A
 * spike shorter than the interval can be missed, so this is a lower bound of the true peak; the {@code -Xmx} the
 * benchmark JVM runs with is the hard upper bound, and finishing under it is what a memory bound means.
 */
public final class HeapPeak implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread poller;
    private volatile long peak;
    private volatile boolean running = true;

    private HeapPeak() {
        peak = used();
        poller = new Thread(this::poll, "heap-peak");
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts polling after a GC, so the peak is of what follows rather than of garbage left by what came before. */
    public static HeapPeak start() {
        System.gc();
        return new HeapPeak();
    }

    private void poll() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The peak so far, in MiB. */
    public long mebibytes() {
        return Math.max(peak, used()) >> 20;
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }
}
