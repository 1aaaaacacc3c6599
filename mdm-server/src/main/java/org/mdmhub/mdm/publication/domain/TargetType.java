package org.mdmhub.mdm.publication.domain;

/** The kinds of system a subscription delivers to. */
public enum TargetType { ODOO, WEBHOOK, AMQP }
