"""Step 0, the grammar: how far each step of attribution looks (in words or characters), the tokeniser's
regexes and the per-language patterns (Turkish suffixes, gerunds, dropped subjects) that reading,
holders and stances share; the words themselves come from rules/actors.yml (actor_tables.py)."""

import regex

STANCE_PRIORITY = {"reject": 3, "agree": 2, "demand": 1}
# How far (in characters) the verb asked of an addressee may stand after the demand ("urged the Kremlin to accept").
ADDRESSEE_GAP = 40
# How many words may stand between a subject and its verb ("Russia has so far refused").
SUBJECT_GAP = 4
# ... and how many when the subject opens its clause and a phrase stands between ("la Russia durante i colloqui ha respinto")
SUBJECT_FAR = 8
# words of whom a reporting verb tells, and where, before its complementizer ("told his hosts in Ankara that")
REPORTED_ADDRESSEE_WORDS = 6
ADDRESSEE_WORDS_AFTER_VERB = 4  # the words of an addressee right after a reporting verb ('told European colleagues')
# words of the lead of a cited source that opens a reported clause ("that, according to Umerov, Russia ...")
REPORTED_SOURCE_LEAD = 3
REPORTED_TIME_WORDS = 3  # words of a time phrase between a reporting verb and its complementizer ("announced on Monday that")
# How many words may stand between a refusal verb and the agreement it refuses ("se negó por ahora a aceptar").
REFUSAL_REACH = 5
# How many words may stand between a subject that names no party and the acceptance it negates ("if neither side accepts",
# "si ninguna de las partes acepta en las próximas semanas").
NO_PARTY_WORDS = 4
# How many words a denied report's content may run before the acceptance it reports (`report_openers`: "denied the
# report published by Izvestia, according to which Moscow had agreed").
REPORT_REACH = 24
# an agree cue that only judges a measure acceptable, with no subject of its own (en, es): "would be acceptable"
ACCEPTABLE = regex.compile(r"^(?:acceptable|aceptable)$", regex.IGNORECASE)
ASKED_TO = {"to", "a", "ad", "à", "de", "d", "di", "zu"}  # "urged delegates to agree", "esortato le parti ad accettare"
INFINITIVE_MARKERS = {"para", "per", "pour", "um"}  # besides the prepositions: "para acordar", "pour accepter"
# How far (in characters) a position noun may stand after the verb whose object it is ("rejected Ukraine's
# proposal", "voiced concern about the plan").
NOUN_OBJECT_GAP = 45
TOKEN_RE = regex.compile(r"\w+'?|[^\w\s]", regex.UNICODE)
# a Turkish case ending after a name's apostrophe ("Vatikan'ın", "Trump'a")
TR_CASE_ENDING = regex.compile(r"'\w+\b", regex.UNICODE)
CLOSING_QUOTE_RE = regex.compile(r'["”»“]')  # where a quoted content ends
# German: a zu-infinitive of a separable verb ("einzuhalten", "auszutauschen", "einzufrieren")
GERMAN_ZU_INFINITIVE = regex.compile(r"(?:ab|an|auf|aus|bei|durch|ein|fest|frei|her|hin|mit|nach|still|um|vor|weg|wieder|zurück|zusammen|zu)zu\w+n", regex.IGNORECASE)
WORD_RE = regex.compile(r"\w+")  # compiled once: regex.match(pattern, ...) looks its cache up on every call
COMMA_WORD_RE = regex.compile(r",\s*(\w+)")  # a comma and the word after it: ", che chiede", ", which demands"
# after a closing speaker: its reporting verb (a word or two) and the gerund after the comma (", Fidan said, adding")
SPEAKER_GERUND_RE = regex.compile(r"\s+(?:\w+\s+){0,1}\w+,\s+(\w+)\b")
# after a reporting verb: up to eight words ("told lawmakers in the Verkhovna Rada"), a comma, a gerund and its
# complementizer (", adding that", ", añadiendo que", with the Slavic comma before it: ", добавив, что"): the clause
# the speaker adds
ADDED_CLAUSE_RE = regex.compile(r"(?:\s+[\w'’-]+){0,8}?,\s+(\w+),?\s+(\w+)\b")
# right after a gerund that reports: its complementizer, with the Slavic comma before it (", добавив | , что")
GERUND_THAT_RE = regex.compile(r",?\s+(\w+)\b")
# the text between a noun's owner and a cue that ends in a comma and one word: "il memorandum russo, che | chiede"
COMMA_ONLY_RE = regex.compile(r"^[^,.;]*,\s*$")  # up to a comma and nothing after it
ONE_WORD_AFTER_COMMA_RE = regex.compile(r"^[^,.;]*,\s*(\w+)\s+$")
TR_GENITIVE = regex.compile(r"'(?:n?[ıiuü]n)$", regex.IGNORECASE)
TR_COMMON_GENITIVE = regex.compile(r"(?:[ae]f|l[ae]r|[ae]t|ke)(?:[ıiuü]n|n[ıiuü]n)$", regex.IGNORECASE)  # "tarafın", "tarafların", "heyetin", "ülkenin"
# the verb of a nominalised complement clause, in the accusative: "önerdiğini", "katılmayacağını" (not the
# relative "yol açtığı savaş")
TR_COMPLEMENT = regex.compile(r"(?:[dt][ıiuü]ğ[ıiuü]|[ae]c[ae]ğ[ıiuü]|(?:[dt][ıiuü]k|[ae]c[ae]k)l[ae]r[ıi])n[ıiuü]$",
                              regex.IGNORECASE)  # also plural: "kabul ettiklerini"
