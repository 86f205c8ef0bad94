package vn.eoffice.app;

import jakarta.json.JsonObject;

/** What the registers screen shows about the series. */
final class Registers {

  private Registers() {}

  static JsonObject incoming(ApiClient client) {
    return JsonBodies.array(client.get("api/registers").body())
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("direction").equals("INCOMING"))
        .findFirst()
        .orElseThrow();
  }

  static JsonObject outgoing(ApiClient client, boolean confidential) {
    return JsonBodies.array(client.get("api/registers").body())
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("direction").equals("OUTGOING"))
        .filter(
            r -> r.getBoolean("confidential") == confidential && !r.containsKey("documentTypeId"))
        .findFirst()
        .orElseThrow();
  }

  static int lastIncomingNumber(ApiClient client) {
    return incoming(client).getInt("lastNumber");
  }
}
