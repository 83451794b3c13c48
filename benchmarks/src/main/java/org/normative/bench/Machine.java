package org.normative.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.LocalDate;
import java.util.Locale;

/** What a benchmark ran on: written beside every table, since the numbers mean little without it. */
public final class Machine {

    private Machine() {
    }

    /** Cores, memory, JDK, OS, load average and date, in one line. */
    public static String describe() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long ram = os instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getTotalMemorySize() : 0;
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB RAM, max heap %d MiB, %s %s (%s), %s %s, load average %s, %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), ram / (double) (1L << 30),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
                loadAverage(), LocalDate.now());
    }

    /** The one-minute load average: on a shared machine it says how far the numbers can be trusted. */
    public static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }
}
