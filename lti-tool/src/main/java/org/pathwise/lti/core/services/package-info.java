/** LTI Advantage service clients (token grant, Assignment and Grade Services, Names and Roles) over a small HTTP port. */
package org.pathwise.lti.core.services;
