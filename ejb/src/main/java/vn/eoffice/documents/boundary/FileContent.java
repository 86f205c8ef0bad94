package vn.eoffice.documents.boundary;

/** Which stored content to send, under which name and type. */
public record FileContent(
    String sha256, String fileName, String mediaType, long size, int version) {}
