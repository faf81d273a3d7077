"""Word lists that tell the kind of a capitalised word: titles, the heads of organisation and
place names, speech verbs, pronouns, given names. All lower-case; written for this project.

Kept as plain space-separated strings so a reader can scan (and extend) them at a glance.
"""
from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that come before a person's name and are not part of it ("Secretary of State John
# Kerry", "U.S. Air Force Gen. Philip Breedlove", "Defense Minister Jean-Yves Le Drian").
CORE_TITLES = _words("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady messrs messrs. mme
president vice prime minister ministers secretary secretary-general chancellor premier
governor gov gov. senator sen sen. representative rep rep. congressman congresswoman
assemblyman assemblywoman councilman councilwoman councillor councilor alderman mayor
judge justice magistrate attorney prosecutor lawyer counsel sheriff inspector detective
officer constable commissioner superintendent supt supt.
general gen gen. lieutenant lt lt. colonel col col. major maj maj. captain capt capt.
sergeant sgt sgt. corporal cpl cpl. private pvt pvt. admiral adm adm. commander cmdr cmdr.
brigadier marshal chief mp mep
king queen prince princess emperor empress duke duchess crown sultan emir sheikh shaikh
pope cardinal archbishop bishop reverend rev rev. father pastor rabbi imam ayatollah mullah
ambassador envoy consul diplomat delegate
chairman chairwoman chairperson chair ceo cfo coo cto founder co-founder director
spokesman spokeswoman spokesperson executive head leader deputy acting interim former
speaker whip coach manager striker goalkeeper midfielder defender quarterback insider
analyst dean provost professor doctor nurse anchor correspondent reporter editor columnist
st st. saint ex dl qb wr rb lb cb
""")
# Words of a portfolio: part of a title only beside a core title ("Defense Secretary",
# "Secretary of State"), else ordinary name words ("Health Protection Scotland").
DEPARTMENTS = _words("""
foreign defense defence interior finance home health economy trade justice state affairs
education energy environment agriculture treasury labor labour transport culture commerce
homeland security veterans housing development communications press
""")
TITLES = CORE_TITLES | DEPARTMENTS

# Abbreviations whose full stop belongs to the word (not the end of a sentence).
ABBREVIATIONS = _words("""
mr mrs ms dr prof sen rep gov gen lt col maj capt sgt cpl pvt adm cmdr supt rev st mt ft
jr sr co corp inc ltd bros messrs mme no vs
""")

# Name suffixes: part of the full name, never a surname ("Henry M. Paulson Jr.").
NAME_SUFFIXES = _words("jr jr. sr sr. ii iii iv")

# The last word of an organisation's name ("Interior Ministry", "Walt Disney Co.").
ORG_HEADS = _words("""
ministry department agency office bureau service services administration authority
commission committee council board assembly parliament congress senate legislature
cabinet government court tribunal police army navy corps force forces guard command
party front movement alliance coalition union league federation association society
organisation organization institute institution foundation fund trust center centre
bank reserve exchange group holdings partners capital management investments securities
company co co. corp corp. corporation inc inc. ltd ltd. llc plc ag sa gmbh bros bros. brothers
industries enterprises technologies systems airlines airways motors media studios
network networks channel news times post journal herald tribune telegraph gazette daily observer
chronicle press wire television tv radio broadcasting records entertainment pictures
university college school academy hospital infirmary clinic
church ministries mission brigade brigades regiment battalion division
team club fc united forum
petroleum oil energy electric images animation pharmaceuticals pharma foods insurance
resources mining steel telecom communications software labs laboratories brands logistics
solutions consulting ventures realty properties beauty
""")

# The last word of names that are not entities: laws, events, works, plans ("Community
# Reinvestment Act", "Davis Cup", "World Series").
THING_HEADS = _words("""
act acts bill law treaty accord accords agreement cup series final finals games olympics
championship championships open prize award awards war wars festival day week season
tour show campaign program programme plan project initiative amendment constitution index
summit conference crisis storm hurricane attack attacks revolution
""")
# The first word of names that are not entities ("Hurricane Hazel", "Operation Desert Storm").
THING_OPENERS = _words("hurricane typhoon cyclone storm operation tropical")

# Words that start an organisation's name when "of"/"for"/"on" follows ("Ministry of
# Defense", "Bank of America", "Centers for Disease Control").
ORG_OPENERS = ORG_HEADS | _words("""
house chamber secretariat centers centres friends church order
""")

# The last word of a place's name ("Heinz Field", "Indian Ocean", "Napa County").
LOCATION_HEADS = _words("""
street st. avenue ave ave. road boulevard blvd lane square plaza place bridge highway
county province region district state territory prefecture
ocean sea gulf bay strait river lake lakes island islands isle peninsula coast
mountain mountains mount hills valley desert canyon trench plain plateau basin delta
field stadium arena park airport port harbour harbor station prison palace
hotel suites tower towers building statehouse capitol
""")

# Common nouns that describe an organisation right before or after its name ("the games
# studio Lumen Forge", "Wyclef Jean's Yele Haiti charity", "its Helixa Pay system").
ORG_NOUNS = _words("""
company companies firm studio maker manufacturer group line charity bank lender insurer
party network channel broadcaster newspaper paper magazine tabloid website outlet agency
union association federation system service store app platform operator retailer carrier
airline fund foundation team club band brand label publisher startup start-up chain
conglomerate giant institute organisation organization movement alliance coalition
""")
# Common nouns that describe a place right before its name ("the towns of Kelby", "the
# capital, Korvesh").
PLACE_NOUNS = _words("""
town towns city cities village villages street road district region province county
neighbourhood neighborhood suburb river lake island state country capital area port square
""")

# Words that start a place's name ("Mount Everest", "Gulf of Mexico").
LOCATION_OPENERS = _words("mount mt. lake gulf bay cape isle port fort ft. sea strait river")

# Joining words allowed between capitalised words of one name: lower-case particles of
# personal and place names.
NAME_PARTICLES = _words("de du da del della der den van von la le al bin ibn am y di dos das")

# Words that connect the parts of an organisation's or a place's name.
NAME_CONNECTORS = _words("of for on and the &")

# Communication verbs that introduce reported speech (README of the gold data).
SPEECH_VERBS = _words("""
say says said tell tells told add adds added state states stated announce announces
announced confirm confirms confirmed deny denies denied insist insists insisted warn warns
warned argue argues argued claim claims claimed suggest suggests suggested indicate
indicates indicated hint hints hinted note notes noted explain explains explained
acknowledge acknowledges acknowledged admit admits admitted predict predicts predicted
caution cautions cautioned report reports reported estimate estimates estimated write
writes wrote tweet tweets tweeted testify testifies testified declare declares declared
assert asserts asserted contend contends contended stress stresses stressed emphasize
emphasizes emphasized emphasise emphasises emphasised reply replies replied respond
responds responded recall recalls recalled remark remarks remarked concede concedes
conceded complain complains complained agree agrees agreed disclose discloses disclosed
reveal reveals revealed allege alleges alleged repeat repeats repeated reiterate
reiterates reiterated ask asks asked allowed
""")
# Speech verbs that also take a noun phrase ("announced a new cabinet", "recalled a call",
# "reported 19 deaths"): they report a clause only with "that".
THAT_VERBS = _words("""
announce announces announced confirm confirms confirmed deny denies denied report reports
reported reveal reveals revealed disclose discloses disclosed recall recalls recalled
estimate estimates estimated repeat repeats repeated reiterate reiterates reiterated
remark remarks remarked declare declares declared state states stated claim claims
claimed stress stresses stressed emphasize emphasizes emphasized emphasise emphasises
emphasised acknowledge acknowledges acknowledged admit admits admitted predict predicts
predicted note notes noted allowed agree agrees agreed complain complains complained
concede concedes conceded allege alleges alleged
""")

# Of these, the ones that commonly end a quotation's attribution ('"...," Kerry told
# reporters'); wider than the indirect list because a direct quote needs no clause.
QUOTE_VERBS = SPEECH_VERBS | _words("""
continue continued continues shout shouted shouts yell yelled scream screamed whisper
whispered joke joked jokes
quip quipped quips laugh laughed sigh sighed cry cried exclaim exclaimed recount recounted
recounts boast boasted lament lamented muse mused mutter muttered read reads wrote
""")

# Verbs whose complement is a noun phrase or infinitive: never reported speech.
NOT_SPEECH_FOLLOWERS = _words("to for of about with by in on at")

PRONOUNS_MALE = _words("he him his himself")
PRONOUNS_FEMALE = _words("she her hers herself")
PRONOUNS_THING = _words("it its")

# Words for a speaker who is not named: the speaker is null.
UNNAMED = _words("""
official officials source sources analyst analysts expert experts observer observers
witness witnesses resident residents critic critics people person someone others activist
activists protester protesters protestors demonstrator demonstrators diplomat diplomats
researcher researchers scientist scientists economist economists aide aides lawmaker
lawmakers legislator legislators member members group groups organizers organisers
doctor doctors police authorities user users insider insiders investor investors
traders trader unions both sides many some one several neighbors neighbours relatives
family friends
""")

# Words that say someone speaks for an organisation ("a WeWork spokesperson").
SPOKES = _words("""
spokesman spokeswoman spokesperson spokespeople representative representatives statement
office officials official
""")

# Capitalised words that are never names, even mid-sentence.
NOT_NAMES = _words("""
i i'm i'd i'll i've ok okay god
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct
oct. nov nov. dec dec.
christmas easter ramadan eid thanksgiving halloween passover hanukkah
christian christians christianity muslim muslims islam islamic jewish jews judaism
catholic catholics protestant hindu hindus buddhist sikh
english spanish arabic mandarin latin
internet web covid-19 covid aids hiv ebola sars
pm a.m. p.m. am ceo cfo coo gdp ipo gmt bst est edt pst pdt cet utc et
""")

# Common words that start or end names of things, not of people ("Dining Room", "Trading
# Nation", "World Series"): a run holding one is no personal name without other proof.
COMMON_CAPS = _words("""
world national international global united royal grand great new old first central north
south east west upper lower star magic nature forest trading asset news room dining press
house box hall center centre city town village country state public private free open
american british european african asian pacific atlantic golden silver black white red
blue green first second third last next big little high low super good best top prime
social digital media data energy power water food health care life home family school
college market markets money bank capital fund trust street road park river lake hill
valley island beach bay harbour harbor mountain field air sea land earth sun moon sky star
stars war peace freedom liberty justice law order security defense defence police army
fire light art arts music film show games sports team club league cup series video game
summit forum group project program campaign network system service services office
""")
