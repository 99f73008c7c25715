import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="empty-state">
      <h1>Not allowed</h1>
      <p>Your role does not allow this page. An admin can change your role under Users.</p>
      <p><Link href="/">Back to the documents</Link></p>
    </div>
  );
}
