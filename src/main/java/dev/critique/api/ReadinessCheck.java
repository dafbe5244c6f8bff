package dev.critique.api;

import dev.critique.feedback.CritiqueService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the service can critique: the sentence model is loaded and every rule file compiled. Those beans
 * are built at start-up ({@code @Startup}), so a bad model or rule fails start-up rather than a request.
 */
@Readiness
public class ReadinessCheck implements HealthCheck {
  private final CritiqueService service;

  public ReadinessCheck(CritiqueService service) {
    this.service = service;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("critique").up().withData("detectors", service.detectors().size())
        .withData("detectorSetVersion", CritiqueService.DETECTOR_SET_VERSION).build();
  }
}
