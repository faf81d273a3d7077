"""Common given (first) names, by the gender they usually mark: evidence that a capitalised run
is a person ("Kelia Losa Reinoso" is one, "Book A Call" is not), and whom "he" or "she" can
mean ("Gokul Raman ... he").

`MALE` and `FEMALE` hold names usually given to men or to women; `NEUTRAL` holds names used for
both, or whose usual gender in the news is not clear ("jean", "kai", "tendai", "ji-min"); the
three are disjoint and `GIVEN` is their union. Entries are lower case, as a word is looked up
with `.lower()`; the usual spelling with accents (NFC) stands beside its plain-letter form when
English-language news writes both ("josé", "jose"); compound names keep their hyphen
("jean-luc", "min-jun").

Written for this project from knowledge of names frequent in news and on the web worldwide, not
copied from a list or fetched, and not exhaustive: English-speaking countries, Spanish,
Portuguese and Latin American, French, German, Dutch, Nordic, Italian, Greek, Slavic, Baltic,
Hungarian, Romanian, Caucasian and Central Asian, Turkish, Arabic, Persian, Hebrew, South Asian,
Chinese, Japanese, Korean, South-East Asian and African names.

Deliberately left out, because a capitalised word that is a given name makes "X Y" look like a
person, and a wrong person costs as much as a missed one:
- names that are mostly ordinary words when capitalised in headlines and menus: "will", "may",
  "hope", "grace", "rose", "mark", "bill", "guy", "chase", "page", "price", "king", "young",
  "summer", "sky", "edit", "line", "even", "odd", "till"... ("jack", "frank" and "dean" stay:
  in news they are overwhelmingly names);
- names that are mostly places, companies, products, clubs or peoples in English-language news:
  "georgia", "israel", "paris", "sydney", "austin", "madison", "carolina", "milan", "morgan"
  (Morgan Stanley), "mercedes", "alexa", "yara", "lotte", "sora", "padma" (the Padma awards),
  "selma", "thais"...; titles and religious names: "sultan", "sheikh", "raja", "krishna"...;
- names of one or two letters ("al", "ed", "jo"), and single romanised Chinese, Korean or
  Vietnamese syllables, which are mostly surnames or words ("li", "wang", "wei", "xi", "ming",
  "hong", "min", "jun", "long", "son"): only distinctive two-syllable given names are here
  ("xiaoming", "jianguo", "meiling");
- a few names seen in news mostly as the second half of a compound given name ("luc", "yves",
  "noël", "baptiste", "hugues", "bertrand", "laurence", "uwe"): the extract stage cuts a
  hyphenated word before a known given name, so "Jean-Luc Mélenchon" would lose its "Jean-".
"""
from __future__ import annotations


