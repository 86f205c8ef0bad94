package vn.eoffice.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The application's clock: Vietnam time, in which registers' years and dates are counted. */
@ApplicationScoped
public class Clocks {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Produces
  Clock clock() {
    return Clock.system(VIETNAM);
  }
}
