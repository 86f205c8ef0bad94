package vn.eoffice.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.InputStream;

/** The OpenAPI 3.1 description of this API, kept beside the resources and checked by a test. */
@Path("openapi.yaml")
public class OpenApiResource {

  public static final String LOCATION = "/vn/eoffice/web/api/openapi.yaml";

  @GET
  @Produces("application/yaml;charset=UTF-8")
  public InputStream description() {
    return OpenApiResource.class.getResourceAsStream(LOCATION);
  }
}
