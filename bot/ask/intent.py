"""What a question asks for, from its wording alone (the film's name already cut out).

Rules are ordered from the most specific wording to the most general, because the same word
serves several intents: "score" is a composer or an aggregate, "shot" a cinematographer or a
location, "made" a gross or a year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import load

_R = re.compile
_CUES = {name: [re.compile(p) for p in pats] for name, pats in load("intents").items()}


def cue(name: str, q: str) -> bool:
    """Does normalised question *q* use one of the wordings of ``vocab/intents.toml`` [name]?"""
    return any(p.search(q) for p in _CUES[name])


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern:
    """*pattern* compiled once a process. ``re.search(str, ...)`` goes through the re module's own cache,
    512 entries dropped oldest first, which the patterns built per question (names, question words)
    keep filling: these fixed wordings were compiled again mid-answer (0.1-0.2 ms each). This cache
    holds only them (a few dozen literals of this module)."""
    return re.compile(pattern)


def _has(pattern: str, q: str) -> bool:
    return _compiled(pattern).search(q) is not None


SCORE_RT = r"\b(rotten tomatoes|rottentomatoes|tomatometer|rt score|approval rating|tomatoes|(on|at|from) rt)\b"
SCORE_MC = r"\b(metacritic|metascore|meta critic)\b"
SCORE_CS = r"\b(cinemascore|cinema score)\b"
REVIEW = r"\b(think|thought|thinks|say|said|says|write|wrote|writes|review|reviews|reviewed|rate|rated|rating|opinion|verdict|like|liked|feel|felt|describe|described|call|called|take on|take of|views? (?:on|of)|assessment)\b"
CINEMATOGRAPHER = r"\b(director of photography|cinematograph\w*|dp|dop|photographed|who shot|camera ?man|lensed)\b"
AWARD = (r"\b(win|won|wins|winning|nominat\w*|awards?|oscars?|academy|golden globes?|globes?|bafta|baftas|emmys?|"
         r"grammys?|palme|prize|honou?rs?|accolades?|best (picture|film|director|actor|actress|supporting|"
         r"original|adapted|animated|screenplay|score|song|cinematography|editing|sound|art|costume|makeup|visual|foreign|motion))\b")
#: ... "collection" as a box office's ("first day collections"), not a museum's ("its permanent collection").
MONEY_STRONG = (r"\b(budget|budgets|gross|grossed|grosses|grossing|box office|boxoffice|earn|earned|earns|earning|earnings|"
                r"revenue|takings|(?<!permanent )(?<!museum )(?<!art )(?<!private )collections?|opening weekend|cost|costs|costed|how much money|profit|dvd sales|home media sales|"
                r"video sales|blu ray sales)\b")
MONEY_WEAK = r"\bhow many (crores?|lakhs?|millions?|billions?)\b|\b(make|made|makes|earn|earned) (any )?(money|profit)\b|\bhow much\b.*\b(make|made|makes|bring|brought|take|took|sell|sold|money|dvd|home media|home video|open|opened|collect|collected)\b"
FILMING = (r"^where (did|do|does) \w+ film\b|"
           r"\b(filmed|filming|shot|shoot|shooting|principal photography|film locations?|filming locations?|"
           r"photography (begin|began|start|started|take place|took place))\b")
RELEASE = (r"\b(premiere|premiered|premieres|premiering|release|released|releases|releasing|out yet|come out|came out|comes out|debut|debuted|open|opened|"
           r"hit theaters|in theaters|in theatres|first (screen|screened|screening|shown|showing|show)|sneak preview|"
           r"previewed|test screening)\b")
#: The film's own takings, whoever the question names ("how much did <character>'s film gross").
BOX_OFFICE = (r"\b(budget|budgets|gross|grossed|grosses|grossing|box office|boxoffice|opening weekend|revenue|takings|"
              r"collections?|dvd sales|home media|video sales|worldwide|domestic|overseas|internationally|"
              r"at the box|in theaters|in theatres)\b")
#: "when he comes out for the fight": someone of the story coming out, never the film's release.
PERSON_COMES_OUT = r"\b(he|she|they|him|her) (comes?|came|coming) out\b"
DIRECTOR = r"\b(direct|directed|director|directors|directs|directing|helmed|helm)\b"
WRITER = r"\b(wrote|write|writes|written|writer|writers|screenplay|script|screenwriter|screenwriters|author|authors|authored)\b"
PRODUCER = r"\b(produce|produced|producer|producers|produces)\b"
EDITOR = r"\b(edit|edited|editor|editors|editing|cut the film)\b"
COMPOSER = r"\b(compose|composed|composer|music|score|scored|soundtrack)\b"
MUSIC_DIRECTOR = r"\b(music|musical) director\b"
DISTRIBUTOR = r"\b(distribute|distributed|distributor|distribution)\b|^(who|which (studio|company)) released\b"
STUDIO = r"\b(studio|production company|production companies)\b"
RUNTIME = r"\b(runtime|run time|running time|how long is|how long was|length|duration|minutes long|how many minutes)\b"
LANGUAGE = r"\b(language|languages)\b"
COUNTRY = r"\b(country|countries|nationality)\b"
#: "which countries got it first", "where was it shown first": where it was released, not its nationality.
SHOWN_FIRST = r"\b(countr(y|ies)|territor(y|ies)|markets?|where)\b.*\b(got|get|gets|saw|see|shown|screened)\b.*\bfirst\b"
GENRE = r"\b(genre|genres|what (kind|type|sort|style) of (a )?(film|movie|picture)|(what|which) (kind|type|sort) of (a )?(film|movie) (is|was))\b"
BASED_ON = r"\b(based on|adapted from|adaptation|source material|novel|book|inspired by)\b"
YEAR = r"\b(what year|which year|when was it made|year of release)\b"
CASTING = (r"\b(originally cast|first choice|considered|consider|replaced|recast|turned down|declined|originally|instead of|"
           r"offered|offer|approached|"
           # "who was cast as A before B", "who played A before B": whoever had the part first
           r"(cast|chosen|picked|hired|signed|set) (as|for) (\w+ ){1,3}before|"
           # "who was gonna play A before B got it": the part's earlier plan
           r"(was|were) (gonna|(going|supposed|meant|set|slated|due) to)|before \w+ (got|took|landed|was cast)|"
           r"(want|wanted) (for|as)|said no|says no|say no|passed on)\b")
CAST = (r"\b(play|plays|played|playing|portray|portrays|portrayed|voice|voices|voiced|star|stars|starred|starring|"
        r"cast|actor|actors|actress|actresses|acted|acting|role|roles|character|appear|appears|appeared|who was in|"
        r"who is in|whos in|who were in|lead|leads)\b")
#: Someone taken on for the film ("sign on", "came aboard", "was hired"): with "when", a date a sentence tells.
JOINED = (r"\b(sign|signs|signed|join|joins|joined|hire|hired|attach|attached|agree|agreed|boarded|"
          r"(came|come|brought|coming) (on|aboard|on board)|announced)\b")
PLOT = r"\b(plot|about|story|synopsis|summary|happens|premise|storyline)\b"
YESNO = r"^(is|was|were|does|did|do|has|had|are)\b"
#: "who co-wrote it with the director", "who produced it alongside its writer": the role after "with" names
#: the partner, whom the question does not ask for; the role asked is the verb's.
PARTNER_ROLE = (r"\b(with|alongside|and|besides|beside) (the|its|his|her|their) (co )?(director|directors|writer|writers|"
                r"screenwriter|screenwriters|producer|producers|editor|editors|composer|cinematographer)\b")
#: "for the role", "to play the part": what a deed was for, no question about who plays whom.
_FOR_THE_PART = r"\b(for|to play) (the|his|her|their|a) (role|part)\b"


def classify(q: str, *, has_actor: bool = False, has_character: bool = False, has_reviewer: bool = False,
             has_story: bool = False) -> str:
    """The intent family of normalised question text *q* (film name removed).

    *has_story*: the question names someone of the plot (a character the plot text names).

    Returns one of: duration, origin, critics_on, work_by, lyrics, score.rotten_tomatoes, score.metacritic, score.cinemascore, review, pay, event, modelled_on, narrator, installment,
    crew.<role>, keywords, award, money, filming, release, identity.<key>, casting, cast, plot, fallback.
    """
    for p in _CUES["lead_in"]:
        q = p.sub("", q)  # "according to A, where did B get it": the question opens at "where"
    if cue("content_rating", q) and not _has(SCORE_RT, q) and not _has(SCORE_MC, q):
        return "content_rating"  # "what was its mpaa rating": a board's certificate, never the critics' score
    if _has(SCORE_RT, q) or cue("critics_share", q):
        return "score.rotten_tomatoes"
    if _has(SCORE_MC, q):
        return "score.metacritic"
    if _has(SCORE_CS, q):
        return "score.cinemascore"
    if cue("other_score_site", q) and not has_reviewer:
        return "score.other"  # "its imdb rating": a site no fact holds, never another site's figure
    if cue("audience_score", q):
        return "score.audience"  # "the audience score": the poll the article gives, said as that poll
    if has_reviewer and _has(REVIEW, q):
        return "review"
    if _has(r"^(why|how come)\b", q):
        # a reason, which no fact card is ("why couldn't <director> direct it" is not who directed it)
        return "event" if has_character or has_story else "fallback"
    if cue("duration", q) and not has_character and not has_story:
        return "duration"  # "how long did A take to write the script": a span, never the credit
    if cue("origin", q) and not has_character and not has_story:
        return "origin"  # "where did the idea for it come from": the sentence telling how it started
    if cue("describe", q):
        return "keywords"  # "what words describe it": a few loose words, not one fact
    if _has(r"\b(what|which) (score|rating|grade|mark) did (the )?(critics|reviewers) give\b", q):
        return "score.critics"  # the critics at large: the aggregate, no one reviewer's rating
    if cue("rating", q):
        return "review"
    if cue("rights_deal", q):
        return "money"  # "how much did a channel pay for the tv rights": the deal's sentence, not a pay or a gross
    if cue("pay", q) and (has_actor or _has(r"\bhow much\b", q) or cue("pay_whose", q)):
        return "pay"
    if cue("costar", q) and has_actor and not has_character:
        return "costar"  # "who starred alongside A": the others billed, never A
    if cue("review_by_verdict", q):
        return "review_by_verdict"  # "who gave it a bad review": the reviews of that verdict, no score
    if cue("song_name", q):
        return "song_name"  # "whats the training song called": a song's quoted name, not a name in the story
    if cue("influenced_work", q):
        return "fallback"  # "which palme d'or winner based its hero on <character>": a later work, told in a sentence
    if cue("tie_in", q):
        return "fallback"  # "who released the soundtrack", "was it turned into a musical": another work, told in a sentence
    if cue("role_deed", q) or cue("role_object", q):
        return "fallback"  # "which screenwriter sued the studio", "who fired the director": a deed, never the credit
    if cue("on_set", q) and not _has(r"\b(where|when)\b", q):
        return "fallback"  # "how did A get hurt filming it": a mishap of the shoot, not the story
    if cue("span_away", q):
        return "duration"  # "how long was A off the set": a span a sentence gives, never the running time
    if cue("companion_short", q):
        return "fallback"  # "what short was shown before it": a sentence naming the short, not the release
    if cue("music_player", q):
        return "crew.composer"  # "who played harmonica on the theme": a musician the music's sentence names, no part
    if cue("narrator", q):
        return "narrator"  # "who narrates it": the voice telling the story, not the lead who lives it
    if cue("lyrics", q) and not _has(AWARD, q):
        return "lyrics"  # "who wrote the song lyrics": the lyricist a sentence names, not the composer or writer
    if cue("acronym", q):
        return "acronym"
    if cue("alt_title", q):
        return "identity.alt_title"
    if cue("ranking", q):
        return "fallback"  # "which director had it in his top ten": a list, no fact of the film  # before "what was X called", which asks for a name in the story
    if cue("restriction", q) and not _has(AWARD, q):
        return "fallback"  # "which countries banned it": the sentence that tells the ban, not its nationality
    if cue("occupation", q) and not cue("alias", q) and (has_actor or has_character or has_story or _has(
            r"\b(character|he|she|they|his|her|their|protagonist|hero|heroine)\b|\b(main|lead|leading|central) (guy|man|woman|girl|lady|person)s?\b", q)):
        return "occupation"  # "what job does <actor>'s character have": a sentence, not the character's name
    if cue("setting", q) and not _has(r"\b(filmed|shot|filming|shooting)\b", q):
        return "setting"  # "what year is it set": the story's time, not the film's year
    if cue("installment", q):
        return "installment"  # "is it a sequel": the sentence saying it is one, never one telling of its own sequel
    if cue("remake_of", q) and not _has(r"\b(was|is) there a remake\b|\bremade (as|in)\b", q):
        return "remake_of"
    if cue("stand_in", q):
        return "filming"  # "what house stood in for the manor": a filming place of the story's manor, not the story
    if cue("reveal", q) or cue("alias", q) or cue("kinship", q):
        # "who is <character> really", "what fake name does A use", "A is B's what": the story's reveal,
        # disguise or kinship, told by a sentence, not the cast card
        return "event"
    if (has_character or has_story) and (not has_actor or has_character) and _has(r"^(who|whom|what)\b", q) \
            and cue("modelled_on", q):
        # "who was <character> based on", "who did <actor> base <character> on": the person behind the
        # part, told in a sentence (the player is no answer)
        return "modelled_on"
    if cue("event", q) and not _has(AWARD, q) and not (has_actor and _has(r"\b(character|role|part)\b", q)):
        return "event"
    if review_aspect(q) or (critics_then(q) and not has_reviewer):
        return "critics_on"  # "what did critics say about the music": the sentence on that, not the overall score
    if _has(r"\bwhat did (the )?critics\b|\bcritical (reception|response)\b|\bhow (was|did) it (reviewed|received)\b|"
            r"\b(what|which) (score|rating|grade|mark) did (the )?(critics|reviewers) give\b|\bhow did (the )?(critics|reviewers) "
            r"(rate|score|grade)\b", q):
        return "score.critics"
    if cue("opinion", q):
        return "review"
    if cue("work_by", q) and not has_character and not has_story:
        return "work_by"  # "which studio did the animation": that work's hands, not the production company
    if _has(CINEMATOGRAPHER, q) and not _has(r"\bbest cinematography\b", q):  # an award's category
        return "crew.cinematographer"
    if cue("other_role", q) and not _has(MUSIC_DIRECTOR, q):
        return "other_role"  # "who was the costume designer": a name only a sentence may give the role
    if cue("other_director", q) and not _has(MUSIC_DIRECTOR, q):
        return "fallback"  # "who was the stunt director": another department's head, not who directed it
    if _has(r"^(when|what (year|date|month|day)|which (year|date|month))\b", q) and (
            _has(CAST, q) or _has(CASTING, q) or _has(JOINED, q)):
        # "when was <actor> cast", "when did <director> sign on to direct it": a date the sentence that tells
        # the casting or the hiring gives, not who plays whom or who directed
        return "fallback"
    # (never "where is <character> from originally": the story's place, no one in the running; nor "who does
    # <character> see instead of B": someone of the story in another's place, with no actor nor part named)
    casting_q = q if has_actor or _has(CAST, q) else _compiled(r"\binstead of\b").sub(" ", q)
    if _has(CASTING, casting_q) and (_has(CAST, q) or has_character or _has(r"\b(part|parts)\b", q)
                             or (has_actor and _has(r"^who(m)?\b", q))) and not _has(r"^where\b", q) and not (
            # "what did <character> invent that <other character> turned down": a thing of the story,
            # not who was in the running (a casting answer names people)
            _has(r"^what\b", q) and not _has(CAST, q) and not _has(r"\b(part|parts)\b", q)):
        return "casting"  # "who did they want instead of <actor>": who else was in the running
    if cue("debut", q) and (has_actor or _has(r"\b(her|his|their)\b", q)):
        return "debut"  # "was it <actor>'s first film": a sentence about that person, not the premiere
    if _has(r"^(who|which character|which actor) (is|was|s|are|were|played|plays|portrayed) (the )?(main |real |big )?"
            r"(villain|villains|antagonist|bad guy|bad guys)\b", q):
        return "villain"
    if _has(r"^who (is|was|s|are|were) (the )?(hero|heroine|heroines|protagonist|female lead|male lead|lead actress|"
            r"lead actor|leading (man|lady))\b", q):
        return "cast"  # the lead roles as billed
    if cue("replacement", q):
        return "replacement"  # "who took over directing from X": X's successor, never X
    if _has(r"\bhow many (theaters|theatres|screens|cinemas|prints|venues|locations|halls|multiplexes)\b", q):
        return "release"  # a count of screens, whatever verb is used ("open in", "play on", "was it in")
    if _has(r"^(was|is|were|did)\b.*\b(flop|flopped|bomb|bombed|hit|success|successful|failure|profitable|"
            r"make (any )?money|make a profit|turn a profit|do well)\b", q) and not _has(AWARD, q) \
            and not _has(r"\b(biggest|highest|largest|top|most|best|first)\b", q):  # a ranking is no verdict
        return "money"  # "was it a flop": the box office as the article judges it
    if not _has(r"^(when|where|what (date|day|month|year|time)|which (date|day|month|year))\b", q) and (
            _has(r"\bopening (numbers?|figures?|gross|takings)\b", q) or (_has(r"\bopening in\b", q) and territory(q))):
        return "money"  # "its opening in the uk", "opening numbers": the opening's takings, not a date
    if _has(r"\bhow much (\w+ )?(time|days?|weeks?|months?|years?|footage|of the film|of it)\b", q):
        return "fallback"  # "how much spare time did she have", "how much was cut": no money asked
    if _has(AWARD, q) and not _has(MONEY_STRONG, q) \
            and not _has(r"^who (plays|played|portrays|portrayed|voices|voiced)\b", q):  # "who played <a part named like an award>"
        return "award"
    if (has_character or has_story) and (_has(MONEY_WEAK, q) or _has(MONEY_STRONG, q)) and not _has(BOX_OFFICE, q):
        # "how much does <character> sell his tune for", "how much does <character> earn at the mill": a sum
        # in the story, not the box office
        return "event"
    if _has(MONEY_STRONG, q) or _has(MONEY_WEAK, q):
        return "money"
    if _has(FILMING, q) and (has_character or has_story) and _has(r"^(what|whats|which|who)\b", q) \
            and not _has(r"\b(where|when|location|locations|scenes?|sequences?)\b", q):
        return "event"  # "what's the best thing <character> ever filmed": the story's camera, not the shoot
    if _has(FILMING, q) and not _has(r"^who\b", q):
        return "filming"
    if _has(MUSIC_DIRECTOR, q):
        return "crew.composer"  # a "music director" is the composer (Indian films), not the director
    if cue("story_writing", q):
        return "event" if has_character or has_story else "fallback"  # "who wrote the note": the story's, no credit
    if _has(r"^(who|which|name)\b", q) or _has(r"\b(by whom|who (was|were|is) the)\b", q):
        if cue("composer_opens", q):
            return "crew.composer"  # "who composed the music <player> hums": the player is in a clause
        if _has(r"\b(wrote|write|writes|written|writer|composed|did|does|made|created) (the |its |all the )?(music|score|songs?|soundtrack|background score)\b|"
                r"\b(music|score|songs?|soundtrack) (was |were )?(written|writer|composed)\b", q) and not has_actor:
            return "crew.composer"  # "who wrote the music": the composer, not the screenwriter
        if _has(r"^who (made|created)( it| this| the (film|movie|picture))?$", q):
            return "crew.director"  # "who made <title>": its director, as a lead says "a film by A"
        if _has(r"^(which|what) (\w+ )?(studio|company|companies|banner|production house|production company)\b", q) \
                and not _has(DISTRIBUTOR, q):
            # "which studio produced it": a company, not its producers ("which company distributed it" asks
            # for the distributor)
            return "crew.production_company"
        if cue("plays_a_crew_part", q):
            return "cast"  # "who played the director of the heist": a part, whatever its trade
        asked = _compiled(PARTNER_ROLE).sub(" ", q)  # the partner's role is no role asked
        for role, pat in (("director", DIRECTOR), ("writer", WRITER), ("producer", PRODUCER), ("editor", EDITOR),
                          ("composer", COMPOSER), ("distributor", DISTRIBUTOR), ("production_company", STUDIO)):
            if _has(pat, asked) and not (role == "composer" and has_actor):
                return f"crew.{role}"
    if (_has(RELEASE, q) and not _has(PERSON_COMES_OUT, q) and not cue("story_comes_out", q)) \
            or _has(SHOWN_FIRST, q):
        return "release"
    if asked_language(q):
        return "identity.language"  # "is it in norwegian"
    if _has(RUNTIME, q) and cue("planned_release", q):
        return "fallback"  # "how long was it originally supposed to be": a plan a sentence tells, not its runtime
    for key, pat in (("runtime", RUNTIME), ("language", LANGUAGE), ("country", COUNTRY), ("genre", GENRE),
                     ("based_on", BASED_ON), ("year", YEAR)):
        if _has(pat, q):
            if key == "language" and _has(r"\b(dub|dubs|dubbed|dubbing|subtitled|subtitles|subbed)\b", q):
                return "fallback"  # "what languages was it dubbed into": its versions a sentence tells, not its own
            if key in ("country", "language") and (has_character or has_story) and not has_actor \
                    and _has(r"\b(from|speak|speaks|spoke|speaking|live|lives|lived|born|come)\b", q):
                return "event"  # "what country is <character> from": the story's, not the film's nationality
            return f"identity.{key}"
    if has_character and not has_actor and not _has(CAST, q) and _has(r"^(what|whats|where|which|how|why)\b", q):
        return "event"  # "where does <character> run off to", "which college does <character> attend": the story
    if has_character and not has_actor and (
            (not _has(CAST, q) and (_has(r"^(who|whom|whose)\b", q) or _has(YESNO, q))
             and not _has(r"^(who|whom|whose) (is|was|s|are|were)\b", q))
            or _has(r"^(who|whom) (does|did|do|will) .+ (play|plays|played|face|faces|faced)\b", q)):
        # "who does <character> strangle", "whose bullet hits <character>", "does <character> beat B": a
        # deed in the story (only "who is <character>" asks for the player); "who does <character> play"
        # asks an opponent, since a character plays no part
        return "event"
    if _has(YESNO, q) and not _has(CAST, q):
        # "did A direct it", "was it written by B": yes or no about a credit, whoever A is (an actor too)
        for role, pat in (("director", DIRECTOR), ("writer", WRITER), ("producer", PRODUCER), ("editor", EDITOR),
                          ("composer", r"\b(compose|composed|scored|score|music)\b")):
            if _has(pat, q):
                return f"crew.{role}"
    if has_actor and not has_character and not _has(CAST, re.sub(_FOR_THE_PART, " ", q)) \
            and _has(r"^(what|whats|which|why|how|when|where)\b", q):
        # "why did <actor> leave", "what did <actor> do to her hair (for the role)": a sentence, not a part
        return "fallback"
    if has_actor or has_character or _has(CAST, q) or _has(r"^(is|was|are|were) (?!it\b|there\b|this\b).+ in( it| the (film|movie))?$", q):
        return "cast"
    for role, pat in (("director", DIRECTOR), ("writer", WRITER), ("producer", PRODUCER), ("editor", EDITOR)):
        if _has(pat, q):
            return f"crew.{role}"
    if _has(PLOT, q):
        return "plot"
    return "fallback"


_LANGUAGES = frozenset(load("question")["languages"])
#: "what did critics say about the <aspect>": the aspect asked, after the critics' verb.
_CRITICS_ON = re.compile(r"\b(critics|critic|reviewers|reviewer|reviews)\b (\w+ )?(say|said|think|thought|write|wrote|feel|felt|"
                         r"react|reacted|like|liked|make) (about|of|on|to) (the |his |her |its |their )?(?P<aspect>\w+)")
_NOT_AN_ASPECT = frozenset(load("ask_words")["intent"]["not_an_aspect"])
#: "what did critics say at the time", "on its release", "in 1950": the reviews of then, not today's aggregate.
CRITICS_THEN = (r"\b(critics|critic|reviewers|reviews|reviewed|received)\b.*\b(at the time|on (its )?(first )?release|"
                r"upon (its )?release|originally|initially|contemporary|back then|when it (came out|was released|opened)|"
                r"in (19|20)\d\d)\b|\b(contemporary|original|initial) (critics|reviews|reviewers|reception)\b")


def review_aspect(q: str) -> str:
    """The part of the film a critics question asks about ("the acting", "the music", a player's name),
    or '' when it asks about the whole film."""
    m = _CRITICS_ON.search(q)
    return m.group("aspect") if m and m.group("aspect") not in _NOT_AN_ASPECT else ""


def critics_then(q: str) -> bool:
    """Does *q* ask what critics said when the film came out ("at the time", "in 1950")?"""
    return _has(CRITICS_THEN, q)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ASKED_LANGUAGE_RX1 = re.compile(r"^(is|was) (it |the (film|movie) )?(\w+ )*?(in|shot in|filmed in|made in) (?P<lang>\w+)( language)?$")


_LANG_ALT = "|".join(sorted((re.escape(w) for w in _LANGUAGES), key=len, reverse=True))
#: A version of the film named by its language: "the hindi version", "the telugu dub", "its tamil release",
#: "released in hindi", "dubbed into english".
_LANGUAGE_VERSION_RX = re.compile(
    rf"\b(?P<a>{_LANG_ALT})(?: language)? (?:dubbed |dub |dubs )?(?:version|versions|dub|dubs|dubbed|release|cut|print)\b|"
    rf"\b(?:releas\w*|dubbed|dub|out|come|came|opened|open) (?:in|into) (?P<b>{_LANG_ALT})\b")


def language_version(q: str) -> str | None:
    """The language of the version of the film a release or box-office question names ("when did the hindi
    version come out" -> "hindi"), if any: a figure or a date of another version answers nothing asked."""
    m = _LANGUAGE_VERSION_RX.search(q)
    return (m.group("a") or m.group("b")) if m else None


def asked_language(q: str) -> str | None:
    """The language a yes/no question asks the film to be in ("is it in norwegian"), if any."""
    m = _ASKED_LANGUAGE_RX1.match(q)
    return m.group("lang") if m and m.group("lang") in _LANGUAGES else None


def _first_cue(q: str, cues: str, group: str) -> str:
    """The named *group* of the first pattern of intents.toml's *cues* that *q* matches, or ''."""
    for p in _CUES[cues]:
        m = p.search(q)
        if m:
            return m.group(group)
    return ""


def work_asked(q: str) -> str:
    """The department's work a question asks whose hands did ("animation", "visual effects"), or ''."""
    return _first_cue(q, "work_by", "work")


def other_role(q: str) -> str:
    """The crew role a question asks for that no fact card holds ("costume designer"), or ''."""
    return _first_cue(q, "other_role", "role")


def yesno_part(q: str) -> str:
    """The part a yes or no question asks a player to have ("is the narrator voiced by A": "narrator"), or ''
    (vocab/intents.toml [yesno_part])."""
    return _first_cue(q, "yesno_part", "part")


def money_asked(q: str) -> bool:
    """Does *q* use a word of the box office ("gross", "how much did ... make")?"""
    return _has(MONEY_STRONG, q) or _has(MONEY_WEAK, q)


def partner_role(q: str) -> str:
    """The crew role a question names as the partner of the one asked ("with the director": director), or ''."""
    m = _compiled(PARTNER_ROLE).search(q)
    if not m:
        return ""
    word = m.group(4).rstrip("s")
    return "writer" if word == "screenwriter" else word


def verdict_asked(q: str) -> str:
    """The verdict word of "who gave it a bad review" (vocab/intents.toml [review_by_verdict]), '' if none."""
    m = next((m for p in _CUES["review_by_verdict"] if (m := p.search(q))), None)
    return m.group("v") if m else ""


def played_instrument(q: str) -> str:
    """The instrument of "who played harmonica on the theme" (vocab/intents.toml [music_player]), '' if none."""
    m = next((m for p in _CUES["music_player"] if (m := p.search(q))), None)
    return m.group("inst") if m else ""


def is_yesno(q: str) -> bool:
    return _has(YESNO, q)


def money_kind(q: str) -> str:
    """Which figure: budget, rentals, opening weekend, domestic, international, home media or worldwide."""
    if _has(r"\b(profit|profits|profitable|loss|losses|lose|lost money|break even|flop|flopped|bomb|bombed|hit|"
            r"success|successful|failure|make (any )?money|made (any )?money|(did|do|does) (well|poorly|badly|good business|much business))\b", q):
        return "profit"
    if _has(r"\b(budget|cost|costs|costed|to make|production cost)\b", q) and not _has(r"\b(make|made|earn|gross)\w* (worldwide|back)\b", q):
        return "budget"
    if _has(r"\b(rentals?|rental income|distributor s share)\b", q):
        return "rentals"  # what the distributor took back, never the box office gross
    if _has(r"\bopening (weekend|day|week)\b|\bfirst (weekend|week|day)\b|\bdebut weekend\b|\bopened\b|\bopen to\b|"
            r"\bopening (in|numbers?|figures?|gross|takings)\b", q):
        return "opening_weekend"
    if _has(r"\b(dvd|blu ray|home media|home video|video sales|vhs)\b", q):
        return "home_media"
    if _has(r"\binternationally\b|\b(outside|beyond|excluding|except|other than|besides) (of )?(the )?(domestic|north america|"
            r"us|united states|america)\b", q):
        return "international"  # "make internationally, outside the domestic market": not the domestic figure
    if _has(r"\b(domestic|domestically|north america|north american|us and canada|united states|in the us|in america|stateside|"
            r"the (us|american) box office)\b", q):
        return "domestic"
    if _has(r"\b(international|overseas|abroad|outside|foreign|other territories|other countries)\b", q):
        return "international"
    return "worldwide"


def without_excluded_showing(q: str) -> tuple[str, bool]:
    """*q* with a showing it sets aside cut out ("not the festival premiere"), and whether one was."""
    cut = q
    for p in _CUES["release_excluded"]:
        cut = p.sub(" ", cut)
    return " ".join(cut.split()), cut != q


def release_kind(q: str) -> str:
    if _has(r"\b(re ?releas\w*|reissu\w*|re ?issued)\b", q):
        return "rerelease"
    if _has(r"\b(tv|television|telecast|broadcast|aired|air)\b", q):
        return "television"
    if _has(r"\bpremiere\w*\b|\bdebut\w*\b|\bfestival\b|\bfirst (screen\w*|shown|showing|show)\b|\bpreview\w*\b", q):
        return "premiere"
    if _has(r"\b(dvd|blu ray|home media|home video|vhs|streaming|stream|netflix|amazon|prime video|hulu|disney plus|"
            r"on demand|digital release|digitally|4k|uhd|ultra hd|laserdisc)\b", q):
        return "home_media"
    return "release"


def wants_place(q: str) -> bool:
    return _has(r"^where\b|\bwhere\b|\b(which|what) (\w+ ){0,2}(city|country|festival|place|location|theater|theatre|"
                r"cinema|venue)\b", q)


def wants_date(q: str) -> bool:
    return _has(r"^when\b|\bwhat (date|year|month|day)\b|\bwhich (date|year)\b", q)


_MONEY_VOCAB = load("money")
_TERRITORY_ALIASES = {"uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
                      "england": "United Kingdom", "uae": "United Arab Emirates", "korea": "South Korea",
                      # a release "in the us" (a gross there is the domestic figure, see money_kind)
                      "us": "United States", "u.s": "United States", "usa": "United States", "u.s.a": "United States",
                      "america": "United States", "united states": "United States"}
_TERRITORIES = {t.lower(): _TERRITORY_ALIASES.get(t.lower(), t) for t in _MONEY_VOCAB["territory"]["countries"]}
_TERRITORIES.update(_TERRITORY_ALIASES)
_TERRITORIES.update({k.lower(): v for k, v in load("question")["money_regions"].items()})
_TERRITORY_ALT = "|".join(sorted((re.escape(t) for t in _TERRITORIES), key=len, reverse=True))
#: "make in japan", "from the uk", and "at the us box office", "the japanese box office": a market named
_TERRITORY_RX = re.compile(rf"\b(?:in|from|for)\s+(?:the\s+)?({_TERRITORY_ALT})\b|"
                           rf"\bthe\s+({_TERRITORY_ALT})\s+(?:box office|market|box-office)\b", re.IGNORECASE)


def territory(question: str) -> str | None:
    """The one country or market a money question asks about ("make in japan" → Japan), if any."""
    m = _TERRITORY_RX.search(question)
    if m:
        return _TERRITORIES[(m.group(1) or m.group(2)).lower()]
    m = _MARKET_ADJECTIVE_RX.search(question)
    return _ADJECTIVES[m.group(1).lower()] if m else None


_ADJECTIVES = {k.lower(): v for k, v in _MONEY_VOCAB["territory"]["adjectives"].items()}
_ADJECTIVES.setdefault("american", "United States")  # a gross there is "domestic"; a release is a territory's
#: "the japanese box office": a market named by its adjective
_MARKET_ADJECTIVE_RX = re.compile(r"\bthe\s+(" + "|".join(sorted(map(re.escape, _ADJECTIVES), key=len, reverse=True))
                                  + r")\s+(?:box office|box-office|market)\b", re.IGNORECASE)


def country_adjectives() -> list[str]:
    """The nationality adjectives a sentence may give a film's country by ("a joint Ruritanian and Other
    production"), from vocab/money.toml."""
    return sorted(_ADJECTIVES, key=len, reverse=True)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_HOME_TERRITORIES_RX1 = re.compile(r"[-/,]|\band\b")


def home_territories(country_values: list[str]) -> set[str]:
    """The territories a film's own country adjectives ("Indian", "American-British") name."""
    out = set()
    for v in country_values:
        for part in _HOME_TERRITORIES_RX1.split(v):
            t = _ADJECTIVES.get(part.strip().lower()) or _TERRITORIES.get(part.strip().lower())
            if t:
                out.add(t)
    return out


def territory_version(q: str) -> tuple[str, str] | None:
    """A cut of the film named by its market ("the us cut", "the american version", "the japanese edit"):
    (the words typed, the territory), or None."""
    m = _TERRITORY_VERSION_RX.search(q)
    if not m:
        return None
    word = m.group("t").lower()
    place = _TERRITORIES.get(word) or _ADJECTIVES.get(word)
    return (m.group(0), place) if place else None


def territory_forms(territory: str) -> list[str]:
    """Every form a sentence may name *territory* by ("the United States", "US", "America")."""
    return [territory] + [a for a, t in _TERRITORIES.items() if t == territory and len(a) > 3]


def territory_named_in(text: str, territory: str) -> bool:
    """Does *text* name *territory* in any of its forms ("the U.S.", "America" for the United States)?"""
    forms = [territory] + [a for a, t in _TERRITORIES.items() if t == territory]
    # "US", "UK" only in capitals: "told us" names no country; nor does a currency ("US$6 million", "U.S. dollars")
    return any(re.search(rf"(?<![\w.]){re.escape(f.upper() if len(f) <= 3 else f)}(?![\w])(?!\s*\$|\s*dollars?\b)", text,
                         0 if len(f) <= 3 else re.IGNORECASE) for f in forms)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_CANON_PLACE_RX1 = re.compile(r"^the ")


def _canon_place(place: str) -> str:
    p = _CANON_PLACE_RX1.sub("", " ".join(place.lower().replace(".", " ").split()))
    return _TERRITORIES.get(p, _TERRITORIES.get(p.replace(" ", "."), _TERRITORIES.get(p.replace(" ", ""), p))).lower()


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_SAME_TERRITORY_RX1 = re.compile(r"\band\b|,|&")


def same_territory(region: str, place: str) -> bool:
    r = region.strip().lower()
    if not r or not place.strip():
        return False  # no place stated is no match
    if _canon_place(region) == _canon_place(place):
        return True
    # "Japan and Europe" is no figure for Europe alone (nor "the US and Canada" one for the US)
    return place.lower() in r and not _SAME_TERRITORY_RX1.search(r)


#: "the us cut", "the american version": a version of the film named by the market it was cut for.
_TERRITORY_VERSION_RX = re.compile(
    r"\b(?P<t>" + "|".join(sorted((re.escape(t) for t in {*_TERRITORIES, *_ADJECTIVES}), key=len, reverse=True))
    + r") (?:theatrical )?(?:cut|version|edit|print|release)\b")
