/** A GET search box: submits `?q=` to the current page, so results are linkable. */
export function SearchForm({ q, label, placeholder }: { q?: string; label: string; placeholder: string }) {
  return (
    <form className="search" role="search">
      <input name="q" defaultValue={q} placeholder={placeholder} aria-label={label} />
      <button className="button" type="submit">Search</button>
    </form>
  );
}