def _names(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


MALE = _names(  # usually men's names
    # English-speaking countries
    """aaron abe abraham adam adrian aidan aiden alan alasdair alastair albert alec alex alexander
    alfie alfred alistair allan allen alvin ambrose andrew andy angus anthony antony archibald
    archie arnold arthur ashton barack barnaby barney barry ben benedict benjamin bennie benny
    bernard bernie bert bertie billy blaine bobby brad bradley brandon brendan brent brett brian
    bruce bryan bryce byron caleb callum calvin cam cameron carl carlton cecil cedric charles
    charlie chris christian christopher chuck clarence claude clement clifford clint clive cody
    cole colin connor conor conrad corey cory craig curtis cyril dale damian damien dan daniel
    danny darrell darren darryl dave david dean declan dennis denzel derek derrick desmond
    dexter dominic don donald donovan doug douglas drew duncan dustin dwayne dwight dylan eamon
    eamonn eddie edgar edmund edward edwin eli elijah elliot elliott elon elvis emmett ernest
    errol ethan eugene evan ezekiel ezra felix fergus finn floyd forrest francis frank frankie
    fred freddie freddy frederick gabriel gareth garrett gary gavin geoff geoffrey george gerald
    gerard gerry gilbert giles glenn gordon graeme graham greg gregory gus hakeem hank harold
    harry harvey hector henry herbert herman howard hubert hugh humphrey ian isaac isaiah ivan
    jack jacob jake jamal james jamie jared jarrod jason jeff jeffrey jeremiah jeremy jerome
    jerry jesse jim jimmy joe joel joey john johnnie johnny jon jonah jonathan jonny jordan
    joseph josh joshua josiah jude julian justin kanye karl kash keanu keir keith kelvin ken
    kendrick kenneth kenny kevin kian kieran kim kirk kurt kyle lance larry lawrence lee
    leighton leo leon leonard leroy lester levi lewis liam lionel lloyd logan louie louis lucas
    luke luther lyndon malcolm marcus martin marvin mason matt matthew maurice max maxwell
    melvin micah michael mick mickey mike mitch mitchell mitt monty murray myles nate nathan
    nathaniel ned neil nelson neville nicholas nick nigel noah norman oliver ollie oscar oswald
    owen patrick paul percy perry pete peter phil philip phillip rahm ralph randall randy ray
    raymond reggie reginald reilly reuben rex richard richie rick ricky rob robbie robert robin
    rodney roger roland ron ronald ronnie rory ross roy rudy rufus rupert russ russell ryan sam
    sammy samuel scott sean sebastian seth shane shaun shawn sheldon silas simon solomon spencer
    stan stanley stephen steve steven stewart stuart taylor ted teddy terence terrance terrence
    terry theo theodore thomas tim timothy toby todd tom tommy tony travis trevor trey tristan
    troy tyler vernon victor vince vincent walt walter warren wayne wendell wes wesley wilbur
    wilfred william willie winston woody wyatt zac zach zachary zack""",
    # United States: common in sports and public life
    """brayden colton deandre demarcus deshaun devin dewayne draymond dwyane giannis grayson jabari
    jace jaden jalen jaxon jayden jaylen jermaine jerrell kareem kawhi kyrie lamar landon lebron
    marquise odell rashad saquon shaquille terrell trae tua tyreek tyrese""",
    # Irish, Scottish, Welsh
    """aled cathal cian ciaran cillian colm conall cormac dafydd darragh diarmuid donal enda eoghan
    eoin euan ewan fergal fintan geraint gethin gregor gruffydd hamish huw iain ieuan lachlan
    lorcan micheal micheál niall oisin oisín owain padraig pádraig paschal rhodri rhys roderic
    ronan ruairi seamus séamus tadhg""",
    # Spanish, Catalan, Basque, Latin American
    """abel adolfo agustin agustín aitor alberto alejandro alfonso alfredo alonso alvaro álvaro
    andres andrés angel ángel anibal aníbal armando arnau arturo asier augusto aurelio benito
    bernardo borja camilo carles carlos cayetano cesar césar cristian cristobal cristóbal dario
    darío diego domingo eduardo efrain efraín eladio elias elías emiliano emilio enrique ernesto
    esteban eugenio evo ezequiel facundo federico feliciano felipe fermin fermín fernando fidel
    francisco gaspar genaro gerardo germán gilberto gonzalo gorka gregorio guillermo gustavo
    héctor hernan hernán horacio hugo humberto ignacio iker iñaki inigo iñigo ismael jacinto
    jaime javi javier jesus jesús joaquin joaquín jordi jorge jose josé juan julián julio justo
    leandro leonardo leopoldo lorenzo luciano lucio luis manuel marcelo marcos mariano mario
    martín mateo matias matías mauricio maximiliano miguel mikel moises moisés nahuel nayib
    nestor néstor nicolas nicolás octavio ollanta omar oriol óscar osvaldo pablo patricio pedro
    pere rafa rafael ramiro ramon ramón raul raúl reinaldo renato ricardo roberto rodolfo
    rodrigo rogelio rolando ruben rubén santiago sebastián sergi sergio silvio teodoro tomas
    tomás ulises unai valentin valentín vicente víctor wilfredo xabi xavi xavier""",
    # Portuguese, Brazilian
    """afonso alexandre andre andré artur bento caio ciro claudio cláudio cristiano davi diogo
    duarte ederson edson emanuel fabio fábio flavio flávio geraldo goncalo gonçalo guilherme
    heitor henrique jair joao joão joaquim luís luiz marcio márcio mateus matheus murilo neymar
    nuno otavio otávio paulo renan rogerio rogério ronaldo rui sérgio thiago tiago vinicius
    vinícius""",
    # French, Belgian, Swiss
    """achille adrien alain alexis ambroise antoine armand arnaud aurelien aurélien axel bastien
    benoit benoît bruno cédric christophe clément clovis corentin didier edouard édouard emile
    émile emmannuel emmanuel eric éric etienne étienne fabien fabrice florent florian franck
    francois françois francois-philippe françois-philippe frederic frédéric gabin gael gaël
    gaetan gaëtan gaspard gaston georges gérald gérard gilles gregoire grégoire grégory
    guillaume gustave henri herve hervé jacques jean-baptiste jean-charles jean-christophe
    jean-claude jean-francois jean-françois jean-jacques jean-louis jean-luc jean-marc
    jean-marie jean-michel jean-noel jean-noël jean-paul jean-philippe jean-pierre jean-yves
    jérémy jérôme joël julien kévin laurent léo léon loic loïc lucien ludovic marc marcel marius
    mathias mathieu mathis matthieu maxime michel olivier pascal patrice philippe pierre quentin
    raphael raphaël regis régis remi rémi remy rémy renaud rene rené rodolphe romain sebastien
    sébastien serge stephane stéphane sylvain théo thibault thibaut thierry timothée yann
    yannick yves-francois yves-françois""",
    # German, Austrian, Swiss German
    """andreas armin arne benedikt bernd bjorn björn christoph clemens cornelius detlef dieter
    dietmar dietrich dirk dominik eberhard egon emil erich erwin fabian frank-walter franz
    friedrich fritz gerhard gernot gottfried guido gunter günter gunther günther hannes hans
    hans-georg hans-jürgen hans-peter harald hartmut heiko heinrich heinz-christian helmut
    henning holger horst hubertus ingo jakob jens joachim jochen johann johannes jonas jorg jörg
    joschka josef julius jurgen jürgen kai-uwe karl-heinz karsten kilian klaus konrad konstantin
    lars leopold lorenz lothar ludwig lukas lutz malte manfred markus matthias maximilian moritz
    niklas nils norbert olaf oskar otto philipp rainer ralf reiner reinhard reinhold rolf
    rudiger rüdiger rudolf siegfried sigmar stefan steffen sven thilo thorsten timo tobias
    torben torsten udo ulf ulrich volker waldemar werner wilfried wilhelm willi willy winfried
    wolfgang""",
    # Dutch, Flemish
    """arjen bram cees daan frans frenkie frits geert gerrit gijs hendrik henk jaap jan jelle
    jeroen joost joris kees klaas koen lieven luuk maarten martijn matthijs niels piet pieter
    remco rutger ruud sander sjoerd stijn teun thijs virgil willem wim wout wouter""",
    # Nordic: Danish, Norwegian, Swedish, Icelandic
    """aksel anders arvid asbjorn asbjørn audun bengt birger bjarne bjarni carsten christer claes
    claus dag einar eirik erik erling esben eskil espen flemming frederik fredrik frode geir
    goran göran gudni guðni gunnar gustaf gustav haakon hakon håkon hallvard halvard halvor
    helge henrik ingemar ingvar ivar jarle jeppe jesper joakim johan jorgen jørgen kare kåre
    kasper kjell kjetil knut kristian kristoffer lasse leif mads magnus mats mattias mikael
    mikkel mogens morten nikolaj olafur ólafur olav olof ove oystein øystein palle patrik peder
    pelle poul preben rasmus reidar sigmund sigmundur sigurd simen sindre snorre soren søren
    steinar stian stig svein svend sverre terje torbjorn torbjørn tord tore torgeir troels trond
    truls uffe ulrik vegard vidar viggo yngve""",
    # Finnish, Estonian
    """aki alar andrus antti arto arvo eero esa heikki ilkka indrek jaak jaakko jaan jaanus janne
    jari jarmo jorma juha juhani jukka juri jüri jussi kaarel kalle kimi kristjan lauri margus
    markku matti meelis mikko niko olli pasi peeter pekka petri petteri priit raivo risto sauli
    seppo siim simo taavi tanel tapio tarmo teemu tonis tõnis tonu tõnu toomas tuomas urho urmas
    valtteri""",
    # Italian
    """alessandro alessio angelo antonio attilio carlo corrado davide domenico edoardo elio
    emanuele enrico enzo ettore fabrizio filippo francesco franco gaetano giacomo giancarlo
    gianluca gianluigi gianni gino giorgio giovanni giulio giuseppe ignazio luca luigi marcello
    marco massimo matteo mattia maurizio michelangelo niccolo niccolò nicolo nicolò paolo
    pierluigi piero pietro raffaele riccardo rocco salvatore sandro stefano tommaso ugo umberto
    valerio vincenzo vittorio""",
    # Greek, Cypriot
    """akis alexandros angelos antonis apostolos aris athanasios charalambos christodoulos christos
    costas dimitrios dimitris evangelos fotis georgios giorgos ilias ioannis konstantinos kostas
    kyriakos lambros lefteris makis manolis marios michalis nikolaos nikos panagiotis panos
    pavlos petros prokopis sakis savvas sotiris spyros stavros stefanos stelios stratos takis
    tasos thanasis theodoros vangelis vasilis vassilis yanis yannis yiannis yorgos""",
    # Russian, Belarusian
    """aleksandr aleksei alexei alexey aliaksandr anatoly andrei andrey arkady arseny artem artyom
    boris daniil dmitri dmitry evgeny fyodor gennady georgy gleb grigory igor ilya kirill leonid
    maksim maxim mikhail nikolai nikolay oleg pavel pyotr ramzan rodion rostislav ruslan semyon
    sergei sergey siarhei stanislav stepan timofei vadim valery vasily viktar vitaly vladimir
    vladislav vsevolod vyacheslav yakov yaroslav yegor yevgeny yuri yury zakhar""",
    # Ukrainian
    """anatoliy andrii andriy arsen arseniy bohdan borys danylo denys dmytro fedir hennadiy
    hryhoriy ihor illia kostiantyn kyrylo maksym markiyan mykhailo mykola myroslav nazar oleh
    oleksandr oleksii oleksiy oles ostap pavlo petro rostyslav serhii serhiy sviatoslav taras
    vadym valerii valeriy vasyl vitalii vitaliy vladyslav volodymyr yevhen yevheniy yurii yuriy""",
    # Polish
    """aleksander andrzej antoni arkadiusz bartlomiej bartłomiej bartosz boguslaw bogusław
    bronislaw bronisław czeslaw czesław dariusz dawid franciszek grzegorz henryk ignacy jacek
    jakub janusz jaroslaw jarosław jerzy jozef józef kacper kamil karol kazimierz krystian
    krzysztof leszek lukasz łukasz maciej marcin marek mariusz mateusz michał mikolaj mikołaj
    miroslaw mirosław patryk pawel paweł piotr przemyslaw przemysław radoslaw radosław rafal
    rafał ryszard slawomir sławomir stanislaw stanisław szymon tadeusz tomasz wieslaw wiesław
    witold wladyslaw władysław wojciech zbigniew zygmunt""",
    # Czech, Slovak
    """antonin antonín bohumil bohuslav dalibor frantisek františek jindrich jindřich jiri jiří
    juraj ladislav libor lubomir lubomír lubos luboš lukáš matej matěj matus matúš milos miloš
    miroslav ondrej ondřej pavol petr radek radim radovan rastislav tibor tomáš vaclav václav
    vladimír vojtech vojtěch zbynek zbyněk zdenek zdeněk""",
    # Serbian, Croatian, Bosnian, Slovenian, Macedonian, Montenegrin
    """adnan aleksa aleksandar almir boban bojan bosko boško bozidar božidar branimir branislav
    branko damir darko davor dejan djordje đorđe dragan dragoljub drazen dražen dusan dušan edin
    elvir enes gordan haris hristijan hrvoje ivica ivo izet jakov janez josip jovan kresimir
    krešimir kristijan marijan marko miha milorad milovan miodrag mirko mladen momcilo momčilo
    nebojsa nebojša nedim nemanja nenad nermin nihad nikola novak ognjen petar predrag primoz
    primož ratko sasa saša sead senad sinisa siniša slavko slobodan srđan srdjan stevan stevo
    stjepan tadej tihomir tomislav uros uroš velimir veljko vladan vlado vojislav vuk zdravko
    zeljko željko zlatan zlatko zoran zvonimir""",
    # Bulgarian
    """asen atanas boyan boyko bozhidar delyan dimitar georgi grigor hristo ivaylo kalin kiril
    kostadin krasimir krum lazar lyubomir ognyan orlin plamen radoslav rumen simeon stoyan
    svetoslav todor tsvetan vasil veselin yavor yordan zahari zhivko""",
    # Albanian, Kosovar
    """agron alban albin arben ardit armend artan bajram besnik blerim bujar dardan driton edi
    edmond enver erion fatmir flamur gazmend genc granit hashim ilir kastriot lulzim petrit
    ramush rexhep sali taulant valon visar xherdan""",
    # Lithuanian, Latvian
    """aigars ainars aivars aleksandras algirdas andris andrius antanas arnis artis arturs arunas
    arūnas arvydas audrius dainius darius domantas donatas dovydas edgaras edgars egils gatis
    gediminas giedrius gintautas gints girts gitanas guntis ignas ivars janis jānis juozas
    jurgis juris justas karlis kārlis karolis kaspars kazys kestutis kęstutis krisjanis
    krišjānis kristaps laurynas linas mantas maris māris martins matas mindaugas nerijus
    normunds ojars oskars paulius petras povilas raimonds ramunas ramūnas rihards rimantas
    rinalds robertas roberts rokas sarunas šarūnas saulius simonas tadas toms uldis vaidas
    valdas valdemaras valdis viesturs vilius virginijus vytautas vytenis zygimantas žygimantas""",
    # Hungarian
    """ádám akos ákos andras andrás antal aron áron arpad árpád attila balazs balázs balint bálint
    barnabas barnabás bela béla bence benedek botond csaba csongor dániel dávid dezso dezső
    ervin ferenc gabor gábor gergely gergo gergő geza géza gyorgy györgy gyula imre istvan
    istván janos jános jozsef józsef kalman kálmán karoly károly kristof kristóf krisztian
    krisztián lajos laszlo lászló levente lorinc lőrinc marcell marton márton matyas mátyás
    mihaly mihály miklos miklós nandor nándor péter sandor sándor szabolcs tamas tamás zoltan
    zoltán zsigmond zsolt""",
    # Romanian, Moldovan
    """alexandru alin aurel calin călin catalin cătălin cezar ciprian claudiu constantin cosmin
    costel costin dorin dragos dragoș dumitru eugen florin gheorghe horia ilie ioan ionut ionuț
    iosif iulian laurentiu laurențiu liviu lucian mihai mihail mircea nicolae nicusor nicușor
    octavian ovidiu petru radu razvan răzvan remus romeo sergiu silviu sorin ștefan teodor
    tiberiu titus toma traian valeriu vasile viorel vlad""",
    # Georgian, Armenian, Azerbaijani, Central Asian
    """aibek almazbek anar aram arayik archil armen ashot askar azamat bakhtiyar bekzod bidzina
    bolat daulet davit dilshod elmar erlan farid gagik garegin gevorg giorgi grigol hayk heydar
    hovhannes hrant ilham irakli jamshid kakha kassym-jomart kurmanbek lasha levan levon mamuka
    marat merab mher mikheil narek nikol nikoloz nodir nurlan otabek otar ramiz revaz rovshan
    rustam rustem sadyr samvel saparmurat sardor sargis serdar serik serzh shavkat shota tamaz
    tengiz tigran timur tornike ulugbek vahagn vahe vakhtang vardan vugar yerlan zurab zviad""",
    # Turkish
    """ahmet arda baris barış berk bulent bülent burak cem cengiz devlet ekrem emre erdem eren
    erkan ertugrul ertuğrul fatih gokhan gökhan hakan hasan huseyin hüseyin kaan kadir kemal
    kenan kerem levent mehmet mert murat mustafa onur orhan osman ozan ozgur özgür recep selim
    serkan sinan suleyman süleyman tamer tarkan tayyip tolga tuncay turgut ufuk ugur uğur umut
    volkan yavuz yigit yiğit yunus zeki""",
    # Arabic (Gulf, Levant, Iraq, Egypt, Maghreb)
    """abbas abdallah abdel abdelaziz abdelilah abdelkader abdellatif abdelmadjid abdelrahman abdou
    abdul abdulaziz abdulla abdullah abdulrahman abu achraf adel adil ahmad ahmed akram ali amin
    amine amjad ammar amr anas anwar ashraf ayman aymen ayoub aziz azzam bader badr bashar
    bassam bassem beji bilal brahim driss fadi fahad fahd faisal faris fathi fawzi fayez fouad
    fuad gamal ghassan habib hadi hafez haitham hakim hamad hamdan hamdi hamed hamid hamza hani
    haroun harun hassan hatem haytham hazem hesham hicham hisham hosni hossam husain hussam
    hussein ibrahim ihab imad isam ismail issam jaber jafar jamil jawad kais kamal kamel karim
    khaled khalid khalil lotfi mahdi maher mahmoud mahmud majed majid malik mansour marwan mazen
    mehdi mohamad mohamed mohammad mohammed moncef mostafa mounir mourad muammar muhammad
    muhammed munir murad mustapha nabil nader naguib naji najib nasir nasser nawaf nizar
    noureddine nouri nuri osama othman qasim qassem rabih rached rachid raed rami ramzi rashed
    rashid rayan reda ridha saad sabri saddam sadiq saeed saif salah saleh salim salman sami
    samir sayed sofiane sulaiman suleiman taha tahir talal tamim tarek tarik tariq tawfik tawfiq
    turki wael waleed walid wassim yahya yaser yasin yasser yassin yassine youcef younes younis
    yousef youssef yusuf zaid zakaria zakariya zayed ziad zinedine ziyad zuhair""",
    # Persian, Afghan, Kurdish
    """akbar arash ardeshir babak bafel barham behrouz bijan cyrus dariush ebrahim esmaeil farhad
    hamdullah hossein jalal javad kamran kaveh kourosh masoud masrour massoud mazloum mohsen
    mojtaba nadhim navid nechirvan omid parviz payam peyman pouya ramin reza ruhollah shahram
    siamak soroush vahid zalmay""",
    # Hebrew, Israeli
    """aharon amichai amir amos ari arie aryeh asaf avi avigdor avraham barak bezalel boaz chaim
    doron dov dror ehud eitan elad elazar eliezer eran erez eyal gadi gershon gideon gilad hagai
    haim ilan itai itamar itay itzik kobi matan meir menachem mordechai moshe nadav naftali
    natan nir noam ofer ofir omri oren reuven ronen shai shaul shimon shlomo shmuel tomer tzachi
    tzvi uri yaakov yair yaniv yariv yehuda yigal yitzhak yoav yoel yonatan yosef yossi yuval
    ze'ev zeev zvi""",
    # South Asian: Hindi and pan-Indian
    """aakash aarav abhay abhijit abhinav abhishek aditya ajay ajit akash akhil akhilesh akshay
    alok aman amar amit amitabh amol anand aniket anil anirudh ankit ankur anshul anupam anurag
    aravind arjun arnab arun arvind ashish ashok ashwin atul avinash ayush bhupesh chetan chirag
    darshan deepak devendra dhruv dilip dinesh gaurav girish gokul gopal govind hardik hari
    harish harsha harshit hemant himanshu hitesh ishaan ishan jagdish jai jatin jayant jitendra
    jyotiraditya kapil karan karthik kartik kaushik keshav kishore kunal lalit lokesh madhav
    mahendra mahesh mallikarjun manish manoj mayank mihir milind mohan mohit mukesh murali naman
    narendra naresh naveen navin neeraj nikhil nilesh niraj nirav nitin nitish omkar pankaj
    parag parth pawan piyush pradeep prakash pramod pranav prasad prashant pratap pratik praveen
    prem prithvi puneet rahul rajan rajat rajeev rajesh rajiv rajkumar rajnath rakesh ramesh
    ravi ravindra rishi ritesh rohan rohit sachin sahil sameer sandeep sanjay sanjeev sanjiv
    santosh satish satya saurabh shailesh shankar shantanu sharad shashi shekhar shivam shreyas
    shubham siddharth siddhartha sudhir sujit sumit sundar sunil suraj suresh surya sushil
    swapnil tarun tejas tushar uday umesh utkarsh varun vijay vikas vikram vinay vinod vipin
    virat vishal vivek yash yashwant yogesh""",
    # South Asian: Tamil, Telugu, Kannada, Malayalam
    """arul chandrababu dhanush ganesan jagan karthi karthikeyan kumaran nagarjuna prabhas raghav
    raghu rajendran rajinikanth revanth saravanan sekhar senthil shanmugam sivakumar sridhar
    srikanth srinivas srinivasan sriram subramanian sudarshan udhayanidhi venkat venkatesh
    vignesh""",
    # South Asian: Bengali, Bangladeshi
    """amartya aminul anirban arindam ashraful biswajit debashish debasish dipankar fakhrul gautam
    goutam habibur indranil jahangir kamrul mahfuz mashrafe mizanur mujibur mushfiqur mustafizur
    nazmul obaidul partha prasenjit rabindranath rafiqul ranjan rezaul sabbir sabyasachi saiful
    saurav shafiqul shakib shamim sohel soumitra sourav subhash subrata sudip sujoy tanmoy
    tanvir tarique ziaur""",
    # South Asian: Punjabi, Sikh
    """amarinder amritpal baljit balwinder bhagwant charanjit daljit harbhajan hardeep harinder
    jagjit jagmeet jasbir kuldeep kulwinder rajinder ranjit sarabjit simranjit sukhbir yuvraj""",
    # South Asian: Urdu, Pakistani, Afghan
    """aamir asad asif asim babar bilawal fakhar faraz farhan fawad hammad humza imran irfan ishaq
    junaid khurram mushtaq nadeem naveed nawaz noman omer rizwan sajid sarfaraz shadab shahbaz
    shahid shahzad shehbaz shoaib sohail suhail talha umar usman waqar waseem wasim yasir zaheer
    zahid zohran zubair zulfikar""",
    # Sri Lankan, Nepali
    """anura baburam dasun dimuth gotabaya kusal lasith mahela mahinda maithripala namal pathum
    ranil sajith sanath wanindu""",
    # Japanese
    """akihiro akihito akio akira daichi daiki daisuke fumio goro haruki haruto hayao hayato
    hideaki hideki hideo hidetoshi hirokazu hiroki hiroshi hirotaka hiroyuki hisashi ichiro
    isamu jiro junichi junichiro junya kaito katsunobu katsuya kazuhiro kazuki kazuo kazuya kei
    keiichi keisuke kenichi kenji kenta kentaro koichi koji koki mamoru masahiro masaki masanori
    masao masaru masashi masataka masato masayoshi masayuki michio minoru mitsuo naoki naoto
    naruhito noboru nobuo nobuyuki norio osamu riku ryota ryuichi ryusuke satoru satoshi seiji
    seiya shigeru shinichi shinji shintaro shinzo shohei shoichi shuichi shunsuke sota susumu
    tadashi taichi takahiro takashi takayuki takefusa takeru takeshi takuya taro tatsuya tetsuya
    tomohiro toru toshiaki toshihiro toshimitsu toshio tsuyoshi wataru yasuhiro yasuo yoichi
    yoshihide yoshihiko yoshihiro yoshiki yoshimasa yoshinobu yoshinori yoshio yoshiro yoshitaka
    yosuke yuichi yuji yukio yusuke yuta yuto yuzuru""",
    # Korean (as usually written in English)
    """dae-jung do-yun dong-hyun duck-soo geun-woo ha-jun heung-min hyun-soo hyun-woo jae-hoon
    jae-hyun jae-in jae-myung jae-sung jae-won ji-ho ji-hoon ji-sung jin-woo jong-un jun-seo
    jung-kook jungkook kyung-soo min-ho min-jun min-soo moo-hyun myung-bak sang-woo seo-jun
    seung-hoon si-woo suk-yeol sung-ho sung-min tae-hyung ye-jun young-ho""",
    # Chinese (pinyin), Taiwanese
    """aiguo ching-te guohua guoqiang haoran hongwei huning jiabao jiahao jianguo jianhua jianjun
    jianming jianping jianwei jinping jintao junjie keqiang qishan shui-bian teng-hui tianyu
    weidong weiguo wenbo wenjie xiaobo xiaodong xiaogang xiaojun xiaoming xiaoping yiming
    ying-jeou yongkang yongsheng zemin zhiqiang zhiwei""",
    # Vietnamese, Thai, Burmese, Mongolian
    """abhisit anutin bao bat-erdene batbold chadchart chalerm cuong dat duc enkhbayar ganbaatar
    hieu huy khoa kyaw phuc prawit prayut prayuth somchai somsak srettha supachai thaksin
    thanathorn thang toan tuan tung""",
    # Malay, Indonesian, Filipino
    """aiman amirul anies arnel azhar azmin bambang basuki benigno bongbong budi dedi eko erick
    fadli faiz fajar ferdinand ganjar gibran hafiz hamzah haziq hendra heru iwan jayson jinggoy
    joko khairul khairy kurniawan luhut luqman mahathir mahfud manny mohd muhaimin muhyiddin
    noynoy panfilo prabowo raffy rafizi ridwan ridzuan rizky roslan rosli rudi saifuddin
    sandiaga slamet susilo syafiq teguh wahyu wayan wiranto zulkifli""",
    # West African: Yoruba, Igbo, Hausa, Ghanaian, Francophone
    """abdoulaye abubakar adebayo adekunle ademola adewale adeyemi akinwumi alassane aliou aliyu
    amadou aminu assimi atiku babajide babatunde bakary bamidele bassirou bolaji boubacar chidi
    chijioke chike chima chinedu chukwudi chukwuemeka chukwuma dahiru dapo dayo demola djibril
    ebuka emeka femi gbenga godspower godswill goodluck ibrahima idrissa ifeanyi ikechukwu issa
    jibrin kabir kabiru kalidou kashim kayode kingsley kofi kojo kunle kwabena kwadwo kwaku
    kwame kwasi kweku kwesi lamine lanre lawal mahamadou mamadi mamadou modou moussa muhammadu
    nasiru niyi nnamdi nuhu nyesom obinna okechukwu oladapo olamide olanrewaju olatunde olufemi
    olumide olusegun oluwaseyi oluwatobi oluwole oumar ousmane rabiu rotimi sadio sani segun
    sekou sékou seydou shehu souleymane tanko tunji umaru wale wole yahaya yakubu yemi""",
    # East and Horn of Africa
    """abdi abdirahman abdiweli abdullahi abebe abiy alemayehu baraka benon berhanu biniam daudi
    dawit debretsion eliud getachew girma haile hailemariam hamisi isaias jakaya jomo juma
    kalonzo kamau kebede kibet kimani kizza mesfin muhoozi mukhtar mulugeta musalia mwangi
    njoroge ochieng odhiambo omondi onyango otieno raila rigathi tadesse tedros tesfaye tewodros
    uhuru yohannes yoweri""",
    # Southern and Central Africa
    """bheki bongani constantino emmerson evariste évariste faustin félix festus gwede hakainde
    kabelo lazarus lwazi mandla mduduzi mmusi moise moïse mthunzi munyaradzi musa nhlanhla sello
    senzo seretse sibusiso sifiso sipho siyabonga sizwe thabo themba thulani vusi xolani""",
    # Maori, Pacific
    """hemi rawiri sione tevita wiremu""",
)

FEMALE = _names(  # usually women's names
    # English-speaking countries
    """abby abigail ada adele adriana agatha agnes aileen aimee alana alexandra alexandria alice
    alicia alison allegra allison alyssa amanda amber amelia amy ana anastasia andrea angela
    angelica angelina angie anita ann anna annabel annabelle anne annette annie antonia arabella
    ariana arianna ashley audrey ava avril barbara bea beatrice beatrix becky belinda bernadette
    beth bethany betsy betty beverley beverly bianca billie bonnie brenda brianna bridget
    brittany brittney brooke caitlin caitlyn camilla candace candice cara carla carly carmen
    carol carole caroline carolyn carrie cassandra cassie catherine cathy cecilia celeste celia
    charlene charlotte chelsea cheryl chloe chloé christie christina christine cindy claire
    clara clare claudia colleen connie cora courtney cynthia daisy dana danielle daphne darlene
    debbie deborah debra delia denise diana diane dianne dolores donna dora doreen doris dorothy
    edith edna eileen elaine eleanor elena elise eliza elizabeth ella ellen ellie eloise elsie
    emilia emily emma erica erika erin esme estelle esther ethel eugenia eunice eva evelyn evie
    fay faye felicia fiona flora florence frances francesca freya gabby gabriela gabriella
    gabrielle gail gemma georgina geraldine gertrude gillian gina ginny giselle gladys gloria
    gretchen gwen gwendolyn hailey haley hannah harriet hattie hayley hazel heather heidi helen
    helena henrietta hilary hillary holly ida imogen ingrid irene iris isabel isabella isabelle
    isla jacinda jacinta jacqueline jacqui jade jane janet janice janine jasmine jeanette
    jeanine jeanne jen jenna jennifer jenny jess jessica jill jillian joan joann joanna joanne
    jocelyn jodie josephine josie joyce juanita judith judy julia juliana julianne julie juliet
    juliette justine kamala kara karen karine karla karoline kate katelyn katharine katherine
    kathleen kathryn kathy katie katrina katy kay kayla kayleigh keira kelly kendra kimberly
    kirsten kirsty kristen kristi kristin kristina kristy kyrsten lacey laura lauren laurie leah
    leanne lena lesley leslie letitia lila lillian lily linda lisa liz liza lizzie lois lola
    loretta lori lorna lorraine lottie louisa louise lucia lucille lucinda lucy lydia lynda
    lynette lynn lynne mabel madeleine madeline mae maggie mandy marcia margaret margie margot
    maria mariah marianne marie marilyn marion marissa marjorie marlene martha mary marybel
    maura maureen maxine maya meg megan meghan melania melanie melinda melissa meredith mia
    michaela michele michelle mikie mildred millie mindy miranda miriam molly mona monica
    monique muriel myra nadia nadine nancy naomi natalie natasha nell nellie nicola nicole nikki
    nina nora norah noreen norma olive olivia oprah paige pam pamela patricia patsy patti paula
    paulette pauline peggy penelope penny petra philippa phoebe phyllis polly priscilla rachael
    rachel rebecca rebekah regina renee rhonda rita roberta robyn rochelle rosalie rosalind
    rosamund rosanna rosemary rosie rowena roxanne ruth sabrina sadie sally samantha sandra sara
    sarah scarlett selena serena sharon shauna sheila shelby shelley sheryl shirley sienna sofia
    sonia sonya sophia sophie stacey stacy stella stephanie susan susanna susannah susie suzanne
    suzy sylvia tabitha tamara tammy tania tanya tara teresa teri tessa thelma theresa tiffany
    tilly tina tonya tracey tracy trisha trudy ursula valerie vanessa vera veronica vicki vickie
    vicky victoria virginia vivian vivienne wanda wendy whitney wilma winifred yolanda yvette
    yvonne zali zoe zoë zoey""",
    # Public life and entertainment
    """annastacia ayanna beyonce beyoncé condoleezza kemi ketanji kirstjen miley pramila priti
    rashida rihanna shakira suella sussan""",
    # Irish, Scottish, Welsh
    """aisling angharad aoife bethan bronagh caoimhe carys catrin catriona cerys ciara clodagh
    deirdre eilidh eimear eluned ffion fionnuala grainne gráinne gwyneth lowri maeve mairead
    mhairi morag niamh nuala oonagh orla rhian rhiannon roisin róisín saoirse sian siân sinead
    sinéad siobhan""",
    # Spanish, Catalan, Basque, Latin American
    """adela agustina ainara ainhoa aitana alejandra amaia amparo araceli arantxa arantza ariadna
    beatriz begona begoña belen belén blanca camila catalina cilia consuelo cristina delcy
    delfina dina edurne elvira esperanza estefania estefanía fabiola fernanda florencia
    francisca graciela idoia ines inés itziar jimena josefina juana kelia laia leire leticia
    lidia lorena lucía luisa luz macarena maite manuela marcela margarita mariana maribel
    marisol marta meritxell milagros mireia montse naiara nerea noelia nuria núria paloma pilar
    queralt raquel rebeca rocio rocío rosa rosalia rosalía sofía soledad susana valentina
    valeria verónica ximena xiomara xochitl xóchitl yesenia""",
    # Portuguese, Brazilian
    """aline bruna debora débora dilma gisele joana larissa leonor letícia luana matilde priscila
    rafaela tatiana thaís""",
    # French, Belgian, Swiss
    """agnès amélie anais anaïs anne-marie anne-sophie aurore axelle brigitte capucine cecile
    cécile celine céline chantal clemence clémence corinne delphine elisabeth élisabeth elodie
    élodie éloïse emmanuelle fabienne francoise françoise genevieve geneviève ghislaine helene
    hélène inès josiane laetitia léa léonie lucie manon marie-claire marie-france marie-laure
    marie-louise martine mathilde maud mélanie mireille nathalie noémie oceane océane pascale
    pénélope rachida segolene ségolène severine séverine solène sylvie valérie véronique
    virginie yaël""",
    # German, Austrian, Swiss German
    """anja anke annalena annegret antje astrid barbel bärbel birgit christa dagmar elfriede elke
    franziska frauke friederike gerda gisela grete gudrun hannelore heike hildegard ilse inge
    ingeborg irmgard jana jutta karin katarina katharina kathrin katja kerstin klara lieselotte
    luise magdalena martina mechthild monika nadja renate ricarda rosemarie sabine sahra silke
    stefanie steffi susanne svenja swantje tanja ulla ulrike wiebke""",
    # Dutch, Flemish
    """annemarie anouk dilan femke fleur hanneke lieke marieke marloes mieke mirjam nienke sanne
    saskia sigrid tess""",
    # Nordic
    """agneta alva anette anneli annika åsa birgitta britt carina dorthe ebba elin elina frederikke
    freja frida gunhild gunilla halla hanne hege helle hilde inger ingvild jenni johanna jóhanna
    kadri kaja kajsa katrin katrín kersti kirsi kristiina leena liina liisa linn lisbeth liv
    lykke maarit maarja maja malin maren margareta margrethe marit marja marte merja merle mette
    mette-marit minna niina outi paivi päivi pernille pia piret pirjo ragnhild randi riikka
    riina riitta sanna signe silje sirje siv sofie solveig stina sunniva suvi synnøve taina
    tarja terhi thea tiina tonje tove triin trine turid tuula tuuli tuva ulrika vibeke vilde
    virpi ylva""",
    # Italian
    """alessandra alessia antonella benedetta caterina chiara daniela donatella eleonora elisabetta
    elly emanuela federica giada gianna ginevra giorgia giovanna giulia giuliana ilaria letizia
    lucrezia ludovica mara margherita mariangela michela noemi ornella ottavia paola patrizia
    raffaella rossella silvia simona stefania vittoria""",
    # Greek, Cypriot
    """aikaterini angeliki athina chrysoula despina dimitra eirini eleni elpida evangelia evgenia
    fotini ioanna irini kalliopi katerina konstantina melina myrto niki rena roula stavroula
    theodora vasiliki""",
    # Russian, Belarusian
    """aleksandra alina alisa alla alyona antonina arina daria darya dasha ekaterina elizaveta
    galina inna irina karina katya kira ksenia kseniya larisa liudmila ludmila lyubov lyudmila
    marina masha nadezhda nastya natalia natalya oksana olesya olga polina raisa snezhana sofiya
    svetlana sviatlana tatyana ulyana varvara vasilisa veronika vika yekaterina yelena yevgenia
    yulia yuliya zhanna zinaida zoya""",
    # Ukrainian
    """anastasiia chrystia daryna halyna iryna iuliia kateryna khrystyna larysa lesya liudmyla
    mariia maryana maryna nadiya nataliia nataliya oleksandra olena olesia olha ruslana sofiia
    solomiya svitlana tetiana tetyana valentyna viktoriia yaroslava yevheniia yuliia zoriana""",
    # Polish
    """agata agnieszka alicja aneta beata bozena bożena danuta dominika dorota edyta elzbieta
    elżbieta ewa ewelina grazyna grażyna halina iga irena iwona izabela jadwiga janina jolanta
    justyna kamila karolina katarzyna kinga klaudia krystyna lucyna malgorzata małgorzata
    martyna marzena oliwia paulina renata sylwia urszula weronika wiktoria zofia zuzanna""",
    # Czech, Slovak
    """alena alzbeta alžběta barbora denisa eliska eliška hana ivana iveta jarmila jaroslava jitka
    katarína kateřina klára kristyna kristýna lenka marketa markéta milada miroslava pavla
    pavlina pavlína petronela radka romana sarka šárka stanislava tereza věra viera vlasta
    zdenka zdeňka zuzana""",
    # Serbian, Croatian, Bosnian, Slovenian, Macedonian
    """aida alenka amela amra azra biljana branka brigita danijela dragana dubravka emina gordana
    ivanka jadranka jasmina jasna jelena jovana kolinda lejla ljiljana ljubica marija merima
    milena milica mirjana mojca natasa nataša nevena olivera radmila ruzica ružica sanja slavica
    snezana snežana sonja spomenka suzana tatjana teodora tijana vesna zlata zorana zorica
    zrinka""",
    # Bulgarian, Albanian
    """albana anelia aneliya anila blerta borislava boryana denitsa desislava donika drita edona
    elitsa gergana iliana kalina krasimira kristalina lilyana lindita majlinda mariya mimoza
    neli ornela petya ralitsa rositsa rumyana shpresa stefka svetla teuta tsvetanka tsvetelina
    valbona vanya velislava vesela vjosa yordanka zornitsa""",
    # Baltic
    """agne agnė aija aiste aistė anda asta ausra aušra baiba birute birutė dace daina daiva egle
    eglė evija evika gabija giedre giedrė greta ieva ilze inese inga ingrida inguna jurate
    jūratė jurgita kristine laila laima līga loreta madara maija milda neringa rasa rūta sanita
    solvita vaida vaira viktorija vilma zanda""",
    # Hungarian
    """ágnes aniko anikó beáta boglarka boglárka csilla dóra edina emese eniko enikő erzsebet
    erzsébet eszter éva fanni flóra hajnalka ibolya ildiko ildikó ilona judit julianna katalin
    krisztina lilla magdolna margit mária marianna márta mónika nikolett noémi orsolya piroska
    réka szilvia timea tímea vivien zita zsofia zsófia zsuzsa zsuzsanna""",
    # Romanian, Moldovan
    """adina anca andreea camelia cătălina corina crina doina florentina georgeta georgiana ileana
    ioana iulia lavinia liliana loredana luminita luminița madalina mădălina maia mihaela mirela
    nicoleta oana otilia raluca ramona rodica roxana ruxandra smaranda sorina violeta viorica""",
    # Georgian, Armenian, Central Asian
    """aigerim aliya anahit anush armine dilnoza dinara gohar gulnara gulnaz hasmik ketevan khatia
    lilit lusine madina mehriban narine natia nigora nodira nune salome tamar tinatin zarina""",
    # Turkish
    """asli aslı aylin ayse ayşe beren burcu busra büşra canan cansu ceren damla defne derya dilek
    duygu ebru ece elif emine esra fatma gamze gizem hatice hulya hülya ipek irem melike melis
    meral merve meryem nazli nazlı nesrin nihal nilufer nilüfer ozlem özlem pinar pınar seda
    selin sena serap sevda sevgi sibel songul songül tansu tugba tuğba tulay tülay yasemin zehra
    zeynep""",
    # Arabic
    """abeer aicha aisha alia amina amira asma aya basma bushra dalal dima doaa duaa eman fatema
    fatima ghada halima hanan heba hiba hind hoda houda huda iman jamila jihan jumana karima
    khadija khadijah lamia latifa layla leila lina lubna lujain maha malak manal mariam marwa
    maryam muna nabila nahla najat najla nawal nesreen nesrine nisreen noura nuha rabab rabia
    raghad rahaf randa rania rasha rawan razan reem rima rola ruba rula safaa safiya sahar salma
    salwa samah samar samia samira sawsan shaima shaimaa sherine shireen siham souad suad suha
    sumaya sumayya tahani wafaa widad yasmin yasmina yasmine yousra yusra zahra zainab zaynab
    zeina zeinab zena zohra""",
    # Persian, Afghan, Kurdish
    """azadeh berivan elham fatemeh golnar golshifteh haleh homa ladan leyla mahnaz mahsa mina
    mitra narges nasrin nazanin neda negar niloufar parisa pegah roya samaneh sepideh setareh
    shabnam shirin soheila tahereh taraneh yasaman ziba""",
    # Hebrew, Israeli
    """anat ayelet batya chana chaya dafna devorah efrat einat galit golda hadas hila ilana inbal
    irit keren liat limor maayan malka merav miri naama noa noga nurit ofra orit orna osnat
    rivka ronit sarit shira shoshana sigal sivan tali tova tzipi tzipora yael yehudit""",
    # South Asian
    """aarti afsana aishwarya akanksha alka amna amrita amruta ananya anindita anjali anjana ankita
    anum anupama anushka aparna apsana archana arundhati asha ashwini ayesha benazir bhavana
    bhavna chamari chandni chitra debjani deepa deepika devika dipti divya fahmida faiza gauri
    gayatri geeta geetha gita gunjan harshita harsimrat hasina heena hina hira indira iqra isha
    ishita jannat jaya kajal kajol kalpana kangana kareena karishma kavita kavitha kavya khaleda
    khushi komal kriti lakshmi lalitha lata madhuri mahira mahnoor malala malini mamata mamta
    manisha manju manjula marvi meena meenakshi meera megha mehreen mehwish mira mohini moushumi
    namrata nandini nazia neelam neha nida nidhi nilufar nirmala nirmita nisha nita nitya nusrat
    pallavi paromita payal pooja poonam prachi pragya preeti priya priyanka purnima radha
    radhika rashmi ratna rekha renu richa ritika ritu rituparna riya rohini rokeya rubina ruchi
    rumana rupa sadia saima sakshi samina sangeeta sangita sania sapna sarita savita seema
    shabana shaista shalini shamima sharmila sharmin shazia shikha shilpa shivani shivya shobha
    shraddha shreya shruti shweta sidra simran smita smriti sneha sobia sonakshi sonal sonali
    sudeshna sudha sujata sumaira sunita supriya surbhi sushma swati tahira tahmina tanvi
    taslima tasnim tulsi urmila usha uzma vaishali vandana varsha vasundhara vidya vijaya vinita
    zarah zeenat zubaida""",
    # Japanese
    """aiko akari akiko asuka ayaka emiko eriko etsuko haruka himari hitomi junko kanako kaori
    keiko kumiko kyoko mako mami mariko masako mayumi megumi michiko midori miho misaki misato
    miyuki momoko nanami naoko noriko reiko renho rie rika rina risa ryoko sachiko sanae saori
    satomi sayaka seiko shiori shoko takako tomoko tomomi toshiko yoko yoshiko yui yuka yukiko
    yuko yumi yumiko yuna yuriko""",
    # Korean (as usually written in English)
    """chae-young da-hyun eun-ji eun-young geun-hye ha-eun ha-yoon hye-jin ji-ah ji-hye ji-yoo
    ji-young jisoo min-ji min-seo na-yeon seo-ah seo-yeon seo-yun soo-ah soo-jin ye-eun yo-jong
    yoon-ah""",
    # Chinese (pinyin), Taiwanese
    """chunhua dongmei guiying haiyan hongmei huiling huiying ing-wen jiaxin jiayi jingjing lihua
    lijuan liping meiling shuzhen tingting xiaohong xiaoling xiaoyan xinyi xiuying xuemei
    yanling yanping yingying yulan yuying ziyi""",
    # Vietnamese, Thai
    """chutima diem hanh huong huyen kanokwan linh malee nattaya ngoc nguyet nhung oanh paetongtarn
    phuong pimchanok porntip quynh sirikit siriporn sunisa supaporn suthida thao thuy trang
    tuyet uyen wanida yingluck""",
    # Malay, Indonesian, Filipino
    """aishah aisyah aminah azizah corazon dewi fatimah fitri halimah imee imelda indah intan
    kartika leni lestari maricel marites megawati noraini norhayati nurul puspita puteri putri
    rafidah retno rini risma rosmah salmah sharifah sinta siti susi syarifah teresita wulan
    yanti yuni zubaidah""",
    # West African
    """abena adaeze adanna adaora adwoa afua aissatou akosua akua amaka aminata bilkisu binta
    bukola chiamaka chimamanda chinwe chinyere chioma coumba djeneba ebele efua fatou fatoumata
    folake folasade funke funmi hadiza hauwa ifeoma jumoke kadiatou khady mariama modupe nafisa
    ndeye ngozi nkechi nkem nneka obiageli omolara oumou ramatoulaye rokia rukayya yetunde""",
    # East and Horn of Africa
    """achieng adhiambo akinyi almaz aster atieno auma awino ayaan birtukan fadumo genet hawa hodan
    idil ifrah khadra lemlem mekdes meseret mumbi neema njeri nyambura rahel rehema sagal
    samrawit selam tigist tirunesh wairimu wambui wangari wanjiku wanjiru warsan zawadi zuhura""",
    # Southern Africa
    """amahle boitumelo bonang busisiwe chiedza chipo dineo khanyisile lerato lindiwe naledi
    netumbo nkosazana nokuthula nomcebo nomsa nomvula nosipho ntombi palesa phindile phumzile
    refilwe rudo rutendo thandeka thandi thandiwe zanele zinhle zintle zodwa""",
    # Maori, Pacific
    """aroha marama mele""",
)

NEUTRAL = _names(  # both, or no clear usual gender
    # English: used for both
    """aubrey avery blair casey dara finley hayden jackie jean jessie jody jules kai kendall
    lindsay lindsey mel nicky peyton quinn reese riley rowan sacha sasha shannon skyler stevie""",
    # Other languages: used for both, or usually so in news
    """abiodun adama adeola akhona alaa amani amrit andile anele anh aoi ariel aung ayanda ayodele
    bola buhle camille chau chihiro chika chinonso chisom deniz dian dominique farah farai
    gabriele gerd giang gurdeep gurmeet gurpreet hadar harjit harpreet hien hinata hiromi
    hyun-jin ilhan imani jasmin jaspreet jaswinder ji-min ji-woo jimin jyoti kagiso kaoru karabo
    kari katlego kehinde kelechi khanh kiran kudzai lebogang lesego lethabo lior lungile madhu
    makoto mandeep manjit manpreet marian masami meron michal mika miki min-young minh mpho nao
    navjot nikita noor nour ntokozo nyasha oluwaseun onyeka paramjit qamar raz seun seyi shaheen
    shola simone sonam su-bin suman surinder tafadzwa taiwo tam tamaki tapiwa tatenda teboho
    temitope tendai thanh thato tien tinashe tobi tolu toni tope toyin tshepo tumelo tunde uche
    uchenna vanja xuan yacine yinka yuki zama zane zola""",
)

GIVEN = MALE | FEMALE | NEUTRAL


def gender_of_given(name: str) -> str | None:
    """'m' or 'f' by the first word of a full name, None when unknown or used for both."""
    first = name.split()[0].lower() if name.split() else ""
    if first in MALE and first not in FEMALE:
        return "m"
    if first in FEMALE and first not in MALE:
        return "f"
    return None
