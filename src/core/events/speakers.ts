// Who a pronoun subject is, resolved as the quotes pass resolves a quote's pronoun speaker (same index, same spelling).
import type { PassContext } from '../pass';
import { analyzeParagraph, cueSet, NameIndex, PERSON_PRONOUNS, type ParagraphQuotes } from '../quotes/attribution';

/** A resolver for "he"/"she" at an article offset: the nearest person named before it, in the house spelling. */
export function pronounResolver(ctx: PassContext): (pronoun: string, at: number) => string | null {
  const cues = (ctx.config.extras.get('quotes') as { cues?: Set<string> } | undefined)?.cues ?? cueSet(ctx.config.guide.quotes?.cues ?? []);
  const paras = ctx.doc.paragraphs;
  const names = new NameIndex(ctx.entities);
  const canonical = new Map<string, string>();
  for (const e of ctx.entities) {
    if (e.kind !== 'person' && e.kind !== 'organization') continue;
    for (const m of e.mentions) if (/\s/.test(m.text)) canonical.set(m.text.toLowerCase(), e.name);
  }
  paras.forEach((p, i) => {
    // The quotes pass's per-paragraph analysis (a cache hit in the same run).
    const h = p.heading || (ctx.doc.format === 'plain' && i === 0);
    const d = ctx.cache.get<ParagraphQuotes>(h ? 'quotes:h' : 'quotes', p.text, () => analyzeParagraph(p.text, h, cues));
    for (const n of d.names) names.add({ start: n.start + p.start, end: n.end + p.start, core: n.core, person: n.person });
    for (const c of d.cues) {
      const s = c.speaker;
      if (s.kind === 'name' && s.core) names.add({ start: s.start + p.start, end: s.end + p.start, core: s.core, person: s.person });
    }
  });
  names.finish();
  return (pronoun, at) => {
    if (!PERSON_PRONOUNS.has(pronoun.toLowerCase())) return null;
    const ref = names.antecedent(at, true);
    const name = ref?.core ? names.fullName(ref.core, ref) : null;
    return name && (canonical.get(name.toLowerCase()) ?? name);
  };
}