# the same clause as the subject of a passive reporting verb: "olumlu baktığı belirtildi", "kabul ettikleri ortaya çıktı"
TR_REPORTED_SUBJECT = regex.compile(r"(?:[dt][ıiuü]ğ[ıiuü]|[ae]c[ae]ğ[ıiuü]|(?:[dt][ıiuü]k|[ae]c[ae]k)l[ae]r[ıi])$",
                                    regex.IGNORECASE)
TR_PASSIVE_REPORT = regex.compile(r"^(?:belirtildi|bildirildi|açıklandı|kaydedildi|vurgulandı|duyuruldu|aktarıldı|ortaya)$",
                                  regex.IGNORECASE)
TR_PLURAL_PARTICIPLE = regex.compile(r"kl[ae]r[ıi](?:n[ıiuü])?$", regex.IGNORECASE)  # "ettiklerini": a plural subject
TR_PLURAL_GENITIVE = regex.compile(r"l[ae]r[ıi]n$", regex.IGNORECASE)  # "tarafların", "Rusların"
# a Turkish verb in the conditional: "(kabul) ederse", "olurlarsa", "etmezse", "anlaşırsa", "ettiyse"
TR_CONDITIONAL = regex.compile(r"\w(?:r|z)(?:l[ae]r)?s[ae]$|d[ıiuü]ys[ae]$", regex.IGNORECASE)
TR_OWN_VERBAL_NOUN = regex.compile(r"\w{2}m[ae]s[ıi](?:n[ıi]|n[ae]|nd[ae]n|nd[ae])?$", regex.IGNORECASE)  # "etmesi", "vazgeçmesinde": its own subject
# a relative participle ("öngören plan", "isteyen taraf", "reddeden", "(talep) eden"): it modifies the noun after it
TR_RELATIVE_PARTICIPLE = regex.compile(r"(?:[^\W\d_dtk]|ed)[ae]n$", regex.IGNORECASE)
# after "X tarafından": a statement X made ("yapılan ortak açıklamada"): X only reports what it says
TR_STATEMENT_MADE = regex.compile(r"^\s*(?:yapılan|yayımlanan|yayınlanan|yapılmış)\s+(?:\S+\s+){0,2}?(?:açıklama|bildiri|duyuru)\w*",
                                  regex.IGNORECASE)
