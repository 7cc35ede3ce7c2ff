// The names of holidays in the five languages, lower-case, with the inflected forms news text
// uses listed apart (Russian/Ukrainian cases; Korean particles are the matcher's business).
// Where a name means different days in different countries, the language decides:
//  - ru "рождество", "сочельник", "пасха": the Russian Orthodox Church's days (7 January,
//    Orthodox Easter); "католическое рождество"/"католическая пасха" the Western ones.
//  - uk "різдво", "святвечір": 25/24 December from 2023, 7/6 January before (Ukraine's 2023
//    reform); "великдень" is Orthodox Easter (the Ukrainian churches kept the Julian paschalion).
//  - "mother's day"/"día de la madre"/"день матери"/"день матері": the day of the US, Spain,
//    Russia, Ukraine respectively; "independence day" is the US's, "день незалежності" Ukraine's.
//  - en "labour day" as "labor day": the first Monday of September (Canada's spelling of the US
//    day, the one English news names most; it is no day off in the UK, which says "May Day");
//    "may day" and "workers' day" are 1 May, as the other languages' names of the day are.
//  - 설날/추석: the three-day holidays; 신정 and "새해 첫날" are 1 January.
// Left out on purpose, as they are mostly something else in running text: English "lent" (the
// verb), Spanish "reyes" (kings) and "fin de año" (the end of a year), Korean bare "설" (a
// rumour: "사퇴설", "…는 설이") and 전승절 (China's or Russia's, by context).
#include <string>
#include <unordered_map>

#include "extract/dates/holidays.h"

