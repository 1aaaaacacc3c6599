/** REST resources of the lifecycle: change requests, record submission, the task inbox. */
package org.mdmhub.mdm.lifecycle.api;
