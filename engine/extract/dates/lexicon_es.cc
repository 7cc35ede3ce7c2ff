// Spanish words of the temporal grammar (data only; classes in lexicon.h, README.md). Forms
// are listed with and without accents: text often drops them ("proximo", "sabado").
#include "extract/dates/lexicon.h"

namespace loupe::dates {
namespace {

using namespace g;  // NOLINT: grain names for the table

constexpr LexEntry kEntries[] = {
    {"enero|ene|ene.", Lx::kMonth, 1}, {"febrero|feb|feb.", Lx::kMonth, 2},
    {"marzo", Lx::kMonth, 3}, {"abril|abr|abr.", Lx::kMonth, 4}, {"mayo", Lx::kMonth, 5},
    {"junio|jun|jun.", Lx::kMonth, 6}, {"julio|jul|jul.", Lx::kMonth, 7},
    {"agosto|ago|ago.", Lx::kMonth, 8}, {"septiembre|setiembre|sept|sept.|set.", Lx::kMonth, 9},
    {"octubre|oct|oct.", Lx::kMonth, 10}, {"noviembre|nov|nov.", Lx::kMonth, 11},
    {"diciembre|dic|dic.", Lx::kMonth, 12},
    {"lunes|lun.", Lx::kWeekday, 1}, {"martes|mar.", Lx::kWeekday, 2},
    {"miércoles|miercoles|mié|mié.|mie.", Lx::kWeekday, 3}, {"jueves|jue.", Lx::kWeekday, 4},
    {"viernes|vie.", Lx::kWeekday, 5}, {"sábado|sabado|sáb.|sab.", Lx::kWeekday, 6},
    {"domingo|dom.", Lx::kWeekday, 7},
    {"cero|zero", Lx::kNumber, 0}, {"un|una|uno", Lx::kNumber, 1}, {"dos", Lx::kNumber, 2}, {"tres", Lx::kNumber, 3},
    {"cuatro", Lx::kNumber, 4}, {"cinco", Lx::kNumber, 5}, {"seis", Lx::kNumber, 6},
    {"siete", Lx::kNumber, 7}, {"ocho", Lx::kNumber, 8}, {"nueve", Lx::kNumber, 9},
    {"diez", Lx::kNumber, 10}, {"once", Lx::kNumber, 11}, {"doce", Lx::kNumber, 12},
    {"trece", Lx::kNumber, 13}, {"catorce", Lx::kNumber, 14}, {"quince", Lx::kNumber, 15},
    {"dieciséis|dieciseis", Lx::kNumber, 16}, {"diecisiete", Lx::kNumber, 17},
    {"dieciocho", Lx::kNumber, 18}, {"diecinueve", Lx::kNumber, 19}, {"veinte", Lx::kNumber, 20},
    {"veintiuno|veintiún", Lx::kNumber, 21}, {"veintidós|veintidos", Lx::kNumber, 22},
    {"veintitrés|veintitres", Lx::kNumber, 23}, {"veinticuatro", Lx::kNumber, 24},
    {"treinta", Lx::kNumber, 30}, {"cuarenta", Lx::kNumber, 40}, {"cincuenta", Lx::kNumber, 50},
    {"primero|primer|primera", Lx::kOrdinal, 1}, {"segundo|segunda", Lx::kOrdinal, 2},
    {"tercero|tercer|tercera", Lx::kOrdinal, 3}, {"cuarto|cuarta", Lx::kOrdinal, 4},
    {"quinto|quinta", Lx::kOrdinal, 5}, {"último|última|ultimo|ultima", Lx::kOrdinal, -1},
    {"segundo|segundos", Lx::kUnit, kSec}, {"minuto|minutos", Lx::kUnit, kMin},
    {"hora|horas", Lx::kUnit, kHour}, {"día|dia|días|dias", Lx::kUnit, kDay},
    {"semana|semanas", Lx::kUnit, kWeek}, {"mes|meses", Lx::kUnit, kMon},
    {"año|años|ano|anos", Lx::kUnit, kYear}, {"trimestre|trimestres", Lx::kQuarterWord},
    {"fin de semana|finde|weekend", Lx::kUnit, kWeek, 2},
    {"hoy", Lx::kDayRel, 0}, {"mañana|manana", Lx::kDayRel, 1}, {"ayer", Lx::kDayRel, -1},
    {"anteayer|antier|antes de ayer", Lx::kDayRel, -2},
    {"pasado mañana|pasado manana", Lx::kDayRel, 2},
    {"ahora|ahorita|en este momento", Lx::kNow},
    {"pasado|pasada|anterior", Lx::kRel, -1}, {"este|esta|actual|presente", Lx::kRel, 0},
    {"próximo|próxima|proximo|proxima|próximos|próximas|proximos|proximas|siguiente|entrante",
     Lx::kRel, 1},
    {"pasado|pasada|anterior", Lx::kRelPost, -1}, {"que viene|que vienen", Lx::kRelPost, 1},
    {"pasados|pasadas|últimos|últimas|ultimos|ultimas", Lx::kLastN, -1},
    {"próximos|próximas|proximos|proximas|proximo|siguientes", Lx::kLastN, 1},
    {"en", Lx::kShiftPre, 1}, {"hace", Lx::kShiftPre, -1},
    {"después|despues|más tarde|mas tarde", Lx::kShiftPost, 1}, {"atrás|atras", Lx::kShiftPost, -1},
    {"dentro de|en los próximos|en las próximas", Lx::kWithin},
    {"mañana|manana", Lx::kPartOfDay, 4, 11}, {"tarde", Lx::kPartOfDay, 12, 19},
    {"noche", Lx::kPartOfDay, 18, 23}, {"madrugada", Lx::kPartOfDay, 0, 5},
    {"esta noche", Lx::kPartOfDay, 18, 23, 0, 1}, {"anoche", Lx::kPartOfDay, 18, 23, -1, 1},
    {"mediodía|mediodia|medio día|medio dia", Lx::kHourWord, 12},
    {"medianoche", Lx::kHourWord, 0},
    {"horas|hora|h", Lx::kOClock},
    {"media", Lx::kMinuteWord, 30}, {"cuarto", Lx::kMinuteWord, 15},
    {"y", Lx::kPast, 0, 1}, {"menos", Lx::kTo, 0, 1},
    {"principios|comienzos|inicios|principio|comienzo|inicio", Lx::kPart, 1},
    {"mediados|mitad", Lx::kPart, 2}, {"finales|fines|fin|final", Lx::kPart, 3},
    {"primavera", Lx::kSeason, 321, 620}, {"verano", Lx::kSeason, 621, 922},
    {"otoño|otono", Lx::kSeason, 923, 1220}, {"invierno", Lx::kSeason, 1221, 320},
    {"años|los años|la década de|década de|decada de", Lx::kDecadeWord, 0, 1},
    {"años veinte", Lx::kDecadeWord, 20}, {"años treinta", Lx::kDecadeWord, 30},
    {"años cuarenta", Lx::kDecadeWord, 40}, {"años cincuenta", Lx::kDecadeWord, 50},
    {"años sesenta", Lx::kDecadeWord, 60}, {"años setenta", Lx::kDecadeWord, 70},
    {"años ochenta", Lx::kDecadeWord, 80}, {"años noventa", Lx::kDecadeWord, 90},
    {"siglo|siglos", Lx::kCenturyWord},
    {"a.c.|a. c.|a.de c.", Lx::kEra, -1},
    {"desde|entre", Lx::kFrom}, {"del|de", Lx::kFrom, 0, 3}, {"hasta", Lx::kUntil}, {"a|al", Lx::kUntil, 0, 3}, {"y", Lx::kUntil, 0, 2},
    {"desde|después de|despues de|a partir de|a partir del|tras", Lx::kAfter},
    {"antes de|antes del|hasta", Lx::kBefore},
    {"durante", Lx::kFor},
    {"en", Lx::kPrep, 0, 0, 1}, {"el", Lx::kPrep, 0, 1}, {"para|hacia|sobre|alrededor de", Lx::kPrep},
    {"a las|a la|las|para las|al las|sobre las|hacia las|a eso de las", Lx::kAt},
    {"de|del|de la", Lx::kOf}, {"la|los|lo|por la|por el", Lx::kFiller},
    {"navidad|día de navidad|dia de navidad", Lx::kHoliday, kFixed, 12, 25},
    {"nochebuena", Lx::kHoliday, kFixed, 12, 24},
    {"nochevieja|noche vieja", Lx::kHoliday, kFixed, 12, 31},
    {"año nuevo|día de año nuevo", Lx::kHoliday, kFixed, 1, 1},
    {"día de reyes|dia de reyes", Lx::kHoliday, kFixed, 1, 6},
    {"día del trabajo|dia del trabajo|día del trabajador", Lx::kHoliday, kFixed, 5, 1},
    {"viernes santo", Lx::kHoliday, kEaster, -2}, {"jueves santo", Lx::kHoliday, kEaster, -3},
    {"domingo de pascua|domingo de resurrección|pascua", Lx::kHoliday, kEaster, 0},
    {"día mundial de la lengua árabe|dia mundial de la lengua arabe", Lx::kHoliday, kFixed, 12,
     18},
    {"día internacional de las cooperativas", Lx::kHoliday, kNthWeekday, 7, 6, 1},
};

constexpr LanguageLexicon kLexicon{"es", kEntries};

}  // namespace

const LanguageLexicon& lexicon_es() { return kLexicon; }

}  // namespace loupe::dates
