package vn.eoffice.signing.agent;

import java.nio.file.Path;
import java.util.Set;

/**
 * How the agent was installed.
 *
 * @param library the token vendor's PKCS#11 library
 * @param slot the token's slot id (unsigned), or -1 for the first slot with a token
 * @param allowedOrigins the e-Office servers' addresses the agent answers, e.g.
 *     https://eoffice.tinh.gov.vn
 * @param port where it listens on 127.0.0.1 (0: any free port, for tests)
 */
public record AgentSettings(Path library, long slot, Set<String> allowedOrigins, int port) {

  public AgentSettings {
    allowedOrigins = Set.copyOf(allowedOrigins);
  }
}
