/**
 * The AMQP target: released events are published as persistent CloudEvent messages to a durable topic
 * exchange on RabbitMQ (AMQP 0-9-1), with publisher confirms deciding what counts as delivered. See docs/amqp.md.
 */
package org.mdmhub.mdm.publication.amqp;
