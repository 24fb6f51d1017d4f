package org.enforcement.operations.timeline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.enforcement.commons.openapi.ContractFilters;

/**
 * The shared contract filters, then the timeline's request as what it is: one schema per entry type
 * ({@code PaidOnSiteEntryRequest} …), each with {@code type} as its one value, the members the type needs required
 * and {@code details} its {@link EntryDetails} record; {@code AppendTimelineEntryRequest} is their {@code oneOf},
 * discriminated by {@code type}. Built from {@link TimelineEventType} and {@link EntryFacts}, so it cannot drift
 * from what {@link TimelineEntryReader} reads.
 */
public class TimelineEntryContract extends ContractFilters {

    static final String REQUEST = "AppendTimelineEntryRequest";
    private static final String ALL_DETAILS = "TimelineEntryDetails";
    private static final String RECORDED = "TimelineDetails";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // The shared filters first: they word the 400 example from the request as written (type is required).
        super.filterOpenAPI(openAPI);
        Components components = openAPI.getComponents();
        Schema base = components == null || components.getSchemas() == null ? null
                : components.getSchemas().get(REQUEST);
        if (base == null || base.getProperties() == null) {
            return;
        }
        // The facts as recorded hold the members of their entry's type only: no member is always there (the shared
        // filters require every member of a schema only answers use).
        Schema recorded = components.getSchemas().get(RECORDED);
        if (recorded != null) {
            recorded.setRequired(null);
        }
        Schema typed = OASFactory.createSchema()
                .description("One line for the timeline (执行记录): what happened, where, when, and its facts;"
                        + " `type` says which facts `details` holds")
                .discriminator(OASFactory.createDiscriminator().propertyName("type"));
        TreeMap<String, Schema> added = new TreeMap<>();
        for (TimelineEventType type : TimelineEventType.values()) {
            if (!type.step()) {
                String name = pascal(type) + "EntryRequest";
                added.put(name, request(base, type));
                typed.addOneOf(OASFactory.createSchema().ref(name));
                typed.getDiscriminator().addMapping(type.name(), "#/components/schemas/" + name);
            }
        }
        added.put(REQUEST, typed);
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> existing : components.getSchemas().entrySet()) {
            // Each new schema in its place by name, as the scanner lists them.
            while (!added.isEmpty() && added.firstKey().compareTo(existing.getKey()) <= 0) {
                Map.Entry<String, Schema> next = added.pollFirstEntry();
                schemas.put(next.getKey(), next.getValue());
            }
            if (!existing.getKey().equals(REQUEST) && !existing.getKey().equals(ALL_DETAILS)) {
                schemas.put(existing.getKey(), existing.getValue());
            }
        }
        schemas.putAll(added);
        components.setSchemas(schemas);
    }

    private static Schema request(Schema base, TimelineEventType type) {
        Schema request = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description(type + " entry" + (type.atTarget() ? " at a target" : ""));
        request.addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).addEnumeration(type.name()));
        request.addRequired("type");
        if (type != TimelineEventType.TEAM_RETURNED) {
            request.addProperty("targetId", base.getProperties().get("targetId"));
        }
        if (type.atTarget()) {
            request.addRequired("targetId");
        }
        request.addProperty("teamId", base.getProperties().get("teamId"));
        if (type == TimelineEventType.TEAM_RETURNED) {
            request.addRequired("teamId");
        }
        request.addProperty("occurredAt", base.getProperties().get("occurredAt"));
        request.addRequired("occurredAt");
        request.addProperty("details", OASFactory.createSchema().ref(EntryFacts.schemaName(type)));
        if (!EntryFacts.required(type).isEmpty()) {
            request.addRequired("details");
        }
        return request;
    }

    private static String pascal(TimelineEventType type) {
        return Arrays.stream(type.name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}
