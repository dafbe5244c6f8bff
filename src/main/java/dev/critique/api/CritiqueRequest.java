package dev.critique.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/** The body of POST /critique. Length limits are configuration ({@link Limits}); see openapi.yaml. */
public record CritiqueRequest(
    @NotBlank(message = "is required and must not be blank") @MaxChars(Limits.Field.QUESTION) String question,
    @NotBlank(message = "is required and must not be blank") @MaxChars(Limits.Field.ANSWER) String answer,
    @Valid Options options) {

  public Options optionsOrDefault() {
    return options == null ? Options.DEFAULT : options;
  }
}
