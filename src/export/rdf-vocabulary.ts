// The RDF vocabulary of the export (documented in docs/rdf.md): schema.org for actors, documents,
// statements and events, PROV-O for provenance, owl:sameAs to Wikidata, and a small `ag:`
// vocabulary for what neither has (offsets, stance, quote kind, CAMEO codes).
const SCHEMA_NS = "http://schema.org/";
const PROV_NS = "http://www.w3.org/ns/prov#";
const XSD_NS = "http://www.w3.org/2001/XMLSchema#";
const AG_NS = "https://actorgraph.org/ns#";

/** Where node IRIs live unless --base says otherwise: base + the node's key. */
export const DEFAULT_BASE = "https://actorgraph.org/id/";

export const WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

export const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
export const RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
export const OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";

export const SCHEMA = {
  Person: `${SCHEMA_NS}Person`,
  Country: `${SCHEMA_NS}Country`,
  Organization: `${SCHEMA_NS}Organization`,
  Place: `${SCHEMA_NS}Place`,
  Event: `${SCHEMA_NS}Event`,
  Quotation: `${SCHEMA_NS}Quotation`,
  CreativeWork: `${SCHEMA_NS}CreativeWork`,
  NewsArticle: `${SCHEMA_NS}NewsArticle`,
  Role: `${SCHEMA_NS}Role`,
  OrganizationRole: `${SCHEMA_NS}OrganizationRole`,
  name: `${SCHEMA_NS}name`,
  alternateName: `${SCHEMA_NS}alternateName`,
  text: `${SCHEMA_NS}text`,
  creator: `${SCHEMA_NS}creator`,
  about: `${SCHEMA_NS}about`,
  mentions: `${SCHEMA_NS}mentions`,
  memberOf: `${SCHEMA_NS}memberOf`,
  dateCreated: `${SCHEMA_NS}dateCreated`,
  datePublished: `${SCHEMA_NS}datePublished`,
  startDate: `${SCHEMA_NS}startDate`,
  endDate: `${SCHEMA_NS}endDate`,
  location: `${SCHEMA_NS}location`,
  headline: `${SCHEMA_NS}headline`,
  author: `${SCHEMA_NS}author`,
  publisher: `${SCHEMA_NS}publisher`,
  url: `${SCHEMA_NS}url`,
  roleName: `${SCHEMA_NS}roleName`,
} as const;

export const PROV = {
  Entity: `${PROV_NS}Entity`,
  Derivation: `${PROV_NS}Derivation`,
  wasDerivedFrom: `${PROV_NS}wasDerivedFrom`,
  qualifiedDerivation: `${PROV_NS}qualifiedDerivation`,
  entity: `${PROV_NS}entity`,
} as const;

export const AG = {
  Aboutness: `${AG_NS}Aboutness`,
  key: `${AG_NS}key`,
  role: `${AG_NS}role`,
  mentionCount: `${AG_NS}mentionCount`,
  documentCount: `${AG_NS}documentCount`,
  quoteKind: `${AG_NS}quoteKind`,
  cue: `${AG_NS}cue`,
  stance: `${AG_NS}stance`,
  start: `${AG_NS}start`,
  end: `${AG_NS}end`,
  sentenceStart: `${AG_NS}sentenceStart`,
  sentenceEnd: `${AG_NS}sentenceEnd`,
  eventType: `${AG_NS}eventType`,
  cameo: `${AG_NS}cameo`,
  source: `${AG_NS}source`,
  docKind: `${AG_NS}docKind`,
  participantIn: `${AG_NS}participantIn`,
  holdsRoleIn: `${AG_NS}holdsRoleIn`,
  qualifiedAbout: `${AG_NS}qualifiedAbout`,
  qualifiedRole: `${AG_NS}qualifiedRole`,
  target: `${AG_NS}target`,
  roleIn: `${AG_NS}roleIn`,
  term: `${AG_NS}term`,
} as const;

export const XSD = {
  integer: `${XSD_NS}integer`,
  date: `${XSD_NS}date`,
  gYearMonth: `${XSD_NS}gYearMonth`,
  gYear: `${XSD_NS}gYear`,
  anyURI: `${XSD_NS}anyURI`,
} as const;

/**
 * A node's or edge's IRI: the base and its key, percent-encoded as one path segment but for the
 * colons, which IRIs allow and which keep `person:vladimir-putin` readable. decodeURIComponent
 * of what follows the base gives the key back.
 */
export function keyIri(base: string, key: string): string {
  return `${base}${encodeURIComponent(key).replace(/%3A/g, ":")}`;
}
