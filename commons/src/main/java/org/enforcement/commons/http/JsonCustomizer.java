package org.enforcement.commons.http;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Numbers stay exact on the wire: decimals are read as BigDecimal, written plain ("33300.00", never "3.33E+4"),
 * JSON trees keep their scale, and a fraction sent for a whole number is rejected instead of truncated.
 *
 * <p>Request bodies are read strictly, so that every mistake is a 400 naming the field rather than a guess or a
 * 500 further down: a field the request does not declare (a typo like "cost" for "costs"), a key given twice, a
 * null item in a list, anything after the JSON document, a number or boolean for a text (and a string for a number
 * or boolean), and the rules of {@link StrictStrings}, {@link StrictEnums}, {@link StrictTemporals} and
 * {@link PlainDecimals}. ProblemMappers words each failure.
 *
 * <p>The same mapper reads other services' answers (event feeds, case-service replies): those are written by this
 * configuration, so they pass; types read from them stay tolerant of new fields with
 * {@code @JsonIgnoreProperties(ignoreUnknown = true)}. Maps and JSON trees (event payloads) may hold nulls.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // 1.5 for a whole number is a mistake to report, not to round away.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature());
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        // {"reason":"a","reason":"b"}: which one did the client mean?
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        // {...} {...}: a second document is a broken client, not something to ignore.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // "channel": 4 must not mean the fifth channel.
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // "respondents": [null] is no respondent; lists only (map values, as in payloads, may be null).
        for (Class<?> list : List.of(List.class, Set.class, Collection.class)) {
            mapper.configOverride(list).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        // A number or boolean for a text, and a text for a number or boolean, are type errors, not conversions.
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.registerModules(new StrictStrings(), new StrictEnums(), new StrictTemporals(), new PlainDecimals());
    }
}
