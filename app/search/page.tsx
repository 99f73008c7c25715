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

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

/** The page's URL with some parameters changed (empty ones left out). */
function hrefWith(query: SearchQuery, changes: Partial<Record<keyof SearchQuery, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, cursor: undefined, ...changes })) if (v !== undefined && v !== "") params.set(k, String(v));
  return `/search?${params}`;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("/search");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== ""));
  const parsed = searchSchema.safeParse(raw);
  const query: SearchQuery = parsed.success ? parsed.data : { q: String(raw.q ?? ""), mode: "words", scope: "text" };
  const [collections, tags, entities] = await Promise.all([listCollectionNames(), listUsedTags(), listEntityOptions()]);
  let result: SearchResult | null = null;
  let error: string | null = parsed.success ? null : "Some of the search options were not understood; they were reset.";
  if (!error && query.q.trim()) {
    try {
      const { case: letterCase, ...input } = query;
      result = await searchDocuments({ ...input, caseSensitive: letterCase === "sensitive" });
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
        keep={typeof raw.tagEntity === "string" ? { tagEntity: raw.tagEntity } : {}}
        options={{ collections, tags, entities: entities.map((e) => ({ id: e.id, name: e.name })) }}
      />
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {result && (
        <SearchResults
          result={result}
          mode={query.mode}
          nextHref={result.nextCursor ? `${hrefWith(query, {})}&cursor=${encodeURIComponent(result.nextCursor)}` : null}
          otherMode={hrefWith(query, { mode: "fuzzy" })}
          // A replacement changes the accepted text, never the raw OCR.
          replaceHref={can(user.role, "proposal.create") && query.scope !== "raw" && result.total > 0 ? hrefWith(query, {}).replace("/search?", "/changesets/new?") : null}
          annotate={
            can(user.role, "annotate") && query.scope !== "raw" && result.total > 0 ? (
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
