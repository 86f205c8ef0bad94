package vn.eoffice.web.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;

/**
 * Hands the container a {@link SessionAuthModule} initialised with the container's own callback
 * handler, through which the module reports the caller and roles.
 */
public class SessionAuthConfigProvider implements AuthConfigProvider {

  @Override
  public ServerAuthConfig getServerAuthConfig(
      String layer, String appContext, CallbackHandler handler) {
    SessionAuthModule module = new SessionAuthModule();
    module.initialize(null, null, handler, Map.of());
    ServerAuthContext context =
        new ServerAuthContext() {
          @Override
          public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service)
              throws AuthException {
            return module.validateRequest(message, client, service);
          }

          @Override
          public AuthStatus secureResponse(MessageInfo message, Subject service) {
            return module.secureResponse(message, service);
          }

          @Override
          public void cleanSubject(MessageInfo message, Subject subject) {
            module.cleanSubject(message, subject);
          }
        };
    return new ServerAuthConfig() {
      @Override
      @SuppressWarnings("rawtypes")
      public ServerAuthContext getAuthContext(
          String authContextId, Subject service, Map properties) {
        return context;
      }

      @Override
      public String getAuthContextID(MessageInfo message) {
        return "session";
      }

      @Override
      public String getMessageLayer() {
        return layer;
      }

      @Override
      public String getAppContext() {
        return appContext;
      }

      @Override
      public void refresh() {}

      @Override
      public boolean isProtected() {
        return false;
      }
    };
  }

  @Override
  public ClientAuthConfig getClientAuthConfig(
      String layer, String appContext, CallbackHandler handler) {
    return null;
  }

  @Override
  public void refresh() {}
}
