package vn.eoffice.web.security;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Installs {@link SessionAuthModule} for this web application when it starts. */
@WebListener
public class AuthModuleRegistration implements ServletContextListener {

  private String registration;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    var context = event.getServletContext();
    // The application context id the Servlet profile of Jakarta Authentication prescribes.
    String appContext = context.getVirtualServerName() + " " + context.getContextPath();
    registration =
        AuthConfigFactory.getFactory()
            .registerConfigProvider(
                new SessionAuthConfigProvider(), "HttpServlet", appContext, "e-Office sign-in");
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (registration != null) {
      AuthConfigFactory.getFactory().removeRegistration(registration);
    }
  }
}
