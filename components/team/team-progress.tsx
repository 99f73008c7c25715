import type { PersonProgress } from "@/lib/data/assignments/team-progress-shape";

/** Who works on what, and how far each has got: the table a team lead reads on the collection page and the dashboard. */
export function TeamProgress({ people }: { people: PersonProgress[] }) {
  return (
    <section className="card" aria-labelledby="team-progress-title">
      <h2 id="team-progress-title">Progress by person</h2>
      {people.length === 0 ? (
        <p className="empty-state">Nobody is assigned documents here and nobody has corrected any yet. Assign documents from the documents list: tick them, choose a person, Assign.</p>
      ) : (
        // Focusable, so that keyboard users can scroll it sideways on a phone.
        <div className="table-scroll table-scroll--focusable" tabIndex={0} role="region" aria-label="Progress by person, a table that scrolls sideways on narrow screens">
          <table className="doc-table team-progress">
            <caption className="visually-hidden">Documents assigned to each person by where they stand, their revisions and proposals waiting</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col" className="num">Assigned</th>
                <th scope="col" className="num">Not started</th>
                <th scope="col" className="num">In progress</th>
                <th scope="col" className="num">Done</th>
                <th scope="col" className="num">Overdue</th>
                <th scope="col" className="num">Revisions</th>
                <th scope="col" className="num">Proposals waiting</th>
                <th scope="col">Double keying</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.userId}>
                  <th scope="row">{p.name}</th>
                  <td className="num">{p.assigned.total}</td>
                  <td className="num">{p.assigned.notStarted}</td>
                  <td className="num">{p.assigned.inProgress}</td>
                  <td className="num">{p.assigned.done}{p.assigned.total > 0 && <span className="muted"> ({Math.round((100 * p.assigned.done) / p.assigned.total)} %)</span>}</td>
                  <td className={`num${p.assigned.overdue ? " due--late" : ""}`}>{p.assigned.overdue}</td>
                  <td className="num">{p.revisions}</td>
                  <td className="num">{p.waiting}</td>
                  <td>
                    {p.keying ? (
                      <>
                        {Math.round(100 * p.keying.agreement)} % alike over {p.keying.documents} document{p.keying.documents === 1 ? "" : "s"}
                        {p.keying.kept !== null && <span className="muted">; theirs kept in {Math.round(100 * p.keying.kept)} % of differences</span>}
                      </>
                    ) : <span className="muted">—</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