namespace loupe::dates {
namespace {

using H = HolidayId;

// A data table, several names a line (clang-format would put one a line).
// clang-format off
constexpr HolidayName kNames[] = {
    // English.
    {"new year's day", "en", H::kNewYearsDay}, {"new years day", "en", H::kNewYearsDay},
    {"new year", "en", H::kNewYearsDay}, {"new year's", "en", H::kNewYearsDay},
    {"new year's eve", "en", H::kNewYearsEve}, {"new years eve", "en", H::kNewYearsEve},
    {"christmas eve", "en", H::kChristmasEve}, {"christmas", "en", H::kChristmas},
    {"christmas day", "en", H::kChristmas}, {"xmas", "en", H::kChristmas},
    {"boxing day", "en", H::kBoxingDay}, {"epiphany", "en", H::kEpiphany, true},
    {"orthodox christmas", "en", H::kOrthodoxChristmas},
    {"valentine's day", "en", H::kValentinesDay}, {"valentines day", "en", H::kValentinesDay},
    {"st. valentine's day", "en", H::kValentinesDay},
    {"saint valentine's day", "en", H::kValentinesDay},
    {"international women's day", "en", H::kWomensDay}, {"women's day", "en", H::kWomensDay},
    {"st patrick's day", "en", H::kStPatricksDay}, {"st. patrick's day", "en", H::kStPatricksDay},
    {"saint patrick's day", "en", H::kStPatricksDay}, {"st paddy's day", "en", H::kStPatricksDay},
    {"april fools' day", "en", H::kAprilFools}, {"april fools day", "en", H::kAprilFools},
    {"may day", "en", H::kLabourDay}, {"labour day", "en", H::kLaborDayUs},
    {"international workers' day", "en", H::kLabourDay}, {"workers' day", "en", H::kLabourDay},
    {"victory day", "en", H::kVictoryDay}, {"halloween", "en", H::kHalloween},
    {"all saints' day", "en", H::kAllSaints}, {"all souls' day", "en", H::kAllSouls},
    {"easter", "en", H::kEaster}, {"easter sunday", "en", H::kEaster},
    {"easter day", "en", H::kEaster}, {"easter monday", "en", H::kEasterMonday},
    {"good friday", "en", H::kGoodFriday}, {"maundy thursday", "en", H::kMaundyThursday},
    {"holy thursday", "en", H::kMaundyThursday}, {"palm sunday", "en", H::kPalmSunday},
    {"holy week", "en", H::kHolyWeek}, {"ash wednesday", "en", H::kAshWednesday},
    {"pentecost", "en", H::kPentecost}, {"whit sunday", "en", H::kPentecost},
    {"whit monday", "en", H::kWhitMonday}, {"trinity sunday", "en", H::kTrinitySunday},
    {"orthodox easter", "en", H::kOrthodoxEaster}, {"clean monday", "en", H::kCleanMonday},
    {"great lent", "en", H::kGreatLent}, {"great fast", "en", H::kGreatLent},
    {"maslenitsa", "en", H::kMaslenitsa}, {"martin luther king day", "en", H::kMlkDay},
    {"martin luther king jr. day", "en", H::kMlkDay}, {"mlk day", "en", H::kMlkDay},
    {"presidents' day", "en", H::kPresidentsDay}, {"presidents day", "en", H::kPresidentsDay},
    {"memorial day", "en", H::kMemorialDay}, {"independence day", "en", H::kUsIndependenceDay},
    {"fourth of july", "en", H::kUsIndependenceDay}, {"labor day", "en", H::kLaborDayUs},
    {"columbus day", "en", H::kColumbusDay}, {"veterans day", "en", H::kVeteransDay},
    {"veterans' day", "en", H::kVeteransDay}, {"armistice day", "en", H::kVeteransDay},
    {"thanksgiving", "en", H::kThanksgiving}, {"thanksgiving day", "en", H::kThanksgiving},
    {"black friday", "en", H::kBlackFriday}, {"cyber monday", "en", H::kCyberMonday},
    {"mother's day", "en", H::kMothersDayUs}, {"mothers day", "en", H::kMothersDayUs},
    {"father's day", "en", H::kFathersDayUs}, {"fathers day", "en", H::kFathersDayUs},
    {"defender of the fatherland day", "en", H::kDefenderOfFatherlandDay},
    {"russia day", "en", H::kRussiaDay}, {"unity day", "en", H::kUnityDay},
    {"ukraine's independence day", "en", H::kUkraineIndependenceDay},
    {"ukrainian independence day", "en", H::kUkraineIndependenceDay},
    {"independence day of ukraine", "en", H::kUkraineIndependenceDay},
    {"seollal", "en", H::kSeollal}, {"chuseok", "en", H::kChuseok},
    {"buddha's birthday", "en", H::kBuddhasBirthday}, {"hangul day", "en", H::kHangulDay},
    {"lunar new year", "en", H::kChineseNewYear}, {"chinese new year", "en", H::kChineseNewYear},
    {"rosh hashanah", "en", H::kRoshHashanah}, {"rosh hashana", "en", H::kRoshHashanah},
    {"yom kippur", "en", H::kYomKippur}, {"sukkot", "en", H::kSukkot},
    {"shemini atzeret", "en", H::kSheminiAtzeret}, {"simchat torah", "en", H::kSimchatTorah},
    {"hanukkah", "en", H::kHanukkah}, {"chanukah", "en", H::kHanukkah}, {"purim", "en", H::kPurim},
    {"passover", "en", H::kPassover}, {"pesach", "en", H::kPassover},
    {"shavuot", "en", H::kShavuot}, {"tisha b'av", "en", H::kTishaBav},
    {"lag baomer", "en", H::kLagBaomer}, {"lag b'omer", "en", H::kLagBaomer},
    {"islamic new year", "en", H::kIslamicNewYear}, {"hijri new year", "en", H::kIslamicNewYear},
    {"ashura", "en", H::kAshura}, {"day of ashura", "en", H::kAshura}, {"mawlid", "en", H::kMawlid},
    {"isra and mi'raj", "en", H::kIsraMiraj}, {"ramadan", "en", H::kRamadan},
    {"laylat al-qadr", "en", H::kLaylatAlQadr}, {"eid al-fitr", "en", H::kEidAlFitr},
    {"eid ul-fitr", "en", H::kEidAlFitr}, {"eid al-adha", "en", H::kEidAlAdha},
    {"eid ul-adha", "en", H::kEidAlAdha}, {"sacrifice feast", "en", H::kEidAlAdha},
    {"id ul-adha", "en", H::kEidAlAdha}, {"bakr id", "en", H::kEidAlAdha},
    {"bakrid", "en", H::kEidAlAdha}, {"bakri eid", "en", H::kEidAlAdha},
    {"id ul-fitr", "en", H::kEidAlFitr}, {"night of power", "en", H::kLaylatAlQadr},
    {"laylat al qadr", "en", H::kLaylatAlQadr}, {"lailat al-qadr", "en", H::kLaylatAlQadr},
    {"jamat ul-vida", "en", H::kJumuatulWida}, {"jumu'atul-wida", "en", H::kJumuatulWida},
    {"jumu'atul wida", "en", H::kJumuatulWida}, {"alvida jumma", "en", H::kJumuatulWida},
    {"the prophet's ascension", "en", H::kIsraMiraj}, {"isra' and mi'raj", "en", H::kIsraMiraj},
    {"lailat al miraj", "en", H::kIsraMiraj}, {"mawlid an-nabi", "en", H::kMawlid},
    {"the prophet's birthday", "en", H::kMawlid}, {"rosh hashanna", "en", H::kRoshHashanah},
    {"rosh ha-shanah", "en", H::kRoshHashanah},
    {"chinese new year's day", "en", H::kChineseNewYear},
    {"chinese lunar new year", "en", H::kChineseNewYear},
    {"chinese lunar new year's day", "en", H::kChineseNewYear},
    {"lunar new year's day", "en", H::kChineseNewYear},
    {"spring festival", "en", H::kChineseNewYear},
    {"orthodox shrove monday", "en", H::kCleanMonday}, {"ash monday", "en", H::kCleanMonday},
    // Hindu, Sikh, Jain (hindu_calendar.h), with the spellings Indian news uses.
    {"ugadi", "en", H::kUgadi}, {"gudi padwa", "en", H::kUgadi},
    {"rama navami", "en", H::kRamaNavami}, {"ram navami", "en", H::kRamaNavami},
    {"ramanavami", "en", H::kRamaNavami}, {"mahavir jayanti", "en", H::kMahavirJayanti},
    {"mahaveer jayanti", "en", H::kMahavirJayanti},
    {"mahavir janma kalyanak", "en", H::kMahavirJayanti},
    {"mahaveer janma kalyanak", "en", H::kMahavirJayanti},
    {"hanuman jayanti", "en", H::kHanumanJayanti}, {"akshaya tritiya", "en", H::kAkshayaTritiya},
    {"buddha purnima", "en", H::kBuddhaPurnima}, {"vesak", "en", H::kBuddhaPurnima},
    {"ratha yatra", "en", H::kRathaYatra}, {"ratha-yatra", "en", H::kRathaYatra},
    {"rath yatra", "en", H::kRathaYatra}, {"guru purnima", "en", H::kGuruPurnima},
    {"raksha bandhan", "en", H::kRakshaBandhan},
    {"janmashtami", "en", H::kJanmashtami}, {"krishna janmashtami", "en", H::kJanmashtami},
    {"gokulashtami", "en", H::kJanmashtami}, {"ganesh chaturthi", "en", H::kGaneshChaturthi},
    {"vinayaka chaturthi", "en", H::kGaneshChaturthi}, {"navaratri", "en", H::kNavaratri},
    {"navratri", "en", H::kNavaratri}, {"durga puja", "en", H::kDurgaPuja},
    {"maha saptami", "en", H::kMahaSaptami}, {"dussehra", "en", H::kDussehra},
    {"dasara", "en", H::kDussehra}, {"vijayadashami", "en", H::kDussehra},
    {"valmiki jayanti", "en", H::kValmikiJayanti},
    {"maharishi valmiki jayanti", "en", H::kValmikiJayanti},
    {"pargat diwas", "en", H::kValmikiJayanti}, {"karva chauth", "en", H::kKarvaChauth},
    {"dhanteras", "en", H::kDhanteras}, {"dhanatrayodashi", "en", H::kDhanteras},
    {"naraka chaturdashi", "en", H::kNarakaChaturdashi},
    {"kali chaudas", "en", H::kNarakaChaturdashi}, {"choti diwali", "en", H::kNarakaChaturdashi},
    {"chhoti diwali", "en", H::kNarakaChaturdashi}, {"diwali", "en", H::kDiwali},
    {"deepavali", "en", H::kDiwali}, {"divali", "en", H::kDiwali},
    {"lakshmi puja", "en", H::kDiwali}, {"govardhan puja", "en", H::kGovardhanPuja},
    {"bhai dooj", "en", H::kBhaiDooj}, {"bhai duj", "en", H::kBhaiDooj},
    {"bhaiya dooj", "en", H::kBhaiDooj}, {"chhath", "en", H::kChhath},
    {"chhath puja", "en", H::kChhath}, {"guru nanak jayanti", "en", H::kGuruNanakJayanti},

    {"guru gobind singh jayanti", "en", H::kGuruGobindSinghJayanti},
    {"guru govind singh jayanti", "en", H::kGuruGobindSinghJayanti},
    {"guru gobind singh birthday", "en", H::kGuruGobindSinghJayanti},
    {"guru gobind singh's birthday", "en", H::kGuruGobindSinghJayanti},
    {"vasant panchami", "en", H::kVasantPanchami}, {"basant panchami", "en", H::kVasantPanchami},
    {"saraswati puja", "en", H::kVasantPanchami},
    {"guru ravidas jayanti", "en", H::kGuruRavidasJayanti},
    {"guru ravidass jayanti", "en", H::kGuruRavidasJayanti},
    {"guru ravidas birthday", "en", H::kGuruRavidasJayanti},
    {"maha shivaratri", "en", H::kMahaShivaratri}, {"mahashivratri", "en", H::kMahaShivaratri},
    {"maha shivratri", "en", H::kMahaShivaratri}, {"holika dahan", "en", H::kHolikaDahan},
    {"holi", "en", H::kHoli}, {"makar sankranti", "en", H::kMakarSankranti},
    {"makara sankranti", "en", H::kMakarSankranti}, {"pongal", "en", H::kMakarSankranti},
    {"thai pongal", "en", H::kMakarSankranti}, {"bhogi", "en", H::kBhogi},
    {"bogi pandigai", "en", H::kBhogi}, {"bhogi pandigai", "en", H::kBhogi},
    {"mattu pongal", "en", H::kMattuPongal}, {"kaanum pongal", "en", H::kKaanumPongal},
    {"kanni pongal", "en", H::kKaanumPongal}, {"vaisakhi", "en", H::kVaisakhi},
    {"baisakhi", "en", H::kVaisakhi}, {"vaishakhi", "en", H::kVaisakhi},
    {"vasakhi", "en", H::kVaisakhi}, {"rabindra jayanti", "en", H::kRabindraJayanti},
    {"rabindranath jayanti", "en", H::kRabindraJayanti},
    {"parsi new year", "en", H::kParsiNewYear}, {"jamshedi navroz", "en", H::kParsiNewYear},
    {"navroz", "en", H::kParsiNewYear}, {"koningsdag", "en", H::kKoningsdag},
    {"king's day", "en", H::kKoningsdag}, {"kings day", "en", H::kKoningsdag},
    {"boss's day", "en", H::kBossDay}, {"bosses day", "en", H::kBossDay},
    {"boss day", "en", H::kBossDay}, {"national boss day", "en", H::kBossDay},
    {"constitution day", "en", H::kSpainConstitutionDay, false, true},
    // Spanish.
    {"día de la independencia", "es", H::kUsIndependenceDay, false, true},
    {"dia de la independencia", "es", H::kUsIndependenceDay, false, true},
    {"año nuevo", "es", H::kNewYearsDay}, {"día de año nuevo", "es", H::kNewYearsDay},
    {"nochevieja", "es", H::kNewYearsEve}, {"nochebuena", "es", H::kChristmasEve},
    {"navidad", "es", H::kChristmas}, {"día de navidad", "es", H::kChristmas},
    {"reyes magos", "es", H::kEpiphany}, {"día de reyes", "es", H::kEpiphany},
    {"epifanía", "es", H::kEpiphany, true}, {"san valentín", "es", H::kValentinesDay},
    {"día de san valentín", "es", H::kValentinesDay},
    {"día de los enamorados", "es", H::kValentinesDay},
    {"día internacional de la mujer", "es", H::kWomensDay},
    {"día de la mujer", "es", H::kWomensDay}, {"día del trabajo", "es", H::kLabourDay},
    {"día del trabajador", "es", H::kLabourDay},
    {"día internacional de los trabajadores", "es", H::kLabourDay},
    {"día de la victoria", "es", H::kVictoryDay}, {"halloween", "es", H::kHalloween},
    {"todos los santos", "es", H::kAllSaints}, {"día de todos los santos", "es", H::kAllSaints},
    {"día de muertos", "es", H::kAllSouls}, {"día de los muertos", "es", H::kAllSouls},
    {"día de los difuntos", "es", H::kAllSouls}, {"pascua", "es", H::kEaster},
    {"domingo de pascua", "es", H::kEaster}, {"domingo de resurrección", "es", H::kEaster},
    {"lunes de pascua", "es", H::kEasterMonday}, {"viernes santo", "es", H::kGoodFriday},
    {"jueves santo", "es", H::kMaundyThursday}, {"domingo de ramos", "es", H::kPalmSunday},
    {"semana santa", "es", H::kHolyWeek}, {"miércoles de ceniza", "es", H::kAshWednesday},
    {"cuaresma", "es", H::kLent}, {"pentecostés", "es", H::kPentecost},
    {"pascua ortodoxa", "es", H::kOrthodoxEaster},
    {"navidad ortodoxa", "es", H::kOrthodoxChristmas},
    {"acción de gracias", "es", H::kThanksgiving},
    {"día de acción de gracias", "es", H::kThanksgiving}, {"black friday", "es", H::kBlackFriday},
    {"viernes negro", "es", H::kBlackFriday}, {"día de la hispanidad", "es", H::kHispanicDay},
    {"día de la constitución", "es", H::kSpainConstitutionDay},
    {"día de la inmaculada", "es", H::kImmaculateConception},
    {"inmaculada concepción", "es", H::kImmaculateConception},
    {"día de la madre", "es", H::kMothersDaySpain}, {"día del padre", "es", H::kFathersDaySpain},
    {"día de los inocentes", "es", H::kHolyInnocents},
    {"noche de san juan", "es", H::kSaintJohnsEve},
    {"día de las bromas de abril", "es", H::kAprilFools},
    {"año nuevo chino", "es", H::kChineseNewYear}, {"año nuevo lunar", "es", H::kChineseNewYear},
    {"rosh hashaná", "es", H::kRoshHashanah}, {"yom kipur", "es", H::kYomKippur},
    {"janucá", "es", H::kHanukkah}, {"jánuca", "es", H::kHanukkah},
    {"pascua judía", "es", H::kPassover}, {"ramadán", "es", H::kRamadan},
    {"fiesta del cordero", "es", H::kEidAlAdha}, {"fiesta del sacrificio", "es", H::kEidAlAdha},
    // Russian.
    {"день независимости", "ru", H::kUsIndependenceDay, false, true},
    {"дня независимости", "ru", H::kUsIndependenceDay, false, true},
    {"днём независимости", "ru", H::kUsIndependenceDay, false, true},
    {"днем независимости", "ru", H::kUsIndependenceDay, false, true},
    {"рождестве", "ru", H::kOrthodoxChristmas},
    {"новый год", "ru", H::kNewYearsDay}, {"нового года", "ru", H::kNewYearsDay},
    {"новому году", "ru", H::kNewYearsDay}, {"новым годом", "ru", H::kNewYearsDay},
    {"новом году", "ru", H::kNewYearsDay}, {"рождество", "ru", H::kOrthodoxChristmas},
    {"рождества", "ru", H::kOrthodoxChristmas}, {"рождеству", "ru", H::kOrthodoxChristmas},
    {"рождеством", "ru", H::kOrthodoxChristmas}, {"сочельник", "ru", H::kOrthodoxChristmasEve},
    {"католическое рождество", "ru", H::kChristmas},
    {"католического рождества", "ru", H::kChristmas},
    {"международный женский день", "ru", H::kWomensDay}, {"женский день", "ru", H::kWomensDay},
    {"первомай", "ru", H::kLabourDay}, {"первомая", "ru", H::kLabourDay},
    {"праздник весны и труда", "ru", H::kLabourDay}, {"день победы", "ru", H::kVictoryDay},
    {"дня победы", "ru", H::kVictoryDay}, {"дню победы", "ru", H::kVictoryDay},
    {"днём победы", "ru", H::kVictoryDay}, {"днем победы", "ru", H::kVictoryDay},
    {"хэллоуин", "ru", H::kHalloween}, {"день знаний", "ru", H::kKnowledgeDay},
    {"пасха", "ru", H::kOrthodoxEaster}, {"пасхи", "ru", H::kOrthodoxEaster},
    {"пасхе", "ru", H::kOrthodoxEaster}, {"пасху", "ru", H::kOrthodoxEaster},
    {"пасхой", "ru", H::kOrthodoxEaster}, {"католическая пасха", "ru", H::kEaster},
    {"католической пасхи", "ru", H::kEaster}, {"страстная пятница", "ru", H::kOrthodoxGoodFriday},
    {"вербное воскресенье", "ru", H::kOrthodoxPalmSunday}, {"троица", "ru", H::kOrthodoxTrinity},
    {"троицы", "ru", H::kOrthodoxTrinity}, {"троицу", "ru", H::kOrthodoxTrinity},
    {"чистый понедельник", "ru", H::kCleanMonday}, {"великий пост", "ru", H::kGreatLent},
    {"великого поста", "ru", H::kGreatLent}, {"масленица", "ru", H::kMaslenitsa},
    {"масленицы", "ru", H::kMaslenitsa}, {"масленицу", "ru", H::kMaslenitsa},
    {"день святого валентина", "ru", H::kValentinesDay},
    {"день защитника отечества", "ru", H::kDefenderOfFatherlandDay},
    {"дня защитника отечества", "ru", H::kDefenderOfFatherlandDay},
    {"день россии", "ru", H::kRussiaDay}, {"дня россии", "ru", H::kRussiaDay},
    {"день народного единства", "ru", H::kUnityDay}, {"дня народного единства", "ru", H::kUnityDay},
    {"день конституции", "ru", H::kRussiaConstitutionDay},
    {"день космонавтики", "ru", H::kCosmonauticsDay}, {"день матери", "ru", H::kMothersDayRussia},
    {"день отца", "ru", H::kFathersDayRussia}, {"татьянин день", "ru", H::kTatianaDay},
    {"день независимости украины", "ru", H::kUkraineIndependenceDay},
    {"день благодарения", "ru", H::kThanksgiving}, {"черная пятница", "ru", H::kBlackFriday},
    {"чёрная пятница", "ru", H::kBlackFriday}, {"рош ха-шана", "ru", H::kRoshHashanah},
    {"йом кипур", "ru", H::kYomKippur}, {"ханука", "ru", H::kHanukkah},
    {"хануки", "ru", H::kHanukkah}, {"песах", "ru", H::kPassover}, {"рамадан", "ru", H::kRamadan},
    {"рамадана", "ru", H::kRamadan}, {"ураза-байрам", "ru", H::kEidAlFitr},
    {"ураза-байрама", "ru", H::kEidAlFitr}, {"курбан-байрам", "ru", H::kEidAlAdha},
    {"курбан-байрама", "ru", H::kEidAlAdha},
    // Ukrainian.
    {"новий рік", "uk", H::kNewYearsDay}, {"нового року", "uk", H::kNewYearsDay},
    {"новому році", "uk", H::kNewYearsDay}, {"новим роком", "uk", H::kNewYearsDay},
    {"різдво", "uk", H::kUkraineChristmas}, {"різдва", "uk", H::kUkraineChristmas},
    {"різдву", "uk", H::kUkraineChristmas}, {"різдвом", "uk", H::kUkraineChristmas},
    {"святвечір", "uk", H::kUkraineChristmasEve}, {"святвечора", "uk", H::kUkraineChristmasEve},
    {"міжнародний жіночий день", "uk", H::kWomensDay}, {"жіночий день", "uk", H::kWomensDay},
    {"день праці", "uk", H::kLabourDay}, {"першотравень", "uk", H::kLabourDay},
    {"день перемоги", "uk", H::kVictoryDay}, {"дня перемоги", "uk", H::kVictoryDay},
    {"дню перемоги", "uk", H::kVictoryDay}, {"днем перемоги", "uk", H::kVictoryDay},
    {"день пам'яті та перемоги над нацизмом", "uk", H::kUkraineRemembranceVictoryDay},
    {"день пам'яті та перемоги", "uk", H::kUkraineRemembranceVictoryDay},
    {"гелловін", "uk", H::kHalloween}, {"хелловін", "uk", H::kHalloween},
    {"день знань", "uk", H::kKnowledgeDay}, {"великдень", "uk", H::kOrthodoxEaster},
    {"великодня", "uk", H::kOrthodoxEaster}, {"великодню", "uk", H::kOrthodoxEaster},
    {"великоднем", "uk", H::kOrthodoxEaster}, {"пасха", "uk", H::kOrthodoxEaster},
    {"страсна п'ятниця", "uk", H::kOrthodoxGoodFriday},
    {"вербна неділя", "uk", H::kOrthodoxPalmSunday}, {"трійця", "uk", H::kOrthodoxTrinity},
    {"трійці", "uk", H::kOrthodoxTrinity}, {"трійцю", "uk", H::kOrthodoxTrinity},
    {"великий піст", "uk", H::kGreatLent}, {"великого посту", "uk", H::kGreatLent},
    {"масляна", "uk", H::kMaslenitsa}, {"день святого валентина", "uk", H::kValentinesDay},
    {"день закоханих", "uk", H::kValentinesDay},
    {"день незалежності", "uk", H::kUkraineIndependenceDay},
    {"дня незалежності", "uk", H::kUkraineIndependenceDay},
    {"дню незалежності", "uk", H::kUkraineIndependenceDay},
    {"днем незалежності", "uk", H::kUkraineIndependenceDay},
    {"день незалежності україни", "uk", H::kUkraineIndependenceDay},
    {"дня незалежності україни", "uk", H::kUkraineIndependenceDay},
    {"день конституції", "uk", H::kUkraineConstitutionDay},
    {"дня конституції", "uk", H::kUkraineConstitutionDay},
    {"день захисників і захисниць", "uk", H::kUkraineDefendersDay},
    {"день захисників і захисниць україни", "uk", H::kUkraineDefendersDay},
    {"день захисника україни", "uk", H::kUkraineDefendersDay},
    {"день української державності", "uk", H::kUkraineStatehoodDay},
    {"день державності", "uk", H::kUkraineStatehoodDay},
    {"день соборності", "uk", H::kUkraineUnityDay}, {"дня соборності", "uk", H::kUkraineUnityDay},
    {"день соборності україни", "uk", H::kUkraineUnityDay},
    {"день гідності та свободи", "uk", H::kUkraineDignityDay},
    {"день матері", "uk", H::kMothersDayUkraine}, {"день батька", "uk", H::kFathersDayUkraine},
    {"день подяки", "uk", H::kThanksgiving}, {"чорна п'ятниця", "uk", H::kBlackFriday},
    {"рош гашана", "uk", H::kRoshHashanah}, {"йом кіпур", "uk", H::kYomKippur},
    {"ханука", "uk", H::kHanukkah}, {"песах", "uk", H::kPassover}, {"рамадан", "uk", H::kRamadan},
    {"рамадану", "uk", H::kRamadan}, {"ураза-байрам", "uk", H::kEidAlFitr},
    {"курбан-байрам", "uk", H::kEidAlAdha},
    // Korean.
    {"신정", "ko", H::kNewYearsDay}, {"새해 첫날", "ko", H::kNewYearsDay},
    {"새해 전야", "ko", H::kNewYearsEve}, {"크리스마스 이브", "ko", H::kChristmasEve},
    {"성탄절", "ko", H::kChristmas}, {"크리스마스", "ko", H::kChristmas},
    {"발렌타인데이", "ko", H::kValentinesDay}, {"밸런타인데이", "ko", H::kValentinesDay},
    {"세계 여성의 날", "ko", H::kWomensDay}, {"여성의 날", "ko", H::kWomensDay},
    {"근로자의 날", "ko", H::kLabourDay}, {"노동절", "ko", H::kLabourDay},
    {"만우절", "ko", H::kAprilFools}, {"핼러윈", "ko", H::kHalloween},
    {"할로윈", "ko", H::kHalloween}, {"부활절", "ko", H::kEaster},
    {"추수감사절", "ko", H::kThanksgiving}, {"블랙프라이데이", "ko", H::kBlackFriday},
    {"블랙 프라이데이", "ko", H::kBlackFriday}, {"설날", "ko", H::kSeollal},
    {"설 명절", "ko", H::kSeollal}, {"구정", "ko", H::kSeollal}, {"설 연휴", "ko", H::kSeollal},
    {"설연휴", "ko", H::kSeollal}, {"음력 설", "ko", H::kSeollal}, {"추석", "ko", H::kChuseok},
    {"한가위", "ko", H::kChuseok}, {"추석 연휴", "ko", H::kChuseok},
    {"추석연휴", "ko", H::kChuseok}, {"석가탄신일", "ko", H::kBuddhasBirthday},
    {"부처님 오신 날", "ko", H::kBuddhasBirthday}, {"부처님오신날", "ko", H::kBuddhasBirthday},
    {"초파일", "ko", H::kBuddhasBirthday}, {"삼일절", "ko", H::kIndependenceMovementDay},
    {"3·1절", "ko", H::kIndependenceMovementDay}, {"3.1절", "ko", H::kIndependenceMovementDay},
    {"어린이날", "ko", H::kChildrensDayKorea}, {"어버이날", "ko", H::kParentsDayKorea},
    {"스승의 날", "ko", H::kTeachersDayKorea}, {"스승의날", "ko", H::kTeachersDayKorea},
    {"현충일", "ko", H::kMemorialDayKorea}, {"제헌절", "ko", H::kConstitutionDayKorea},
    {"광복절", "ko", H::kLiberationDay}, {"국군의 날", "ko", H::kArmedForcesDayKorea},
    {"국군의날", "ko", H::kArmedForcesDayKorea}, {"개천절", "ko", H::kNationalFoundationDay},
    {"한글날", "ko", H::kHangulDay}, {"춘절", "ko", H::kChineseNewYear},
    {"라마단", "ko", H::kRamadan}, {"유월절", "ko", H::kPassover}, {"하누카", "ko", H::kHanukkah},
    {"욤 키푸르", "ko", H::kYomKippur},
};
// clang-format on

// ’ (U+2019), ‘ (U+2018) and ʼ (U+02BC) become ASCII '; returns false when nothing changed.
bool fold_apostrophes(std::string_view name, std::string& folded) {
  folded.clear();
  bool changed = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const std::string_view rest = name.substr(i);
    if (rest.starts_with("\u2019") || rest.starts_with("\u2018")) {
      folded += '\'';
      i += 2;
      changed = true;
    } else if (rest.starts_with("\u02BC")) {
      folded += '\'';
      i += 1;
      changed = true;
    } else {
      folded += name[i];
    }
  }
  return changed;
}

}  // namespace

std::span<const HolidayName> holiday_names() { return kNames; }

std::optional<HolidayId> holiday_by_name(std::string_view lower_name) {
  static const auto* const by_name = [] {
    auto* map = new std::unordered_map<std::string_view, HolidayId>();
    for (const HolidayName& entry : kNames) map->emplace(entry.name, entry.id);
    return map;
  }();
  std::string folded;
  const std::string_view key = fold_apostrophes(lower_name, folded) ? folded : lower_name;
  const auto found = by_name->find(key);
  if (found == by_name->end()) return std::nullopt;
  return found->second;
}

}  // namespace loupe::dates
