package org.enforcement.commons.http.edge;

import java.util.Optional;

/** C0 control characters (U+0000 to U+001F) other than tab: never part of a parameter, a path or a token claim. */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first control character in {@code text}, if any. */
    public static Optional<Integer> find(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t') {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public static boolean contains(String text) {
        return find(text).isPresent();
    }
}
