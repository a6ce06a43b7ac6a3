// Given names (with a gender hint for pronoun resolution) and surnames: a
// person cue, not a census. compromise's lists (generated) plus common names
// across cultures that news carries.
import { wordSet } from "./word-set";
import { FAMOUS_PEOPLE, FEMALE_NAMES, MALE_NAMES, SURNAMES, UNISEX_NAMES } from "./words.generated";

const MALE =
  "aaron abdul abdullah abraham adam adrian ahmad ahmed ahmet alan albert alberto alejandro aleksandr alex alexander alexandre alexei alexey " +
  "alfred ali allen amir anders andre andrea andreas andrew andrei andrey andy angelo anthony antonio arnold arthur ashraf " +
  "barack barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brian bruce bruno bryan " +
  "carl carlos cesar charles charlie chris christian christopher claude claudio colin craig cristiano dale dan daniel danny dario " +
  "dave david dean dennis derek diego dmitri dmitry dominic donald doug douglas duncan dwight ed eddie eden edgar eduardo edward " +
  "egor elias elon emmanuel enrique eric erik ernest ethan eugene evan fabio farid felix fernando filipe frank franz francesco " +
  "francis francisco frank fred frederick friedrich gabriel gareth gary gavin geoffrey george gerald gerard gerhard giorgio giovanni " +
  "giuseppe gordon graham greg gregory guillermo gustavo hamid hans harold harry hassan heinrich henri henry herbert hugh hugo " +
  "hussein ian ibrahim igor ilya imran isaac ismail ivan jack jacob jacques jaime jake james jamie jan jason javier jean jeff jeffrey " +
  "jeremy jerome jerry jesse jesus jim jimmy joachim joe joel johann johannes john johnny jon jonathan jordan jorge jose josef joseph " +
  "joshua juan julian julio justin kamal karim karl keith ken kenneth kevin khalid kim kirk klaus kurt kyle lars larry lee leo leon " +
  "leonard leonid lewis liam lionel lloyd louis luca lucas luigi luis luke lukas mahmoud malcolm manuel marc marco marcus mario mark " +
  "martin marvin mateo matt matteo matthew matthias maurice max maxim maxime mehmet michael michel miguel mike mikhail mitch mitt " +
  "mohamed mohammad mohammed muhammad mustafa narendra nathan neil nicholas nick nicolas nikita nikolai noah norman oleg " +
  "oliver omar oscar owen pablo paolo pascal patrick paul pavel pedro pete peter petr philip philippe pierre rafael rahul ralph " +
  "ramon randy raul ray raymond recep ricardo richard rick rishi rob robert roberto robin rodrigo roger roman ron ronald ross " +
  "roy ruben rudy russell ryan salman sam samuel sandro saul scott sean sebastian sergei sergey sergio shane shinzo simon " +
  "stan stanley stefan stephen steve steven stuart sunil ted terry theodore thomas tim timothy toby todd tom tommy tony " +
  "travis trevor tyler umar valentin valery victor viktor vincent vitali vladimir volodymyr walter warren wayne wesley will william " +
  "wolfgang xavier yannick yasser yevgeny yusuf yuri zach zachary zbigniew xi shi jin wang li";

