package org.enforcement.stats.campaigns;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Campaign request bodies and readers of the answers, for the campaign tests. */
final class CampaignFixtures {

    private CampaignFixtures() {
    }

    /** A campaign code no other test uses, with a middle dot as real codes have. */
    static String freshCode() {
        return "淮执·" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号";
    }

    static Map<String, Object> task(int number, String metric, Object target, String cadence, String deadline) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("number", number);
        task.put("title", "重点工作" + number);
        task.put("metric", metric);
        task.put("target", target);
        task.put("cadence", cadence);
        task.put("deadline", deadline);
        return task;
    }

    static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    /** A campaign of 2023-04-01..2023-12-31 organised by {@code organizer} with {@code participants}. */
    @SafeVarargs
    static Map<String, Object> campaign(String code, String organizer, List<String> participants,
                                        Map<String, Object>... tasks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "“" + code + "”执行专项行动");
        body.put("organizingCourt", organizer);
        body.put("organizingCourtName", "甘肃省高级人民法院");
        body.put("level", "HIGH");
        body.put("participatingCourts", participants);
        body.put("startsOn", "2023-04-01");
        body.put("endsOn", "2023-12-31");
        body.put("keyTasks", new ArrayList<>(List.of(tasks)));
        return body;
    }

    static JsonPath create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/campaigns")
                .then().statusCode(201).extract().jsonPath(exact());
    }

    static JsonPathConfig exact() {
        return new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    }

    static BigDecimal value(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
