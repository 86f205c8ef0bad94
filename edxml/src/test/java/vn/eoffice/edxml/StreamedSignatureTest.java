package vn.eoffice.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Collections;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The streaming check of a signature against the JDK's own XML signature (Apache Santuario), on
 * messages written awkwardly on purpose: namespaces declared, repeated and undeclared at several
 * levels, attributes out of order and in other namespaces, CDATA, character references, carriage
 * returns, tabs in attribute values, processing instructions and comments inside and outside the
 * message, Vietnamese and characters beyond the BMP. Santuario signs them; the streaming check must
 * find them signed, and changed after one character of them is changed.
 */
class StreamedSignatureTest {

  private static final String NS = EdXmlWriter.NS;

  private static final String[] AWKWARD = {
    // Prefixes as e-Office writes them, with redundant declarations further down.
    "<edXML:edXML xmlns:edXML='"
        + NS
        + "'><edXML:edXMLEnvelope xmlns:edXML='"
        + NS
        + "'>"
        + "<edXML:edXMLHeader>"
        + status("edXML:")
        + "<edXML:Note b='2' a='1'>Quyết định số 15</edXML:Note>"
        + "</edXML:edXMLHeader></edXML:edXMLEnvelope></edXML:edXML>",
    // A default namespace, undeclared and declared again, attributes in two namespaces.
    "<?xml version='1.0' encoding='UTF-8'?>\n<?app start?>\n<!-- before -->\n"
        + "<edXML xmlns='"
        + NS
        + "' xmlns:z='urn:z' xmlns:a='urn:a'>\n"
        + "  <edXMLEnvelope>\n    <edXMLHeader z:k='v' a:k='w' k='x'>\n"
        + status("")
        + "      <Plain xmlns=''><Inner xmlns=''>text</Inner></Plain>\n"
        + "      <Again xmlns='"
        + NS
        + "'>tab\there &amp; &lt;tag&gt; \"q\" 'a'</Again>\n"
        + "      <!-- inside --><?pi data here?>\n"
        + "    </edXMLHeader>\n  </edXMLEnvelope>\n"
        + "  <AttachmentEncoded><Attachment><ContentTransferEncoded>\n"
        + "JVBERi0xLjcK\nJSDDosOqw7TGoQo=\n"
        + "</ContentTransferEncoded></Attachment></AttachmentEncoded>\n</edXML>\n<!-- after -->\n"
        + "<?app end?>",
    // CDATA, character references, a carriage return, attribute values to escape.
    "<e:edXML xmlns:e='"
        + NS
        + "'><e:edXMLEnvelope><e:edXMLHeader>"
        + status("e:")
        + "<e:Subject note='a&#9;b&#10;c&#13;d &quot;&amp;&lt;&gt;'>"
        + "<![CDATA[<b>đậm</b> & more]]>&#13;&#10;line&#x1F600;😀 Ðồng</e:Subject>"
        + "<e:Empty/><e:Spaces>   </e:Spaces>"
        + "</e:edXMLHeader></e:edXMLEnvelope></e:edXML>",
  };

