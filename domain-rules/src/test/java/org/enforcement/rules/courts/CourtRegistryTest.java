package org.enforcement.rules.courts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CourtRegistryTest {

    private final CourtRegistry registry = CourtRegistry.shipped();

    @Test
    void shouldKnowTheCourtsOfTheTwoOperations() {
        assertThat(registry.find("苏0804")).get().satisfies(c -> {
            assertThat(c.name()).isEqualTo("淮安市淮阴区人民法院");
            assertThat(c.level()).isEqualTo(CourtLevel.BASIC);
            assertThat(c.parent()).isEqualTo("苏08");
        });
        assertThat(registry.nameOf("甘0602")).isEqualTo("武威市凉州区人民法院");
        assertThat(registry.find("甘").map(RegisteredCourt::level)).contains(CourtLevel.HIGH);
        assertThat(registry.chain("苏0804")).extracting(RegisteredCourt::code)
                .containsExactly("苏0804", "苏08", "苏", "最高法");
    }

    @Test
    void shouldMatchCodesExactly() {
        for (String code : List.of(" 苏0804", "苏0804 ", "苏０８０４", "%", "*", "' OR 1=1--", "", "苏9999")) {
            assertThat(registry.contains(code)).as(code).isFalse();
        }
        assertThat(registry.contains(null)).isFalse();
        assertThat(registry.nameOf("苏9999")).isEqualTo("苏9999");
    }

    @Test
    void shouldPlaceCourtsUnderTheCourtsAboveThem() {
        assertThat(registry.isWithin("苏0804", "苏0804")).isTrue();
        assertThat(registry.isWithin("苏0804", "苏08")).isTrue();
        assertThat(registry.isWithin("苏0804", "苏")).isTrue();
        assertThat(registry.isWithin("甘0602", "甘")).isTrue();
        assertThat(registry.isWithin("苏08", "苏0804")).as("a court above is not under its court").isFalse();
        assertThat(registry.isWithin("甘0602", "苏")).as("another province").isFalse();
        assertThat(registry.isWithin("苏9999", "苏")).as("unregistered").isFalse();
        assertThat(registry.isWithin("苏0804", "苏9")).isFalse();
    }

    @Test
    void shouldAskFurtherSourcesAfterTheShippedCourts() {
        CourtRegistry more = registry.with(code -> code.equals("苏0804") || code.equals("苏9901")
                ? Optional.of(new RegisteredCourt(code, "其他", CourtLevel.BASIC, "苏08")) : Optional.empty());
        assertThat(more.nameOf("苏0804")).as("the shipped court wins").isEqualTo("淮安市淮阴区人民法院");
        assertThat(more.isWithin("苏9901", "苏")).isTrue();
        assertThat(registry.contains("苏9901")).as("the original registry is unchanged").isFalse();
    }

    @Test
    void shouldRefuseABrokenRegistryNamingFileAndLine() {
        ClassLoader loader = getClass().getClassLoader();
        assertThatThrownBy(() -> ShippedCourts.load(loader, "courts-broken/parent-missing"))
                .hasMessageContaining("courts-broken/a.tsv:2").hasMessageContaining("parent 苏");
        assertThatThrownBy(() -> ShippedCourts.load(loader, "courts-broken/duplicate"))
                .hasMessageContaining("courts-broken/b.tsv:2").hasMessageContaining("already registered at");
        assertThatThrownBy(() -> ShippedCourts.load(loader, "courts-broken/padded"))
                .hasMessageContaining("courts-broken/c.tsv:2").hasMessageContaining("blanks");
        assertThatThrownBy(() -> ShippedCourts.load(loader, "courts-broken/level"))
                .hasMessageContaining("courts-broken/d.tsv:2").hasMessageContaining("省级");
        assertThatThrownBy(() -> ShippedCourts.load(loader, "courts-broken/upside-down"))
                .hasMessageContaining("courts-broken/e.tsv:3").hasMessageContaining("is not above");
        assertThatThrownBy(() -> ShippedCourts.load(loader, "courts-broken/none"))
                .hasMessageContaining("missing");
    }
}
