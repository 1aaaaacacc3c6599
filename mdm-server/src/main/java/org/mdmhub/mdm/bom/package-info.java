/** The bill-of-materials golden record: domain, use cases, persistence and REST API (incl. where-used). */
package org.mdmhub.mdm.bom;
