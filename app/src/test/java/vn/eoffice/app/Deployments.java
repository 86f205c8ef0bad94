package vn.eoffice.app;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR that users install, as the build made it: tests deploy nothing else. */
final class Deployments {

  private Deployments() {}

  static EnterpriseArchive application() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("eoffice.ear")));
  }
}
