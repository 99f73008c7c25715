import type { NotificationKind } from "../../team/notification-kinds";

/** A notification as the inbox and GET /api/notifications show it. */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  createdAt: string;
  read: boolean;
  /** A path in the app. */
  link: string;
  text: string;
}
