-- Inbound batches from source systems (PLM, other feeds): one row per batch key and source system, the
-- batch's records as received (staged, processed in chunks, so a batch killed midway resumes where it
-- stopped), and one result per record. See docs/inbound.md.
create table inbound_batch (
    id                uuid         primary key,
    source_system     varchar(40)  not null,
    batch_key         varchar(120) not null,
    content_sha256    char(64)     not null,   -- of the request body's bytes: the same key with other bytes is refused
    title             varchar(200) not null,
    submit            boolean      not null,   -- the sender asked for the change request to be submitted
    status            varchar(20)  not null,   -- PROCESSING, DONE
    record_count      integer      not null,
    processed         integer      not null default 0,
    created           integer      not null default 0,
    changed           integer      not null default 0,
    unchanged         integer      not null default 0,
    rejected          integer      not null default 0,
    change_request_id uuid,
    received_by       varchar(120) not null,
    received_at       timestamptz  not null,
    finished_at       timestamptz,
    constraint uk_inbound_batch_key unique (source_system, batch_key)
);

-- A batch's records as received, in order; BOMs are processed after the records they may name.
create table inbound_record (
    batch_id uuid        not null references inbound_batch (id) on delete cascade,
    seq      integer     not null,             -- 1-based position in the batch
    kind     varchar(20) not null,             -- item, bom, supplier, customer
    document jsonb       not null,
    primary key (batch_id, seq)
);

-- What became of each record; written in the chunk's transaction, so a processed record is never processed twice.
create table inbound_result (
    batch_id   uuid         not null references inbound_batch (id) on delete cascade,
    seq        integer      not null,
    kind       varchar(20)  not null,
    source_key varchar(120),
    revision   varchar(10),
    outcome    varchar(20)  not null,          -- CREATED, CHANGED, UNCHANGED, REJECTED
    record_id  uuid,
    errors     jsonb,
    primary key (batch_id, seq)
);

-- records are looked up by (source_system, source_key): the indexes of V0013