# Turkish: "in case": a verbal noun in -mAsI before one of these is the verb of a condition ("reddetmesi halinde")
TR_IN_CASE = {"halinde", "durumunda", "takdirde"}
TR_SINE_QUA_NON = regex.compile(r"^olmazsa olmaz", regex.IGNORECASE)  # "anlaşmanın olmazsa olmazıdır": a condition
# How many words a list that a privative opens may run to its later item ("without X of Y and Z").
PRIVATIVE_LIST_WORDS = 12
TR_PRIVATIVE_CONVERB = regex.compile(r"\w{2,}m[ae]d[ae]n$", regex.IGNORECASE)  # "sağlanmadan", "imzalanmadan": without (X) being done
TR_UNLESS = regex.compile(r"\wm[ae]d[ıi]kç[ae]$", regex.IGNORECASE)  # "çekmedikçe": unless, not until (a privative)
# "çekilmediği sürece": as long as ... not, not until (a privative); the participle, then one of TR_AS_LONG_AS
TR_NEGATED_PARTICIPLE = regex.compile(r"\wm[ae]d[ıi]ğ[ıi]$", regex.IGNORECASE)
TR_AS_LONG_AS = {"sürece", "müddetçe"}
# "kabul edene kadar": until; the participle in -(y)en/-(y)an, then one of TR_UNTIL
TR_UNTIL_PARTICIPLE = regex.compile(r"\w{2,}[ae]n[ae]$", regex.IGNORECASE)
TR_UNTIL = {"kadar", "dek", "değin"}
# an object between "X için" and its verb ("güvenlik garantilerini"): the accusative; not the adverbs of TR_ADVERBS
TR_OBJECT_NOUN = regex.compile(r"\w{3,}(?:[ıiuü]|n[ıiuü])$", regex.IGNORECASE)
TR_ADVERBS = {"dahi", "bile", "asla", "hiçbir", "gerçekten", "kesinlikle", "tamamen", "şimdi", "artık", "hâlâ", "yeni"}
# focus particles between a verb and the subject after it ("підтримав лише Київ", "поддержал только Киев")
# "Die Ukraine akzeptierte, Russland dagegen nicht": adverbs that may stand between an elliptic clause's name and its negation
ELLIPSIS_ADVERBS = {"dagegen", "hingegen", "jedoch", "aber", "allerdings", "natomiast", "zaś", "jednak", "jednakże"}
# the infinitive of ru, uk, pl ("отказаться", "відмовитися", "zrzec", "zrezygnować"): a coordinated one after a demand verb
# is a second item of what is demanded, no finite verb of the holder's own
SLAVIC_INFINITIVE = {"ru": regex.compile(r"\w{2,}(?:ть|ться|ти|тись|чь)$", regex.IGNORECASE),
                     "uk": regex.compile(r"\w{2,}(?:ти|тися|тись|ть)$", regex.IGNORECASE),
                     "pl": regex.compile(r"\w{2,}(?:ć|c)$", regex.IGNORECASE)}
# verbs that call on another to do something ("призвал партнеров принять", "закликав союзників ухвалити"): the bare
# infinitive after them and their addressee is what is asked
SLAVIC_CALL = {"ru": regex.compile(r"(?:при|по)?(?:зва|зыва|проси|прос|убеди|убежда|угов)\w*$", regex.IGNORECASE),
               "uk": regex.compile(r"(?:за)?(?:клика|клик|проси|прос|переконува|переконал|переконую|переконує|переконат|переконав|вмовля|умовля|умови|схиля)\w*$", regex.IGNORECASE),
               "pl": regex.compile(r"(?:wzywa|wezwa|zaapelowa|apelowa|prosi|poprosi|namawia|namówi|nakłania|nakłoni|przekonuj|przekonywa|przekona)\w*$", regex.IGNORECASE)}
