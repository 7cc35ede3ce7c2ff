// Spanish date and time forms in running sentences written for these tests (news style);
// reference date 2023-07-31 (a Monday) unless stated.
#include "support/date_checks.h"

using loupe::dates::test::expect_cases;
using loupe::dates::test::expect_none;

TEST_CASE("Spanish full and partial dates", "[dates][es]") {
  expect_cases({
      {"Madrid, 31 de julio de 2023.", "31 de julio de 2023", "date", "2023-07-31", "day"},
      {"Firmado el 5 de mayo del 2021 en Lima.", "5 de mayo del 2021", "date", "2021-05-05", "day"},
      {"La fecha de la firma fue el 27/07/2023 en Madrid.", "27/07/2023", "date", "2023-07-27",
       "day"},
      {"Rusia la anexó en 2014.", "2014", "year", "2014", "year"},
      {"La reunión fue en noviembre de 2022.", "noviembre de 2022", "month", "2022-11", "month"},
      {"Volvió en marzo con su familia.", "marzo", "month", "2023-03", "month"},
      {"El acuerdo se firmó el 1.º de mayo en Quito.", "1.º de mayo", "date", "2023-05-01", "day"},
      {"Las obras terminarán en el verano de 2025.", "verano de 2025", "range",
       "2025-06-21/2025-09-22", "day"},
  });
}

TEST_CASE("Spanish times of day", "[dates][es]") {
  expect_cases({
      {"El pleno comenzó a las 15:30 del martes.", "15:30 del martes", "time", "2023-07-25T15:30",
       "minute"},
      {"Llegaron el 3 de marzo por la tarde.", "3 de marzo por la tarde", "range",
       "2023-03-03T12:00/2023-03-03T19:00", "hour"},
      {"La votación será mañana a las once.", "mañana a las once", "time", "2023-08-01T11:00",
       "hour"},
      {"El tren salió a las tres y media de la tarde.", "tres y media de la tarde", "time",
       "2023-07-31T15:30", "minute"},
  });
}

TEST_CASE("Spanish parts, relatives, ranges, durations", "[dates][es]") {
  expect_cases({
      {"Se reanudó a mediados de octubre.", "mediados de octubre", "range", "2022-10-11/2022-10-20",
       "day"},
      {"Cayó a finales de 2022.", "finales de 2022", "range", "2022-09/2022-12", "month"},
      {"El pasado 3 de marzo hubo un ataque.", "pasado 3 de marzo", "relative", "2023-03-03",
       "day"},
      {"El año pasado la guerra siguió.", "año pasado", "relative", "2022", "year"},
      {"Lo vimos hace tres días.", "hace tres días", "relative", "2023-07-28", "day"},
      {"La próxima semana habrá elecciones.", "próxima semana", "relative", "2023-W32", "week"},
      {"Ayer hablaron los ministros.", "Ayer", "relative", "2023-07-30", "day"},
      {"El foro fue del 1 al 3 de marzo.", "del 1 al 3 de marzo", "range", "2023-03-01/2023-03-03",
       "day"},
      {"El festival será del 13 al 15 de julio.", "del 13 al 15 de julio", "range",
       "2024-07-13/2024-07-15", "day"},
      {"Gobernó de 2019 a 2021 el país.", "de 2019 a 2021", "range", "2019/2021", "year"},
      {"Negociaron durante dos años sin éxito.", "dos años", "duration", "P2Y", "year"},
      {"Era distinto en los años 90 en Europa.", "los años 90", "decade", "199X", "decade"},
      {"Fue la gran guerra del siglo XX europeo.", "siglo XX", "century", "19", "century"},
      {"El miércoles de la semana que viene hay pleno.", "miércoles de la semana que viene",
       "relative", "2023-08-09", "day"},
  });
}

TEST_CASE("Spanish quantities are not dates", "[dates][es][negative]") {
  expect_none("La frontera mide 1.180 km.");
  expect_none("Votaron 419 diputados.");
  expect_none("La inflación fue del 15%.");
  expect_none("Llame al 91 555 20 14.");
  expect_none("El equipo ganó 3-1 en casa.");
  expect_none("Subió a 5 puntos en la encuesta.");
}
