/**
 * Lifecycle use cases: assembling and submitting change requests, the approver's inbox (with four eyes),
 * and the outcomes the workflow reports back (approved, released, rejected).
 */
package org.mdmhub.mdm.lifecycle.application;
