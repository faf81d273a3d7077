"""Common given names, by the gender they usually mark: evidence that a capitalised run is a
person ("Myles Garrett" needs none; "Pixar Animation" has none) and whom "he" or "she" can
mean. Written for this project from names frequent in English-language news; not exhaustive.
"""
from __future__ import annotations

MALE = frozenset("""
aaron abdul abdullah abu adam adel adrian ahmad ahmed ajay alan albert alberto alejandro
alex alexander alexei alexis alfred ali alistair allen amir anders andre andreas andrei
andrew andrey andy angel angelo anthony antonio ari arnold arthur ash ashton barack barry
ben benjamin benon bernard bernie bill billy bob bobby boris brad bradley brendan brett
brian bruce bryan cam carl carlos cesar charles charlie chris christian christopher chuck
clarence claude clint colin cory craig cristian dale damian dan daniel danny darren dave
david dean dennis derek diego dmitry dominic don donald doug douglas drew duncan dwayne
ed eddie edgar edward eli elijah emmanuel emmannuel eric erik ernest ethan eugene evan
fabio faisal felipe feliciano felix fernando francesco francis francisco frank
fred frederick gabriel gael gareth gary gavin george gerald gerard gilbert giovanni glenn
gordon graham greg gregory guido gustavo guy hamid hans harold harry hassan hector henry
herbert hosni howard hugh hugo hunter ian ibrahim igor isaac ivan jack jacob jake james
jamie jan jared jason javier jeff jeffrey jens jeremy jerome jerry jesse jesus jim jimmy
joe joel johan john johnny jon jonathan jordan jorge jose joseph josh joshua juan julian
justin kamal karim karl keith ken kenneth kevin khaled kim kirk kurt kyle lamar larry
laurent lawrence lee leo leon leonard leonardo lewis liam lionel lloyd louis luca lucas
luis luke malcolm manuel marc marcel marcelo marco marcus mario mark martin mason matt
matthew maurice max michael michel miguel mike mikhail mitch mitt mohamed mohammad
mohammed muhammad myles nathan neil nelson nicholas nick nicolas nigel noah norman novak
oleg oliver omar oscar owen pablo patrick paul pedro peter phil philip philippe pierre
rafael ralph ramon randy ray raymond reilly richard rick ricky rob robert roberto robin
rodrigo roger roland ron ronald ross roy rudy russell ryan sam samuel scott sean sergei
sergey seth shane sheldon simon stan stanley stefan stephen steve steven stuart tariq
taylor ted terry thomas tim timothy todd tom tommy tony travis trey tyler victor vincent
vladimir volodymyr walter warren wayne wei wesley will william xavier yasser yuri zach
zachary
""".replace("", "").split())

FEMALE = frozenset("""
abigail ada adriana agnes aisha alexandra alexandria alice alicia alison amanda amber amy
ana andrea angela angelina angie anita ann anna anne annie april ashley audrey barbara
beatrice becky belinda betty beverly brenda bridget brittany camila candace carla carmen
carol caroline carolyn catherine cathy charlotte chelsea cheryl christina christine
claire clara claudia colleen connie cynthia daisy dana danielle deborah debra denise diana
diane donna doris dorothy edith eileen elaine eleanor elena elisabeth elizabeth ella ellen
emily emma erica erin esther eva evelyn fatima fiona florence frances gabriela gail gina
gloria grace hannah harriet heather heidi helen hillary holly ingrid irene isabel
isabella jacqueline jane janet janice jeanine jennifer jessica jill joan joanna jocelyn
josephine joy joyce judith judy julia julie justine karen kate katherine kathleen kathy
katie kay kelly kimberly kirsten kristi kristin laura lauren leah leslie letitia lily
linda lisa liz lori lorraine louise lucy lynn madeleine maria marie marina marion marjorie
martha mary marybel maya megan melania melanie melissa michele michelle mildred miriam
molly monica nadia nancy naomi natalie natasha nicola nicole nina nora olga olivia pamela
patricia paula pauline peggy penny phyllis priscilla rachel rebecca regina rita roberta
rosa rose ruth sabine sally samantha sandra sarah sharon sheila shirley silvia sofia sonia
sonya sophia sophie stacey stephanie susan suzanne sylvia tamara tammy teresa theresa
tiffany tina tracy ursula valerie vanessa vera veronica victoria virginia wendy yvonne
yulia zoe
""".split())

GIVEN = MALE | FEMALE


def gender_of_given(name: str) -> str | None:
    """'m' or 'f' by the first word of a full name, None when unknown or both."""
    first = name.split()[0].lower() if name.split() else ""
    if first in MALE and first not in FEMALE:
        return "m"
    if first in FEMALE and first not in MALE:
        return "f"
    return None
