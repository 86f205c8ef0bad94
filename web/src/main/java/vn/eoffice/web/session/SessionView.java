package vn.eoffice.web.session;

import java.util.List;
import vn.eoffice.people.boundary.UserView;

/** What the UI needs after sign-in: the user, the agency, the menu and the CSRF token. */
public record SessionView(
    UserView user, String agencyName, List<Navigation.Item> navigation, String csrfToken) {}
