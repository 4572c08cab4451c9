package org.pathwise.lti.core.registration;

import java.util.List;
import java.util.Optional;

/** Port: finds platform registrations. The container implements it over the database. */
public interface RegistrationLookup {
    /** The registration for this issuer and client id, if any. */
    Optional<PlatformRegistration> find(String issuer, String clientId);

    /** All registrations of an issuer (a login without {@code client_id} needs exactly one). */
    List<PlatformRegistration> findByIssuer(String issuer);
}
