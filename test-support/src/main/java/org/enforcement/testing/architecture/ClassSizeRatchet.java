package org.enforcement.testing.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The class-size ratchet (issue 17): every main Java source file of a module stays under {@link #LIMIT} lines,
 * except the files in the module's committed allowance ({@value #ALLOWANCE}, one {@code path lines} a line, path
 * relative to the module). A listed file may shrink but not grow past its recorded count; a listed file that is now
 * under the limit, or gone, must leave the list. Run with {@code -D}{@value #RECORD_PROPERTY}{@code =true} to write
 * today's counts into the allowance deliberately (the diff shows what changed).
 */
public final class ClassSizeRatchet {

    public static final int LIMIT = 250;
    public static final String ALLOWANCE = "src/test/resources/class-size-allowance.txt";
    public static final String RECORD_PROPERTY = "classsize.record";
    static final String SOURCES = "src/main/java";

    private ClassSizeRatchet() {
    }

    /** Checks the module in the working directory (Surefire runs each module's tests in the module's directory). */
    public static void check() {
        check(Path.of("").toAbsolutePath());
    }

    public static void check(Path moduleDir) {
        Map<String, Integer> counts = countLines(moduleDir);
        Path allowanceFile = moduleDir.resolve(ALLOWANCE);
        if (Boolean.getBoolean(RECORD_PROPERTY)) {
            record(allowanceFile, counts);
            return;
        }
        List<String> problems = problems(counts, readAllowance(allowanceFile));
        if (!problems.isEmpty()) {
            throw new AssertionError("Class-size ratchet (" + moduleDir.getFileName() + ", limit " + LIMIT
                    + " lines, allowance " + ALLOWANCE + "):\n  " + String.join("\n  ", problems)
                    + "\nSplit the class; or, deliberately, rewrite the allowance with -D" + RECORD_PROPERTY + "=true.");
        }
    }

    /** What is wrong with the sources measured against the allowance; empty when the ratchet holds. */
    static List<String> problems(Map<String, Integer> counts, Map<String, Integer> allowance) {
        List<String> problems = new ArrayList<>();
        counts.forEach((file, lines) -> {
            Integer allowed = allowance.get(file);
            if (lines >= LIMIT && allowed == null) {
                problems.add(file + " has " + lines + " lines: " + LIMIT + " or more and not in the allowance");
            } else if (allowed != null && lines > allowed) {
                problems.add(file + " has grown to " + lines + " lines; the allowance records " + allowed);
            }
        });
        allowance.forEach((file, allowed) -> {
            Integer lines = counts.get(file);
            if (lines == null) {
                problems.add(file + " is gone: take it off the allowance");
            } else if (lines < LIMIT) {
                problems.add(file + " is down to " + lines + " lines, under " + LIMIT + ": take it off the allowance");
            }
        });
        return problems;
    }

    /** Lines per main Java source file, by path relative to the module, with '/' as separator. */
    static Map<String, Integer> countLines(Path moduleDir) {
        Path sources = moduleDir.resolve(SOURCES);
        Map<String, Integer> counts = new TreeMap<>();
        if (!Files.isDirectory(sources)) {
            return counts;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String relative = moduleDir.relativize(file).toString().replace('\\', '/');
                counts.put(relative, Files.readAllLines(file, StandardCharsets.UTF_8).size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    static Map<String, Integer> readAllowance(Path allowanceFile) {
        Map<String, Integer> allowance = new TreeMap<>();
        if (!Files.exists(allowanceFile)) {
            return allowance;
        }
        try {
            for (String line : Files.readAllLines(allowanceFile, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split("\\s+");
                if (fields.length != 2 || !fields[1].matches("\\d+")) {
                    throw new AssertionError(allowanceFile + ": expected 'path lines', found: " + line);
                }
                allowance.put(fields[0], Integer.parseInt(fields[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return allowance;
    }

    private static void record(Path allowanceFile, Map<String, Integer> counts) {
        List<String> lines = new ArrayList<>();
        lines.add("# Main Java sources of " + LIMIT + " lines or more, with the line count each may not exceed.");
        lines.add("# Checked by ClassSizeRatchet (test-support); shrink a file, never grow it; take it off when under "
                + LIMIT + ".");
        lines.add("# Rewrite deliberately: ./mvnw -o -pl <module> -am test -Dtest=ArchitectureTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -D" + RECORD_PROPERTY + "=true");
        counts.forEach((file, count) -> {
            if (count >= LIMIT) {
                lines.add(file + " " + count);
            }
        });
        try {
            Files.createDirectories(allowanceFile.getParent());
            Files.write(allowanceFile, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
