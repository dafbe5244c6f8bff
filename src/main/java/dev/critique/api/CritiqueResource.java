package dev.critique.api;

import dev.critique.feedback.CritiqueService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * POST /critique and POST /critique/batch. A critique is pure CPU, about 40 µs for a typical answer and at most
 * about 4 ms for the longest allowed, so it runs on the event loop (@NonBlocking; RESTEasy Reactive would
 * otherwise hand it to the worker pool). A batch can take 20 times that, so it runs on the worker pool (the
 * default), where it cannot hold up the other connections of an event loop.
 */
@Path("/critique")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CritiqueResource {
  private final CritiqueService service;

  public CritiqueResource(CritiqueService service) {
    this.service = service;
  }

  @POST
  @io.smallrye.common.annotation.NonBlocking
  public CritiqueResponse critique(@NotNull(message = "the request body must be a JSON object") @Valid
      CritiqueRequest request) {
    return service.critique(request.question(), request.answer(), request.optionsOrDefault());
  }

  @POST
  @Path("/batch")
  public BatchResponse batch(@NotNull(message = "the request body must be a JSON object") @Valid
      BatchRequest request) {
    return new BatchResponse(request.items().stream()
        .map(item -> service.critique(item.question(), item.answer(), item.optionsOrDefault()))
        .toList());
  }
}
