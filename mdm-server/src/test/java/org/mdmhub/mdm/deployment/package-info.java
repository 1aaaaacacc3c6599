/**
 * Checks of what ships beside the server for running it: the Kubernetes manifests in {@code deploy/kubernetes}
 * (against the Kubernetes API types and the custom resources' schemas), the container image context in
 * {@code deploy/container} and the database restore script. Offline: nothing here needs a cluster or an engine.
 */
package org.mdmhub.mdm.deployment;
