/** Schema migrations (Flyway) run at start-up; the SQL lives in {@code db/migration}. */
package org.mdmhub.mdm.platform.db;
