package vn.eoffice.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import vn.eoffice.people.entity.Role;

/** The REST API, under {@code /api}. */
@ApplicationPath("api")
@DeclareRoles({
  Role.CLERK_NAME,
  Role.LEADER_NAME,
  Role.OFFICER_NAME,
  Role.ARCHIVIST_NAME,
  Role.ADMIN_NAME
})
public class ApiApplication extends Application {}
