import { pageTexts } from "./page-words";
import type { ExportDocument } from "./types";

/**
 * A IIIF Presentation 3 manifest of the document: one Canvas per page image, painted by the
 * page's IIIF Image service, with the accepted text of each line as a supplementing annotation
 * on its box, so that Mirador or any IIIF viewer shows the images with the transcription.
 */
export function toIiifManifest(doc: ExportDocument, manifestUrl: string) {
  const base = manifestUrl.replace(/\/manifest\.json$/, "");
  const texts = new Map(pageTexts(doc).map((p) => [p.page.index, p]));
  return {
    "@context": "http://iiif.io/api/presentation/3/context.json",
    id: manifestUrl,
    type: "Manifest",
    label: { none: [doc.title] },
    metadata: [
      ...(doc.sourceRef ? [{ label: { en: ["Source reference"] }, value: { none: [doc.sourceRef] } }] : []),
      { label: { en: ["Collection"] }, value: { none: [doc.collection.name] } },
      { label: { en: ["Revision"] }, value: { none: [`${doc.headSeq} (the accepted text)`] } },
    ],
    ...(doc.collection.licence ? { requiredStatement: { label: { en: ["Licence"] }, value: { none: [doc.collection.licence] } } } : {}),
    items: doc.pages.map((page) => {
      const canvas = `${base}/canvas/${page.index + 1}`;
      const lines = texts.get(page.index)?.lines ?? [];
      return {
        id: canvas,
        type: "Canvas",
        label: { none: [`Page ${page.index + 1}`] },
        width: page.width,
        height: page.height,
        items: [{
          id: `${canvas}/paintings`,
          type: "AnnotationPage",
          items: [{
            id: `${canvas}/image`,
            type: "Annotation",
            motivation: "painting",
            target: canvas,
            body: {
              id: `${page.iiif}/full/max/0/default.jpg`,
              type: "Image",
              format: "image/jpeg",
              width: page.width,
              height: page.height,
              service: [{ id: page.iiif, type: "ImageService3", profile: "level1" }],
            },
          }],
        }],
        ...(lines.length ? {
          annotations: [{
            id: `${canvas}/text`,
            type: "AnnotationPage",
            items: lines.map(({ line, words, index }) => ({
              id: `${canvas}/text/${index + 1}`,
              type: "Annotation",
              motivation: "supplementing",
              body: { type: "TextualBody", value: doc.text.slice(words[0]!.start, words.at(-1)!.end), format: "text/plain" },
              target: `${canvas}#xywh=${line.box.join(",")}`,
            })),
          }],
        } : {}),
      };
    }),
  };
}
