package org.mdmhub.mdm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine's load at one moment: the 1-minute load average and the CPU time spent so far (all processes, from
 * {@code /proc}), so a round can report how busy the machine was while it ran, its own load included. Zero off Linux.
 */
record SystemLoad(double loadAverage1m, long busyTicks, long totalTicks) {

    static SystemLoad now() {
        double load = 0;
        long busy = 0;
        long total = 0;
        try {
            load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);   // "cpu  user nice system idle iowait ..."
            String[] fields = cpu.trim().split("\\s+");
            for (int i = 1; i < fields.length && i <= 8; i++) {
                long ticks = Long.parseLong(fields[i]);
                total += ticks;
                if (i != 4 && i != 5) {   // idle and iowait are not busy
                    busy += ticks;
                }
            }
        } catch (IOException | RuntimeException e) {
            return new SystemLoad(0, 0, 0);
        }
        return new SystemLoad(load, busy, total);
    }

    /**
     * CPU time (user + system) process {@code pid} has used so far, in milliseconds; -1 when it cannot be read.
     * Assumes the usual 100 clock ticks per second.
     */
    static long processCpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");   // fields from 3 on
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;   // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Share of all cores busy between {@code this} and {@code later}, 0..1. */
    double busyShareUntil(SystemLoad later) {
        long total = later.totalTicks - totalTicks;
        return total <= 0 ? 0 : (double) (later.busyTicks - busyTicks) / total;
    }

    /** "load 2.10 → 3.40, CPU 87 % busy". */
    static String describe(SystemLoad before, SystemLoad after) {
        return String.format(Locale.ROOT, "load avg 1 min %.2f → %.2f, all cores %.0f %% busy", before.loadAverage1m,
                after.loadAverage1m, 100 * before.busyShareUntil(after));
    }
}