FOCUS_PARTICLES = {"лише", "тільки", "навіть", "лишь", "только", "даже", "tylko", "jedynie", "nawet", "także", "również", "też"}
TR_UNLESS_REACH = 6  # tokens after a name within which its clause's "unless" verb may close it
# a converb in "-(y)ken" ("reddederken", "isterken"): "while", the verb of a clause of its own
_TR_WHILE_STEM = r"\w{2,}(?:[aeıiuü]r|[ae]z|yor|m[ıi]ş|[ae]c[ae]k)ken"
TR_WHILE = regex.compile(_TR_WHILE_STEM + r"$", regex.IGNORECASE)
# a "-(y)ken" converb before a comma, the next subject's noun phrase after it ("talebini yinelerken, Rus heyetinin
# başındaki Vladimir Medinski ...")
TR_WHILE_COMMA = regex.compile(_TR_WHILE_STEM + r"(?=\s*,)", regex.IGNORECASE)
# a reporting verb as that converb ("açıklarken", "söylerken", "ifade ederken"): it reports the clause before it
TR_REPORTING_CONVERB = regex.compile(r"(?:açıkla|söyle|belirt|bildir|duyur|vurgula|yinele|tekrarla|kayded|savun|hatırlat|ifade ed|dile getir)\w*ken$",
                                     regex.IGNORECASE)
