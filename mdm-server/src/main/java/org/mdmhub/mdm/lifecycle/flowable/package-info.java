/**
 * Flowable, behind the {@code ApprovalWorkflow} port: the engine bootstrap (JTA), deployment of the rule
 * files from {@code rules/}, the port implementation, and one tiny delegate per BPMN service task, each
 * calling a lifecycle use case. Nothing outside this package imports Flowable.
 */
package org.mdmhub.mdm.lifecycle.flowable;
