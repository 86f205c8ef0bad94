package vn.eoffice.signing.agent;

/**
 * What the user is asked to confirm: which document, for which server, with which certificate.
 *
 * @param notation the document's số ký hiệu (or "dự thảo")
 * @param subject its trích yếu
 * @param origin the web page's origin that asks
 * @param certificateSubject the certificate that will sign
 */
public record SigningRequest(
    String notation, String subject, String origin, String certificateSubject) {}
