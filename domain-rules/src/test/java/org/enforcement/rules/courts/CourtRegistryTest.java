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

    /**
     * Jiangsu: 13 cities and 95 county-level divisions, plus 南京海事法院; Gansu: 12 cities and 2 autonomous
     * prefectures with 86 county-level divisions, plus 嘉峪关市城区人民法院 and the Lanzhou railway transport courts
     * (GB/T 2260 as of 2024).
     */
    @Test
    void shouldShipEveryCourtOfJiangsuAndGansu() {
        List<RegisteredCourt> all = CourtRegistry.shippedCourts();
        assertThat(all).extracting(RegisteredCourt::code).as("file order").startsWith("最高法", "苏", "苏01", "苏0102",
                "苏0104");
        assertThat(all.get(all.size() - 1).code()).isEqualTo("甘7101");
        assertThat(count(all, "苏", CourtLevel.INTERMEDIATE)).isEqualTo(13 + 1);
        assertThat(count(all, "苏", CourtLevel.BASIC)).isEqualTo(95);
        assertThat(count(all, "甘", CourtLevel.INTERMEDIATE)).isEqualTo(14 + 1);
        assertThat(count(all, "甘", CourtLevel.BASIC)).isEqualTo(86 + 1 + 1);
        assertThat(all).extracting(RegisteredCourt::name).doesNotHaveDuplicates();
        for (RegisteredCourt court : all) {
            if (court.level() == CourtLevel.BASIC) {
                RegisteredCourt parent = registry.find(court.parent()).orElseThrow();
                assertThat(parent.level()).as(court.code()).isEqualTo(CourtLevel.INTERMEDIATE);
                assertThat(parent.code().charAt(0)).as(court.code()).isEqualTo(court.code().charAt(0));
            }
            // The code carries the court above it: 苏0804 under 苏08 under 苏; a typo would put a court elsewhere.
            if (court.level() == CourtLevel.BASIC || court.level() == CourtLevel.INTERMEDIATE) {
                assertThat(court.code()).as(court.name()).matches("\\p{IsHan}(\\d{2}|\\d{4})")
                        .startsWith(court.parent()).hasSize(court.parent().length() + 2);
            }
        }
        assertThat(registry.nameOf("苏0612")).isEqualTo("南通市通州区人民法院");
        assertThat(registry.nameOf("苏0614")).isEqualTo("南通市海门区人民法院");
        assertThat(registry.nameOf("苏0281")).isEqualTo("江阴市人民法院");
        assertThat(registry.nameOf("甘3001")).isEqualTo("合作市人民法院");
        assertThat(registry.nameOf("甘29")).isEqualTo("临夏回族自治州中级人民法院");
        assertThat(registry.nameOf("甘0881")).isEqualTo("华亭市人民法院");
        assertThat(registry.chain("甘7101")).extracting(RegisteredCourt::code).containsExactly("甘7101", "甘71", "甘",
                "最高法");
    }

    private static long count(List<RegisteredCourt> all, String province, CourtLevel level) {
        return all.stream().filter(c -> c.code().startsWith(province) && c.level() == level).count();
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
        assertThat(registry.isWithin("苏0803", "苏0804")).as("sibling").isFalse();
        assertThat(registry.isWithin("苏0804", "苏07")).as("the city next door").isFalse();
        assertThat(registry.isWithin(" 苏0804", "苏")).as("padded code").isFalse();
        assertThat(registry.isWithin("苏0804", "苏08 ")).as("padded ancestor").isFalse();
        assertThat(registry.isWithin("苏0804", null)).isFalse();
        assertThat(registry.chain(" 苏0804")).isEmpty();
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
        assertThatThrownBy(() -> ShippedCourts.load(loader, "courts-broken/same-level"))
                .hasMessageContaining("courts-broken/h.tsv:4").hasMessageContaining("is not above");
        assertThatThrownBy(() -> ShippedCourts.load(loader, "courts-broken/columns"))
                .hasMessageContaining("courts-broken/f.tsv:2").hasMessageContaining("found 3");
        assertThatThrownBy(() -> ShippedCourts.load(loader, "courts-broken/invisible"))
                .hasMessageContaining("courts-broken/g.tsv:2").hasMessageContaining("control characters");
        assertThatThrownBy(() -> ShippedCourts.load(loader, "courts-broken/control"))
                .hasMessageContaining("courts-broken/i.tsv:2").hasMessageContaining("control characters");
        assertThatThrownBy(() -> ShippedCourts.load(loader, "courts-broken/none"))
                .hasMessageContaining("missing");
    }

    @Test
    void shouldSkipCommentsAndBlankLines() {
        ShippedCourts courts = ShippedCourts.load(getClass().getClassLoader(), "courts-broken/fine");
        assertThat(courts.all()).extracting(RegisteredCourt::code).containsExactly("最高法", "苏");
        assertThat(courts.find("苏")).get().extracting(RegisteredCourt::parent).isEqualTo("最高法");
    }
}
