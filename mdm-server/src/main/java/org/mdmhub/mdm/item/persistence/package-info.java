/** JPA implementation of the {@code Items} repository. */
package org.mdmhub.mdm.item.persistence;
