package org.enforcement.rules.courts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The courts shipped with the services, read once from the tab-separated files listed in {@code courts/index}
 * (columns: code, full name, level 最高/高级/中级/基层, parent code or empty). To add courts, add lines to a
 * province's file or a new file listed in the index; see the README's "Court registry".
 */
final class ShippedCourts implements CourtSource {

    static final String INDEX = "courts/index";

    private final Map<String, RegisteredCourt> byCode;
    // Map.copyOf does not keep insertion order, so file order is kept apart.
    private final List<RegisteredCourt> inFileOrder;

    private ShippedCourts(Map<String, RegisteredCourt> byCode) {
        this.byCode = Map.copyOf(byCode);
        this.inFileOrder = List.copyOf(byCode.values());
    }

    static ShippedCourts load() {
        return load(ShippedCourts.class.getClassLoader(), INDEX);
    }

    /** Reads {@code index} and its files; fails naming file and line on anything a registry must not hold. */
    static ShippedCourts load(ClassLoader loader, String index) {
        String folder = index.contains("/") ? index.substring(0, index.lastIndexOf('/') + 1) : "";
        Map<String, RegisteredCourt> courts = new LinkedHashMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        for (String file : lines(loader, index)) {
            String name = file.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            List<String> rows = lines(loader, folder + name);
            for (int i = 0; i < rows.size(); i++) {
                String row = rows.get(i);
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String where = folder + name + ":" + (i + 1);
                RegisteredCourt court = parse(row, where);
                if (courts.putIfAbsent(court.code(), court) != null) {
                    throw new IllegalStateException(where + ": court " + court.code() + " is already registered at "
                            + origin.get(court.code()));
                }
                origin.put(court.code(), where);
            }
        }
        for (RegisteredCourt court : courts.values()) {
            if (court.parent() == null) {
                continue;
            }
            RegisteredCourt parent = courts.get(court.parent());
            if (parent == null) {
                throw new IllegalStateException(origin.get(court.code()) + ": parent " + court.parent()
                        + " of court " + court.code() + " is not registered");
            }
            if (parent.level().ordinal() >= court.level().ordinal()) {
                throw new IllegalStateException(origin.get(court.code()) + ": parent " + parent.code() + " ("
                        + parent.level().label() + ") is not above court " + court.code() + " ("
                        + court.level().label() + ")");
            }
        }
        return new ShippedCourts(courts);
    }

    private static RegisteredCourt parse(String row, String where) {
        String[] cells = row.split("\t", -1);
        if (cells.length != 4) {
            throw new IllegalStateException(where + ": expected 4 tab-separated columns (code, name, level, parent),"
                    + " found " + cells.length);
        }
        // Codes are compared exactly, so a blank or invisible character would register a court nobody can name.
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            boolean blanks = i == 1 ? !cell.equals(cell.strip()) : cell.chars().anyMatch(Character::isWhitespace);
            if (blanks || cell.chars().anyMatch(Character::isISOControl)
                    || cell.chars().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
                throw new IllegalStateException(where + ": '" + cell + "' holds blanks or control characters");
            }
        }
        if (cells[0].isEmpty() || cells[1].isEmpty()) {
            throw new IllegalStateException(where + ": code and name are required");
        }
        CourtLevel level = CourtLevel.ofLabel(cells[2]);
        if (level == null) {
            throw new IllegalStateException(where + ": level '" + cells[2] + "' is not one of 最高, 高级, 中级, 基层");
        }
        String parent = cells[3].isEmpty() ? null : cells[3];
        if (parent == null && level != CourtLevel.SUPREME) {
            throw new IllegalStateException(where + ": court " + cells[0] + " needs a parent court");
        }
        return new RegisteredCourt(cells[0], cells[1], level, parent);
    }

    private static List<String> lines(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Court registry file " + resource + " is missing");
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read court registry file " + resource, e);
        }
    }

    @Override
    public Optional<RegisteredCourt> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every shipped court, in file order. */
    List<RegisteredCourt> all() {
        return inFileOrder;
    }
}
