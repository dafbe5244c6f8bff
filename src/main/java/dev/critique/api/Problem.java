package dev.critique.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail; {@code violations} lists each invalid field of a validation problem. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public record Violation(String field, String message) {}
}
