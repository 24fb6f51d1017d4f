package org.enforcement.rules.courts;

import java.util.Optional;

/** Where the registry looks a court up: the shipped list, or (in tests) courts made up for one test. */
@FunctionalInterface
public interface CourtSource {

    Optional<RegisteredCourt> find(String code);
}
