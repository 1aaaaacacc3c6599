-- Large batches are processed in the background (202 Accepted, then a status resource): a batch may end FAILED
-- with the reason, and each chunk stamps its progress, so a node can tell a batch whose worker died (no progress
-- for a while) from one that is being worked on and resume it. See docs/inbound.md, "Large batches".
alter table inbound_batch add column failure varchar(500);
alter table inbound_batch add column progressed_at timestamptz;
update inbound_batch set progressed_at = coalesce(finished_at, received_at);
alter table inbound_batch alter column progressed_at set not null;
alter table inbound_batch alter column progressed_at set default clock_timestamp();

-- the resume sweep looks for unfinished batches only
create index ix_inbound_batch_unfinished on inbound_batch (progressed_at) where status <> 'DONE';
