package vn.eoffice.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void vietnameseAndEnglishHaveTheSameKeys() {
    assertThat(Messages.all("en").keySet()).isEqualTo(Messages.all("vi").keySet());
  }

  @Test
  void vietnameseIsTheDefaultWithItsDiacritics() {
    assertThat(Messages.all("vi")).containsEntry("login.heading", "Đăng nhập");
  }

  @Test
  void fillsNamedPlaceholders() {
    assertThat(Messages.text("en", "rule.Size", Map.of("min", 10, "max", 128)))
        .isEqualTo("length must be between 10 and 128");
  }

  @Test
  void unknownKeyGivesNull() {
    assertThat(Messages.text("vi", "no.such.key", Map.of())).isNull();
  }
}
