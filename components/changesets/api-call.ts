"use client";

/** POSTs JSON to the API and answers its JSON, or throws an Error with the API's own message. */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const data = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new Error(data?.error?.message ?? `The server answered ${res.status}`);
  return data as T;
}