TR_CONDITION_WORDS = 3  # Turkish: words before a postposed condition ("güçlü güvenlik garantileri karşılığında")
TR_RESTRICTED_REACH = 12  # r35A: words back from a postposed condition to a restricting word that opens it ("yalnızca ... halinde")
TR_TOO = {"da", "de"}  # "Rusya da ...": the particle after a subject at the head of its verb-final clause
# a negated finite verb right after a demand cue: "(talep) etmedi", "etmiyor", "etmeyecek", "etmez"
TR_NEGATED_VERB = regex.compile(r"^\w+m(?:[ae]d[ıi]\w*|[ıi]yor\w*|[ae]y[ae]c[ae]k\w*|[ae]z(?:l[ae]r)?)$", regex.IGNORECASE)
# Turkish: the end of an opening adverbial clause of time ("Kiev ateşkesi kabul ettikten sonra ..."), whose subject is
# its own
# a Turkish converb in -(y)ArAk or -(y)Ip with a stance ("reddederek", "nitelendirip"): its clause ends there, the
# subject's next verb opens the next ("talebini reddederek ... önerdi")
TR_CONVERB = regex.compile(r"\w{3,}(?:[ae]r[ae]k|[dty][ıiuü]p)$", regex.IGNORECASE)
TR_AFTER_CLAUSE = regex.compile(r"\b\w+(?:d|t)[ıiuü]kt[ae]n\s+sonra\b", regex.IGNORECASE)
TR_NEGATED = regex.compile(r"m[ae](?:y[ae]c[ae]ğ|d[ıi]ğ)", regex.IGNORECASE)  # "imzalamayacağını", "etmediğini"
TR_PARTICIPLE = regex.compile(r"(?:d|t)[ıiuü]ğ", regex.IGNORECASE)
# a Turkish verbal noun, the content of the verb after it: "çekilmesini (talep etti)", "vazgeçmeyi"
TR_VERBAL_NOUN = regex.compile(r"^\w*m[ae](?:s[ıi](?:n[ıi]|n[ae]|nd[ae]n)?|y[ıi]|k)$", regex.IGNORECASE)
# a subject pronoun may follow an opening of at most this many tokens and a comma ("Specifically, they ...")
PRONOUN_OPENING = 3
CLOSING_CHARS = 120  # the end of a sentence where such a verb is looked for
CLOSING_TAIL = 6  # words after the reporting verb that closes a quote ("– powiedział na konferencji prasowej w Stambule")
OBLIGATION_AHEAD = 30  # characters after an obligation cue its pattern may look at ("має (повністю) припинити")
# r34A: characters between an acceptance or a readiness and the condition it is given on ("bereit, die Vermögenswerte
# freizugeben – allerdings nur, wenn ...")
ACCEPTANCE_GAP = 100
# r34A: words around an agree cue within which a restricting word ("only", "лишь", "yalnızca") makes it a partial acceptance
RESTRICTED_WORDS_BEFORE = 2  # "solo aceptó", "would only agree"
RESTRICTED_WORDS_BEFORE_TR = 6  # Turkish, the object between: "yalnızca aşamalı takasları kabul etti"
RESTRICTED_WORDS_AFTER = 3  # "agreed only to", "zgodziła się na razie jedynie"
ONLY_IF_GAP = 60  # characters between an agree cue and the condition that restricts it ("only if")
LASTING_GAP = 60  # characters between a refused acceptance and the clause it lasts while ("mientras Occidente siga ...")
FRONTED_PRIVATIVE_WORDS = 24  # tokens back from a refusal to the privative that opens a fronted condition ("without X, including Y, Kyiv will not sign")
ROLE_GAP = 4  # words between a role ("guarantors", "als Schutzstaaten") and the list of parties that fill it
# Turkish: characters between the agree cue and the exchange word after it ("kabul etmeleri karşılığında")
EXCHANGE_GAP = 12
OWNED_NEAR = 60  # characters between an owner and the position noun it owns, at most
LEFT_OUT_GAP = 40  # characters between a document's noun and the verb that leaves a measure out of it, at most
TR_OWNED_GAP = 5  # Turkish: modifiers between a genitive owner and its position noun ("30 günlük koşulsuz ateşkes")
# Turkish: a bare verbal noun (short infinitive) that closes a demand's content before its noun ("sınırlama talebi")
TR_BARE_VERBAL_NOUN = regex.compile(r"^\w{2,}m[ae]$", regex.IGNORECASE)
TR_POSSESSED = regex.compile(r"s?[ıiuü](?:n[ıiuü]|n[ae]|nd[ae]n|nd[ae]|n[ıiuü]n)?$", regex.IGNORECASE)
TR_NOUN_GENITIVE = regex.compile(r"n[ıiuü]n$", regex.IGNORECASE)
# Turkish: a future participle that closes the content of a position noun after it ("finanse edilecek bir fon talebi")
TR_FUTURE_PARTICIPLE = regex.compile(r"\w{3,}(?:ecek|acak)$", regex.IGNORECASE)
# a common noun's genitive after a consonant ("seferberliğin", "halkın"), the subject of the verbal noun right after it;
# not the postposition "için"
TR_CONSONANT_GENITIVE = regex.compile(r"^(?!için$)\w{3,}[bcçdfgğhjklmnprsştvyz][ıiuü]n$", regex.IGNORECASE)
TR_NAME_GENITIVE = regex.compile(r"'n?[ıiuü]n$", regex.IGNORECASE)  # a name's genitive: "Rusya'nın", "Kiev'in"
TR_POSSESSIVE_GENITIVE = regex.compile(r"[ıiuü]n[ıiuü]n$")  # "askerlerinin", "ordusunun": possessive + genitive
TR_POSSESSIVE_DATIVE = regex.compile(r"\w{3,}[ıiuü]n[ae]$", regex.IGNORECASE)  # "tarafına", "heyetine": possessive + dative
TR_POSSESSIVE_OBLIQUE = regex.compile(r"\w{3,}[ıiuü]n(?:[ae]|d[ae]|d[ae]n|[ıiuü])$")  # "topraklarına", "ordusunu": possessive + case
TR_POSSESSED_ACCUSATIVE = regex.compile(r"\w{2,}[ıiuü]?(?:s[ıiuü]|[ıiuü])n[ıiuü]$", regex.IGNORECASE)  # "kısmını", "yarısını": a possessed object
# possessed nouns that act as postpositions after a name, which keeps its own part: "Moskova tarafından" (the agent),
# "Rusya ile Ukrayna arasında", "Ukrayna adına" (on behalf of), "Rusya hakkında"
TR_POSTPOSITION_NOUNS = {"tarafından", "tarafına", "tarafında", "arasında", "arasındaki", "hakkında", "yerine", "adına",
                         "karşısında", "konusunda", "yönünde", "üzerinde", "açısından", "nezdinde", "içinde", "dışında",
                         "önünde", "sayesinde", "aracılığıyla", "lehine", "aleyhine"}
