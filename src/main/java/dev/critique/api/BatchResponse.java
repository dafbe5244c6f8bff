package dev.critique.api;

import java.util.List;

/** One result per request item, in the same order. */
public record BatchResponse(List<CritiqueResponse> results) {}
