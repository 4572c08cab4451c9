/** The LRS admin REST API (stores, credentials), guarded by the product's admin credential. */
package org.pathwise.lrs.admin;
