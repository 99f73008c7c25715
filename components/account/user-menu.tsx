import Link from "next/link";
import { signOut } from "@/app/actions/account";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { UserRef } from "@/lib/data/users/user-shape";
import { InboxLink } from "@/components/team/inbox-link";

/** Who is signed in, with their inbox, their role, their account page and sign-out. */
export function UserMenu({ user, unread }: { user: UserRef; unread: number }) {
  return (
    <div className="user-menu">
      <InboxLink unread={unread} />
      <Link href="/account" title="Your account and API tokens">
        {user.displayName} <span className="badge badge--role">{ROLE_LABELS[user.role]}</span>
      </Link>
      <form action={signOut}>
        <button className="link-button">Sign out</button>
      </form>
    </div>
  );
}
