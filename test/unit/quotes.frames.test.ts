// Sentence frames that decide a quote's speaker (issue 11): each form is a class counted on the PolNeAR training
// split; the sentences are invented for the test.
import { strict as assert } from 'assert';
import { defaultAnalysis } from './helpers';

const analyze = defaultAnalysis();
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker?.text ?? null);

describe('quotes: a sentence that opens with a subordinate clause', () => {
  it('gives the quote to the main clause subject, not to a cue or subject inside the fronted clause', () => {
    assert.deepEqual(speakers('When Ortiz recommended the fine, Mrs. Lind replied in a calm voice that she was "pleased to hear it."'), ['Mrs. Lind']);
    assert.deepEqual(speakers('After Ortiz argued that the levy was fair, Reyes said only that his "numbers don\'t add up."'), ['Reyes']);
    assert.deepEqual(speakers('In June 2009, after Ortiz suffered a fall, Lind emailed her, telling her, "You are an all-star."'), ['Lind']);
    assert.deepEqual(speakers('When Ortiz moved to the city, Lind confided to her that the neighbors were "the first to complain."'), ['Lind']);
  });

  it('keeps a quote inside the fronted clause with that clause\'s cue', () => {
    assert.deepEqual(speakers('But even as Lind claimed on Tuesday that "Ortiz got in trouble for far less," one of the former prosecutors said the cases differ.'), ['Lind']);
  });

  it('still gives a quote that opens the main clause to the cue after it', () => {
    assert.deepEqual(speakers('When it was over, "We won," Lind said.'), ['Lind']);
    assert.deepEqual(speakers('As Lind put it in a statement to reporters in July, the council is "providing a perspective you won\'t get."'), ['Lind']);
  });
});

describe('quotes: a that-clause inside a linked clause', () => {
  it('takes the subject of the linked clause whose verb governs the that-clause', () => {
    assert.deepEqual(speakers('Meanwhile, Lind endorsed the deal, although she made it clear that she has "serious concerns" about it.'), ['she']);
  });
});

describe('quotes: relative clauses', () => {
  it('gives a quote a relative clause hands over to the relative pronoun', () => {
    assert.deepEqual(speakers('They passed out water bottles that said, "Welcome to the games."'), ['that']);
    assert.deepEqual(speakers('Lind\'s release linked to the Ledger report, which notes, "More than half the donors gave money."'), ['which']);
  });

  it('gives a quote after a closed relative clause back to its antecedent', () => {
    assert.deepEqual(speakers('Graham, who says the city should hire more officers, tweeted that the mayor was "asleep at the wheel."'), ['Graham']);
  });
});

describe('quotes: an open cue vocabulary after the quote', () => {
  it('takes a subject and any verb right after a quote closed by a comma, ? or !', () => {
    assert.deepEqual(speakers('Ortiz tried to ask about the levy. "Go back to your seat," Lind barked and a guard escorted him out.'), ['Lind']);
    assert.deepEqual(speakers('"People are afraid of wasting their votes," he surmised.'), ['he']);
    assert.deepEqual(speakers('"We ended that, and it was nonsense," she went on.'), ['she']);
  });

  it('takes an inverted verb and a name after the quote', () => {
    assert.deepEqual(speakers('Supporters snapped his picture. "This is fantastic!" beamed Donald Hartley of Madison, who snuck onto the floor.'), ['Donald Hartley']);
  });

  it('does not read an appositive participle as an attribution', () => {
    assert.notDeepEqual(speakers('He says no one is "on pace to get 1,237 delegates," the number needed to win.'), ['the number']);
  });
});

describe('quotes: an absolute clause with `with`', () => {
  it('takes the subject of the with-clause, partitive or coordinated participles included', () => {
    assert.deepEqual(speakers('Lind and her backers tried to tie Ortiz to the mayor, with one of her ads asking, "Is Ortiz independent enough?"'), ['one of her ads']);
    assert.deepEqual(speakers('Democrats were quick to chime in, with Nora Lind tweeting that it was a "disaster" and asking, "How can he be our mayor?"'), ['Nora Lind', 'Nora Lind']);
    assert.deepEqual(speakers('The attack sparked a debate over how the city responds, with Senator John Reyes telling reporters he viewed Ortiz as "directly responsible."'), ['Senator John Reyes']);
  });

  it('gives an infinitive cue the subject of the participle it completes', () => {
    assert.deepEqual(speakers('The campaign has denied it happened, with Reyes taking to Twitter to call Lind "totally delusional" for the claim.'), ['Reyes']);
  });
});

describe('quotes: the agent of a passive verb of naming', () => {
  it('gives the quote to the `by` phrase', () => {
    assert.deepEqual(speakers('This feature of the movement has been called "strategic ambiguity" by Joan Hendrick, a professor.'), ['Joan Hendrick']);
    assert.deepEqual(speakers('The phrase "tax reform" was uttered once, by Mr. Ortiz.'), ['Mr. Ortiz']);
  });
});

