package vn.eoffice.platform.control;

import java.lang.reflect.Field;
import java.util.HashMap;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import vn.eoffice.platform.entity.AgencyScope;

/**
 * Lets each persistence context read the agency in scope (persistence.xml names this listener),
 * where the condition of {@code AgencyRecord} asks for it. The agency is read when a query runs,
 * not copied when the context starts: outside transactions the container may keep one context for a
 * whole call, in which background work moves from one agency's scope to the next.
 */
public class AgencyScopeListener extends SessionEventAdapter {

  private static final Field PROPERTIES;

  static {
    try {
      PROPERTIES = AbstractSession.class.getDeclaredField("properties");
      PROPERTIES.setAccessible(true);
    } catch (NoSuchFieldException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public void postAcquireClientSession(SessionEvent event) {
    AbstractSession session = (AbstractSession) event.getSession();
    ScopedProperties properties = new ScopedProperties();
    if (session.hasProperties()) {
      properties.putAll(session.getProperties());
    }
    // The provider's setter copies the map it is given; the session must keep this one.
    try {
      PROPERTIES.set(session, properties);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot give the persistence context its agency", e);
    }
  }

  /** A persistence context's properties, whose agency is always the one in scope now. */
  static final class ScopedProperties extends HashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    @Override
    public Object get(Object key) {
      return AgencyScope.PROPERTY.equals(key) ? AgencyScope.current().orElse(null) : super.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return AgencyScope.PROPERTY.equals(key)
          ? AgencyScope.current().isPresent()
          : super.containsKey(key);
    }
  }
}
