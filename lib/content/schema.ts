/**
 * The frontmatter schema of an article. Every field is documented here; a file that does not fit
 * stops the build with `file: field: what is wrong (allowed: ...)`.
 */
import { z } from 'zod';
import { ACTORS, KINDS, PROVIDERS, REASONS, SEVERITIES } from '../matcher/vocabulary';
import { urlScheme } from './safe-url';

const bilingual = z.strictObject({
  ko: z.string().trim().min(1, 'Korean text is missing'),
  en: z.string().trim().min(1, 'English text is missing'),
});

/** `550`, `421`: three digits, first 2-5. */
export const REPLY_CODE = /^[2-5][0-9][0-9]$/;
/** `5.7.1`, `4.4.316`: class 2/4/5, subject 0-9 (IANA uses 0-7), detail 0-999. */
export const STATUS_CODE = /^[245]\.[0-9]{1,3}\.[0-9]{1,3}$/;
/** Generic articles cover a registry entry for every class: `X.7.1`. */
const STATUS_OR_GENERIC = /^([245]|X)\.[0-9]{1,3}\.[0-9]{1,3}$/;

/** A phrase that identifies the variant (case-insensitive), or a list of phrases that must all occur. */
const signature = z.union([
  z.string().trim().min(3, 'a signature phrase needs at least 3 characters'),
  z.array(z.string().trim().min(2)).min(2, 'a list signature needs at least 2 phrases'),
]);

/** A cited page: absolute, and http(s) only (a `javascript:` or `data:` URL would run on click). */
const sourceUrl = z
  .string()
  .url('must be an absolute URL')
  .refine((u) => ['http', 'https'].includes(urlScheme(u) ?? ''), 'must be an http: or https: URL');

export const frontmatterSchema = z.strictObject({
  /** ASCII, lower-case, hyphens: the URL `/ko/errors/{id}/`. Never changes once published. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens'),
  kind: z.enum(KINDS),
  title: bilingual,
  /** One paragraph: what happened, temporary or permanent, retry or not, who acts. */
  summary: bilingual,
  /** SMTP basic reply codes (`550`). */
  replyCodes: z.array(z.string().regex(REPLY_CODE, 'a reply code is three digits like 550')).default([]),
  /** Enhanced status codes (`5.7.1`); generic articles may write `X.7.1`. */
  statusCodes: z.array(z.string().regex(STATUS_OR_GENERIC, 'a status code looks like 5.7.1')).default([]),
  reason: z.enum(REASONS),
  severity: z.enum(SEVERITIES),
  /** Required when the codes' class contradicts `severity` (a 4xx bounce that is final, ...). */
  severityNote: bilingual.optional(),
  actors: z.array(z.enum(ACTORS)).min(1, 'name at least one actor'),
  providers: z.array(z.enum(PROVIDERS)).default([]),
  /** Phrases that identify this variant in a bounce; samples must be matched by them. */
  signatures: z.array(signature).default([]),
  /** Verbatim server replies, with addresses and IPs replaced by example values. */
  samples: z.array(z.string().trim().min(1)).default([]),
  related: z.array(z.string()).default([]),
  sources: z
    .array(z.strictObject({ title: z.string().min(1), url: sourceUrl.optional() }))
    .min(1, 'cite at least one source'),
  /** Last review date, quoted in YAML: '2026-11-28'. */
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a quoted date like '2026-11-28'"),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
