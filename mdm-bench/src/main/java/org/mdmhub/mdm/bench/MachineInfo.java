package org.mdmhub.mdm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The machine the figures were taken on, read at run time: figures are meaningless without it. */
record MachineInfo(int cores, long memoryKiB, String cpuModel, String os, String java) {

    static MachineInfo detect() {
        return new MachineInfo(
                Runtime.getRuntime().availableProcessors(),
                procField("/proc/meminfo", "MemTotal").map(MachineInfo::kibibytes).orElse(0L),
                procField("/proc/cpuinfo", "model name").orElse("unknown CPU"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")");
    }

    String memory() {
        return memoryKiB == 0 ? "unknown" : String.format("%.1f GiB", memoryKiB / 1024.0 / 1024.0);
    }

    /** The value of the first "name : value" line of a /proc file; empty off Linux. */
    private static Optional<String> procField(String file, String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream()
                    .filter(line -> line.startsWith(name))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** "24683984 kB" → 24683984. */
    private static long kibibytes(String value) {
        return Long.parseLong(value.replaceAll("[^0-9]", ""));
    }
}