const FEMALE =
  "abby abigail ada adriana agnes aisha alexandra alice alicia alina alison allison amanda amber amelia amy ana anastasia andrea " +
  "angela angelina angie anita ann anna anne annie antonia ashley audrey barbara beatrice becky bella beth betty beverly bianca " +
  "brenda brigitte brittany camila carla carmen carol caroline carolyn catherine cecilia charlotte chelsea cheryl chloe christina " +
  "christine cindy claire clara claudia colleen cristina cynthia daisy dana daniela danielle daria deborah debra denise diana diane " +
  "dina dolores donna doris dorothy edith elena elisabeth elizabeth ella ellen elsa emily emma erica erin esther eva evelyn fatima " +
  "fiona frances francesca gabriela gabrielle gina giorgia gloria grace greta hannah harriet heather heidi helen helena hillary " +
  "holly ida ilhan ingrid irene iris isabel isabella jacqueline jane janet janice jasmine jean jennifer jenny jessica jill joan " +
  "joanna jodie josephine joy joyce judith judy julia julie juliet june karen karin kate katherine kathleen kathryn kathy katie " +
  "kamala kelly kim kimberly kristen kristin laura lauren leah leila lena lily linda lisa liz lori louise lucia lucy lydia madeleine " +
  "maggie malala mallory margaret maria marie marina marine marion marjorie martha mary maya megan melania melanie melissa mia " +
  "michelle mila miriam molly monica nadia nancy naomi natalia natalie natasha nicola nicole nina nora olga olivia paige pamela " +
  "patricia paula pauline penny priti rachel rebecca regina renee rita roberta rosa rose ruth sabrina sally samantha sandra sara " +
  "sarah sharon sheila shirley sofia sonia sophia sophie stephanie susan svetlana sylvia tamara tanya teresa theresa " +
  "tiffany tina tracy ursula valentina valerie vanessa vera veronica victoria virginia wendy whitney yulia yvette yvonne zoe";

const GENDER = new Map<string, "m" | "f" | "u">();
const setGender = (n: string, g: "m" | "f") => {
  const had = GENDER.get(n);
  GENDER.set(n, had && had !== g ? "u" : g);
};
{
  for (const n of MALE.split(" ")) setGender(n, "m");
  for (const n of FEMALE.split(" ")) setGender(n, "f");
  const handPicked = new Set(GENDER.keys());
  for (const n of MALE_NAMES.split("|")) if (!handPicked.has(n)) setGender(n, "m");
  for (const n of FEMALE_NAMES.split("|")) if (!handPicked.has(n)) setGender(n, "f");
  for (const n of UNISEX_NAMES.split("|")) if (!GENDER.has(n)) GENDER.set(n, "u");
}

const SURNAME_SET = new Set(SURNAMES.split("|"));
const PEOPLE = new Set(FAMOUS_PEOPLE.split("|"));

export function isSurname(word: string): boolean {
  return SURNAME_SET.has(word.toLowerCase());
}

/** Well-known people by full name ("barack obama"). */
export function isFamousPerson(name: string): boolean {
  return PEOPLE.has(name.toLowerCase());
}

/** "m", "f", "u" (either) for a known given name, else undefined. */
export function givenNameGender(word: string): "m" | "f" | "u" | undefined {
  return GENDER.get(word.toLowerCase());
}

/** Name particles that stay inside a person's name: "Luc De Wolfe", "Osama bin Laden". */
export const NAME_PARTICLES = new Set([
  "de",
  "da",
  "di",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "ten",
  "ter",
  "bin",
  "ibn",
  "al",
  "el",
  "la",
  "le",
  "du",
  "dos",
  "das",
  "ben",
  "abu",
  "mac",
  "st.",
]);

/**
 * The most common Korean and Chinese surnames (Revised/McCune-Reischauer,
 * pinyin and Wade-Giles spellings): before a hyphenated given name
 * ("Kim Su-Bin", "Wang Xiao-Ming") they make a person's name.
 */
const EAST_ASIAN_SURNAMES = wordSet(
  (
    "kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin sin kwon hwang ahn an " +
    "song yoo yu ryu hong jeon jun ko go moon mun son yang bae baek paek heo huh nam noh roh ha kwak sung cha joo ju woo won " +
    "wang li zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie tang cao deng xiao feng zeng " +
    "cheng cai peng pan yuan dong su ye lu wei jiang tian du ding shen fan fu zhong dai cui ren liao yao fang jin qiu xia tan jia " +
    "zou shi xiong meng qin yan xue hou lei bai long duan hao kong shao mao wan gu lai kung tsai hsu hsieh kuo tseng chiu chou chu " +
    "kao lo yeh hung chien"
  ).split(" "),
);

/** "Kim Su-Bin", "Park Tae-Jin": a common East Asian surname and a hyphenated two-syllable given name. */
export function isEastAsianName(surname: string, given: string): boolean {
  return EAST_ASIAN_SURNAMES.has(surname.toLowerCase()) && /^\p{Lu}\p{Ll}{1,4}-\p{L}\p{Ll}{1,4}$/u.test(given);
}
