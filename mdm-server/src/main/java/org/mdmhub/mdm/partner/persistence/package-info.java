/** JPA implementations of the {@code Suppliers} and {@code Customers} repositories. */
package org.mdmhub.mdm.partner.persistence;
