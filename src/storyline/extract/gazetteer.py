"""Known names: countries (with their adjectives), regions, states, cities, and international
and well-known organisations, each with its canonical name.

`KNOWN` maps a surface form to (canonical name, kind); `DEMONYMS` maps an adjective of
nationality to its country ("Mexican officials said" speaks for Mexico). Compact on purpose:
the rules in names.py and entities.py classify what is not listed here.
"""
from __future__ import annotations

import re

# "Name: Adjective, Adjective" per country; the canonical name first. Alternative names of the
# country after "=" (they become aliases).
_COUNTRIES = """
Afghanistan: Afghan | Albania: Albanian | Algeria: Algerian | Angola: Angolan
Argentina: Argentine, Argentinian | Armenia: Armenian | Australia: Australian
Austria: Austrian | Azerbaijan: Azerbaijani | Bahrain: Bahraini | Bangladesh: Bangladeshi
Belarus: Belarusian | Belgium: Belgian | Bolivia: Bolivian | Bosnia: Bosnian
Brazil: Brazilian | Bulgaria: Bulgarian | Burma: Burmese | Cambodia: Cambodian
Cameroon: Cameroonian | Canada: Canadian | Chad: Chadian | Chile: Chilean | China: Chinese
Colombia: Colombian | Congo: Congolese | Croatia: Croatian | Cuba: Cuban | Cyprus: Cypriot
Czech Republic: Czech = Czechia | Denmark: Danish | Dominican Republic: Dominican
Ecuador: Ecuadorian | Egypt: Egyptian | Estonia: Estonian | Ethiopia: Ethiopian
Finland: Finnish | France: French | Georgia: Georgian | Germany: German | Ghana: Ghanaian
Greece: Greek | Guatemala: Guatemalan | Haiti: Haitian | Honduras: Honduran
Hungary: Hungarian | Iceland: Icelandic | India: Indian | Indonesia: Indonesian
Iran: Iranian | Iraq: Iraqi | Ireland: Irish | Israel: Israeli | Italy: Italian
Ivory Coast: Ivorian | Jamaica: Jamaican | Japan: Japanese | Jordan: Jordanian
Kazakhstan: Kazakh | Kenya: Kenyan | Kosovo: Kosovar | Kuwait: Kuwaiti | Kyrgyzstan: Kyrgyz
Laos: Lao, Laotian | Latvia: Latvian | Lebanon: Lebanese | Liberia: Liberian | Libya: Libyan
Lithuania: Lithuanian | Luxembourg: Luxembourgish | Malaysia: Malaysian | Mali: Malian
Malta: Maltese | Mexico: Mexican | Moldova: Moldovan | Mongolia: Mongolian
Montenegro: Montenegrin | Morocco: Moroccan | Mozambique: Mozambican | Myanmar: Myanmarese
Nepal: Nepalese, Nepali | Netherlands: Dutch = Holland | New Zealand: Kiwi
Nicaragua: Nicaraguan | Niger: Nigerien | Nigeria: Nigerian | North Korea: North Korean
North Macedonia: Macedonian = Macedonia | Norway: Norwegian | Oman: Omani
Pakistan: Pakistani | Panama: Panamanian | Paraguay: Paraguayan | Peru: Peruvian
Philippines: Filipino, Philippine | Poland: Polish | Portugal: Portuguese | Qatar: Qatari
Romania: Romanian | Russia: Russian = Russian Federation | Rwanda: Rwandan
Saudi Arabia: Saudi | Senegal: Senegalese | Serbia: Serbian, Serb | Singapore: Singaporean
Slovakia: Slovak | Slovenia: Slovenian, Slovene | Somalia: Somali | South Africa: South African
South Korea: South Korean, Korean | South Sudan: South Sudanese | Spain: Spanish, Spaniard
Sri Lanka: Sri Lankan | Sudan: Sudanese | Sweden: Swedish, Swede | Switzerland: Swiss
Syria: Syrian | Taiwan: Taiwanese | Tajikistan: Tajik | Tanzania: Tanzanian | Thailand: Thai
Tunisia: Tunisian | Turkey: Turkish, Turk | Turkmenistan: Turkmen | Uganda: Ugandan
Ukraine: Ukrainian | United Arab Emirates: Emirati = UAE, U.A.E.
United Kingdom: British, Briton = UK, U.K. | Britain: | England: English
Scotland: Scottish, Scot | Wales: Welsh | Northern Ireland: Northern Irish
United States: American = U.S., US, U.S.A., USA, America, United States of America
Uruguay: Uruguayan | Uzbekistan: Uzbek | Venezuela: Venezuelan | Vietnam: Vietnamese
Yemen: Yemeni | Zambia: Zambian | Zimbabwe: Zimbabwean | Palestine: Palestinian
Vatican: | Puerto Rico: Puerto Rican | Greenland: | Hong Kong: | Macau: | Tibet: Tibetan
"""

