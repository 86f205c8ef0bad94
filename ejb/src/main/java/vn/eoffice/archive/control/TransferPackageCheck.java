package vn.eoffice.archive.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a transfer package back as the historical archive would: the package's METS.xml and each
 * representation's, every file they name found where they say with the size and SHA-256 they state,
 * and nothing in the package that no METS names. What is wrong is listed, file by file.
 */
public final class TransferPackageCheck {

  /** What the check found: the package's id, the files checked, and each problem. */
  public record Report(String objectId, int filesChecked, List<String> problems) {
    public boolean sound() {
      return problems.isEmpty();
    }
  }

  /** METS files larger than this are not read (a package's METS is kilobytes). */
  private static final long MOST_METS_BYTES = 64L * 1024 * 1024;

  private TransferPackageCheck() {}

  public static Report check(Path zip) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      return new Reading(file).read();
    } catch (java.util.zip.ZipException e) {
      return new Report(null, 0, List.of("not a ZIP file: " + e.getMessage()));
    }
  }

  private static final class Reading {
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private final Set<String> described = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();
    private int checked;

    Reading(ZipFile zip) {
      this.zip = zip;
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), entry);
        }
      }
    }

    Report read() {
      List<String> roots =
          entries.keySet().stream().filter(n -> n.matches("[^/]+/METS\\.xml")).toList();
      if (roots.size() != 1) {
        problems.add("a package has one folder with a METS.xml at its top; found " + roots.size());
        return new Report(null, 0, problems);
      }
      String root = roots.get(0).substring(0, roots.get(0).indexOf('/') + 1);
      for (String name : entries.keySet()) {
        if (!name.startsWith(root) || name.contains("../") || name.startsWith("/")) {
          problems.add(name + ": outside the package's folder");
        }
      }
      described.add(roots.get(0));
      Element mets = mets(roots.get(0));
      if (mets == null) {
        return new Report(null, checked, problems);
      }
      String objectId = mets.getAttribute("OBJID");
      if (!root.equals(objectId + "/")) {
        problems.add("the package's folder " + root + " is not named after its OBJID " + objectId);
      }
      references(mets, root, true);
      for (String name : entries.keySet()) {
        if (!described.contains(name)) {
          problems.add(name + ": in the package but named by no METS");
        }
      }
      return new Report(objectId, checked, problems);
    }

    /** Checks every file the METS names; a representation's METS is read in its turn. */
    private void references(Element mets, String folder, boolean top) {
      for (String tag : List.of("mdRef", "FLocat")) {
        NodeList found = mets.getElementsByTagNameNS(TransferPackage.METS, tag);
        for (int i = 0; i < found.getLength(); i++) {
          Element reference = (Element) found.item(i);
          Element described =
              tag.equals("FLocat") ? (Element) reference.getParentNode() : reference;
          String href = reference.getAttributeNS(TransferPackage.XLINK, "href");
          String path = folder + URLDecoder.decode(href, StandardCharsets.UTF_8);
          if (verify(path, described) && top && path.endsWith("/METS.xml")) {
            Element representation = mets(path);
            if (representation != null) {
              references(
                  representation, path.substring(0, path.length() - "METS.xml".length()), false);
            }
          }
        }
      }
    }

    /** Whether the file is there with the stated size and SHA-256 (each miss is a problem). */
    private boolean verify(String path, Element described) {
      this.described.add(path);
      ZipEntry entry = entries.get(path);
      if (entry == null) {
        problems.add(path + ": named in METS but not in the package");
        return false;
      }
      checked++;
      String stated = described.getAttribute("CHECKSUM");
      if (!"SHA-256".equals(described.getAttribute("CHECKSUMTYPE")) || stated.isEmpty()) {
        problems.add(path + ": METS gives no SHA-256 for it");
        return false;
      }
      long size;
      String actual;
      try (DigestInputStream in =
          new DigestInputStream(zip.getInputStream(entry), MessageDigest.getInstance("SHA-256"))) {
        size = in.transferTo(java.io.OutputStream.nullOutputStream());
        actual = HexFormat.of().formatHex(in.getMessageDigest().digest());
      } catch (IOException e) {
        problems.add(path + ": cannot be read (" + e.getMessage() + ")");
        return false;
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      boolean sound = true;
      if (!actual.equalsIgnoreCase(stated)) {
        problems.add(path + ": SHA-256 is " + actual + ", METS says " + stated.toLowerCase());
        sound = false;
      }
      String statedSize = described.getAttribute("SIZE");
      if (!statedSize.isEmpty() && !statedSize.equals(Long.toString(size))) {
        problems.add(path + ": " + size + " bytes, METS says " + statedSize);
        sound = false;
      }
      return sound;
    }

    private Element mets(String path) {
      ZipEntry entry = entries.get(path);
      if (entry == null || entry.getSize() > MOST_METS_BYTES) {
        problems.add(path + ": no METS to read");
        return null;
      }
      try (InputStream in = zip.getInputStream(entry)) {
        Document document = parser().parse(in);
        Element root = document.getDocumentElement();
        if (!TransferPackage.METS.equals(root.getNamespaceURI())
            || !"mets".equals(root.getLocalName())) {
          problems.add(path + ": not a METS document");
          return null;
        }
        return root;
      } catch (Exception e) {
        problems.add(path + ": not readable XML (" + e.getMessage() + ")");
        return null;
      }
    }

    private static DocumentBuilder parser() throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    }
  }
}
