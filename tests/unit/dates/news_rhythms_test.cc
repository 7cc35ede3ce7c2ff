// What a fifth round on news prose fixed (sentences written for these tests, none taken from
// any corpus): seasons and parts of the day said as habits, Korean "지난 해" and "이제 봄",
// reported plans ("would"), and the year of a day and month that no tense chooses.
#include "support/date_checks.h"

using loupe::dates::test::expect_cases;
using loupe::dates::test::expect_none;
using loupe::dates::test::find_dates;

TEST_CASE("Seasons and parts of the day said as a habit are no dates", "[dates][ru][uk][news]") {
  // Two of them near each other: a rhythm of the year or the day, whatever the tense.
  expect_none("Ярмарок проходить двічі на рік: навесні й восени.");
  expect_none("Рынок работает дважды в год, весной и осенью.");
  expect_none("Ліс стримував взимку холод, а влітку спеку.");
  expect_none("Мы работали днем и ночью.");
  // One alone in the present or without a verb: what happens then.
  expect_none("У горах вночі холодно.");
  expect_none("Восени тут завжди туманно.");
  expect_none("Зимой здесь холодно и тихо.");
  // A told past or future keeps it (the reference is a Monday).
  expect_cases(
      {{"Влітку він очолив раду директорів.", "Влітку", "range", "2023-06-01/2023-08-31", "day"},
       {"Ночью боевики обстреляли город.", "Ночью", "range", "2023-07-31T00:00/2023-07-31T04:00",
        "hour"},
       {"Сьогодні ввечері прийде гість.", "Сьогодні ввечері", "range",
        "2023-07-31T18:00/2023-07-31T23:00", "hour"}});
}

TEST_CASE("Korean 'last year' spaced, and a season said to be now", "[dates][ko][news]") {
  expect_cases(
      {{"회사는 지난 해 흑자를 냈다.", "지난 해", "relative", "2022", "year"},
       {"이제 여름이 오는데 준비가 필요하다.", "여름", "range", "2023-06-21/2023-09-23", "day"}});
  // "이제" alone is no date, and a season noun without it stays a noun.
  expect_none("이제 그만 돌아가자.");
  expect_none("여름 상품이 잘 팔린다.");
}

TEST_CASE("A plan reported with 'would' lies ahead of the story", "[dates][en][news]") {
  // The story is dated Friday 2023-07-28: said on Friday, to happen on 3 August.
  const auto found = find_dates(
      "GENEVA 2023-07-28\n\nThe league said on Friday the match would be played on August 3.\n",
      "");
  REQUIRE(found.size() == 3);
  CHECK(found[1].surface == "Friday");
  CHECK(found[1].value == "2023-07-28");
  CHECK(found[2].surface == "August 3");
  CHECK(found[2].value == "2023-08-03");
}

TEST_CASE("A day and month without a tense take the nearest year", "[dates][en][es][news]") {
  // A dated story and no tense: a day a month ahead is no year back, and the range's year is
  // the single day's.
  const auto found =
      find_dates("PARIS 2023-08-30\n\n(heats on July 10-11, and finals on September 26-27)\n", "");
  REQUIRE(found.size() == 3);
  CHECK(found[1].value == "2023-07-10/2023-07-11");
  CHECK(found[2].surface == "September 26-27");
  CHECK(found[2].value == "2023-09-26/2023-09-27");
  const auto one = find_dates("PARIS 2023-08-30\n\n(final: September 26)\n", "");
  REQUIRE(one.size() == 2);
  CHECK(one[1].value == "2023-09-26");
  // After a full date of another year in the sentence, a day and month go on from it.
  const auto story = find_dates(
      "MADRID 2021-05-04\n\nIngresó el 3 de febrero de 2019 y siguió allí hasta el 9 de abril, "
      "cuando salió.\n",
      "");
  REQUIRE(story.size() == 3);
  CHECK(story[1].value == "2019-02-03");
  CHECK(story[2].value == "/2019-04-09");
  // A document named by its date exists already: its date lies back, however near ahead.
  const auto ruling =
      find_dates("КИЇВ 2021-05-04\n\nПро це свідчить ухвала суду від 12 червня.\n", "");
  REQUIRE(ruling.size() == 2);
  CHECK(ruling[1].value == "2020-06-12");
  // A day far ahead stays back too: "24 February" in a story of November.
  const auto far =
      find_dates("SEOUL 2022-11-15\n\nThe talks: 24 February. The vote: 24 December.\n", "");
  REQUIRE(far.size() == 3);
  CHECK(far[1].value == "2022-02-24");
  CHECK(far[2].value == "2022-12-24");
}

