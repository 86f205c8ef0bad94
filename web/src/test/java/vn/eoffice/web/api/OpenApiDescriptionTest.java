package vn.eoffice.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.eoffice.web.audit.AuditResource;
import vn.eoffice.web.documents.DocumentsResource;
import vn.eoffice.web.documents.IncomingDocumentsResource;
import vn.eoffice.web.documents.OutgoingDocumentsResource;
import vn.eoffice.web.documents.UploadsResource;
import vn.eoffice.web.i18n.MessagesResource;
import vn.eoffice.web.organisation.AgencyResource;
import vn.eoffice.web.organisation.UnitsResource;
import vn.eoffice.web.people.UsersResource;
import vn.eoffice.web.registers.DocumentTypesResource;
import vn.eoffice.web.registers.RegistersResource;
import vn.eoffice.web.session.SessionsResource;
import vn.eoffice.web.workflow.AssignmentsResource;
import vn.eoffice.web.workflow.ExtensionsResource;
import vn.eoffice.web.workflow.InboxResource;

/** The served description must list exactly the operations the resources implement. */
class OpenApiDescriptionTest {

  private static final List<Class<?>> RESOURCES =
      List.of(
          SessionsResource.class,
          MessagesResource.class,
          AgencyResource.class,
          UnitsResource.class,
          UsersResource.class,
          DocumentTypesResource.class,
          RegistersResource.class,
          UploadsResource.class,
          IncomingDocumentsResource.class,
          OutgoingDocumentsResource.class,
          DocumentsResource.class,
          AuditResource.class,
          AssignmentsResource.class,
          ExtensionsResource.class,
          InboxResource.class,
          OpenApiResource.class);

  @Test
  void documentsEveryOperationAndNoOther() throws IOException {
    assertThat(documentedOperations()).isEqualTo(implementedOperations());
  }

  private static Set<String> implementedOperations() {
    Set<String> operations = new TreeSet<>();
    for (Class<?> resource : RESOURCES) {
      String base = "/" + resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        String verb = verbOf(method);
        if (verb != null) {
          Path path = method.getAnnotation(Path.class);
          operations.add(verb + " " + base + (path == null ? "" : "/" + path.value()));
        }
      }
    }
    return operations;
  }

  private static String verbOf(Method method) {
    if (method.isAnnotationPresent(GET.class)) return "get";
    if (method.isAnnotationPresent(POST.class)) return "post";
    if (method.isAnnotationPresent(PUT.class)) return "put";
    if (method.isAnnotationPresent(DELETE.class)) return "delete";
    return null;
  }

  private static Set<String> documentedOperations() throws IOException {
    String yaml;
    try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.LOCATION)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String paths = yaml.substring(yaml.indexOf("\npaths:\n"), yaml.indexOf("\ncomponents:\n"));
    Set<String> operations = new TreeSet<>();
    String current = null;
    Matcher line =
        Pattern.compile("(?m)^  (/\\S*):$|^    (get|post|put|delete|patch):").matcher(paths);
    while (line.find()) {
      if (line.group(1) != null) {
        current = line.group(1);
      } else {
        operations.add(line.group(2) + " " + current);
      }
    }
    return operations;
  }
}
