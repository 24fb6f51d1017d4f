package org.enforcement.commons.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Decimals (amounts of yuan) are written plainly: {@code 20000.00}, or that text as a JSON string for clients
 * that keep money out of floating point. Exponent notation ({@code 1e2}, {@code "1E+2"}) is refused: a ledger
 * amount is never written that way, and an exponent like {@code 1e999999999} costs memory and time to expand.
 */
public class PlainDecimals extends SimpleModule {

    public static final String MESSAGE = "must be a plain decimal number like 20000.00 (no exponent)";

    private static final Pattern PLAIN = Pattern.compile("-?[0-9]{1,64}(\\.[0-9]{1,64})?");

    public PlainDecimals() {
        super("PlainDecimals");
        addDeserializer(BigDecimal.class, new Reader());
    }

    /** Whether {@code text} is a plain decimal: digits, at most one point, no sign but minus, no exponent. */
    public static boolean plain(String text) {
        return PLAIN.matcher(text).matches();
    }

    static final class Reader extends StdScalarDeserializer<BigDecimal> {

        Reader() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                // The number's text as sent (a buffered number may come back as BigDecimal#toString, "1E+2").
                if (!plain(p.getText())) {
                    throw new RefusedJsonValue(p, BigDecimal.class, MESSAGE);
                }
                return p.getDecimalValue();
            }
            if (token == JsonToken.VALUE_STRING) {
                if (!plain(p.getText())) {
                    throw new RefusedJsonValue(p, BigDecimal.class, MESSAGE);
                }
                return new BigDecimal(p.getText());
            }
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
    }
}
