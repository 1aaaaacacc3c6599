/** Item use cases: thin transactional services that load the aggregate, call its verbs and store it. */
package org.mdmhub.mdm.item.application;
