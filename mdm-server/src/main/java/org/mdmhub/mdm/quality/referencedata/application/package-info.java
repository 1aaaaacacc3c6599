/** Use cases that change reference data (stewards add plants and units). */
package org.mdmhub.mdm.quality.referencedata.application;
