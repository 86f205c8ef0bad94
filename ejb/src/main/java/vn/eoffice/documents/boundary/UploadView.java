package vn.eoffice.documents.boundary;

import vn.eoffice.documents.entity.Upload;

/** A file received and checked, to be attached when the document is saved. */
public record UploadView(long id, String fileName, String mediaType, long size, String sha256) {

  static UploadView of(Upload upload) {
    return new UploadView(
        upload.getId(),
        upload.getContent().getFileName(),
        upload.getContent().getMediaType(),
        upload.getContent().getSize(),
        upload.getContent().getSha256());
  }
}
