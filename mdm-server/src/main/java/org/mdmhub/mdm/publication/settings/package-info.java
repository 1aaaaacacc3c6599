/**
 * Reading an adapter's string settings into typed values, collecting every mistake as a field error, so that
 * an adapter's {@code check} and its {@code send} read the settings through one path and cannot disagree.
 */
package org.mdmhub.mdm.publication.settings;
