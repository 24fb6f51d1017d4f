package org.enforcement.rules.courts;

import java.util.Objects;

/**
 * A court of the registry.
 *
 * @param code the code case numbers carry, e.g. {@code 苏0804} in (2023)苏0804执123号; {@code 苏} is the Jiangsu High
 *     Court, {@code 苏08} the Huai'an Intermediate Court
 * @param name the full name, e.g. 淮安市淮阴区人民法院
 * @param level its level
 * @param parent the code of the court directly above it, or null for the top of the registry
 */
public record RegisteredCourt(String code, String name, CourtLevel level, String parent) {

    public RegisteredCourt {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
