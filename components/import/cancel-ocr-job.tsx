"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { cancelOcr } from "@/app/actions/ocr";

export function CancelOcrJob({ id }: { id: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <p>
      <button
        type="button"
        className="button button--danger"
        onClick={async () => {
          if (!confirm("Stop reading these pages? Nothing of this import will be stored.")) return;
          const result = await cancelOcr(id);
          if (!result.ok) setError(result.message);
          router.refresh();
        }}
      >
        Cancel the OCR
      </button>
      {error && <span className="form-error" role="alert"> {error}</span>}
    </p>
  );
}
