import { describe, expect, it } from "vitest";
import { expandOffline } from "./fixtures/document-loader";
import { sampleClaims, sampleReport } from "./fixtures/report";
import { streamToString } from "./stream";
import { evidenceAnnotation, webAnnotationReport } from "./web-annotation";

const OA = "http://www.w3.org/ns/oa#";
const AS = "http://www.w3.org/ns/activitystreams#";
const DCTERMS = "http://purl.org/dc/terms/";
const RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value";

type Node = Record<string, unknown>;

async function exported() {
  const text = await streamToString(webAnnotationReport(sampleReport()));
  const doc = JSON.parse(text) as Node;
  const expanded = await expandOffline(doc);
  return { doc, expanded };
}

const values = (node: Node, key: string) => ((node[key] ?? []) as Node[]);
const ids = (node: Node, key: string) => values(node, key).map((v) => v["@id"] ?? v["@value"]);
const one = (node: Node, key: string) => values(node, key)[0]?.["@value"];

describe("Web Annotation export", () => {
  it("is an AnnotationCollection whose page lists one annotation per piece of evidence, in order", async () => {
    const { expanded } = await exported();
    expect(expanded).toHaveLength(1);
    const collection = expanded[0];
    expect(collection["@type"]).toEqual([`${AS}OrderedCollection`]);
    expect(one(collection, `${AS}totalItems`)).toBe(4);
    const page = values(collection, `${AS}first`)[0];
    expect(page["@type"]).toEqual([`${AS}OrderedCollectionPage`]);
    const items = (values(page, `${AS}items`)[0]["@list"] as Node[]);
    expect(items.map((a) => a["@id"])).toEqual(["ev_1a", "ev_1b", "ev_2a", "ev_3a"].map((id) => `https://claimdesk.example.org/annotations/${id}`));
    for (const a of items) expect(a["@type"]).toEqual([`${OA}Annotation`]);
  });

  it("targets the claim in the bulletin and the passage in the snapshot with quote and position selectors", async () => {
    const { expanded } = await exported();
    const page = values(expanded[0], `${AS}first`)[0];
    const items = values(page, `${AS}items`)[0]["@list"] as Node[];
    const claims = sampleClaims();
    const pairs = claims.flatMap((c) => c.evidence.map((e) => ({ c, e })));
    items.forEach((annotation, i) => {
      const { c, e } = pairs[i];
      const [inBulletin, inSource] = values(annotation, `${OA}hasTarget`);
      expect(values(annotation, `${OA}hasTarget`)).toHaveLength(2);
      expect(ids(inBulletin, `${OA}hasSource`)).toEqual(["https://claimdesk.example.org/bulletins/bul_1/report"]);
      expect(ids(inSource, `${OA}hasSource`)).toEqual([`https://claimdesk.example.org/sources/${e.source.id}/snapshots/${e.snapshotId}`]);

      const bulletinSelectors = values(inBulletin, `${OA}hasSelector`);
      const quote = bulletinSelectors.find((s) => (s["@type"] as string[])[0] === `${OA}TextQuoteSelector`)!;
      expect(one(quote, `${OA}exact`)).toBe(c.text);
      // The context must be the text around the claim, so a client can re-anchor it.
      const prefix = String(one(quote, `${OA}prefix`));
      const suffix = String(one(quote, `${OA}suffix`));
      const clean = sampleReport().bulletin.cleanText;
      expect(clean.slice(c.start - prefix.length, c.start)).toBe(prefix);
      expect(clean.slice(c.end, c.end + suffix.length)).toBe(suffix);
      const position = bulletinSelectors.find((s) => (s["@type"] as string[])[0] === `${OA}TextPositionSelector`)!;
      expect([one(position, `${OA}start`), one(position, `${OA}end`)]).toEqual([c.start, c.end]);
      expect(values(position, `${OA}start`)[0]["@type"]).toBe("http://www.w3.org/2001/XMLSchema#nonNegativeInteger");

      const sourceSelectors = values(inSource, `${OA}hasSelector`);
      const sourceQuote = sourceSelectors.find((s) => (s["@type"] as string[])[0] === `${OA}TextQuoteSelector`)!;
      expect(one(sourceQuote, `${OA}exact`)).toBe(e.exact);
      expect(one(sourceQuote, `${OA}prefix`)).toBe(e.prefix || undefined);
      const sourcePosition = sourceSelectors.find((s) => (s["@type"] as string[])[0] === `${OA}TextPositionSelector`);
      if (e.anchor === "ORPHANED") expect(sourcePosition).toBeUndefined();
      else expect(one(sourcePosition!, `${OA}end`)).toBe(e.end);
    });
  });

  it("carries stance, note, motivation, creator and creation time", async () => {
    const { expanded } = await exported();
    const items = values(values(expanded[0], `${AS}first`)[0], `${AS}items`)[0]["@list"] as Node[];
    const refutes = items[2];
    expect(ids(refutes, `${OA}motivatedBy`)).toEqual([`${OA}assessing`]);
    expect(ids(items[1], `${OA}motivatedBy`)).toEqual([`${OA}describing`]);
    const bodies = values(refutes, `${OA}hasBody`);
    const tag = bodies.find((b) => ids(b, `${OA}hasPurpose`)[0] === `${OA}tagging`)!;
    expect(one(tag, RDF_VALUE)).toBe("refutes");
    expect(tag["@type"]).toEqual([`${OA}TextualBody`]);
    const comment = bodies.find((b) => ids(b, `${OA}hasPurpose`)[0] === `${OA}commenting`)!;
    expect(one(comment, RDF_VALUE)).toBe("<script>alert('note')</script> 与发言不符");
    const creator = values(refutes, `${DCTERMS}creator`)[0];
    expect(creator["@type"]).toEqual(["http://xmlns.com/foaf/0.1/Person"]);
    expect(one(creator, "http://xmlns.com/foaf/0.1/name")).toBe("李伟");
    expect(values(refutes, `${DCTERMS}created`)[0]).toEqual({
      "@value": "2025-04-15T03:04:05.000Z",
      "@type": "http://www.w3.org/2001/XMLSchema#dateTime",
    });
    // Evidence without a note has only the stance tag.
    expect(values(items[1], `${OA}hasBody`)).toHaveLength(1);
  });

  it("gives every annotation the properties the W3C model requires", async () => {
    const { doc } = await exported();
    const items = ((doc.first as Node).items as Node[]);
    expect(doc["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(doc.type).toBe("AnnotationCollection");
    expect(typeof doc.id).toBe("string");
    for (const a of items) {
      // Model §3.1: @context (anno.jsonld), id (an IRI), type "Annotation", at least one target.
      expect(a["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
      expect(() => new URL(String(a.id))).not.toThrow();
      expect(a.type).toBe("Annotation");
      expect(Array.isArray(a.target) && (a.target as Node[]).length).toBe(2);
      for (const t of a.target as Node[]) {
        expect(t.type).toBe("SpecificResource");
        expect(() => new URL(String(t.source))).not.toThrow();
      }
      expect(Number.isNaN(Date.parse(String(a.created)))).toBe(false);
    }
  });

  it("names a table cell with an RFC 7111 FragmentSelector beside the text selectors, and not once the quote is orphaned", async () => {
    const report = sampleReport();
    const claim = sampleClaims().find((c) => c.evidence.length > 0)!;
    const cell = { ...claim.evidence[0], fragment: "cell=4,3" };
    const target = (e: typeof cell) => ((evidenceAnnotation(report.bulletin, claim, e).target as Node[])[1].selector as Node[]);
    expect(target(cell).map((s) => s.type)).toEqual(["TextQuoteSelector", "TextPositionSelector", "FragmentSelector"]);
    expect(target(cell)[2]).toEqual({ type: "FragmentSelector", conformsTo: "https://tools.ietf.org/rfc/rfc7111", value: "cell=4,3" });
    const expanded = await expandOffline(evidenceAnnotation(report.bulletin, claim, cell) as Node);
    const selectors = values(values(expanded[0] as Node, `${OA}hasTarget`)[1], `${OA}hasSelector`);
    const fragment = selectors.find((s) => (s["@type"] as string[])[0] === `${OA}FragmentSelector`)!;
    expect(ids(fragment, `${DCTERMS}conformsTo`)).toEqual(["https://tools.ietf.org/rfc/rfc7111"]);
    expect(target({ ...cell, anchor: "ORPHANED" }).map((s) => s.type)).toEqual(["TextQuoteSelector"]);
  });

  it("is expanded offline only: an unknown context is an error, not a silent pass", async () => {
    await expect(expandOffline({ "@context": "https://example.org/other.jsonld", id: "urn:x" })).rejects.toThrow();
  });

  it("writes an empty collection for a report without evidence", async () => {
    const text = await streamToString(webAnnotationReport({ bulletin: sampleReport().bulletin, claims: (async function* () {})() }));
    const doc = JSON.parse(text) as Node;
    expect(doc.total).toBe(0);
    expect((doc.first as Node).items).toEqual([]);
  });
});
