// The embedded wire-style guide (AP-leaning), the base layer under every newsroom's .copydesk.yaml.
export const DEFAULT_GUIDE_SOURCE = 'copydesk:default-style.yaml';

export const DEFAULT_GUIDE_YAML = `
version: 1
severities:
  quotes/continuation: off   # a desk that attributes every quoted paragraph turns it on (info)
  quotes/altered: warning           # a quote that differs from its source (sources: in .copydesk.yaml, or a sources/ folder)
  quotes/not-in-source: info        # a quote no source holds, reported only when the guide declares sources:
  quotes/speaker-mismatch: warning  # a transcript gives the quoted words to someone other than the article's speaker
  dates/weekday-mismatch: warning   # a weekday that disagrees with the full date it opens
  dates/month-abbreviation: info    # AP: Jan. 7, Sept. 12; a desk that spells months out turns it off
  dates/ap-weekday: info            # AP: the weekday within a week of the article date, the month and day beyond
  dates/relative-day: off           # AP: today/yesterday/tomorrow → the weekday; off: 2 of 5 right on PolNeAR train (idioms)
  dates/wrong-side: warning         # a dated year after the article date in a past clause, or before it in a future one
  names/first-reference: warning    # AP: a known person's full name on first reference (Donald Trump, then Trump; not the title alone)
  names/courtesy-title: info        # AP drops Mr./Mrs./Ms.; set names.courtesyTitles: true for the opposite check
  names/title-case: info            # AP: Secretary of State Mike Pompeo, but Pompeo, the secretary of state
rules:
  - id: towards
    kind: substitute
    pattern: [towards, afterwards, upwards, downwards, backwards]   # not 'forwards': mostly the verb ('forwards an email')
    replace: [toward, afterward, upward, downward, backward]
    message: "Wire style drops the s: use '{replace}', not '{match}'."
    severity: warning
  - id: amongst
    kind: substitute
    pattern: amongst
    replace: among
    message: "Use 'among', not 'amongst'."
    severity: warning
  - id: whilst
    kind: substitute
    pattern: whilst
    replace: while
    message: "Use 'while', not 'whilst'."
    severity: warning
  - id: defence
    kind: substitute
    pattern: defence
    replace: defense
    message: "AP uses American spelling: '{replace}', not '{match}' (a foreign body's own name keeps its spelling)."
    unless: [Ministry of Defence, Defence Ministry, Defence Force, Defence Forces, Defence Council, Defence League, Defence Staff]
    severity: warning
  - id: fuelling
    kind: substitute
    pattern: [fuelling, fuelled]
    replace: [fueling, fueled]
    message: "AP uses American spelling: '{replace}', not '{match}'."
    severity: warning
  - id: judgement
    kind: substitute
    pattern: judgement
    replace: judgment
    message: "Use 'judgment', not 'judgement'."
    severity: warning
  - id: per-cent
    kind: substitute
    pattern: per cent
    replace: percent
    message: "AP style: 'percent', one word."
    severity: warning
  - id: irregardless
    kind: substitute
    pattern: irregardless
    replace: regardless
    message: "'{match}' is not standard; use 'regardless'."
    severity: warning
  - id: in-order-to
    kind: substitute
    pattern: in order to
    replace: to
    message: "'in order to' is usually just 'to'."
    severity: hint
  # Only where 'claimed' reports speech: before 'that' (also after a time or place), a quote or a clause, or after a
  # quote ('..., he claimed.'). 'Claimed responsibility', 'claimed three lives', a noun 'claims' stay quiet.
  # The named group is the flagged word; the rest of the regex is context. [\\s\\p{Z}]: a space, also a no-break one.
  - id: claimed
    kind: avoid
    regex: '\\b(?P<that>claim(?:ed|s))(?:,?[\\s\\p{Z}]+(?:in|on|at|during|after|before|while|when|last|earlier|later|repeatedly|falsely|wrongly|again|once|also|without|to)\\b[^.;:!?"“”]{0,60}?)?,?[\\s\\p{Z}]+that\\b|\\b(?P<quote>claim(?:ed|s))[,:]?[\\s\\p{Z}]+["“]|\\b(?P<clause>claim(?:ed|s))[\\s\\p{Z}]+(?:(?:he|she|they|we|I)\\b|(?:it|there|this|you|(?-i:[A-Z][\\w''’.-]*(?:[\\s\\p{Z}]+[A-Z][\\w''’.-]*){0,2}))[\\s\\p{Z}]+(?:was|were|is|are|had|has|have|will|would|could|can|should|did|does|do|may|might|must)\\b)|(?:[,?!]["”]|,)[\\s\\p{Z}]+(?:he|she|they|it|the[\\s\\p{Z}]+[a-z]+|(?-i:[A-Z][\\w''’.-]*(?:[\\s\\p{Z}]+[A-Z][\\w''’.-]*){0,2}))[\\s\\p{Z}]+(?P<after>claim(?:ed|s))[,.]'
    unless: ["'s claims", his claims, her claims, their claims, its claims, our claims, the claims, these claims, those claims, such claims, false claims, familiar claims, over claims, of claims, any claims, no claims, about claims, against claims, amid claims, despite claims, denied claims, rejected claims]
    message: "'{match}' casts doubt on the speaker; use 'said' unless doubt is meant."
    severity: info
  - id: okay
    kind: consistency
    forms: [OK, okay]
    case: sensitive
    message: "The article also uses '{other}'; pick one form."
    severity: warning
  - id: us-abbreviation
    kind: consistency
    forms: [U.S., US]
    case: sensitive
    message: "The article also uses '{other}'; abbreviate United States one way."
    severity: warning
`;
