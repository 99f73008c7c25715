import type { Role } from "../../auth/permissions";

/** A person as the data layer passes them around. */
export interface UserRef {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}
