package vn.eoffice.benchmark;

import java.nio.file.Path;
import org.apache.tomee.embedded.Container;

/**
 * One installation of the exchange benchmark, in a process of its own: {@code ExchangePeer <work
 * folder> <database URL> <port>}. Prints "peer ready" once it serves, and runs until it is stopped.
 */
public final class ExchangePeer {

  private ExchangePeer() {}

  public static void main(String[] args) throws Exception {
    Container container =
        Installation.start(Path.of(args[0]), args[1], "postgres", Integer.parseInt(args[2]));
    System.out.println("peer ready");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    container.close();
                  } catch (Exception e) {
                    // stopping anyway
                  }
                }));
    Thread.currentThread().join();
  }
}
