package vn.eoffice.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.eoffice.exchange.control.Receipt;
import vn.eoffice.exchange.control.Receiver;

/**
 * Where other installations deliver packages and statuses. Nobody signs in here: a message is
 * trusted for the XML signature its sender's certificate verifies, as the directory holds it.
 */
@Stateless
@PermitAll
public class ExchangeEndpoint {

  @Inject Receiver receiver;

  /** Takes one edXML message; the receipt says whether it was taken and, if not, why. */
  public Receipt receive(byte[] message) {
    return receiver.receive(message, null);
  }
}
