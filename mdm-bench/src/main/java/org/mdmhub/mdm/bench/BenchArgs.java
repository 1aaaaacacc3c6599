package org.mdmhub.mdm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command line of a benchmark: settings declared with a default and a meaning, each read from
 * {@code --name=value}, else system property {@code bench.name}, else the {@code --quick} preset (when given), else
 * the default. One parser for every benchmark's config record.
 */
final class BenchArgs {
    private final String program;
    private final String quickMeaning;
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final Map<String, String> meanings = new LinkedHashMap<>();
    private final Map<String, String> quickPreset = new LinkedHashMap<>();

    /** {@code quickMeaning}: what {@code --quick} runs, for the usage text. */
    BenchArgs(String program, String quickMeaning) {
        this.program = program;
        this.quickMeaning = quickMeaning;
    }

    BenchArgs setting(String name, String defaultValue, String meaning) {
        defaults.put(name, defaultValue);
        meanings.put(name, meaning);
        return this;
    }

    /** The value a setting takes under {@code --quick} when not given. */
    BenchArgs quick(String name, String value) {
        quickPreset.put(name, value);
        return this;
    }

    /** The arguments read against the declared settings; an unknown one is refused with the usage text. */
    Values parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        boolean quick = Boolean.getBoolean("bench.quick");
        for (String arg : args) {
            if (arg.isBlank()) {
                continue; // exec passes an empty -Dbench.args as one empty argument
            }
            if (arg.equals("--quick")) {
                quick = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (name == null || !defaults.containsKey(name)) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'\n" + usage());
            }
            given.put(name, arg.substring(eq + 1));
        }
        return new Values(given, quick);
    }

    String usage() {
        StringBuilder text = new StringBuilder("usage: " + program + " [--quick] [--name=value ...]\n"
                + String.format("  --%-20s %s%n", "quick", quickMeaning));
        meanings.forEach((name, meaning) -> text.append(String.format("  --%-20s %s [%s]%n", name + "=", meaning,
                defaults.get(name))));
        return text.append("Every setting can also be given as system property bench.<name>.").toString();
    }

    /** What one run was given. */
    final class Values {
        private final Map<String, String> given;
        private final boolean quick;

        private Values(Map<String, String> given, boolean quick) {
            this.given = given;
            this.quick = quick;
        }

        boolean quick() {
            return quick;
        }

        String text(String name) {
            if (!defaults.containsKey(name)) {
                throw new IllegalStateException("no setting " + name);
            }
            return given.getOrDefault(name, System.getProperty("bench." + name,
                    quick && quickPreset.containsKey(name) ? quickPreset.get(name) : defaults.get(name)));
        }

        /** A URL without a trailing slash. */
        String url(String name) {
            String url = text(name);
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }

        int count(String name, int minimum) {
            return BenchArgs.count(name, text(name), minimum);
        }

        /** The output file: by default into the module's target/, whether Maven runs in the module or the root. */
        Path output(String name) {
            Path chosen = Path.of(text(name));
            boolean explicit = given.containsKey(name) || System.getProperty("bench." + name) != null;
            return !explicit && Files.isDirectory(Path.of("mdm-bench", "target")) ? Path.of("mdm-bench").resolve(chosen) : chosen;
        }
    }

    static int count(String name, String text, int minimum) {
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not a whole number: '" + text + "'");
        }
        if (value < minimum) {
            throw new IllegalArgumentException("--" + name + " must be at least " + minimum + ": " + value);
        }
        return value;
    }
}
