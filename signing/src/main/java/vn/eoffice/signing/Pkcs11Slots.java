package vn.eoffice.signing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a PKCS#11 token's slot by the token's label. Slot ids are the module's business and change
 * (SoftHSM gives a new one on every initialisation), labels are what administrators configure. The
 * JDK's own PKCS#11 wrapper lists the slots; it is not exported, so the JVM runs with {@code
 * --add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED} (the application's
 * launcher sets it).
 */
public final class Pkcs11Slots {

  private static final String WRAPPER = "sun.security.pkcs11.wrapper.";

  private Pkcs11Slots() {}

  /** One token: its slot and label. */
  public record TokenSlot(long slot, String label) {}

  /**
   * The slot holding the token labelled {@code label}.
   *
   * @throws IllegalStateException naming the labels found when none matches
   */
  public static long slotOf(Path library, String label) {
    List<TokenSlot> tokens = tokens(library);
    return tokens.stream()
        .filter(t -> t.label().equals(label.strip()))
        .findFirst()
        .map(TokenSlot::slot)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no token labelled \""
                        + label
                        + "\" in "
                        + library
                        + "; tokens present: "
                        + tokens.stream().map(TokenSlot::label).toList()));
  }

  /** The tokens present, in the module's slot order. */
  public static List<TokenSlot> tokens(Path library) {
    try {
      Class<?> pkcs11 = Class.forName(WRAPPER + "PKCS11");
      Class<?> initArgs = Class.forName(WRAPPER + "CK_C_INITIALIZE_ARGS");
      Method getInstance =
          pkcs11.getMethod("getInstance", String.class, String.class, initArgs, boolean.class);
      Object module =
          getInstance.invoke(null, library.toString(), "C_GetFunctionList", null, false);
      long[] slots = (long[]) pkcs11.getMethod("C_GetSlotList", boolean.class).invoke(module, true);
      Method tokenInfo = pkcs11.getMethod("C_GetTokenInfo", long.class);
      List<TokenSlot> found = new ArrayList<>();
      for (long slot : slots) {
        Object info = tokenInfo.invoke(module, slot);
        char[] label = (char[]) info.getClass().getField("label").get(info);
        found.add(new TokenSlot(slot, new String(label).strip()));
      }
      return found;
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "the PKCS#11 module " + library + " cannot list its tokens: " + e.getCause(), e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(
          "start Java with --add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper"
              + "=ALL-UNNAMED to find PKCS#11 tokens by label",
          e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JDK has no PKCS#11 wrapper to list tokens", e);
    }
  }
}