  /** A status the reader takes, with the prefix of the message around it. */
  private static String status(String prefix) {
    return ("<P:MessageHeader><P:From><P:OrganId>000.00.01.H98</P:OrganId></P:From>"
            + "<P:ResponseFor><P:OrganId>000.00.31.H99</P:OrganId>"
            + "<P:DocumentId>000.00.31.H99,2026/12/07,15/QĐ-UBND</P:DocumentId></P:ResponseFor>"
            + "<P:StatusCode>01</P:StatusCode><P:Timestamp>2026/12/07 09:30:00</P:Timestamp>"
            + "</P:MessageHeader>")
        .replace("P:", prefix);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void whatSantuarioSignsTheStreamingCheckFindsSignedAndChanged(int which) throws Exception {
    KeyPair keys = rsa();
    var certificate = EdXmlSignatureTest.Credential.make("CN=x");
    byte[] xml = signedBySantuario(AWKWARD[which], certificate.keys());

    assertThat(streamed(xml, certificate.certificate())).isEqualTo(EdXmlSignature.SIGNED);
    assertThat(streamed(signedBySantuario(AWKWARD[which], keys), certificate.certificate()))
        .isEqualTo(EdXmlSignature.OTHER_KEY);

    // One character changed in the text (or an attribute) after signing.
    String text = new String(xml, StandardCharsets.UTF_8);
    String changed =
        text.contains("Quyết") ? text.replace("Quyết", "Quyêt") : text.replace("k='x'", "k='y'");
    changed = changed.equals(text) ? text.replace("đậm", "đâm") : changed;
    changed = changed.equals(text) ? text.replace("k=\"x\"", "k=\"y\"") : changed;
    assertThat(changed).isNotEqualTo(text);
    assertThat(streamed(changed.getBytes(StandardCharsets.UTF_8), certificate.certificate()))
        .isEqualTo(EdXmlSignature.CHANGED);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void whatEOfficeSignsSantuarioFindsSigned(int which) throws Exception {
    var credential = EdXmlSignatureTest.Credential.make("CN=x");
    Document document = parse(AWKWARD[which].getBytes(StandardCharsets.UTF_8));
    EdXmlSignature.sign(document, credential.keys().getPrivate(), credential.certificate(), null);
    byte[] xml = EdXmlWriter.bytes(document);

    assertThat(EdXmlSignature.verify(EdXmlReader.parse(xml, true), credential.certificate()))
        .isEqualTo(EdXmlSignature.SIGNED);
    assertThat(streamed(xml, credential.certificate())).isEqualTo(EdXmlSignature.SIGNED);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void anEcdsaSignatureIsWrittenAsXmlSignatureWritesIt(int which) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    var certificate = EdXmlSignatureTest.Credential.certify(keys, "CN=ec", "SHA256withECDSA");
    Document document = parse(AWKWARD[which].getBytes(StandardCharsets.UTF_8));
    EdXmlSignature.sign(document, keys.getPrivate(), certificate, null);
    byte[] xml = EdXmlWriter.bytes(document);

    assertThat(EdXmlSignature.verify(EdXmlReader.parse(xml, true), certificate))
        .isEqualTo(EdXmlSignature.SIGNED);
    assertThat(streamed(xml, certificate)).isEqualTo(EdXmlSignature.SIGNED);
  }

  /** The verdict of the streaming check itself (not of the DOM check it may leave a form to). */
  private static EdXmlSignature.Verdict streamed(byte[] xml, X509Certificate sender) {
    EdXmlReader.Read read = EdXmlReader.read(xml);
    assertThat(read.streamed()).isNotNull();
    Element signature =
        (Element) read.dom().getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
    var verdict = StreamedCheck.verdict(signature, read.streamed(), sender);
    assertThat(verdict).isPresent();
    assertThat(EdXmlSignature.verify(read, sender)).isEqualTo(verdict.get());
    return verdict.get();
  }

  /**
   * The message signed as the JDK's XML signature signs it, serialised by the JDK's transformer.
   */
  private static byte[] signedBySantuario(String xml, KeyPair keys) throws Exception {
    Document document = parse(xml.getBytes(StandardCharsets.UTF_8));
    Element header = (Element) document.getElementsByTagNameNS(NS, "edXMLHeader").item(0);
    XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
    Reference reference =
        factory.newReference(
            "",
            factory.newDigestMethod(DigestMethod.SHA256, null),
            List.of(
                factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                factory.newTransform(
                    CanonicalizationMethod.INCLUSIVE, (TransformParameterSpec) null)),
            null,
            null);
    SignedInfo signedInfo =
        factory.newSignedInfo(
            factory.newCanonicalizationMethod(
                CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
            factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
            Collections.singletonList(reference));
    DOMSignContext context = new DOMSignContext(keys.getPrivate(), header);
    context.setDefaultNamespacePrefix("ds");
    factory.newXMLSignature(signedInfo, null).sign(context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TransformerFactory.newDefaultInstance()
        .newTransformer()
        .transform(new DOMSource(document), new StreamResult(out));
    return out.toByteArray();
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }
}
