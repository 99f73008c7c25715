import type { StoredLayer } from "../../layers/types";

/** A page's image in the image store: its file (SHA-256), the page within it, its type, upload name (display only) and size. */
export interface StoredPageImage {
  imageKey: string;
  imagePage: number;
  imageType: string;
  imageName: string;
  width: number;
  height: number;
}

/** A page as import stores it, before it has an id. */
export interface PageInput extends StoredPageImage {
  textStart: number;
  textEnd: number;
  ocrSource: StoredLayer["source"] | null;
  layer: StoredLayer | null;
  warnings: string[];
}
