import Link from "next/link";

export default function NotFound() {
  return (
    <div className="empty-state">
      <h2>Not found</h2>
      <p>There is no such document or revision. <Link href="/">Back to the documents</Link>.</p>
    </div>
  );
}
