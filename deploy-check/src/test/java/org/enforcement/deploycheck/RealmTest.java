package org.enforcement.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/keycloak/enforcement-realm.json, the realm run.sh, compose and Kubernetes import: does it issue what the
 * services read (groups, court, preferred_username, aud, at most 8 h), and does it know every user the scripts and the
 * demo loader sign in as?
 */
class RealmTest {

    static final String REALM_FILE = "deploy/keycloak/enforcement-realm.json";
    static final JsonNode REALM = json(Repo.read(Repo.path(REALM_FILE)));
    static final List<String> ROLES = List.of("clerk", "judge", "director", "officer", "observer", "integrator");
    /** The services refuse tokens valid for longer (JWT_MAX_LIFETIME, default 8h). */
    private static final long MAX_LIFETIME_SECONDS = 8 * 3600;
    private static final String AUDIENCE = "enforcement";

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode client(String clientId) {
        for (JsonNode client : REALM.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId + " in " + REALM_FILE);
    }

    private static JsonNode user(String username) {
        for (JsonNode user : REALM.path("users")) {
            if (username.equals(user.path("username").asText())) {
                return user;
            }
        }
        throw new AssertionError("no user " + username + " in " + REALM_FILE);
    }

    /** The access-token mapper of a client that writes {@code claim}, by its type. */
    private static JsonNode mapper(JsonNode client, String type, String claim) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode mapper : client.path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            boolean writes = claim.equals(config.path("claim.name").asText())
                    || "oidc-audience-mapper".equals(type);
            if (type.equals(mapper.path("protocolMapper").asText()) && writes
                    && "true".equals(config.path("access.token.claim").asText())) {
                found.add(mapper);
            }
        }
        assertThat(found).as("%s mapper for %s on client %s", type, claim, client.path("clientId").asText())
                .hasSize(1);
        return found.get(0).path("config");
    }

    @Test
    void isRealmEnforcementWithTheSixRolesAndTokensOfAtMostEightHours() {
        assertThat(REALM.path("realm").asText()).isEqualTo("enforcement");
        assertThat(REALM.path("enabled").asBoolean()).isTrue();
        List<String> roles = new ArrayList<>();
        REALM.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles).containsExactlyInAnyOrderElementsOf(ROLES);
        assertThat(REALM.path("accessTokenLifespan").asLong()).isPositive().isLessThanOrEqualTo(MAX_LIFETIME_SECONDS);
        assertThat(REALM.path("registrationAllowed").asBoolean(true)).as("nobody signs up").isFalse();
        assertThat(REALM.path("editUsernameAllowed").asBoolean(true)).as("the username is the person id").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"enforcement-cli", "operation-service", "stats-service"})
    void everyClientPutsTheRolesIntoGroupsAndEnforcementIntoTheAudience(String clientId) {
        JsonNode client = client(clientId);
        JsonNode groups = mapper(client, "oidc-usermodel-realm-role-mapper", "groups");
        assertThat(groups.path("multivalued").asText()).isEqualTo("true");
        assertThat(mapper(client, "oidc-audience-mapper", "aud").path("included.custom.audience").asText())
                .isEqualTo(AUDIENCE);
    }

    @Test
    void peopleSignInThroughThePublicCliClientAndTheirCourtIsTheirCourtAttribute() {
        JsonNode cli = client("enforcement-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).as("password grant of token.sh").isTrue();
        assertThat(cli.path("serviceAccountsEnabled").asBoolean()).isFalse();
        JsonNode court = mapper(cli, "oidc-usermodel-attribute-mapper", "court");
        assertThat(court.path("user.attribute").asText()).isEqualTo("court");
        assertThat(court.path("jsonType.label").asText()).isEqualTo("String");
        assertThat(court.path("multivalued").asText("false")).isEqualTo("false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"operation-service", "stats-service"})
    void serviceAccountsAreConfidentialIntegratorsOfEveryCourtNamingTheirClient(String clientId) {
        JsonNode client = client(clientId);
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("secret").asText()).isEqualTo(clientId + "-dev-secret");
        assertThat(mapper(client, "oidc-hardcoded-claim-mapper", "court").path("claim.value").asText()).isEqualTo("*");
        assertThat(mapper(client, "oidc-usersessionmodel-note-mapper", "client_id").path("user.session.note")
                .asText()).isEqualTo("client_id");
        JsonNode account = user("service-account-" + clientId);
        assertThat(account.path("serviceAccountClientId").asText()).isEqualTo(clientId);
        assertThat(account.path("realmRoles")).extracting(JsonNode::asText).containsExactly("integrator");
    }

    @Test
    void theCourtAttributeIsDeclaredAndOnlyAdministratorsChangeIt() {
        JsonNode providers = REALM.path("components").path("org.keycloak.userprofile.UserProfileProvider");
        assertThat(providers.size()).isEqualTo(1);
        JsonNode profile = json(providers.get(0).path("config").path("kc.user.profile.config").get(0).asText());
        assertThat(profile.path("unmanagedAttributePolicy").isMissingNode())
                .as("undeclared attributes stay unmanaged (disabled)").isTrue();
        JsonNode court = null;
        for (JsonNode attribute : profile.path("attributes")) {
            if ("court".equals(attribute.path("name").asText())) {
                court = attribute;
            }
        }
        assertThat(court).as("court declared in the user profile").isNotNull();
        assertThat(court.path("permissions").path("edit")).extracting(JsonNode::asText).containsExactly("admin");
        assertThat(court.path("multivalued").asBoolean()).isFalse();
    }

    @Test
    void everyPersonHasOneRoleAndOneCourtWhichIsNeverTheWildcard() {
        int people = 0;
        for (JsonNode user : REALM.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            people++;
            String name = user.path("username").asText();
            assertThat(user.path("realmRoles")).as("roles of %s", name).hasSize(1);
            assertThat(ROLES).contains(user.path("realmRoles").get(0).asText());
            JsonNode court = user.path("attributes").path("court");
            assertThat(court).as("court of %s", name).hasSize(1);
            assertThat(court.get(0).asText()).as("court of %s", name).isNotBlank().isNotEqualTo("*");
            assertThat(user.path("credentials").get(0).path("temporary").asBoolean())
                    .as("%s can sign in with the password grant at once", name).isFalse();
        }
        assertThat(people).isGreaterThanOrEqualTo(ROLES.size());
    }

    /** token.sh's table of demo users ({@code 苏0804:clerk) echo clerk.wang ;;}): each has that role and court. */
    @Test
    void everyDemoUserOfTokenShHasTheRoleAndCourtTokenShAsksFor() {
        Matcher m = Pattern.compile("\\n\\s*([^\\s:()]+):(\\w+)\\) echo ([\\w.]+) ;;")
                .matcher(Repo.read(Repo.path("deploy/local/token.sh")));
        Map<String, String> seen = new LinkedHashMap<>();
        while (m.find()) {
            assertRoleAndCourt(m.group(3), m.group(2), m.group(1));
            seen.put(m.group(1) + ":" + m.group(2), m.group(3));
        }
        for (String role : ROLES) {
            assertThat(seen).as("token.sh has a demo user per role at 苏0804").containsKey("苏0804:" + role);
        }
        assertThat(seen).containsKeys("甘0602:judge", "甘0602:director", "甘:director", "甘:observer");
    }

    /** The people the demo loader signs in as (Huaiyin, Liangzhou, the campaigns' organisers). */
    @Test
    void everyUserTheDemoLoaderSignsInAsHasTheRoleAndCourtOfTheStory() {
        String demo = "demo/src/main/java/org/enforcement/demo/";
        int courts = 0;
        for (String story : List.of("Huaiyin.java", "Liangzhou.java")) {
            String source = Repo.read(Repo.path(demo + story));
            Matcher code = Pattern.compile("String COURT = \"([^\"]+)\"").matcher(source);
            assertThat(code.find()).as("COURT of %s", story).isTrue();
            Matcher people = Pattern.compile("new Court\\(COURT, COURT_NAME, demo\\.tokens\\(\\), \"([^\"]+)\","
                    + " \"([^\"]+)\", \"([^\"]+)\",\\s*\"([^\"]+)\"\\)").matcher(source);
            assertThat(people.find()).as("the people of %s", story).isTrue();
            assertRoleAndCourt(people.group(1), "clerk", code.group(1));
            assertRoleAndCourt(people.group(2), "judge", code.group(1));
            assertRoleAndCourt(people.group(3), "director", code.group(1));
            assertRoleAndCourt(people.group(4), "officer", code.group(1));
            courts++;
        }
        assertThat(courts).isEqualTo(2);
        Matcher organisers = Pattern.compile("tokens\\.token\\(\"([^\"]+)\", \"(\\w+)\", \"([^\"]+)\"\\)")
                .matcher(Repo.read(Repo.path(demo + "Campaigns.java")));
        int found = 0;
        while (organisers.find()) {
            assertRoleAndCourt(organisers.group(1), organisers.group(2), organisers.group(3));
            found++;
        }
        assertThat(found).as("the Gansu High Court's director organises 陇原风暴").isPositive();
    }

    private static void assertRoleAndCourt(String username, String role, String court) {
        JsonNode user = user(username);
        assertThat(user.path("realmRoles")).as("roles of %s", username).extracting(JsonNode::asText)
                .containsExactly(role);
        assertThat(user.path("attributes").path("court")).as("court of %s", username).extracting(JsonNode::asText)
                .containsExactly(court);
        assertThat(user.path("enabled").asBoolean()).as("%s enabled", username).isTrue();
    }

    @Test
    void theKubernetesRealmImportIsTheRealmFile() {
        JsonNode imported = Repo.yaml(Repo.path("deploy/kubernetes/components/keycloak/realm-import.yaml"));
        assertThat(imported.path("kind").asText()).isEqualTo("KeycloakRealmImport");
        assertThat(imported.path("spec").path("realm"))
                .as("realm-import.yaml is stale: run deploy/kubernetes/components/keycloak/generate-realm-import.sh")
                .isEqualTo(REALM);
    }
}
