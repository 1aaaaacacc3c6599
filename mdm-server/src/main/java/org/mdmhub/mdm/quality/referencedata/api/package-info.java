/** The reference-data REST resource ({@code /api/v1/reference}). */
package org.mdmhub.mdm.quality.referencedata.api;
