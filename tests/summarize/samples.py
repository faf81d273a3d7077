"""Small hand-written events for the summarize tests (invented text, no real reporting; import
as `summarize.samples`: pyproject puts tests/ on the path)."""
from helpers import make_article

QUAKE_WIRE = (
    "PORT-AU-PRINCE (AP) — A powerful earthquake struck Haiti on Tuesday, collapsing "
    "buildings across the capital and killing thousands of people, officials said.\n\n"
    "The quake of magnitude 7.0 hit 15 kilometres from Port-au-Prince in the late afternoon, "
    "the geological survey said.\n\n"
    "He said rescue teams were digging through the rubble with their hands.\n\n"
    "Photo: Survivors gather in a square (AP Photo/Jane Doe)\n\n"
    "The presidential palace and the cathedral were badly damaged, and hospitals in the "
    "capital were overwhelmed with injured people.\n\n"
    "Aid agencies appealed for medical supplies, clean water and heavy lifting equipment to "
    "reach survivors trapped under collapsed buildings."
)
QUAKE_OTHER = (
    "The earthquake that struck Haiti on Tuesday killed thousands of people in the capital "
    "Port-au-Prince, the government said on Wednesday.\n\n"
    "Rescue teams from the United States, France and China landed at the damaged airport on "
    "Wednesday with dogs and heavy lifting equipment.\n\n"
    "But the roads out of the airport were blocked by debris and aid was slow to arrive.\n\n"
    "The United Nations said many of its peacekeepers were missing after its headquarters "
    "in the capital collapsed during the earthquake."
)
QUAKE_THIRD = (
    "Survivors of the earthquake in Haiti spent a second night in the streets of "
    "Port-au-Prince on Wednesday as rescue teams searched the rubble for people trapped "
    "under collapsed buildings.\n\n"
    "The government said thousands of people had been killed and hospitals were "
    "overwhelmed.\n\n"
    "Click here to read more stories about Haiti."
)
UNRELATED = (
    "The city council voted on Monday to extend the opening hours of public libraries over "
    "the summer, the mayor's office said.\n\n"
    "Libraries will stay open until nine in the evening from June to August, and the budget "
    "for the change was approved by a large majority of councillors."
)


def quake_articles():
    """Three reports of one earthquake; the wire story comes twice (a copy, renamed)."""
    return [
        make_article("wire", QUAKE_WIRE, published="2010-01-13"),
        make_article("wire-copy", QUAKE_WIRE, published="2010-01-13"),
        make_article("other", QUAKE_OTHER, published="2010-01-14"),
        make_article("third", QUAKE_THIRD, published="2010-01-14"),
    ]
