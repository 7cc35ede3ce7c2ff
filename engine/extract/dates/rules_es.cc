// Spanish date forms. Words are lower-case; templates use the syntax in README.md.
#include "extract/dates/date_rules.h"

namespace loupe::dates {
namespace {

using K = DateKind;
using W = WordClass;

constexpr LexEntry kWords[] = {
    {"enero", W::kMonth, 1}, {"ene", W::kMonth, 1}, {"febrero", W::kMonth, 2}, {"marzo", W::kMonth, 3},
    {"abril", W::kMonth, 4}, {"abr", W::kMonth, 4}, {"mayo", W::kMonth, 5}, {"junio", W::kMonth, 6},
    {"julio", W::kMonth, 7}, {"agosto", W::kMonth, 8}, {"septiembre", W::kMonth, 9},
    {"setiembre", W::kMonth, 9}, {"octubre", W::kMonth, 10}, {"noviembre", W::kMonth, 11},
    {"diciembre", W::kMonth, 12}, {"dic", W::kMonth, 12},

    {"principios", W::kPart, 1}, {"comienzos", W::kPart, 1}, {"inicios", W::kPart, 1},
    {"mediados", W::kPart, 2}, {"finales", W::kPart, 3}, {"fines", W::kPart, 3}, {"fin", W::kPart, 3},

    {"pasado", W::kRel, -1}, {"pasada", W::kRel, -1}, {"anterior", W::kRel, -1},
    {"este", W::kRel, 0}, {"esta", W::kRel, 0}, {"presente", W::kRel, 0}, {"actual", W::kRel, 0},
    {"próximo", W::kRel, 1}, {"próxima", W::kRel, 1}, {"siguiente", W::kRel, 1}, {"entrante", W::kRel, 1},
    {"viene", W::kRel, 1},  // "el año que viene"
    {"hace", W::kAgo, -1},

    {"día", W::kUnit, kDay}, {"días", W::kUnit, kDay}, {"semana", W::kUnit, kWeek},
    {"semanas", W::kUnit, kWeek}, {"mes", W::kUnit, kMonthUnit}, {"meses", W::kUnit, kMonthUnit},
    {"año", W::kUnit, kYearUnit}, {"años", W::kUnit, kYearUnit}, {"década", W::kUnit, kDecadeUnit},
    {"décadas", W::kUnit, kDecadeUnit}, {"siglo", W::kUnit, kCenturyUnit}, {"siglos", W::kUnit, kCenturyUnit},

    {"hoy", W::kDeictic, kDay, 0}, {"ayer", W::kDeictic, kDay, -1}, {"anteayer", W::kDeictic, kDay, -2},
    {"antier", W::kDeictic, kDay, -2},

    {"un", W::kNumber, 1}, {"una", W::kNumber, 1}, {"uno", W::kNumber, 1}, {"dos", W::kNumber, 2},
    {"tres", W::kNumber, 3}, {"cuatro", W::kNumber, 4}, {"cinco", W::kNumber, 5}, {"seis", W::kNumber, 6},
    {"siete", W::kNumber, 7}, {"ocho", W::kNumber, 8}, {"nueve", W::kNumber, 9}, {"diez", W::kNumber, 10},
    {"once", W::kNumber, 11}, {"doce", W::kNumber, 12}, {"quince", W::kNumber, 15},
    {"veinte", W::kNumber, 20}, {"treinta", W::kNumber, 30}, {"cuarenta", W::kNumber, 40},
    {"cincuenta", W::kNumber, 50}, {"setenta", W::kNumber, 70}, {"cien", W::kNumber, 100},

    {"lunes", W::kWeekday, 1}, {"martes", W::kWeekday, 2}, {"miércoles", W::kWeekday, 3},
    {"jueves", W::kWeekday, 4}, {"viernes", W::kWeekday, 5}, {"sábado", W::kWeekday, 6},
    {"domingo", W::kWeekday, 7},

    {"km", W::kQuantity}, {"kilómetros", W::kQuantity}, {"toneladas", W::kQuantity},
    {"dólares", W::kQuantity}, {"euros", W::kQuantity}, {"kg", W::kQuantity},
};

constexpr DateTemplate kTemplates[] = {
    // Full dates.
    {K::kDate, "{day}+[º] de {mname} [de|del] {year}", 0.97f},    // 31 de julio de 2023
    {K::kDate, "{day}+/+{mnum}+/+{year}", 0.9f},                   // 31/07/2023 (day first)
    // Partial dates.
    {K::kDate, "{day}+[º] de {mname}", 0.92f},                     // 3 de marzo
    {K::kMonth, "{mname} de|del {year}", 0.92f},                   // julio de 2023
    {K::kMonth, "^en|desde|hasta|para {mname}", 0.75f},            // en marzo
    {K::kYear, "^en|desde|hasta|de|del|año|para {year}", 0.9f},    // en 2014
    // Parts of months and years.
    {K::kMonth, "{part} de {mname} [de|del {year}]", 0.92f},       // (a) mediados de octubre
    {K::kYear, "{part} de|del {year}", 0.9f},                      // finales de 2022
    // Decades and centuries.
    {K::kDecade, "[los] años {yy}", 0.85f},                        // los años 90
    {K::kDecade, "[los] años {year}", 0.85f},                      // los años 2000
    {K::kDecade, "[la] década de|del {year}", 0.9f},              // la década de 1990
    {K::kCentury, "[el] siglo {roman}", 0.92f},                    // el siglo XX
    // Ranges.
    {K::kRange, "del {day} al {day2} de {mname} [de|del {year}]", 0.92f},
    {K::kRange, "entre el {day} y el {day2} de {mname} [de|del {year}]", 0.92f},
    {K::kRange, "{day} {dash} {day2} de {mname} [de|del {year}]", 0.92f},
    {K::kRange, "[del] {day} de {mname} al {day2} de {mname2} [de|del {year}]", 0.9f},
    {K::kRange, "de|desde {mname} a|hasta {mname2} [de|del {year}]", 0.85f},
    {K::kRange, "de|desde {year} a|hasta {year2}", 0.9f},
    {K::kRange, "entre {year} y {year2}", 0.9f},
    // Relative to the reference date.
    {K::kRelative, "{deictic}", 0.9f},                             // ayer
    {K::kRelative, "^el {weekday} [{rel}]", 0.85f},                // el viernes (pasado)
    {K::kRelative, "[el|la] {unit} {rel}", 0.88f},                 // el año pasado
    {K::kRelative, "[el|la] {rel} {unit}", 0.88f},                 // la próxima semana, este año
    {K::kRelative, "[el|la] {unit} que {rel}", 0.88f},             // el mes que viene
    {K::kRelative, "{ago} {count} {unit}", 0.95f},                 // hace tres días
    {K::kRelative, "[el] {rel} {day} de {mname}", 0.92f},          // el pasado 3 de marzo
    {K::kRelative, "[el] {day} de {mname} {rel}", 0.9f},           // el 3 de marzo pasado
    {K::kRelative, "[el] {rel} {mname}", 0.85f},                   // el pasado marzo
    {K::kRelative, "{mname} {rel}", 0.8f},                         // marzo pasado
    {K::kRelative, "{mname} del {unit} {rel}", 0.9f},              // marzo del año pasado
    {K::kRelative, "{part} del {unit} {rel}", 0.85f},              // finales del año pasado
    // Durations.
    {K::kDuration, "^durante|por|tras {count} {unit}", 0.85f},     // durante dos años
    {K::kDuration, "^durante|por ^los|las ^últimos|últimas {count} {unit}", 0.85f},
};

constexpr LanguageRules kRules{"es", kWords, kTemplates};

}  // namespace

const LanguageRules& rules_es() { return kRules; }

}  // namespace loupe::dates
