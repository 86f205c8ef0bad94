package vn.eoffice.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void acceptsTheRightPasswordAndRefusesAnother() {
    String stored = hasher.hash("Mật khẩu đúng 2026".toCharArray());

    assertThat(hasher.matches("Mật khẩu đúng 2026".toCharArray(), stored)).isTrue();
    assertThat(hasher.matches("Mat khau dung 2026".toCharArray(), stored)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
  }

  @Test
  void storesAlgorithmAndIterationsSoTheyCanBeRaisedLater() {
    String stored = hasher.hash("secret".toCharArray());

    assertThat(stored).startsWith("pbkdf2-sha256$1000$");
    assertThat(new PasswordHasher(2_000).matches("secret".toCharArray(), stored)).isTrue();
  }

  @Test
  void defaultsToASlowHash() {
    assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
  }

  @Test
  void neverMatchesAMalformedStoredHash() {
    assertThat(hasher.matches("x".toCharArray(), null)).isFalse();
    assertThat(hasher.matches("x".toCharArray(), "plain-text")).isFalse();
    assertThat(hasher.matches("x".toCharArray(), "pbkdf2-sha256$10$%%%$%%%")).isFalse();
  }

  @Test
  void generatedPasswordsHaveTheAskedLengthAndNoLookAlikes() {
    String password = PasswordGenerator.generate(14);

    assertThat(password).hasSize(14).doesNotContainPattern("[0O1lI]");
    assertThat(PasswordGenerator.generate(14)).isNotEqualTo(password);
  }
}
