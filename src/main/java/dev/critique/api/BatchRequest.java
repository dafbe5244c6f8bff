package dev.critique.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** Several critiques in one request; at most {@code critique.limits.batch-items} items. */
public record BatchRequest(
    @NotEmpty(message = "must hold at least one item") @MaxItems List<@Valid @jakarta.validation.constraints.NotNull(
        message = "must be an object with question and answer") CritiqueRequest> items) {}
