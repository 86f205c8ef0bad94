package vn.eoffice.signing.pki;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamping authority on 127.0.0.1, signing with the test PKI's TSA key: what the
 * signing tests reach instead of a public TSA.
 */
public final class TestTsa implements AutoCloseable {

  /** A test policy OID (the arc is for examples). */
  private static final ASN1ObjectIdentifier POLICY =
      new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1");

  private final HttpServer server;
  private final TimeStampResponseGenerator responses;
  private final AtomicLong serials = new AtomicLong(1);
  private final AtomicLong served = new AtomicLong();

  public TestTsa(TestPki pki) {
    try {
      TestPki.Credential tsa = pki.tsa();
      TimeStampTokenGenerator tokens =
          new TimeStampTokenGenerator(
              new JcaSimpleSignerInfoGeneratorBuilder()
                  .build("SHA256withRSA", tsa.key(), tsa.certificate()),
              new JcaDigestCalculatorProviderBuilder()
                  .build()
                  .get(new DefaultDigestAlgorithmIdentifierFinder().find("SHA-256")),
              POLICY);
      tokens.addCertificates(new JcaCertStore(List.copyOf(tsa.chain())));
      responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/tsa",
          exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
              TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
              TimeStampResponse response =
                  responses.generate(
                      request, BigInteger.valueOf(serials.incrementAndGet()), new Date());
              byte[] body = response.getEncoded();
              exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
              // Counted before the answer leaves: the client may check the count on receipt.
              served.incrementAndGet();
              exchange.sendResponseHeaders(200, body.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            } catch (Exception e) {
              exchange.sendResponseHeaders(400, -1);
            } finally {
              exchange.close();
            }
          });
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the test TSA", e);
    }
  }

  /** Where to send time-stamp requests. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
  }

  /** How many time stamps were given. */
  public long served() {
    return served.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
