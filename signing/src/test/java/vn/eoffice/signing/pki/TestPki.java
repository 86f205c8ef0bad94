package vn.eoffice.signing.pki;

import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.eoffice.signing.PdfSignatureValidation;

/**
 * A complete PKI made at test time, as the signing tests need it: a root and an intermediate CA,
 * the certificates of a leader, a clerk and the organisation's seal, a revoked and an expired user,
 * a time-stamping authority and an OCSP responder, and the intermediate's CRL. Names are
 * Vietnamese, as on real certificates; the addresses of the CRLs, the OCSP responder and the
 * issuers' certificates point below {@code baseUrl}, where the tests serve them on 127.0.0.1.
 */
public final class TestPki {

  /** A key with its certificate and the chain up to (and including) the root. */
  public record Credential(
      String name, PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {}

  /** id-pkix-ocsp-nocheck (RFC 6960 §4.2.2.2.1): the responder's own status is not checked. */
  private static final ASN1ObjectIdentifier OCSP_NO_CHECK =
      new ASN1ObjectIdentifier("1.3.6.1.5.5.7.48.1.5");

  private static final String SIGNATURE = "SHA256withRSA";
  private static final Duration YEAR = Duration.ofDays(365);

  private final String baseUrl;
  private final Instant now;
  private final AtomicLong serials = new AtomicLong(1000);
  private final JcaX509ExtensionUtils extensions;

  private final Credential root;
  private final Credential intermediate;
  private final Credential leader;
  private final Credential clerk;
  private final Credential seal;
  private final Credential revokedUser;
  private final Credential expiredUser;
  private final Credential tsa;
  private final Credential ocspResponder;
  private final X509CRL crl;
  private final X509CRL rootCrl;

  private TestPki(String baseUrl, Instant now) throws GeneralSecurityException {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.now = now;
    this.extensions = new JcaX509ExtensionUtils();
    root =
        authority("Test Root CA e-Office", null, now.minus(YEAR), now.plus(YEAR.multipliedBy(10)));
    intermediate =
        authority(
            "Test Intermediate CA e-Office",
            root,
            now.minus(YEAR.multipliedBy(4)),
            now.plus(YEAR.multipliedBy(5)));
    leader =
        signer(
            "Trần Văn Đạo",
            "Chủ tịch",
            intermediate,
            now.minus(Duration.ofDays(30)),
            now.plus(YEAR));
    clerk =
        signer(
            "Nguyễn Thị Thư",
            "Văn thư",
            intermediate,
            now.minus(Duration.ofDays(30)),
            now.plus(YEAR));
    seal =
        signer("UBND xã Demo", null, intermediate, now.minus(Duration.ofDays(30)), now.plus(YEAR));
    revokedUser =
        signer(
            "Người Bị Thu Hồi",
            "Chuyên viên",
            intermediate,
            now.minus(Duration.ofDays(30)),
            now.plus(YEAR));
    expiredUser =
        signer(
            "Người Hết Hạn",
            "Chuyên viên",
            intermediate,
            now.minus(YEAR.multipliedBy(2)),
            now.minus(YEAR));
    tsa = service("Test TSA e-Office", KeyPurposeId.id_kp_timeStamping, intermediate);
    ocspResponder = service("Test OCSP e-Office", KeyPurposeId.id_kp_OCSPSigning, intermediate);
    crl = revocationList(intermediate, List.of(revokedUser.certificate()));
    rootCrl = revocationList(root, List.of());
  }

  /**
   * Makes the whole PKI.
   *
   * @param baseUrl where the tests serve {@code /root.crt}, {@code /intermediate.crt}, {@code
   *     /root.crl}, {@code /intermediate.crl} and {@code /ocsp}, e.g. {@code http://127.0.0.1:8181}
   * @param now the moment the certificates are valid around
   */
  public static TestPki generate(String baseUrl, Instant now) {
    try {
      return new TestPki(baseUrl, now);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make the test PKI", e);
    }
  }

  public Credential root() {
    return root;
  }

  public Credential intermediate() {
    return intermediate;
  }

  public Credential leader() {
    return leader;
  }

  public Credential clerk() {
    return clerk;
  }

  public Credential seal() {
    return seal;
  }

  public Credential revokedUser() {
    return revokedUser;
  }

  public Credential expiredUser() {
    return expiredUser;
  }

  public Credential tsa() {
    return tsa;
  }

  public Credential ocspResponder() {
    return ocspResponder;
  }

  /** The intermediate's CRL: the revoked user, for key compromise since yesterday. */
  public X509CRL crl() {
    return crl;
  }

  /** The root's CRL: nothing revoked (the intermediate is in good standing). */
  public X509CRL rootCrl() {
    return rootCrl;
  }

  /**
   * The strict validation trusting this PKI's root, with its two CRLs at hand (no network): what
   * the tests check signatures with.
   */
  public PdfSignatureValidation validation() {
    try {
      return new PdfSignatureValidation(
          List.of(root.certificate()), List.of(crl.getEncoded(), rootCrl.getEncoded()));
    } catch (java.security.cert.CRLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The credential in a PKCS#12 file token, for tests where the key's home does not matter. */
  public static Pkcs12SignatureToken fileToken(Credential credential) {
    char[] password = "test".toCharArray();
    return new Pkcs12SignatureToken(
        pkcs12(credential, password), new KeyStore.PasswordProtection(password));
  }

  /** The credential as a PKCS#12 store (alias: its name), as a user would import it. */
  public static byte[] pkcs12(Credential credential, char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          credential.name(),
          credential.key(),
          password,
          credential.chain().toArray(new X509Certificate[0]));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password);
      return out.toByteArray();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Credential authority(String name, Credential issuer, Instant from, Instant until)
      throws GeneralSecurityException {
    KeyPair keys = rsa();
    X500Name subject = name(name, null);
    X509v3CertificateBuilder builder =
        builder(
            issuer == null ? subject : holder(issuer).getSubject(),
            subject,
            keys.getPublic(),
            from,
            until);
    try {
      builder.addExtension(
          Extension.basicConstraints, true, new BasicConstraints(issuer == null ? 1 : 0));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          extensions.createSubjectKeyIdentifier(keys.getPublic()));
      if (issuer != null) {
        addIssuerLinks(builder, issuer, "root");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PrivateKey signingKey = issuer == null ? keys.getPrivate() : issuer.key();
    X509Certificate certificate = sign(builder, signingKey);
    return new Credential(name, keys.getPrivate(), certificate, chain(certificate, issuer));
  }

  private Credential signer(
      String commonName, String title, Credential issuer, Instant from, Instant until)
      throws GeneralSecurityException {
    KeyPair keys = rsa();
    X509v3CertificateBuilder builder =
        builder(
            holder(issuer).getSubject(), name(commonName, title), keys.getPublic(), from, until);
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          extensions.createSubjectKeyIdentifier(keys.getPublic()));
      addIssuerLinks(builder, issuer, "intermediate");
      builder.addExtension(
          Extension.authorityInfoAccess,
          false,
          new AuthorityInformationAccess(
              new AccessDescription[] {
                new AccessDescription(
                    X509ObjectIdentifiers.id_ad_caIssuers, uri("/intermediate.crt")),
                new AccessDescription(X509ObjectIdentifiers.id_ad_ocsp, uri("/ocsp"))
              }));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    X509Certificate certificate = sign(builder, issuer.key());
    return new Credential(commonName, keys.getPrivate(), certificate, chain(certificate, issuer));
  }

  private Credential service(String name, KeyPurposeId purpose, Credential issuer)
      throws GeneralSecurityException {
    KeyPair keys = rsa();
    X509v3CertificateBuilder builder =
        builder(
            holder(issuer).getSubject(),
            name(name, null),
            keys.getPublic(),
            now.minus(Duration.ofDays(30)),
            now.plus(YEAR));
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      // RFC 3161 §2.3: a TSA's certificate has exactly this purpose, marked critical.
      builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(purpose));
      if (purpose.equals(KeyPurposeId.id_kp_OCSPSigning)) {
        builder.addExtension(OCSP_NO_CHECK, false, DERNull.INSTANCE);
      }
      addIssuerLinks(builder, issuer, "intermediate");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    X509Certificate certificate = sign(builder, issuer.key());
    return new Credential(name, keys.getPrivate(), certificate, chain(certificate, issuer));
  }

  private X509CRL revocationList(Credential issuer, List<X509Certificate> revoked)
      throws GeneralSecurityException {
    X509v2CRLBuilder builder =
        new X509v2CRLBuilder(
            holder(issuer).getSubject(), Date.from(now.minus(Duration.ofHours(1))));
    builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
    for (X509Certificate certificate : revoked) {
      builder.addCRLEntry(
          certificate.getSerialNumber(),
          Date.from(now.minus(Duration.ofDays(1))),
          CRLReason.keyCompromise);
    }
    try {
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          extensions.createAuthorityKeyIdentifier(issuer.certificate()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    X509CRLHolder holder = builder.build(contentSigner(issuer.key()));
    return new JcaX509CRLConverter().getCRL(holder);
  }

  private void addIssuerLinks(X509v3CertificateBuilder builder, Credential issuer, String crlName)
      throws IOException, GeneralSecurityException {
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        extensions.createAuthorityKeyIdentifier(issuer.certificate()));
    builder.addExtension(
        Extension.cRLDistributionPoints,
        false,
        new CRLDistPoint(
            new DistributionPoint[] {
              new DistributionPoint(
                  new DistributionPointName(new GeneralNames(uri("/" + crlName + ".crl"))),
                  null,
                  null)
            }));
  }

  private X509v3CertificateBuilder builder(
      X500Name issuer, X500Name subject, PublicKey key, Instant from, Instant until) {
    return new JcaX509v3CertificateBuilder(
        issuer,
        BigInteger.valueOf(serials.incrementAndGet()),
        Date.from(from),
        Date.from(until),
        subject,
        key);
  }

  private static X500Name name(String commonName, String title) {
    X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
    name.addRDN(BCStyle.C, "VN");
    name.addRDN(BCStyle.ST, "Hà Nội");
    name.addRDN(BCStyle.O, "UBND xã Demo");
    if (title != null) {
      name.addRDN(BCStyle.T, title);
    }
    name.addRDN(BCStyle.CN, commonName);
    return name.build();
  }

  private GeneralName uri(String path) {
    return new GeneralName(GeneralName.uniformResourceIdentifier, baseUrl + path);
  }

  private static X509CertificateHolder holder(Credential credential)
      throws GeneralSecurityException {
    try {
      return new X509CertificateHolder(credential.certificate().getEncoded());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<X509Certificate> chain(X509Certificate certificate, Credential issuer) {
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(certificate);
    if (issuer != null) {
      chain.addAll(issuer.chain());
    }
    return List.copyOf(chain);
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws GeneralSecurityException {
    return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner(key)));
  }

  private static ContentSigner contentSigner(PrivateKey key) {
    try {
      return new JcaContentSignerBuilder(SIGNATURE).build(key);
    } catch (OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }
}
