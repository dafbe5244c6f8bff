package dev.critique.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests against the packaged application (target/quarkus-app). */
@QuarkusIntegrationTest
public class CritiqueApiIT extends CritiqueApiTest {}
