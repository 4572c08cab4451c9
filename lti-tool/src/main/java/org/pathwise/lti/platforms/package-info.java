/** Platform registrations (issuer, client id, endpoints, deployments) in the database, and their admin API. */
package org.pathwise.lti.platforms;
