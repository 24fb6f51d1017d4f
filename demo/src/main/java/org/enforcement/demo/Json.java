package org.enforcement.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders for request bodies (the generated clients read them as the contract's request models). */
public final class Json {

    private Json() {
    }

    /** An object from name/value pairs, leaving out null values. */
    public static Map<String, Object> obj(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}
