package vn.eoffice.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class EdXmlSignatureTest {

  private static final Credential COMMUNE = Credential.make("CN=UBND xã Demo, O=UBND tỉnh Demo");
  private static final Credential OTHER = Credential.make("CN=Somebody else");

  record Credential(KeyPair keys, X509Certificate certificate) {

    static Credential make(String subject) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        return new Credential(keys, certify(keys, subject, "SHA256withRSA"));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    /** A self-signed certificate for the key pair. */
    static X509Certificate certify(KeyPair keys, String subject, String algorithm) {
      try {
        Instant now = Instant.now();
        X500Name name = new X500Name(subject);
        var holder =
            new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(365, ChronoUnit.DAYS)),
                    name,
                    keys.getPublic())
                .build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate()));
        return new JcaX509CertificateConverter().getCertificate(holder);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static byte[] signed(Credential by) {
    Document message = EdXmlWriter.write(Packages.decision());
    EdXmlSignature.sign(message, by.keys().getPrivate(), by.certificate(), null);
    return EdXmlWriter.bytes(message);
  }

  /**
   * The verdict of the streaming check, which must be the JDK's XML signature's (Apache Santuario)
   * on the whole DOM: the outside judge of the canonical form written and read here.
   */
  private static EdXmlSignature.Verdict verify(byte[] xml, Credential sender) {
    EdXmlSignature.Verdict streamed =
        EdXmlSignature.verify(EdXmlReader.read(xml), sender.certificate());
    EdXmlSignature.Verdict judged;
    try {
      judged = EdXmlSignature.verify(EdXmlReader.parse(xml, true), sender.certificate());
    } catch (org.xml.sax.SAXException e) {
      throw new AssertionError(e);
    }
    assertThat(streamed).isEqualTo(judged);
    return streamed;
  }

  @Test
  void aSignedPackageVerifiesWithItsSendersCertificateAndStillValidates() {
    byte[] xml = signed(COMMUNE);

    assertThat(verify(xml, COMMUNE).outcome()).isEqualTo(EdXmlSignature.Outcome.VALID);
    assertThat(EdXmlSchema.problems(xml)).isEmpty();
    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">")
        .contains("Reference URI=\"\"");
    assertThat(EdXmlReader.read(xml).pack()).isEqualTo(Packages.decision());
  }

  @Test
  void aPackageChangedAfterSigningIsFound() {
    String xml = new String(signed(COMMUNE), StandardCharsets.UTF_8);

    String subject = xml.replace("hộ ông Nguyễn Văn Bình", "hộ ông Nguyễn Văn Bính");
    assertThat(verify(subject.getBytes(StandardCharsets.UTF_8), COMMUNE))
        .isEqualTo(
            new EdXmlSignature.Verdict(
                EdXmlSignature.Outcome.INVALID, "the message was changed after it was signed"));
    // A file is covered as well: its base64 is part of the signed message.
    String file = xml.replaceFirst("JVBERi0xLjcg", "JVBERi0xLjgg");
    assertThat(file).isNotEqualTo(xml);
    assertThat(verify(file.getBytes(StandardCharsets.UTF_8), COMMUNE).outcome())
        .isEqualTo(EdXmlSignature.Outcome.INVALID);
  }

  @Test
  void aPackageSignedByAnotherKeyIsNotTheSenders() {
    assertThat(verify(signed(OTHER), COMMUNE).reason())
        .isEqualTo("the XML signature was not made with the key of the sender's certificate");
  }

  @Test
  void anUnsignedPackageSaysSo() {
    byte[] xml = EdXmlWriter.bytes(EdXmlWriter.write(Packages.decision()));

    assertThat(verify(xml, COMMUNE).outcome()).isEqualTo(EdXmlSignature.Outcome.MISSING);
  }
}
