// Spanish date forms, written for these tests (reference date 2023-07-31 unless stated).
#include "test_helpers.h"

using loupe::dates::test::expect_none;
using loupe::dates::test::expect_one;

TEST_CASE("Spanish full and partial dates", "[.pending][dates][es]") {
  expect_one("Madrid, 31 de julio de 2023.", "31 de julio de 2023", "date", "2023-07-31");
  expect_one("Firmado el 5 de mayo del 2021 en Lima.", "5 de mayo del 2021", "date", "2021-05-05");
  expect_one("La fecha de la firma es el 31/07/2023 en Madrid.", "31/07/2023", "date", "2023-07-31");
  expect_one("Rusia la anexó en 2014.", "2014", "year", "2014");
  expect_one("La reunión fue en noviembre de 2022.", "noviembre de 2022", "month", "2022-11");
  expect_one("Llegaron el 3 de marzo por la tarde.", "3 de marzo", "date", "2023-03-03");
  expect_one("Volvió en marzo con su familia.", "marzo", "month", "2023-03");
}

TEST_CASE("Spanish parts, relatives, ranges, durations", "[.pending][dates][es]") {
  expect_one("Se reanudó a mediados de octubre.", "mediados de octubre", "month", "2023-10");
  expect_one("Cayó a finales de 2022.", "finales de 2022", "year", "2022");
  expect_one("El pasado 3 de marzo hubo un ataque.", "El pasado 3 de marzo", "relative", "2023-03-03");
  expect_one("El año pasado la guerra siguió.", "El año pasado", "relative", "2022");
  expect_one("Lo vimos hace tres días.", "hace tres días", "relative", "2023-07-28");
  expect_one("La próxima semana habrá elecciones.", "La próxima semana", "relative", "2023-W32");
  expect_one("Ayer hablaron los ministros.", "Ayer", "relative", "2023-07-30");
  expect_one("El foro será del 1 al 3 de marzo.", "del 1 al 3 de marzo", "range", "2023-03-01/2023-03-03");
  expect_one("Gobernó de 2019 a 2021 el país.", "de 2019 a 2021", "range", "2019/2021");
  expect_one("Negociaron durante dos años sin éxito.", "dos años", "duration", "P2Y");
  expect_one("Era distinto en los años 90 en Europa.", "los años 90", "decade", "199X");
  expect_one("Fue la gran guerra del siglo XX europeo.", "siglo XX", "century", "19");
}

TEST_CASE("Spanish quantities are not dates", "[.pending][dates][es][negative]") {
  expect_none("La frontera mide 1.180 km.");
  expect_none("Votaron 419 diputados.");
  expect_none("La inflación fue del 15%.");
  expect_none("Llame al 91 555 20 14.");
}
