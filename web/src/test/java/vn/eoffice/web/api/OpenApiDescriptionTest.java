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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.eoffice.web.audit.AuditResource;
import vn.eoffice.web.documents.DocumentsResource;
import vn.eoffice.web.documents.IncomingDocumentsResource;
import vn.eoffice.web.documents.OutgoingDocumentsResource;
import vn.eoffice.web.documents.UploadsResource;
import vn.eoffice.web.i18n.MessagesResource;
import vn.eoffice.web.organisation.AgenciesResource;
import vn.eoffice.web.organisation.AgencyResource;
import vn.eoffice.web.organisation.UnitsResource;
import vn.eoffice.web.people.PeopleResource;
import vn.eoffice.web.people.UsersResource;
import vn.eoffice.web.registers.DocumentTypesResource;
import vn.eoffice.web.registers.RegistersResource;
import vn.eoffice.web.reports.DashboardResource;
import vn.eoffice.web.search.SavedSearchesResource;
import vn.eoffice.web.search.SearchResource;
import vn.eoffice.web.session.SessionsResource;
import vn.eoffice.web.signatures.SignatureImagesResource;
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
          AgenciesResource.class,
          UnitsResource.class,
          UsersResource.class,
          PeopleResource.class,
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
          DashboardResource.class,
          SignatureImagesResource.class,
          SearchResource.class,
          SavedSearchesResource.class,
          vn.eoffice.web.search.ComparisonsResource.class,
          vn.eoffice.web.exchange.ExchangeResource.class,
          vn.eoffice.web.archive.FilePlansResource.class,
          vn.eoffice.web.archive.CaseFilesResource.class,
          vn.eoffice.web.archive.ArchiveResource.class,
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

  @Test
  void listsEveryResourceOfTheApplication() throws Exception {
    java.nio.file.Path classes =
        java.nio.file.Path.of(
            OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> annotated = new TreeSet<>();
    try (var files = java.nio.file.Files.walk(classes)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.');
        Class<?> type =
            Class.forName(
                name.substring(0, name.length() - ".class".length()),
                false,
                OpenApiDescriptionTest.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) {
          annotated.add(type.getName());
        }
      }
    }
    assertThat(annotated).isEqualTo(new TreeSet<>(RESOURCES.stream().map(Class::getName).toList()));
  }

  @Test
  void isValidYamlAndEveryReferenceResolves() throws IOException {
    Map<String, Object> description = description();
    Set<String> references = new TreeSet<>();
    collectReferences(description, references);
    assertThat(references).isNotEmpty();
    for (String reference : references) {
      Object target = description;
      for (String part : reference.substring(2).split("/")) {
        target = target instanceof Map<?, ?> map ? map.get(part) : null;
      }
      assertThat(target).as(reference).isNotNull();
    }
  }

  private static void collectReferences(Object node, Set<String> references) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            if ("$ref".equals(key)) {
              references.add((String) value);
            } else {
              collectReferences(value, references);
            }
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectReferences(item, references));
    }
  }

  private static Map<String, Object> description() throws IOException {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.LOCATION)) {
      return new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static Set<String> documentedOperations() throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> paths =
        (Map<String, Map<String, Object>>) description().get("paths");
    Set<String> operations = new TreeSet<>();
    paths.forEach(
        (path, item) ->
            item.keySet().stream()
                .filter(Set.of("get", "post", "put", "delete", "patch")::contains)
                .forEach(verb -> operations.add(verb + " " + path)));
    return operations;
  }
}
