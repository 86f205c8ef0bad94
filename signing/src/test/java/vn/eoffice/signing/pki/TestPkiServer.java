package vn.eoffice.signing.pki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The test PKI served on 127.0.0.1 as a real one is on the Internet: the CA certificates and CRLs
 * at the addresses written into the certificates, and an OCSP responder (signed by the PKI's
 * responder) that knows the revoked user. Start it first: the PKI is made for its address.
 */
public final class TestPkiServer implements AutoCloseable {

  private final HttpServer server;
  private final TestPki pki;
  private final AtomicLong ocspAnswers = new AtomicLong();

  public TestPkiServer(Instant now) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pki = TestPki.generate("http://127.0.0.1:" + server.getAddress().getPort(), now);
    try {
      serve("/root.crt", "application/pkix-cert", pki.root().certificate().getEncoded());
      serve(
          "/intermediate.crt",
          "application/pkix-cert",
          pki.intermediate().certificate().getEncoded());
      serve("/root.crl", "application/pkix-crl", pki.rootCrl().getEncoded());
      serve("/intermediate.crl", "application/pkix-crl", pki.crl().getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/ocsp", this::ocsp);
    server.start();
  }

  public TestPki pki() {
    return pki;
  }

  /** How many OCSP requests were answered. */
  public long ocspAnswers() {
    return ocspAnswers.get();
  }

  private void serve(String path, String type, byte[] body) {
    server.createContext(
        path,
        exchange -> {
          try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
        });
  }

  private void ocsp(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      OCSPReq request = new OCSPReq(in.readAllBytes());
      Set<BigInteger> revoked = Set.of(pki.revokedUser().certificate().getSerialNumber());
      TestPki.Credential responder = pki.ocspResponder();
      JcaBasicOCSPRespBuilder builder =
          new JcaBasicOCSPRespBuilder(
              responder.certificate().getPublicKey(),
              new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1));
      Date now = new Date();
      Date next = Date.from(Instant.now().plus(Duration.ofDays(1)));
      for (Req one : request.getRequestList()) {
        CertificateID id = one.getCertID();
        CertificateStatus status =
            revoked.contains(id.getSerialNumber())
                ? new RevokedStatus(
                    Date.from(Instant.now().minus(Duration.ofDays(1))), CRLReason.keyCompromise)
                : CertificateStatus.GOOD;
        builder.addResponse(id, status, now, next);
      }
      Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
      if (nonce != null) {
        builder.setResponseExtensions(new Extensions(nonce));
      }
      BasicOCSPResp basic =
          builder.build(
              new JcaContentSignerBuilder("SHA256withRSA").build(responder.key()),
              new X509CertificateHolder[] {
                new X509CertificateHolder(responder.certificate().getEncoded())
              },
              now);
      byte[] body = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
      // Counted before answering: the client goes on as soon as it has read the answer.
      ocspAnswers.incrementAndGet();
      exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (Exception e) {
      exchange.sendResponseHeaders(500, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
