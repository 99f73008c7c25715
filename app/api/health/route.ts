import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/data/health/check-health";

/**
 * For a proxy's or orchestrator's health checks, so open to all: 200 when the database and the
 * image store answer, 503 otherwise, with which one failed. Never cached.
 */
export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

export const dynamic = "force-dynamic";
