import type { Metadata } from "next";
import { SearchPageForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { TagEveryHit } from "@/components/search/tag-every-hit";
import { DEFAULT_TAGS } from "@/lib/annotations/tags";
import { listUsedTags } from "@/lib/data/annotations/list-used-tags";
import { listCollectionNames } from "@/lib/data/collections/list-collection-names";
import { listEntityOptions } from "@/lib/data/entities/list-entity-options";
import { searchDocuments } from "@/lib/data/search/search-documents";
import type { SearchResult } from "@/lib/data/search/search-shape";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/http/auth";
import { searchSchema, type SearchQuery } from "@/lib/validation/search";
import { RecordFilters } from "@/components/records/record-filters";
import { facetFieldsOf, listingSchema } from "@/lib/data/records/listing-schema";
import { filtersNothing, pageParameters, parseRecordFilter } from "@/lib/records/record-filter";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

/** The page's URL with some parameters changed (empty ones left out), the record filters kept. */
function hrefWith(query: SearchQuery, changes: Partial<Record<keyof SearchQuery, string | undefined>>, filters: [string, string][] = []): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, cursor: undefined, ...changes })) if (v !== undefined && v !== "") params.set(k, String(v));
  for (const [k, v] of filters) params.append(k, v);
  return `/search?${params}`;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("/search");
  const given = await searchParams;
  // Search's own options one value each; the record filters (lib/records/record-filter) may repeat.
  const params = pageParameters(given);
  const own = new Set(Object.keys(searchSchema.shape));
  const raw: Record<string, string> = Object.fromEntries([...params].filter(([k]) => own.has(k) || k === "tagEntity").map(([k, v]) => [k, v[0]]));
  const { tagEntity: _tagEntity, ...options } = raw;
  const parsed = searchSchema.safeParse(options);
  const query: SearchQuery = parsed.success ? parsed.data : { q: String(raw.q ?? ""), mode: "words", scope: "text" };
  const schema = await listingSchema({ collectionId: query.collectionId });
  const recordFilter = parseRecordFilter(params, schema, schema.exemptionCodes);
  const filtering = recordFilter.ok && !filtersNothing(recordFilter.value);
  const filterParams = [...params].filter(([k]) => !own.has(k) && k !== "tagEntity").flatMap(([k, vs]) => vs.map((v) => [k, v] as [string, string]));
  const record = filtering ? { record: { filter: recordFilter.value, dateField: schema.fields.find((f) => f.type === "date")?.name ?? null } } : {};
  const [collections, tags, entities] = await Promise.all([listCollectionNames(), listUsedTags(), listEntityOptions()]);
  let result: SearchResult | null = null;
  let error: string | null = !parsed.success ? "Some of the search options were not understood; they were reset." : !recordFilter.ok ? recordFilter.error.message : null;
  if (!error && query.q.trim()) {
    try {
      const { case: letterCase, ...input } = query;
      result = await searchDocuments({ ...input, caseSensitive: letterCase === "sensitive", ...record, facetFields: facetFieldsOf(schema) });
    } catch (e) {
      if (!isAppError(e) || e.status !== 422) throw e;
      error = e.message;
    }
  }
  return (
    <>
      <div className="page-head">
        <h1>Search</h1>
      </div>
      <SearchPageForm
        key={JSON.stringify(query)}
        values={query}
        keep={{ ...(typeof raw.tagEntity === "string" ? { tagEntity: raw.tagEntity } : {}), ...Object.fromEntries(filterParams.map(([k]) => [k, params.get(k)!.join(",")])) }}
        options={{ collections, tags, entities: entities.map((e) => ({ id: e.id, name: e.name })) }}
      />
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {result && (
        <div className="with-filters">
          <details className="with-filters__aside" open={filtering || undefined}>
            <summary>Filters{filtering ? " (on)" : ""}</summary>
            <RecordFilters
              facets={facetFieldsOf(schema).map((name) => ({ field: schema.fields.find((f) => f.name === name)!, values: result.facets?.[name] ?? [] }))}
              chosen={params}
              exemptionCodes={schema.exemptionCodes}
              keep={Object.entries(query).filter(([k, v]) => k !== "cursor" && k !== "sort" && v !== undefined && v !== "").map(([k, v]) => [k, String(v)] as [string, string])}
              order={{ value: query.sort ?? "relevance", options: [{ value: "relevance", label: "best first" }, { value: "date", label: "by the record’s date" }] }}
              counting={result.facets ? "Counts are of the documents with a hit." : "This search reads the documents one by one, so it has no counts; the filters still apply."}
            />
          </details>
          <div className="with-filters__main">
        <SearchResults
          result={result}
          mode={query.mode}
          nextHref={result.nextCursor ? `${hrefWith(query, {}, filterParams)}&cursor=${encodeURIComponent(result.nextCursor)}` : null}
          otherMode={hrefWith(query, { mode: "fuzzy" }, filterParams)}
          // A replacement changes the accepted text, never the raw OCR. Changesets and tagging act on
          // a whole search, which knows no record filters: offered only when none is set.
          replaceHref={can(user.role, "proposal.create") && query.scope !== "raw" && result.total > 0 && !filtering ? hrefWith(query, {}).replace("/search?", "/changesets/new?") : null}
          annotate={
            can(user.role, "annotate") && query.scope !== "raw" && result.total > 0 && !filtering ? (
              <TagEveryHit
                key={JSON.stringify(query)}
                search={{ query: query.q, mode: query.mode, collectionId: query.collectionId, case: query.case }}
                tags={[...new Set([...DEFAULT_TAGS.map((t) => t.key), ...tags])]}
                entities={entities.map((e) => ({ id: e.id, name: e.name }))}
                entityId={typeof raw.tagEntity === "string" ? raw.tagEntity : undefined}
                documents={result.total}
              />
            ) : null
          }
        />
          </div>
        </div>
      )}
      {!result && !error && (
        <div className="empty-state">
          <h2>Search the text of every document</h2>
          <p>
            Words finds documents with every word you type, best first. Exact text finds any run of characters, punctuation
            included. OCR-tolerant also finds misreadings such as <q>Genserslov</q> for <q>Generalov</q>. Press <kbd>/</kbd> anywhere to
            come back here.
          </p>
        </div>
      )}
    </>
  );
}
