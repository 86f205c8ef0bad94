package vn.eoffice.edxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The standard's element structure as an XML schema ({@code edxml-qcvn102.xsd}): what e-Office
 * writes must validate against it. Messages of other systems are read leniently instead (see {@link
 * EdXmlReader}).
 */
public final class EdXmlSchema {

  private static final Schema SCHEMA = load();

  private EdXmlSchema() {}

  /** The problems found, each with its line and column; empty when the message is valid. */
  public static List<String> problems(byte[] xml) {
    List<String> problems = new ArrayList<>();
    try {
      Validator validator = SCHEMA.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
              // not a problem
            }

            @Override
            public void error(SAXParseException e) {
              problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
              throw e;
            }
          });
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException e) {
      if (problems.isEmpty()) {
        problems.add(e.getMessage());
      }
    } catch (IOException e) {
      problems.add(e.getMessage());
    }
    return problems;
  }

  private static Schema load() {
    URL xsd = EdXmlSchema.class.getResource("edxml-qcvn102.xsd");
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException("the edXML schema does not load", e);
    }
  }
}
