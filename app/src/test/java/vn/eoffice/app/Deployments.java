package vn.eoffice.app;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.eoffice.app.probe.AuditRaceProbeServlet;
import vn.eoffice.app.probe.BackgroundWorkProbeServlet;
import vn.eoffice.app.probe.NumberingProbeServlet;

/**
 * The EAR that users install, as the build made it: tests deploy nothing else into it but probes.
 */
final class Deployments {

  /** Where the probes answer, below the server's root. */
  static final String PROBE_CONTEXT = "probe";

  private Deployments() {}

  static EnterpriseArchive application() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("eoffice.ear")));
  }

  /**
   * The application plus a web module of probes: one takes numbers in transactions it rolls back,
   * one races audit sealers against each other, one stops a background work's timer.
   */
  static EnterpriseArchive applicationWithProbes() {
    EnterpriseArchive ear = application();
    WebArchive probe =
        ShrinkWrap.create(WebArchive.class, PROBE_CONTEXT + ".war")
            .addClass(NumberingProbeServlet.class)
            .addClass(AuditRaceProbeServlet.class)
            .addClass(BackgroundWorkProbeServlet.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    ear.addAsModule(probe);
    ArchivePath descriptor =
        org.jboss.shrinkwrap.api.ArchivePaths.create("META-INF/application.xml");
    String xml;
    try (var in = ear.get(descriptor).getAsset().openStream()) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    String module =
        "<module><web><web-uri>%s.war</web-uri><context-root>/%s</context-root></web></module>"
            .formatted(PROBE_CONTEXT, PROBE_CONTEXT);
    ear.delete(descriptor);
    ear.setApplicationXML(
        new StringAsset(xml.replace("<library-directory>", module + "\n  <library-directory>")));
    return ear;
  }
}
