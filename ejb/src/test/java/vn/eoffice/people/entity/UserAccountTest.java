package vn.eoffice.people.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
  private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

  private final UserAccount account = new UserAccount(null, "vanthu", "Nguyễn Thị Thư", "hash");

  @Test
  void locksOnTheFifthFailedSignInForTheLockDuration() {
    for (int i = 0; i < 4; i++) {
      account.recordFailedSignIn(NOW, 5, FIFTEEN_MINUTES);
    }
    assertThat(account.isLockedAt(NOW)).isFalse();

    account.recordFailedSignIn(NOW, 5, FIFTEEN_MINUTES);

    assertThat(account.isLockedAt(NOW)).isTrue();
    assertThat(account.isLockedAt(NOW.plus(FIFTEEN_MINUTES).minusSeconds(1))).isTrue();
    assertThat(account.isLockedAt(NOW.plus(FIFTEEN_MINUTES))).isFalse();
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    for (int i = 0; i < 4; i++) {
      account.recordFailedSignIn(NOW, 5, FIFTEEN_MINUTES);
    }
    account.recordSuccessfulSignIn();
    account.recordFailedSignIn(NOW, 5, FIFTEEN_MINUTES);

    assertThat(account.isLockedAt(NOW)).isFalse();
  }

  @Test
  void unlockLiftsALockBeforeItRunsOut() {
    for (int i = 0; i < 5; i++) {
      account.recordFailedSignIn(NOW, 5, FIFTEEN_MINUTES);
    }
    account.unlock();

    assertThat(account.isLockedAt(NOW)).isFalse();
  }
}
