-- Publication: the transactional outbox, subscriptions, one delivery per (subscription, event), and the log of
-- every delivery attempt. See docs/publication.md.

-- Every release and every status change of a released record, written in the transaction that made it.
-- sequence orders events as they were written; feed_position is handed out after commit, in commit order, by
-- one sequencer at a time, so a reader paging the feed by position never skips an event that committed late.
create table publication_event (
    sequence       bigserial    primary key,
    event_id       uuid         not null unique,
    domain         varchar(10)  not null check (domain in ('ITEM','BOM','SUPPLIER','CUSTOMER')),
    record_id      uuid         not null,
    business_key   varchar(200) not null,
    record_version integer      not null,
    state          varchar(12)  not null check (state in ('RELEASED','BLOCKED','OBSOLETE','SUPERSEDED')),
    event_type     varchar(12)  not null check (event_type in ('RELEASED','BLOCKED','UNBLOCKED','OBSOLETE','SUPERSEDED')),
    occurred_at    timestamp(6) with time zone not null,
    document       text         not null,
    facets         jsonb        not null default '{}',
    requires       uuid[]       not null default '{}',
    feed_position  bigint       unique
);
create index ix_publication_event_record on publication_event (record_id, sequence);
create index ix_publication_event_time on publication_event (occurred_at);
create index ix_publication_event_unsequenced on publication_event (sequence) where feed_position is null;

-- The outbox is history: nothing may change an event, except the sequencer setting its feed position once.
create function publication_event_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'publication events cannot be deleted';
    end if;
    if old.feed_position is null and new.feed_position is not null
       and (new.event_id, new.domain, new.record_id, new.record_version, new.state, new.event_type, new.document,
            new.occurred_at, new.requires, new.facets)
           is not distinct from
           (old.event_id, old.domain, old.record_id, old.record_version, old.state, old.event_type, old.document,
            old.occurred_at, old.requires, old.facets) then
        return new;
    end if;
    raise exception 'publication events are append-only';
end $$;
create trigger tr_publication_event_immutable before update or delete on publication_event
    for each row execute function publication_event_immutable();

create table subscription (
    id                uuid         primary key,
    name              varchar(100) not null unique,
    target_type       varchar(10)  not null check (target_type in ('ODOO','WEBHOOK','AMQP')),
    domains           varchar(80)  not null,
    filter            text         not null default '{}',
    config            text         not null default '{}',
    mappings          text         not null default '{}',
    secret_ciphertext text,
    include_sensitive boolean      not null default false,
    max_attempts      integer      not null check (max_attempts between 1 and 100),
    initial_backoff_ms bigint      not null check (initial_backoff_ms >= 0),
    max_backoff_ms    bigint       not null check (max_backoff_ms >= 0),
    active            boolean      not null,
    lock_version      bigint       not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null
);

create table subscription_aud (
    id                uuid   not null,
    rev               bigint not null references audit_revision (id),
    revtype           smallint,
    name              varchar(100),
    target_type       varchar(10),
    domains           varchar(80),
    filter            text,
    config            text,
    mappings          text,
    include_sensitive boolean,
    max_attempts      integer,
    initial_backoff_ms bigint,
    max_backoff_ms    bigint,
    active            boolean,
    lock_version      bigint,
    created_at        timestamp(6) with time zone,
    updated_at        timestamp(6) with time zone,
    primary key (id, rev)
);

-- One row per event a subscription must receive. PENDING → IN_FLIGHT (claimed by a node, under a lease)
-- → DELIVERED, or back to PENDING with a later next_attempt_at, or DEAD after max_attempts or a refusal.
create table delivery (
    id              bigserial    primary key,
    subscription_id uuid         not null references subscription (id),
    event_sequence  bigint       not null references publication_event (sequence),
    record_id       uuid         not null,
    requires        uuid[]       not null default '{}',
    status          varchar(10)  not null check (status in ('PENDING','IN_FLIGHT','DELIVERED','DEAD')),
    attempts        integer      not null default 0,
    next_attempt_at timestamp(6) with time zone not null,
    lease_until     timestamp(6) with time zone,
    claimed_by      varchar(100),
    created_at      timestamp(6) with time zone not null,
    delivered_at    timestamp(6) with time zone,
    last_error      varchar(2000),
    reason          varchar(200) not null
);
create index ix_delivery_pending on delivery (id) where status = 'PENDING';
create index ix_delivery_open on delivery (status) where status <> 'DELIVERED';
create index ix_delivery_in_flight on delivery (lease_until) where status = 'IN_FLIGHT';
create index ix_delivery_record on delivery (subscription_id, record_id, id);
create index ix_delivery_subscription on delivery (subscription_id, id);
create index ix_delivery_event on delivery (event_sequence);

create table delivery_attempt (
    delivery_id bigint       not null references delivery (id),
    attempt     integer      not null,
    started_at  timestamp(6) with time zone not null,
    latency_ms  integer      not null,
    outcome     varchar(10)  not null check (outcome in ('DELIVERED','RETRY','PERMANENT','DEAD','ABANDONED')),
    error       varchar(2000),
    node        varchar(100) not null,
    primary key (delivery_id, attempt)
);

-- Reconciliation runs and what they found, kept for auditors.
create table reconciliation_run (
    id              uuid         primary key,
    subscription_id uuid         not null references subscription (id),
    started_by      varchar(128) not null,
    started_at      timestamp(6) with time zone not null,
    finished_at     timestamp(6) with time zone not null,
    checked         integer      not null,
    report          text         not null,
    repaired_at     timestamp(6) with time zone,
    repaired_by     varchar(128)
);
create index ix_reconciliation_subscription on reconciliation_run (subscription_id, started_at);