describe('quotes: a possessive pronoun before a noun of speech', () => {
  it('gives the quote to the pronoun after a preposition', () => {
    assert.deepEqual(speakers('Lind came under fire from the council over her assertion during the debate that "we are where we need to be."'), ['her']);
    assert.deepEqual(speakers('The union is unlikely to back Lind after her March comment that, "We are going to close the mines."'), ['her']);
  });

  it('reads a noun that shares its form with a cue verb, and the sentence\'s subject', () => {
    assert.deepEqual(speakers('Ortiz criticized the remarks, particularly his warning that the city would go to the "back of the queue."'), ['his']);
    assert.deepEqual(speakers('Supporters cheered for Ortiz after the polls closed. But their chants of "Ted! Ted!" were cut short.'), ['their']);
  });

  it('leaves a phrase that a verb takes as its object with the verb\'s subject', () => {
    assert.deepEqual(speakers('Ortiz repeated his claim that "profit-making" was the motive.'), ['Ortiz']);
  });
});

describe('quotes: an attribution set off by commas before the quote', () => {
  it('gives the sentence to the aside, over the clause that holds the quote or an earlier cue', () => {
    assert.deepEqual(speakers('If politics makes the road too complicated now, Reyes said, the council can still pass a "simple reauthorization" of the act.'), ['Reyes']);
    assert.deepEqual(speakers('Lind thought the rates were too low and that the result, as Ortiz later explained, was an "economic disaster."'), ['Ortiz']);
  });
});

describe('quotes: an indefinite as the subject of a cue', () => {
  it('takes a lone some/another/most as the source', () => {
    assert.deepEqual(speakers('Hundreds held signs above their heads. Some chanted "USA! USA!"'), ['Some']);
    assert.deepEqual(speakers('One voter praised the plan. Yet another said, "Ortiz is in a five-person battle for second."'), ['another']);
  });
});

describe('quotes: a cue inside the complement of a verb of saying (round 2)', () => {
  it('keeps the quote with the subject of the verb of saying, not the complement clause\'s cue', () => {
    assert.deepEqual(speakers('President Lind said he expected that voters will say "no" to the plan.'), ['President Lind']);
    assert.deepEqual(speakers('The lawmaker, who represents a district, said Ortiz\'s remarks "have had widespread dissemination."'), ['The lawmaker']);
  });
});

describe('quotes: `according to` any noun phrase', () => {
  it('takes a recording or a document as the source, with its modifiers', () => {
    assert.deepEqual(speakers('"We are still winning every day," Mr. Lind said during the session, according to audio provided to The Ledger.'), ['audio provided to The Ledger']);
    assert.deepEqual(speakers('"Nothing prepares you for the office," the mayor will say, according to excerpts of her speech released by City Hall.'), ['excerpts of her speech released by City Hall']);
  });
});

describe('quotes: a pronoun and its cue right before the quote', () => {
  it('takes the pronoun when its cue introduces the quote with a comma', () => {
    assert.deepEqual(speakers('Lind said she had not seen the clip, and when asked whether she backed the protest, she said, "I hope not."'), ['she']);
    assert.deepEqual(speakers('Ortiz\'s remarks were aimed at critics, including, he said, "politicians who tweet."'), ['he']);
  });
});

describe('quotes: a relative clause on the object of a verb', () => {
  it('gives the quote to the subject of the verb whose object the relative describes', () => {
    assert.deepEqual(speakers('At the fair, Reyes hoisted a sign that read "15%!"'), ['Reyes']);
    assert.deepEqual(speakers('Lind is releasing a new ad that urges voters to "send a message" to the banks.'), ['Lind']);
  });

  it('keeps the relative after a preposition or a particle', () => {
    assert.deepEqual(speakers('Palin posted her message under a headline that said, "Welcome home."'), ['that']);
    assert.deepEqual(speakers('They passed out water bottles that said, "Welcome to the games."'), ['that']);
  });
});

describe('quotes: subjects the cue must see past', () => {
  it('reads a role noun with an `of` complement, and `however` before the verb', () => {
    assert.deepEqual(speakers('It was a rally with Ortiz and Reyes, where the secretary of state said she was "not only here to do my job" but also to back her.'), ['the secretary of state']);
    assert.deepEqual(speakers('Carter however said he would welcome a "principled network" for Asia.'), ['Carter']);
  });

  it('reads a clause opened by `despite` as fronted', () => {
    assert.deepEqual(speakers('Despite what he wrote in the speech about Lind, Cross said he "may yet have to vote for her."'), ['Cross']);
  });
});

describe('quotes: a possessive noun of speech as a verb\'s object', () => {
  it('gives the quote to the subject of the verb', () => {
    assert.deepEqual(speakers('Hollande denounced Lind\'s remarks as "hurtful and humiliating" and warned of the implications.'), ['Hollande']);
    assert.deepEqual(speakers('One operative inside the tower tried to downplay Ryan\'s comments, saying they were "not a big deal around here."'), ['One operative inside the tower']);
  });

  it('keeps the owner when no verb takes the phrase as its object', () => {
    assert.deepEqual(speakers('The council spent a week on Lind\'s claim that Ortiz "founded the gang."'), ["Lind's"]);
    assert.deepEqual(speakers('Lind\'s claim that Ortiz "founded the gang" was false.'), ["Lind's"]);
  });
});
