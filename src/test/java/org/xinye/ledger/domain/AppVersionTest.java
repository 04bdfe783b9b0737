package org.xinye.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AppVersionTest {
    @Test
    void theBuildStatesTheProjectsVersionWithoutAJar() {
        // The tests run from target/classes, as ./mvnw javafx:run does: no manifest, still a version.
        assertTrue(AppVersion.get().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), AppVersion.get());
    }
}