TEST_CASE("A number before a word of rates is no clock", "[dates][en][es][ru][news]") {
  expect_none("The bond was quoted at 7.12 percent.");
  expect_none("Inflation ran at 3.45 per cent.");
  expect_none("La tasa quedó en 4.15 por ciento.");
  expect_none("Ставка составила 7.25 процента.");
  expect_none("La ley fijó las 8 horas diarias de trabajo.");
  expect_cases(
      {{"Los obreros llegaron a las 8 horas.", "8 horas", "time", "2023-07-31T08:00", "hour"}});
  // A clock is still a clock.
  expect_cases(
      {{"The bond was quoted at 7.12 in London.", "7.12", "time", "2023-07-31T07:12", "minute"}});
}

TEST_CASE("English 'Labour Day' is the first Monday of September", "[dates][en][news]") {
  expect_cases(
      {{"Toronto markets will shut for Labour Day.", "Labour Day", "date", "2023-09-04", "day"},
       {"Unions marched on May Day.", "May Day", "date", "2023-05-01", "day"}});
}

TEST_CASE("Nouns after an article are no dates", "[dates][es][news]") {
  // "la mañana" is the morning, never tomorrow; "la Mar" the sea.
  expect_cases({{"El tren sale a las 5,40 horas de la mañana.", "5,40", "time", "2023-07-31T05:40",
                 "minute"},
                {"Lo decidirán mañana.", "mañana", "relative", "2023-08-01", "day"}});
  expect_none("Se reunieron por la mañana en el puerto.");
  expect_none("Cenaron en el Casal de la Mar de Palma.");
  expect_none("He told the Sun: nothing will change.");
  // In English a month after "the" may modify the noun after it.
  expect_cases({{"They were held in the May protests.", "May", "month", "2023-05", "month"}});
}

TEST_CASE("A chain of dashed figures is no date", "[dates][en][news]") {
  expect_none("Bowling: Smith 9-2-31-1, Jones 7-0-40-2, Brown 4-1-12-0.");
  expect_cases({{"The law took effect on 4-5-21.", "4-5-21", "date", "2021-04-05", "day"}});
}

TEST_CASE("After a possessive day is after a thing of that day", "[dates][en][news]") {
  expect_cases(
      {{"TABLES AFTER WEDNESDAY'S MATCHES", "WEDNESDAY'S", "relative", "2023-08-02", "day"},
       {"Prices have risen since Monday's vote.", "since Monday's", "range", "2023-07-24/",
        "day"}});
}

TEST_CASE("A winter over two years in a row is one winter", "[dates][uk][ru][news]") {
  expect_cases({{"Вона провела зиму 2019 – 2020-го в Римі.", "зиму 2019 – 2020", "range",
                 "2019-12-01/2020-02-28", "day"},
                {"Зимой 2010-2012 годов было холодно.", "Зимой 2010-2012", "range",
                 "2010-12-01/2013-02-28", "day"}});
}

TEST_CASE("Korean ranges of days and months, a decade onward, a copula", "[dates][ko][news]") {
  expect_cases(
      {{"행사는 이번 달 8∼9일 열린다.", "이번 달 8∼9일", "range", "2023-07-08/2023-07-09", "day"},
       {"그는 80년대 이후를 다룬다.", "80년대 이후", "range", "198X/", "decade"},
       {"그는 지난주 금요일인 날 귀국했다.", "지난주 금요일", "relative", "2023-07-28", "day"}});
  // "인" restates the date: the day after it is the same, and an offset before it counts from
  // the story's time; inside a word it is no particle ("23년인생").
  const auto day = find_dates("광복절 당일인 15일에 판매한다.");
  REQUIRE(day.size() == 2);
  CHECK(day[0].surface == "광복절 당일");
  CHECK(day[0].value == "2023-08-15");
  CHECK(day[1].value == "2023-08-15");
  expect_cases(
      {{"일 년 뒤인 2019년 5월 그는 돌아왔다.", "2019년 5월", "month", "2019-05", "month"}});
  expect_none("그의 23년인생 최고의 순간");
  // "두" without the day's counter counts the months.
  const auto months = find_dates("1∼2월 두 달간 수출이 늘었다.");
  REQUIRE(months.size() == 2);
  CHECK(months[0].surface == "1∼2월");
  CHECK(months[0].value == "2023-01/2023-02");
  CHECK(months[1].kind == "duration");
}

