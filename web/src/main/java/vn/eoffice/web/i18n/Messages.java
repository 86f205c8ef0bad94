package vn.eoffice.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;

/**
 * The UI's text in Vietnamese (the default) and English, from the bundle {@code
 * vn/eoffice/web/i18n/messages}. The language of a request is the {@code lang} cookie the UI sets,
 * else the browser's first supported language, else Vietnamese.
 */
public final class Messages {

  public static final String DEFAULT_LANGUAGE = "vi";
  public static final Set<String> LANGUAGES = Set.of("vi", "en");

  private static final String BUNDLE = "vn.eoffice.web.i18n.messages";
  // No fallback to the JVM's default locale: "vi" must get the Vietnamese base bundle on an
  // English machine.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  public static ResourceBundle bundle(String language) {
    Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
  }

  /** Every key and text of a language, sorted, for the UI. */
  public static Map<String, String> all(String language) {
    ResourceBundle bundle = bundle(language);
    Map<String, String> texts = new TreeMap<>();
    for (String key : Collections.list(bundle.getKeys())) {
      texts.put(key, bundle.getString(key));
    }
    return texts;
  }

  /** The text for {@code key} with {@code {name}} placeholders filled; null if there is none. */
  public static String text(String language, String key, Map<String, ?> parameters) {
    String text;
    try {
      text = bundle(language).getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
    for (Map.Entry<String, ?> parameter : new LinkedHashMap<>(parameters).entrySet()) {
      text = text.replace("{" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
    }
    return text;
  }

  public static String languageOf(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if ("lang".equals(cookie.getName()) && LANGUAGES.contains(cookie.getValue())) {
          return cookie.getValue();
        }
      }
    }
    if (request.getHeader("Accept-Language") == null) {
      // Without the header the container would answer with its own default locale.
      return DEFAULT_LANGUAGE;
    }
    for (Locale locale : Collections.list(request.getLocales())) {
      if (LANGUAGES.contains(locale.getLanguage())) {
        return locale.getLanguage();
      }
    }
    return DEFAULT_LANGUAGE;
  }
}
