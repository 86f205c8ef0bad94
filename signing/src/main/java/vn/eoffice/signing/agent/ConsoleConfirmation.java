package vn.eoffice.signing.agent;

import java.io.Console;
import java.util.Optional;

/** Confirmation in the terminal the agent runs in, in Vietnamese; the PIN is not echoed. */
public final class ConsoleConfirmation implements Confirmation {

  @Override
  public synchronized Optional<char[]> confirm(SigningRequest request) {
    Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    console.printf(
        "%nYêu cầu ký số từ %s%n  Văn bản: %s%n  Trích yếu: %s%n  Chứng thư số: %s%n",
        request.origin(), request.notation(), request.subject(), request.certificateSubject());
    String answer = console.readLine("Đồng ý ký? (c/k): ");
    if (answer == null || !answer.strip().equalsIgnoreCase("c")) {
      return Optional.empty();
    }
    char[] pin = console.readPassword("Mã PIN của thiết bị ký số: ");
    return Optional.ofNullable(pin);
  }
}
