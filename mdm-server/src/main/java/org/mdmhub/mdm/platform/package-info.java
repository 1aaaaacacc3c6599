/** What every feature stands on: REST edge, problem documents, paging, JSON Schemas, migrations, health. */
package org.mdmhub.mdm.platform;
