package org.mdmhub.mdm.archfixture.application;

import com.rabbitmq.client.Channel;

/** Breaks "the AMQP client only in amqp packages": a use case that talks to RabbitMQ itself. */
public class PublishesToABroker {
    Channel channel;
}
