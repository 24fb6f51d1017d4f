package org.enforcement.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.enforcement.commons.problem.ProblemMembers.Member;
import org.enforcement.commons.problem.ProblemMembers.Type;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drift check between {@link ProblemMembers} (what the contract's Problem schema declares) and the members the
 * services actually set with {@code ProblemException.with("name", value)}: it reads the main sources of every module
 * next to commons. Where the Java type of the value can be told from the source (a {@code .name()}, a declared local
 * variable, a field or record component of that name) it must fit the declared JSON type.
 */
class ProblemMembersTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..")
            .normalize();
    /** {@code .with("name",} not preceded by Panache's {@code Parameters}. */
    private static final Pattern WITH = Pattern.compile("(?<!Parameters)\\.with\\(\\s*(\"?)([A-Za-z0-9_]*)\"?\\s*,");
    /** The members commons itself puts into a problem: {@code Map.of("reference", ...)} in ProblemMappers. */
    private static final Pattern MAP_OF = Pattern.compile("new Problem\\([^;]*Map\\.of\\(\\s*\"([A-Za-z]+)\"",
            Pattern.DOTALL);

    /** {@code name}, {@code Class.NAME}, {@code object.name} or {@code record.name()}. */
    private static final Pattern NAME = Pattern.compile(
            "(?:([A-Z][A-Za-z0-9]*)\\.|[a-z][A-Za-z0-9]*\\.)?([A-Za-z_][A-Za-z0-9_]*)(\\(\\))?");

    /** {@code method(arguments)}, unqualified. */
    private static final Pattern CALL = Pattern.compile("([a-z][A-Za-z0-9]*)\\(.*\\)");

    /** A member set in a source file, with the value expression passed. */
    private record Use(String name, String value, Path file, int offset, int line) {
        @Override
        public String toString() {
            return name + " = " + value + " (" + ROOT.relativize(file) + ":" + line + ")";
        }
    }

    private static Map<Path, String> sources;
    private static List<Use> uses;

    @BeforeAll
    static void readSources() throws IOException {
        sources = new LinkedHashMap<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            List<Path> mains = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted()
                    .toList();
            for (Path main : mains) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                        sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        uses = new ArrayList<>();
        sources.forEach((file, text) -> {
            if (!text.contains("ProblemException")) {
                return;
            }
            Matcher m = WITH.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                String name = m.group(1).isEmpty() ? "<not a literal: " + m.group(2) + ">" : m.group(2);
                uses.add(new Use(name, argument(text, m.end()), file, m.start(), line));
            }
        });
    }

    @Test
    void shouldReadTheServicesSources() {
        assertThat(sources.keySet()).anyMatch(f -> f.startsWith(ROOT.resolve("case-service")))
                .anyMatch(f -> f.startsWith(ROOT.resolve("operation-service")))
                .anyMatch(f -> f.startsWith(ROOT.resolve("stats-service")));
        assertThat(uses).hasSizeGreaterThan(20);
    }

    @Test
    void shouldDeclareEveryMemberTheServicesSet() {
        Set<String> declared = names();
        List<Use> undeclared = uses.stream().filter(u -> !declared.contains(u.name())).toList();
        assertThat(undeclared)
                .withFailMessage("Problem members set but not declared in ProblemMembers.ALL (add them with their"
                        + " JSON type and a description, then regenerate the services' openapi.yaml):%n  %s",
                        undeclared.stream().map(Use::toString).collect(Collectors.joining("\n  ")))
                .isEmpty();
    }

    @Test
    void shouldDeclareNoMemberThatIsNoLongerSet() {
        Set<String> set = uses.stream().map(Use::name).collect(Collectors.toCollection(TreeSet::new));
        sources.values().forEach(text -> {
            Matcher m = MAP_OF.matcher(text);
            while (m.find()) {
                set.add(m.group(1));
            }
        });
        assertThat(set).contains("reference");
        Set<String> stale = new TreeSet<>(names());
        stale.removeAll(set);
        assertThat(stale).withFailMessage("Declared in ProblemMembers.ALL but set nowhere: %s", stale).isEmpty();
    }

    @Test
    void shouldListEachMemberOnceInOrderWithADescription() {
        List<String> names = ProblemMembers.ALL.stream().map(Member::name).toList();
        assertThat(names).doesNotHaveDuplicates().isSorted()
                .doesNotContain("type", "title", "status", "detail", "instance", "errors");
        assertThat(ProblemMembers.ALL).allSatisfy(m -> {
            assertThat(m.name()).matches("[a-z][A-Za-z]*");
            assertThat(m.description()).isNotBlank().doesNotContain("\n");
        });
    }

    @Test
    void shouldPassValuesOfTheDeclaredType() {
        Map<String, Type> declared = ProblemMembers.ALL.stream()
                .collect(Collectors.toMap(Member::name, Member::type));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Use use : uses) {
            Type declaredType = declared.get(use.name());
            Kind kind = kindOf(use.value(), sources.get(use.file()).substring(0, use.offset()),
                    sources.get(use.file()));
            if (declaredType == null || kind == Kind.UNKNOWN) {
                continue;
            }
            checked++;
            if (!kind.fits(declaredType)) {
                wrong.add(use + " is " + kind + " but declared " + declaredType);
            }
        }
        assertThat(wrong).withFailMessage("Values that do not fit the declared type:%n  %s",
                String.join("\n  ", wrong)).isEmpty();
        // Most values can be told: a change that makes them all unknown would hollow this check out.
        assertThat(checked).isGreaterThan(uses.size() * 3 / 4);
    }

    private static Set<String> names() {
        return ProblemMembers.ALL.stream().map(Member::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The JSON kind of a value as far as the source tells it. */
    enum Kind {
        STRING, INTEGER, NUMBER, STRINGS, OBJECTS, ARRAY, UNKNOWN;

        boolean fits(Type type) {
            return switch (this) {
                case STRING -> type == Type.STRING || type == Type.DATE_TIME || type == Type.UUID;
                case INTEGER -> type == Type.INTEGER;
                case NUMBER -> type == Type.MONEY;
                case STRINGS -> type == Type.STRINGS;
                case OBJECTS -> type == Type.OBJECTS;
                case ARRAY -> type == Type.STRINGS || type == Type.OBJECTS;
                case UNKNOWN -> true;
            };
        }
    }

    /**
     * The kind of {@code value}, an expression in {@code file} whose text before it is {@code before}: a local
     * variable or parameter is taken at its nearest declaration before the use.
     */
    static Kind kindOf(String value, String before, String file) {
        String v = value.strip();
        int question = topLevel(v, '?');
        if (question >= 0) {
            // cond ? a : b: the branches are of one type; take the last.
            int colon = v.lastIndexOf(':');
            return colon > question ? kindOf(v.substring(colon + 1), before, file) : Kind.UNKNOWN;
        }
        if (v.startsWith("\"") || v.endsWith(".name()") || v.endsWith(".toString()") || v.startsWith("String.")) {
            return Kind.STRING;
        }
        if (v.endsWith(".size()")) {
            return Kind.INTEGER;
        }
        if (v.matches(".*\\.(setScale|max|min|add|subtract|negate|abs)\\([^()]*\\)")) {
            return kindOf(v.substring(0, v.lastIndexOf('.')), before, file) == Kind.NUMBER ? Kind.NUMBER
                    : v.contains(".setScale(") ? Kind.NUMBER : Kind.UNKNOWN;
        }
        if (v.endsWith(".toList()")) {
            return v.matches(".*\\.map\\([^()]*(\\.name\\(\\)|\\.toString\\(\\))\\)\\.toList\\(\\)") ? Kind.STRINGS
                    : Kind.ARRAY;
        }
        Matcher call = CALL.matcher(v);
        if (call.matches()) {
            // A method of this file: its return type.
            Matcher m = Pattern.compile("([A-Z][\\w.]*(?:<[\\w<>, ?]*>)?|int|long)\\s+" + call.group(1) + "\\(")
                    .matcher(file);
            List<String> types = new ArrayList<>();
            while (m.find()) {
                types.add(m.group(1));
            }
            return kindOfDeclared(types);
        }
        Matcher name = NAME.matcher(v);
        if (!name.matches()) {
            return Kind.UNKNOWN;
        }
        String identifier = name.group(2);
        String owner = name.group(1);
        boolean qualified = v.contains(".");
        if (!qualified) {
            // A local variable, parameter or constant of this file: the nearest declaration of that name.
            List<String> types = declarations(before, identifier);
            return kindOfDeclared(types.isEmpty() ? declarations(file, identifier)
                    : List.of(types.get(types.size() - 1)));
        }
        if (owner != null) {
            // Class.CONSTANT: declared in Class.java.
            List<String> types = new ArrayList<>();
            sources.forEach((path, text) -> {
                if (path.getFileName().toString().equals(owner + ".java")) {
                    types.addAll(declarations(text, identifier));
                }
            });
            return kindOfDeclared(types);
        }
        // object.field or record.component(): every field or component of that name must agree.
        List<String> types = new ArrayList<>();
        sources.values().forEach(text -> types.addAll(declarations(text, identifier)));
        return kindOfDeclared(types);
    }

    /** The declared types of {@code identifier} in {@code text}: fields, locals, parameters, record components. */
    static List<String> declarations(String text, String identifier) {
        Matcher m = Pattern.compile("(?<![.\\w])([A-Z][\\w.]*(?:<[\\w<>, ?]*>)?|int|long|short|double)\\s+"
                + Pattern.quote(identifier) + "\\s*[=;,)]").matcher(text);
        List<String> types = new ArrayList<>();
        while (m.find()) {
            types.add(m.group(1));
        }
        return types;
    }

    private static Kind kindOfDeclared(List<String> types) {
        Set<Kind> kinds = types.stream().map(ProblemMembersTest::kindOfType)
                .collect(Collectors.toCollection(() -> new TreeSet<>()));
        return kinds.size() == 1 ? kinds.iterator().next() : Kind.UNKNOWN;
    }

    static Kind kindOfType(String type) {
        Function<String, Boolean> is = t -> type.equals(t);
        if (is.apply("String") || is.apply("UUID") || is.apply("Instant")) {
            return Kind.STRING; // UUID and Instant go out as strings too
        }
        if (is.apply("int") || is.apply("long") || is.apply("short") || is.apply("Integer") || is.apply("Long")) {
            return Kind.INTEGER;
        }
        if (is.apply("BigDecimal")) {
            return Kind.NUMBER;
        }
        if (type.matches("(List|Set|Collection)<String>")) {
            return Kind.STRINGS;
        }
        if (type.matches("(List|Set|Collection)<Map<.*>>")) {
            return Kind.OBJECTS;
        }
        return Kind.UNKNOWN;
    }

    /** The argument starting at {@code from} up to its closing parenthesis, skipping nested ones and strings. */
    static String argument(String text, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return text.substring(from, i).strip();
                }
                depth--;
            }
        }
        return text.substring(from).strip();
    }

    /** The index of {@code c} outside parentheses and strings, or -1. */
    private static int topLevel(String text, char c) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (inString) {
                if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == c && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
