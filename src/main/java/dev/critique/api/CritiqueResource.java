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
 * POST /critique and POST /critique/batch. The work is pure CPU in the tens of microseconds, so it runs on the
 * event loop (RESTEasy Reactive's default for non-blocking return types is the worker pool; see @NonBlocking).
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
  @io.smallrye.common.annotation.NonBlocking
  public BatchResponse batch(@NotNull(message = "the request body must be a JSON object") @Valid
      BatchRequest request) {
    return new BatchResponse(request.items().stream()
        .map(item -> service.critique(item.question(), item.answer(), item.optionsOrDefault()))
        .toList());
  }
}
