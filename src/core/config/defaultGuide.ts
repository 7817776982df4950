// The embedded wire-style guide (AP-leaning), the base layer under every newsroom's .copydesk.yaml.
export const DEFAULT_GUIDE_SOURCE = 'copydesk:default-style.yaml';

export const DEFAULT_GUIDE_YAML = `
version: 1
severities:
  quotes/continuation: off   # a desk that attributes every quoted paragraph turns it on (info)
  dates/weekday-mismatch: warning   # a weekday that disagrees with the full date it opens
  dates/month-abbreviation: info    # AP: Jan. 7, Sept. 12; a desk that spells months out turns it off
rules:
  - id: towards
    kind: substitute
    pattern: [towards, afterwards, upwards, downwards, backwards, forwards]
    replace: [toward, afterward, upward, downward, backward, forward]
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
  - id: claimed
    kind: avoid
    pattern: [claimed, claims that]
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
