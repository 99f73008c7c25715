import { expect, test } from "./fixtures/users";
import { SAMPLE, editor, importDocument, selectInEditor } from "./fixtures/documents";

test("annotate a person, correct the name, orphan and re-attach a sentence, and find the mention on the entity page", async ({ page, request }) => {
  const { id } = await importDocument(request, "annotate", SAMPLE);
  const entityName = `Nikolay Ivanovich Generalov ${Date.now()}`;

  // Register the entity with its OCR variant.
  await page.goto("/entities");
  await page.getByLabel("Canonical name").fill(entityName);
  await page.getByLabel(/Variant spellings/).fill("Genserslov");
  await page.getByLabel(/External id/).fill("Q4491556");
  await page.getByRole("button", { name: "Add entity" }).click();
  await expect(page.getByRole("heading", { name: entityName })).toBeVisible();
  const entityUrl = page.url();

  // Annotate "Genserslov" as a person linked to it, from the keyboard.
  await page.goto(`/documents/${id}`);
  await selectInEditor(page, "Genserslov");
  await page.keyboard.press("Alt+a");
  const form = page.getByRole("form", { name: "Annotate the selection" });
  await expect(form).toContainText("“Genserslov”");
  await form.getByRole("radio", { name: "Person" }).check();
  await form.getByLabel("Entity", { exact: true }).selectOption({ label: `${entityName} (person)` });
  await form.getByRole("button", { name: "Annotate" }).click();
  await expect(page.getByText("Annotated “Genserslov” as Person.")).toBeVisible();
  const highlight = editor(page).locator(".anno").filter({ hasText: /^Genserslov$/ });
  await expect(highlight).toHaveCount(1);

  // Clicking the highlight shows its details.
  await highlight.click();
  const details = page.getByRole("dialog", { name: "Annotation details" });
  await expect(details).toContainText("Person");
  await expect(details).toContainText(entityName);
  await expect(details).toContainText("Ada Admin");
  await page.keyboard.press("Escape");

  // Correct the name: the highlight follows to "Generalov".
  await selectInEditor(page, "Genserslov");
  await page.keyboard.type("Generalov");
  await page.keyboard.press("Control+s");
  await expect(page.getByText("Saved as revision 1.")).toBeVisible();
  await page.reload();
  await expect(editor(page).locator(".anno").filter({ hasText: /^Generalov$/ })).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath("annotated-editor.png") });

  // Annotate a sentence, delete it from the text: it becomes an orphan.
  const sentence = "These meetings were considered highly secret.";
  await selectInEditor(page, sentence);
  await page.keyboard.press("Alt+a");
  await form.getByRole("radio", { name: "Comment" }).check();
  await form.getByRole("textbox", { name: "Comment" }).fill("Secrecy noted by the source.");
  await form.getByRole("button", { name: "Annotate" }).click();
  await expect(page.getByText(/^Annotated “These meetings/)).toBeVisible();
  // The editor shows the new annotation once the page has refreshed; only then is the text edited,
  // so that the refresh cannot land between the deletion and the save.
  await expect(editor(page).locator(".anno").filter({ hasText: sentence })).toHaveCount(1);
  await selectInEditor(page, sentence + " ");
  await page.keyboard.press("Backspace");
  await expect(editor(page)).not.toContainText(sentence);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved as revision 2. 1 annotation lost its text: see Orphans.")).toBeVisible();
  const orphans = page.getByRole("region", { name: /Orphans/ });
  await expect(orphans).toContainText(sentence);
  // Its words were deleted, not replaced: the orphan says which.
  await expect(orphans.locator(".anno-item__fate")).toHaveText("deleted");
  await page.screenshot({ path: test.info().outputPath("orphans.png") });

  // Re-attach it to another sentence.
  await selectInEditor(page, "At the first meeting they discussed ways and means");
  await orphans.getByRole("button", { name: "Re-attach to selection" }).click();
  await expect(page.getByText("Re-attached to “At the first meeting they discussed ways and means”.")).toBeVisible();
  await expect(page.getByRole("region", { name: /Orphans/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /Annotations \(2\)/ })).toContainText("At the first meeting");

  // The entity page lists the mention, which links back to it in the document; it can be edited.
  await page.goto(entityUrl);
  await page.getByText("Edit this entity").click();
  await page.getByLabel("Notes").fill("Soviet Ambassador to Australia from 1953.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("definition").filter({ hasText: "Soviet Ambassador to Australia from 1953." })).toBeVisible();
  const mention = page.locator(".mention").filter({ hasText: "Generalov" });
  await expect(mention).toHaveCount(1);
  await mention.click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}\\?a=`));
});

test("the annotation panel filters by tag and jumps to an annotation", async ({ page, request }) => {
  const { id } = await importDocument(request, "panel", "Genserslov met Molotov in Tokyo in April 1953.");
  const text: string = (await (await request.get(`/api/documents/${id}`)).json()).text;
  for (const [word, tag] of [["Genserslov", "person"], ["Molotov", "person"], ["Tokyo", "place"]]) {
    const start = text.indexOf(word);
    const res = await request.post(`/api/documents/${id}/annotations`, { data: { start, end: start + word.length, tag } });
    expect(res.status()).toBe(201);
  }
  await page.goto(`/documents/${id}`);
  await page.getByRole("button", { name: /^Annotations 3/ }).click();
  const panel = page.getByRole("region", { name: /Annotations \(3\)/ });
  await panel.getByLabel("Filter by tag").selectOption("place");
  await expect(panel.locator(".anno-item")).toHaveCount(1);
  await panel.getByRole("button", { name: /Tokyo/ }).click();
  // The jump selects the words once the editor has scrolled to them: asked again until it has.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe("Tokyo");
});

test("an editor adds a tag to the collection's tag set and uses it", async ({ page, request }) => {
  const { id } = await importDocument(request, "tags", "The steamer Tsugaru Maru left Hakodate.");
  const doc = await (await request.get(`/api/documents/${id}`)).json();
  await page.goto(`/collections/${doc.collectionId}/tags`);
  const key = `vessel${Date.now() % 100000}`;
  await page.getByRole("button", { name: "Add a tag" }).click();
  await page.getByRole("textbox", { name: "Key of new tag" }).fill(key);
  await page.getByRole("textbox", { name: `Label of ${key}` }).fill("Vessel");
  await page.getByRole("textbox", { name: `Legend of ${key}` }).fill("A ship, by name.");
  await page.getByRole("button", { name: "Save tag set" }).click();
  await expect(page.getByText("Tag set saved.")).toBeVisible();

  // A tag with a bad key is refused with the reason.
  await page.getByRole("button", { name: "Add a tag" }).click();
  await page.getByRole("textbox", { name: "Key of new tag" }).fill("Bad Key");
  await page.getByRole("button", { name: "Save tag set" }).click();
  await expect(page.getByRole("alert").filter({ hasText: 'Tag key "Bad Key" must be lower-case' })).toBeVisible();

  await page.goto(`/documents/${id}`);
  await selectInEditor(page, "Tsugaru Maru");
  await page.getByRole("button", { name: /^Annotate/ }).click();
  const form = page.getByRole("form", { name: "Annotate the selection" });
  await form.getByRole("radio", { name: "Vessel" }).check();
  await expect(form).toContainText("A ship, by name.");
  await form.getByRole("button", { name: "Annotate" }).click();
  await expect(page.getByText("Annotated “Tsugaru Maru” as Vessel.")).toBeVisible();
});