# a gerund or adverbial participle ("dismissing", "respingendo", "rechazando", "rejetant", "відкинувши", "odrzucając")
GERUNDS = {lang: regex.compile(p) for lang, p in {
    "en": r"\w{3}ing$", "it": r"\w{2}(?:ando|endo)$", "es": r"\w{2}(?:ando|iendo)$", "fr": r"\w{3}ant$",
    "ru": r"\w{3}(?:вшись|вши|в)$", "uk": r"\w{3}(?:вшись|вши)$", "pl": r"\w{3}ąc$"}.items()}
# the past of a verb, by its ending (pl, ru, uk)
_PAST_ENDINGS = {"pl": r"\w{3}(?:ł|ła|li|ły|ło)$", "ru": r"\w{3}(?:л|ла|ли|ло)(?:ся|сь)?$", "uk": r"\w{3}(?:в|ла|ли|ло)(?:ся|сь)?$"}
# the third person past of a verb whose subject a pro-drop language leaves out ("zażądał", "потребовала", "закликали")
DROPPED_PAST = {lang: regex.compile(p) for lang, p in {
    **_PAST_ENDINGS, "pl": _PAST_ENDINGS["pl"] + r"|\w{3}(?:a|e|ą)$",
    "es": r"\w{3}(?:ó|aron|ieron)$|^(?:dijo|dijeron|propuso|propusieron|pidió|pidieron|insistió|insistieron)$"}.items()}
# a participle opening a clause about the noun before its comma ("план, предусматривающий ...", "план, який
# передбачає" has a relative word): the noun's content, as a relative clause
NOUN_PARTICIPLE = {lang: regex.compile(p) for lang, p in {
    "ru": r"^\w{3,}(?:ющ|ящ|ащ|ущ|вш)(?:ий|ая|ее|ие|его|ей|ую|им|ими|их)(?:ся)?$", "uk": r"^\w{3,}(?:юч|ач|яч)(?:ий|а|е|і|ого|ої|у|ими|их)$"}.items()}


def names_a_door(door_nouns: set, span: str) -> bool:
    """Whether `span` (an evaluation's own words) holds a `door_nouns` word: an idiom of openness ("the door remains
    open to Ukraine", "drzwi Sojuszu pozostają otwarte") that no party named beside it holds."""
    return any(w.lower() in door_nouns for w in WORD_RE.findall(span))


def is_noun_participle(lang: str, word: str) -> bool:
    """ru, uk: whether `word` is a participle that may open a clause about the noun before its comma (NOUN_PARTICIPLE)."""
    participle = NOUN_PARTICIPLE.get(lang)
    return participle is not None and participle.search(word.lower()) is not None


# the past of a verb, no adjective: a word between a party noun and a party adjective that ends the noun's
# phrase ("делегация отвергла украинский план": the adjective is the plan's, not the delegation's)
PAST_VERB = {lang: regex.compile(p) for lang, p in _PAST_ENDINGS.items()}
HYPHENS = ("-", "‑", "‐")
# Turkish: a finite verb in the third person that closes a sentence ("istedi", "söyledi", "ısrar ediyor",
# "reddedecek", "vurguladılar"), no participle or verbal noun; and the passive that has no subject to drop
# ("kabul edildi", "imzalandı", "vurgulandı")
# Turkish: a postposition that closes the content of a position noun after it ("... yönündeki talebine")
TR_CONTENT_MARKERS = {"yönündeki", "konusundaki", "hakkındaki", "ilişkin", "dair", "yönelik"}
TR_CONTENT_REACH = 8
TR_REPORT_CONTENT = {"yönündeki", "şeklindeki"}  # "razı olduğu yönündeki haberler": what a report says a party did
LIGHT_VERBS = ("et", "ed", "ol", "yap", "bulun")  # Turkish: the light verb after a cue ("ısrar ediyor")
TR_ET = ("et", "ed")  # Turkish: forms of etmek after a cue noun, the verb of a participle ("kabul ettiği", "ilan edeceği")
# Turkish: the light verbs after a cue noun that carry a nominalised clause's participle: etmek, and those of a
# condition set or counted ("şart koştuğunu", "ön koşulu saydığını"); not "olduğunu", which follows predicates
# ("kabul edilemez olduğunu") as often as cue nouns
TR_PARTICIPLE_LIGHT = TR_ET + ("koş", "say")
# ... and "olduğunu" after a predicate of the subject's own consent or readiness ("razı olduğunu", "hazır olduğunu")
TR_CONSENT_PREDICATES = ("razı", "hazır", "istekli", "karşı")
TR_FINITE_VERB = regex.compile(r"(?:[dt][ıiuü]|[ıiuü]?yor|[ae]c[ae]k|m[ıiuü]ş)(?:l[ae]r)?$", regex.IGNORECASE)
TR_PASSIVE_VERB = regex.compile(r"(?:[ıiuü]l|[ae]n)(?:[dt][ıiuü]|[ıiuü]yor|[ae]c[ae]k|m[ıiuü]ş)(?:l[ae]r)?$",
                                regex.IGNORECASE)
