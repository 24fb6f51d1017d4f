package org.enforcement.cases.measures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores a search's witnesses as a JSON array. It uses its own plain ObjectMapper rather than the one configured
 * for the REST API, so a change to the API's JSON settings can never change what is stored.
 */
@Converter
public class WitnessesConverter implements AttributeConverter<List<Witness>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Witness>> WITNESSES = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Witness> witnesses) {
        if (witnesses == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(witnesses);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Witnesses could not be written as JSON", e);
        }
    }

    @Override
    public List<Witness> convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try {
            return List.copyOf(JSON.readValue(json, WITNESSES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored witnesses are not valid JSON", e);
        }
    }
}
