/** Supplier and customer use cases: thin transactional services that load an aggregate, call its verbs and store it. */
package org.mdmhub.mdm.partner.application;
