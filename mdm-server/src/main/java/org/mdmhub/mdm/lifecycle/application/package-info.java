/**
 * Lifecycle use cases: assembling and submitting change requests, the approver's inbox (with four eyes),
 * the outcomes the workflow reports back (approved, released, rejected), and reading change requests with
 * their decisions and open tasks (a page of them in a fixed number of queries).
 */
package org.mdmhub.mdm.lifecycle.application;