QUOTES = {"'", '"', "‘", "’", "“", "”", "«", "»"}
# German: the reportive modal that, like an auxiliary, opens a bracket the participle closes ("Washington soll Kiew
# gedrängt haben"): the name before it is the subject, the one after it the object
REPORTIVE_MODALS = {"soll", "sollen", "solle"}
# "instead" after a holder's first verb: the coordinated verb that carries it offers an alternative on the same issue
# ("lehnte ... ab und schlug stattdessen vor", "chiedendo invece", "propose plutôt"); how far after that verb it may stand
INSTEAD_RE = regex.compile(r"\b(?:instead|stattdessen|vielmehr|invece|piuttosto|plutôt|à la place|au lieu de cela|en cambio|en su lugar"
                           r"|вместо этого|взамен|натомість|замість цього|zamiast tego)\b",
                           regex.IGNORECASE)
INSTEAD_AFTER = 20
# a refusal to give up or to limit one's own demand insists on it ("non rinuncerà mai alla richiesta", "ne renoncera pas à
# ses exigences", "werde nicht auf seine Forderung verzichten", "n'acceptera aucune limitation de ses exigences")
GIVING_UP_RE = regex.compile(r"\b(?:rinunc|renonc|verzicht|abandon|renounc|give up|giving up|limitation|limitazion|begrenz)\w*",
                             regex.IGNORECASE)
GIVING_UP_REACH = 40  # characters between the refusal's end and the demand noun it keeps
AGREED_OBLIGATION_GAP = 2  # r35E: words between an agreeing verb and the party its clause obliges ('agreed that Russia must')
# ... the nouns of a demand made (not an aim: "ne renoncera pas à son objectif d'adhérer à l'Otan" turns neutrality down)
DEMAND_MADE_RE = regex.compile(r"^(?:richiest|pretes|rivendicazion|exigence|demande|revendication|Forderung|Bedingung|"
                               r"condizion|condition|demand|request|claim)\w*$", regex.IGNORECASE)

# Turkish: a personal name after a title, up to the subject's comma: one to three capitalised words with no case
# ending ("Duma Başkanı Vyaçeslav Volodin,")
TR_TITLED_NAME = regex.compile(r"(?:\s+(?-i:\p{Lu})[\w.-]*(?!['’\w])){1,3},", regex.UNICODE)

# words between a reporting verb and the first cue of its reported clause when that clause has no subject of its
# own ("warned that it would", "advirtió de que")
REPORTED_OWN_GAP = 4

# a verb of insistence, which may report what its subject holds a measure to be ("insisted that ... would be theft")
INSIST_VERB = regex.compile(r"^insist", regex.IGNORECASE)

# a name at most this many words after a proviso's opener ("subject to approval by Moscow"), within so many characters,
# is the party whose consent the position waits for
PROVISO_WORDS = 4
PROVISO_REACH = 50
# r35B: the most words between a reporting verb and a rejection whose subject, naming no party, is the measure judged
# ("warned that any seizure of its frozen assets would be treated as theft"): the verdict is the reporter's
REPORTED_VERDICT_GAP = 12
