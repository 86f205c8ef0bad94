package vn.eoffice.platform.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.util.Optional;
import vn.eoffice.platform.boundary.AccessDeniedException;
import vn.eoffice.platform.entity.AgencyScope;

/**
 * Puts the caller's agency in scope for every service call, bound to all beans in ejb-jar.xml. A
 * call made while an agency is already in scope (a service calling another, or background work that
 * named its agency) keeps it. A caller who is nobody's account (not signed in, a timer) gets no
 * agency, and their queries of an agency's records fail.
 */
public class AgencyScoping {

  @Resource EJBContext context;
  @Inject UserAgencies agencies;

  @AroundInvoke
  public Object aroundInvoke(InvocationContext invocation) throws Exception {
    if (AgencyScope.current().isPresent()) {
      return invocation.proceed();
    }
    Optional<Long> agency = agencies.of(context.getCallerPrincipal().getName());
    if (agency.isEmpty()) {
      return invocation.proceed();
    }
    if (!agencies.active(agency.get())) {
      // Signed in before the agency was deactivated: its people stop at their next request.
      throw new AccessDeniedException(
          "agency-inactive",
          "the agency is deactivated; the platform administrator reactivates it");
    }
    return AgencyScope.call(agency.get(), invocation::proceed);
  }
}
