/** Database side of the Odoo adapter: the key map table and the item look-up BOM lines need. */
package org.mdmhub.mdm.publication.odoo.persistence;