TEST_CASE("A year and a day after a comma, 'after this' and a day", "[dates][ru][uk][news]") {
  // Two dates, not one: the day's own year would follow it.
  const auto two = find_dates("Он работает в компании с 2015 года, 3 марта стал директором.");
  REQUIRE(two.size() == 2);
  CHECK(two[0].surface == "с 2015 года");
  CHECK(two[1].surface == "3 марта");
  // "після цього": after this; the day stands alone, no open interval.
  expect_cases(
      {{"Після цього 12 травня він поїхав до Львова.", "12 травня", "date", "2023-05-12", "day"}});
}

TEST_CASE("Lists, habits and 'el día N'", "[dates][ko][en][es][news]") {
  // "4·6·9·11월": a list of months before one counter; "4·6" of it is no 6 April.
  const auto list = find_dates("시험은 3·5·8·10월에 치른다.");
  for (const auto& f : list) CHECK(f.surface != "3·5");
  expect_cases({{"5·18 기념식이 열렸다.", "5·18", "date", "2023-05-18", "day"}});
  // English plurals say a habit; counted they are days.
  expect_none("The museum is closed on Mondays and on holiday weekends.");
  expect_cases(
      {{"We meet 2 tuesdays from now.", "2 tuesdays from now", "relative", "2023-08-08", "day"}});
  // "el día 25": a day of this month.
  expect_cases({{"La obra terminará el día 25.", "25", "date", "2023-08-25", "day"}});
}

TEST_CASE("Halves of a year", "[dates][en][es][ru][uk][ko][news]") {
  expect_cases(
      {{"Sales rose in the first half of 2021.", "first half of 2021", "range", "2021-01/2021-06",
        "month"},
       {"Продажи выросли в первом полугодии 2020 года.", "первом полугодии 2020 года", "range",
        "2020-01/2020-06", "month"},
       {"Прибуток зріс у другому півріччі 2019 року.", "другому півріччі 2019 року", "range",
        "2019-07/2019-12", "month"},
       {"Las ventas cayeron en el primer semestre de 2018.", "primer semestre de 2018", "range",
        "2018-01/2018-06", "month"},
       {"신차는 올해 하반기에 나온다.", "올해 하반기", "range", "2023-07/2023-12", "month"}});
  // "половина", "mitad": a half of what follows (a year, a month).
  expect_cases({{"Цены росли во второй половине 2015 года.", "второй половине 2015 года", "range",
                 "2015-07/2015-12", "month"},
                {"Завод откроют в первой половине октября.", "первой половине октября", "range",
                 "2023-10-01/2023-10-15", "day"}});
  // English "half" alone is also a match's half, and so is "половина": no date.
  expect_none("He scored early in the second half.");
  expect_none("Первая половина матча прошла без голов.");
}

TEST_CASE("An event named with its year after a dash", "[dates][uk][ru][news]") {
  expect_cases({{"Стадіон збудували до Євро-2012 у Львові.", "2012", "year", "2012", "year"},
                {"Самолёт показали на МАКС-2019.", "2019", "year", "2019", "year"}});
  // A quoted name is a firm's, a short code a model's.
  expect_none("Акции продала фирма \"Вектор-2004\".");
  expect_none("Истребитель Су-27 взлетел.");
}

TEST_CASE("A Korean offset of the clock after an event's noun", "[dates][ko][news]") {
  // Minutes before the end of a match, an hour after an accident: not from the reference.
  expect_none("그는 경기 종료 약 4분 전 골을 넣었다.");
  expect_none("구조대는 사고 발생 2시간 후 도착했다.");
  // After a subject, or days and years, they count from today.
  expect_cases({{"그는 5분 전 도착했다.", "5분 전", "relative", "2023-07-30", "day"},
                {"그러나 4일전 그는 떠났다.", "4일전", "relative", "2023-07-27", "day"},
                {"특히 2003년 이후 시장이 어려웠다.", "2003년 이후", "range", "2003/", "year"}});
}
