// Who a pronoun subject is, resolved as the quotes pass resolves a quote's pronoun speaker (same index, same spelling).
import type { PassContext } from '../pass';
import { PERSON_PRONOUNS } from '../quotes/attribution';
import { articleSpeakers } from '../quotes/pass';

/** A resolver for "he"/"she" at an article offset: the nearest person named before it, in the house spelling. */
export function pronounResolver(ctx: PassContext): (pronoun: string, at: number) => string | null {
  const { names, canonical } = articleSpeakers(ctx);
  return (pronoun, at) => {
    if (!PERSON_PRONOUNS.has(pronoun.toLowerCase())) return null;
    const ref = names.antecedent(at, true);
    const name = ref?.core ? names.fullName(ref.core, ref) : null;
    return name && (canonical.get(name.toLowerCase()) ?? name);
  };
}
