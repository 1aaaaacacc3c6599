-- Tamper evidence for the audit trail: a hash chain over the revisions. Each link's hash covers its revision
-- (the audit_revision row and every *_aud row written with it) and the previous link's hash, so changing,
-- removing or inserting history anywhere breaks every later link; audit.AuditChain verifies it.

create table audit_chain (
    seq        bigint generated always as identity primary key, -- chain order: commit order, not revision id
    rev        bigint not null unique references audit_revision (id),
    prev_hash  bytea,                                           -- null for the first link only
    hash       bytea  not null
);

-- The content of one revision, canonical: the revision row, then each audit table's rows of that
-- revision as JSON, tables by name and rows by their JSON text. Audit tables are read from the catalog, so
-- a table added later is covered (its rows count from the revisions written after it exists).
create function audit_revision_content(revision bigint) returns text language plpgsql stable as $$
declare
    t record;
    rows text;
    content text;
begin
    select row_to_json(r)::text into content from audit_revision r where r.id = revision;
    for t in
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname like '%\_aud' escape '\'
        order by c.relname
    loop
        execute format('select string_agg(row_to_json(a)::text, chr(10) order by row_to_json(a)::text) from %I a where a.rev = $1',
                       t.relname) into rows using revision;
        if rows is not null then
            content := content || chr(10) || t.relname || chr(10) || rows;
        end if;
    end loop;
    return content;
end $$;

create function audit_link_hash(prev bytea, revision bigint) returns bytea language sql stable as $$
    select sha256(coalesce(prev, ''::bytea) || convert_to(audit_revision_content(revision), 'UTF8'))
$$;

-- Appends the link when the transaction that wrote the revision commits (a deferred trigger: every *_aud row
-- of the revision exists by then). The transaction-scoped advisory lock makes appends take turns, so two
-- revisions committing together never link to the same predecessor.
create function audit_chain_append() returns trigger language plpgsql as $$
declare
    prev bytea;
begin
    perform pg_advisory_xact_lock(7236832557461318757); -- any constant of our own: the chain head's lock
    select c.hash into prev from audit_chain c order by c.seq desc limit 1;
    insert into audit_chain (rev, prev_hash, hash) values (new.id, prev, audit_link_hash(prev, new.id));
    return null;
end $$;

create constraint trigger audit_revision_chained after insert on audit_revision
    deferrable initially deferred for each row execute function audit_chain_append();

-- the content reads each audit table by revision
do $$
declare t record;
begin
    for t in
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and c.relname like '%\_aud' escape '\'
    loop
        execute format('create index if not exists %I on %I (rev)', t.relname || '_rev_idx', t.relname);
    end loop;
end $$;
