package org.enforcement.testing.fuzz;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The committed authorization table of a service ({@code src/test/resources/authorization-matrix.tsv}): one line
 * per operation and role, the outcome for a caller of the resource's own court, the court above and a sibling.
 */
final class AuthorizationTable {

    static final Path TABLE = Path.of(System.getProperty("basedir", "."),
            "src/test/resources/authorization-matrix.tsv");

    private AuthorizationTable() {
    }

    static String key(String operation, String role) {
        return operation + "\t" + role;
    }

    static Map<String, String> read() {
        Map<String, String> expected = new TreeMap<>();
        try {
            int line = 0;
            for (String text : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\t", -1);
                if (cells.length != 2 + AuthorizationMatrix.COURTS.size()) {
                    throw new IllegalStateException(TABLE + ":" + line + ": expected operation, role, "
                            + String.join(", ", AuthorizationMatrix.COURTS) + " separated by tabs");
                }
                expected.put(key(cells[0], cells[1]), String.join("\t", List.of(cells).subList(2, cells.length)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + TABLE + "; write it with -Dauthz.update=true", e);
        }
        return expected;
    }

    static void write(Map<String, String> observed, Contract contract) {
        StringBuilder out = new StringBuilder();
        out.append("# Who may do what: operation, role, and the outcome for a caller of the resource's own court,\n")
                .append("# of the court directly above it, and of a sibling court. See AuthorizationMatrix.\n")
                .append("# operation\trole\town\thigher\tsibling\n");
        for (Contract.Operation operation : contract.operations()) {
            for (String role : AuthorizationMatrix.ROLES) {
                out.append(operation.name()).append('\t').append(role).append('\t')
                        .append(observed.get(key(operation.name(), role))).append('\n');
            }
        }
        try {
            Files.createDirectories(TABLE.getParent());
            Files.writeString(TABLE, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
