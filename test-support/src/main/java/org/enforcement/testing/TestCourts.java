package org.enforcement.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcement.rules.courts.CourtLevel;
import org.enforcement.rules.courts.CourtSource;
import org.enforcement.rules.courts.RegisteredCourt;

/**
 * The made-up courts of tests, registered by pattern so each test can make fresh ones: {@code 测} is a high court
 * under 最高法, {@code 测} + 1 to 6 digits an intermediate court under 测, {@code 测} + 7 or more digits a basic court
 * under {@code 测} + its first 6 digits. {@link Court#fresh()} makes basic courts under intermediates 测9xxxxx,
 * {@link Court#freshIntermediate()} intermediates 测1xxxxx to 测8xxxxx, so no test sees another's courts under its
 * own. Only on the test classpath: production knows the shipped courts alone.
 */
@ApplicationScoped
public class TestCourts implements CourtSource {

    public static final String HIGH = "测";
    static final String HIGH_NAME = "测试省高级人民法院";
    private static final Pattern TEST_COURT = Pattern.compile("测([0-9]*)");

    @Override
    public Optional<RegisteredCourt> find(String code) {
        return court(code);
    }

    /** The test court {@code code} names, if it follows the pattern. */
    public static Optional<RegisteredCourt> court(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = TEST_COURT.matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1);
        if (digits.isEmpty()) {
            return Optional.of(new RegisteredCourt(code, HIGH_NAME, CourtLevel.HIGH, "最高法"));
        }
        if (digits.length() <= 6) {
            return Optional.of(new RegisteredCourt(code, "测试第" + digits + "中级人民法院", CourtLevel.INTERMEDIATE,
                    HIGH));
        }
        return Optional.of(new RegisteredCourt(code, "测试第" + digits + "基层人民法院", CourtLevel.BASIC,
                HIGH + digits.substring(0, 6)));
    }
}
