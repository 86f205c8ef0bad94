package vn.eoffice.platform.control;

import java.util.Optional;

/**
 * Reads a setting named like {@code eoffice.demo.password} from the system property of that name or
 * else from the environment variable {@code EOFFICE_DEMO_PASSWORD}. Production settings come from
 * the environment; tests set system properties.
 */
public final class Settings {

  private Settings() {}

  public static Optional<String> get(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentName(name));
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public static int getInt(String name, int defaultValue) {
    return get(name).map(Integer::parseInt).orElse(defaultValue);
  }

  public static boolean getBoolean(String name, boolean defaultValue) {
    return get(name).map(Boolean::parseBoolean).orElse(defaultValue);
  }

  static String environmentName(String name) {
    return name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
