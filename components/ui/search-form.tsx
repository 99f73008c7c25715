/** A GET search box: submits `?q=` to the current page, so results are linkable; `keep` carries the page's other parameters (its filters). */
export function SearchForm({ q, label, placeholder, keep = [] }: { q?: string; label: string; placeholder: string; keep?: [string, string][] }) {
  return (
    <form className="search" role="search">
      <input name="q" defaultValue={q} placeholder={placeholder} aria-label={label} />
      {keep.map(([name, value], i) => <input key={`${name}-${i}`} type="hidden" name={name} value={value} />)}
      <button className="button" type="submit">Search</button>
    </form>
  );
}
