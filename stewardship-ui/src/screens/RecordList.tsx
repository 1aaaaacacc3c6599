import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getCoreRowModel, useReactTable, flexRender, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { get, query } from '../api/client';
import type { Domain } from '../auth/roles';
import { DOMAINS } from './domains';
import { ErrorBox, Loading } from '../components/Status';

const PAGE = 200; // the API's largest page: fewest round trips while scrolling
const ROW_HEIGHT = 32;

type Row = Record<string, unknown> & { id: string };

/**
 * Search and list one domain: filters kept in the URL (so a list can be linked and reloaded), server-side paging
 * fetched as the user scrolls, and a virtual grid that renders only the rows on screen, however many match.
 */
export function RecordList({ domain }: { domain: Domain }) {
  const spec = DOMAINS[domain];
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(spec.filters.map((f) => [f.param, params.get(f.param) ?? '']));
  const [draft, setDraft] = useState(filters);
  const navigate = useNavigate();

  const pages = useInfiniteQuery({
    queryKey: [domain, 'list', filters],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      get<Record<string, unknown>>(`/${domain}${query({ ...filters, page: pageParam, size: PAGE })}`),
    getNextPageParam: (last) => {
      const page = last.page as number;
      return page + 1 < (last.totalPages as number) ? page + 1 : undefined;
    },
  });
  const rows = useMemo(() => (pages.data?.pages ?? []).flatMap((p) => (p[spec.member] as Row[]) ?? []), [pages.data, spec.member]);
  const total = (pages.data?.pages[0]?.totalItems as number | undefined) ?? 0;

  const columns = useMemo<ColumnDef<Row>[]>(
    () => spec.columns.map((c) => ({ id: c.key, header: c.header, accessorFn: (r) => c.value(r) })),
    [spec],
  );
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel() });
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: total || rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  const items = virtual.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? 0;
  const nearEnd = lastShown >= rows.length - 1 - PAGE / 4;
  useEffect(() => {
    if (nearEnd && pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
  }, [nearEnd, pages]);
  const tableRows = table.getRowModel().rows;

  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title">{spec.title}</h1>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const next = new URLSearchParams();
          for (const [k, v] of Object.entries(draft)) if (v) next.set(k, v);
          setParams(next);
        }}
      >
        {spec.filters.map((f) => (
          <label key={f.param}>
            {f.label}{' '}
            {f.options ? (
              <select value={draft[f.param]} onChange={(e) => setDraft({ ...draft, [f.param]: e.target.value })}>
                <option value="">any</option>
                {f.options.map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </select>
            ) : (
              <input name={f.param} value={draft[f.param]} onChange={(e) => setDraft({ ...draft, [f.param]: e.target.value })} />
            )}
          </label>
        ))}
        <button type="submit">Search</button>
      </form>
      {pages.isPending ? (
        <Loading what={spec.title.toLowerCase()} />
      ) : pages.isError ? (
        <ErrorBox error={pages.error} retry={() => void pages.refetch()} />
      ) : (
        <>
          <p className="muted" role="status" data-testid="result-count">
            {total.toLocaleString()} found
          </p>
          <div className="vgrid" role="table" aria-label={`${spec.title} found`} aria-rowcount={total}>
            <div role="rowgroup" className="vgrid-head">
              {table.getHeaderGroups().map((hg) => (
                <div role="row" className="vgrid-row" key={hg.id}>
                  {hg.headers.map((h) => (
                    <div role="columnheader" className="vgrid-cell" key={h.id}>
                      {flexRender(h.column.columnDef.header, h.getContext())}
                    </div>
                  ))}
                </div>
              ))}
            </div>
            <div ref={scroller} role="rowgroup" className="vgrid-body" data-testid="grid-scroller" tabIndex={0} aria-label="results, scrollable">
              <div role="presentation" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
                {items.map((v) => {
                  const row = tableRows[v.index];
                  return (
                    <div
                      role="row"
                      aria-rowindex={v.index + 2}
                      key={v.key}
                      className="vgrid-row"
                      style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
                    >
                      {row ? (
                        row.getVisibleCells().map((cell, i) => (
                          <div role="cell" className="vgrid-cell" key={cell.id}>
                            {i === 0 ? (
                              <Link to={`/${domain}/${row.original.id}`}>{String(cell.getValue())}</Link>
                            ) : (
                              String(cell.getValue())
                            )}
                          </div>
                        ))
                      ) : (
                        <div role="cell" className="vgrid-cell muted">…</div>
                      )}
                    </div>
                  );
                })}
              </div>
            </div>
          </div>
          {rows.length === 1 && (
            <button type="button" onClick={() => navigate(`/${domain}/${rows[0].id}`)}>
              Open the one found
            </button>
          )}
        </>
      )}
    </section>
  );
}