_REGIONS = """
Europe Asia Africa Antarctica Arctic Antarctic Middle East Latin America North America
South America Central America Caribbean Balkans Baltics Scandinavia Caucasus Sahel
Gulf Persian Gulf Mediterranean Atlantic Pacific Indian Ocean Black Sea Red Sea
Baltic Sea North Sea South China Sea Aegean Sea Caspian Sea Gaza Gaza Strip West Bank
Golan Heights Sinai Crimea Donbas Kashmir Kurdistan Darfur Siberia Xinjiang Chechnya
Silicon Valley Wall Street Capitol Hill Midwest New England Pacific Northwest
Bay Area Sierra Nevada Southern California Northern California Moon Earth Mars Jupiter
Venus Saturn Mercury Pluto Europa
"""

_US_STATES = """
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New Hampshire New Jersey
New Mexico New York North Carolina North Dakota Ohio Oklahoma Oregon Pennsylvania
Rhode Island South Carolina South Dakota Tennessee Texas Utah Vermont Virginia Washington
West Virginia Wisconsin Wyoming Ontario Quebec British Columbia Alberta Bavaria Catalonia
Queensland
"""

_CITIES = """
New York City | Los Angeles | Chicago | Houston | Phoenix | Philadelphia | San Antonio
San Diego | Dallas | San Jose | Austin | Jacksonville | San Francisco | Columbus | Seattle
Denver | Boston | Detroit | Nashville | Memphis | Portland | Las Vegas | Baltimore
Milwaukee | Albuquerque | Tucson | Sacramento | Atlanta | Miami | Oakland | Minneapolis
Cleveland | Pittsburgh | Cincinnati | St. Louis | Tampa | Orlando | New Orleans
Indianapolis | Kansas City | Charlotte | Raleigh | Richmond | Buffalo | Salt Lake City
Honolulu | Anchorage | Fort Worth | El Paso | Burbank | Hollywood | Brooklyn | Manhattan
Queens | Bronx | Harlem | Evansville | Sioux Falls | Toronto | Montreal | Vancouver
Ottawa | Mexico City | Havana | Caracas | Bogota | Lima | Santiago | Buenos Aires
Sao Paulo | Rio de Janeiro | Brasilia | Quito | La Paz | Port-au-Prince | Kingston
London | Manchester | Liverpool | Birmingham | Glasgow | Edinburgh | Belfast | Dublin
Cardiff | Paris | Marseille | Lyon | Berlin | Munich | Hamburg | Frankfurt | Cologne
Brussels | Amsterdam | The Hague | Rotterdam | Luxembourg | Geneva | Zurich | Bern
Vienna | Prague | Warsaw | Budapest | Bucharest | Sofia | Belgrade | Zagreb | Athens
Rome | Milan | Naples | Venice | Florence | Madrid | Barcelona | Lisbon | Copenhagen
Stockholm | Oslo | Helsinki | Reykjavik | Moscow | St. Petersburg | Kyiv | Kiev | Minsk
Riga | Vilnius | Tallinn | Ankara | Istanbul | Davos | Munich | Strasbourg | Salzburg
Cairo | Alexandria | Tripoli | Benghazi | Tunis | Algiers | Rabat | Casablanca | Khartoum
Addis Ababa | Nairobi | Mogadishu | Lagos | Abuja | Accra | Dakar | Kinshasa | Johannesburg
Cape Town | Pretoria | Harare | Kampala | Kigali | Luanda
Baghdad | Basra | Mosul | Fallujah | Ramadi | Tikrit | Kirkuk | Erbil | Damascus | Aleppo
Raqqa | Homs | Idlib | Beirut | Amman | Jerusalem | Tel Aviv | Riyadh | Jeddah | Mecca
Medina | Doha | Dubai | Abu Dhabi | Muscat | Sanaa | Aden | Tehran | Kabul | Kandahar
Islamabad | Karachi | Lahore | New Delhi | Delhi | Mumbai | Kolkata | Chennai | Bangalore
Dhaka | Kathmandu | Colombo | Beijing | Shanghai | Guangzhou | Shenzhen | Wuhan
Hong Kong | Taipei | Tokyo | Osaka | Seoul | Pyongyang | Manila | Jakarta | Bangkok
Hanoi | Ho Chi Minh City | Singapore | Kuala Lumpur | Yangon | Sydney | Melbourne
Brisbane | Perth | Canberra | Auckland | Wellington | Munich | Tbilisi | Baku | Yerevan
Astana | Tashkent | Washington, D.C. | Washington D.C.
"""

# "Canonical = alias, alias"; the organisations a news story names most.
_ORGANIZATIONS = """
United Nations = UN, U.N. | European Union = EU, E.U. | NATO = Nato
World Health Organization = WHO | International Monetary Fund = IMF | World Bank
World Trade Organization = WTO | OPEC | Interpol | Red Cross | Red Crescent
International Atomic Energy Agency = IAEA | UNICEF | UNESCO | UNHCR | African Union
Arab League | Security Council | European Commission | European Parliament
European Central Bank = ECB | G7 | G20 | ASEAN
Islamic State = ISIS, ISIL, IS, Daesh | al-Qaeda = al-Qaida, Al Qaeda, Al-Qaeda
Taliban | Hamas | Hezbollah | Muslim Brotherhood | Boko Haram | al-Shabab
White House | Pentagon | Kremlin | Congress | Senate | State Department
Federal Reserve = Fed | FBI | CIA | NSA | Department of Justice = Justice Department
Department of Homeland Security = DHS | Securities and Exchange Commission = SEC
Federal Aviation Administration = FAA | Supreme Court | Treasury | Downing Street
Democratic Party = Democrats | Republican Party = Republicans, GOP
Conservative Party = Conservatives, Tories | Labour Party = Labour
Liberal Democrats = Liberal Democrat, Lib Dems
Associated Press = AP | Reuters | Agence France-Presse = AFP | Bloomberg | BBC | CNN
Fox News | NBC | CBS | ABC | MSNBC | NPR | CNBC | ESPN | Al Jazeera | Xinhua
The New York Times = New York Times | The Washington Post = Washington Post
The Wall Street Journal = Wall Street Journal | The Guardian | The Times | The Hill
The Economist | Financial Times | USA Today | Politico | Axios
Twitter | Facebook | Google | Apple | Amazon | Microsoft | YouTube | Instagram | Netflix
Tesla | Uber | WhatsApp | Goldman Sachs | JPMorgan | Citigroup | Walmart | Boeing
NFL | NBA | MLB | NHL | FIFA | UEFA | IOC
"""

# Adjectives of places that are not countries, and of groups, which are never entities.
_ADJECTIVES = """
European Asian African Arab Arabian Western Eastern Northern Southern Latin Kurdish
Shiite Shia Sunni Alawite Jihadi Jihadist Islamist Democratic Republican Conservative
Liberal Socialist Communist Nazi Soviet Californian Texan Floridian Scandinavian Baltic
Pacific Atlantic Caribbean Persian Hispanic Asian-American African-American Sino
"""


def _pairs(block: str) -> list[str]:
    return [p.strip() for p in re.split(r"[|\n]", block) if p.strip()]


def _countries() -> tuple[dict[str, str], dict[str, str]]:
    names, demonyms = {}, {}
    for entry in _pairs(_COUNTRIES):
        head, _, rest = entry.partition(":")
        adjectives, _, others = rest.partition("=")
        names[head.strip()] = head.strip()
        for other in filter(None, (o.strip() for o in others.split(","))):
            names[other] = head.strip()
        for adjective in filter(None, (a.strip() for a in adjectives.split(","))):
            demonyms[adjective] = head.strip()
    return names, demonyms


def _multiword_list(block: str, known: set[str]) -> list[str]:
    """Split a block of space-separated names, joining words that form a known multi-word
    name first ("New York" before "New")."""
    words, names, i = block.split(), [], 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            candidate = " ".join(words[i:i + size])
            if size == 1 or candidate in known:
                names.append(candidate)
                i += size
                break
    return names


_MULTIWORD = {
    "Middle East", "Latin America", "North America", "South America", "Central America",
    "Persian Gulf", "Indian Ocean", "Black Sea", "Red Sea", "Baltic Sea", "North Sea",
    "South China Sea", "Aegean Sea", "Caspian Sea", "Gaza Strip", "West Bank", "Golan Heights",
    "Silicon Valley", "Wall Street", "Capitol Hill", "New England", "Pacific Northwest",
    "Bay Area", "Sierra Nevada", "Southern California", "Northern California",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "British Columbia",
}

COUNTRIES, DEMONYMS = _countries()
ADJECTIVES = frozenset(_ADJECTIVES.split()) | frozenset(DEMONYMS)


def _known() -> dict[str, tuple[str, str]]:
    known: dict[str, tuple[str, str]] = {}
    for name in (_multiword_list(_REGIONS, _MULTIWORD) + _multiword_list(_US_STATES, _MULTIWORD)
                 + _pairs(_CITIES)):
        known[name] = (name, "location")
    for surface, canonical in COUNTRIES.items():
        known[surface] = (canonical, "location")
    for entry in _pairs(_ORGANIZATIONS):
        head, _, others = entry.partition("=")
        known[head.strip()] = (head.strip(), "organization")
        for other in filter(None, (o.strip() for o in others.split(","))):
            known[other] = (head.strip(), "organization")
    return known


KNOWN = _known()
# Longest known name in words: how far a lookup needs to look ahead.
MAX_KNOWN_WORDS = max(len(name.split()) for name in KNOWN)
