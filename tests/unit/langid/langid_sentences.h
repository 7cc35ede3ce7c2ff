// Sentences written for the language identification tests (our own text, not from the corpus):
// everyday and news-like lines, titles, and short fragments of the kinds PDFs produce.
#pragma once
#include <vector>

namespace loupe::test {

inline const std::vector<const char*> kKoSentences = {
    "오늘 아침 서울에는 비가 내렸고 오후에는 바람이 강하게 불었다.",
    "두 나라의 외교장관은 다음 달에 다시 만나 협상을 이어가기로 합의했다.",
    "이 보고서는 지역 경제의 변화와 그 원인을 살펴본다.",
    "회의가 끝난 뒤 대변인은 기자들에게 짧은 성명을 읽었다.",
    "정책적 고려사항",
    "보고서 요약",
    "3. 결론 및 시사점",
    "2024년 3월 15일 발표",
    "도서관은 주말에도 문을 열지만 평일보다 일찍 닫는다.",
    "그는 이 문제가 쉽게 해결되지 않을 것이라고 말했다. 그러나 대화는 계속될 것이다.",
    "학생들은 시험이 끝나자 운동장으로 뛰어나가 공을 찼다.",
    "새 법안은 국회(National Assembly)에서 논의될 예정이다.",
};

inline const std::vector<const char*> kEnSentences = {
    "The weather in the capital was cold and wet for most of the week.",
    "Both governments said that the talks had been useful and would continue next month.",
    "This report looks at the changes in the regional economy and their causes.",
    "After the meeting, the spokesperson read a short statement to the press.",
    "A Short History of the Northern Railway",
    "She has worked at the library for twenty years and knows every shelf.",
    "We were told to wait outside until the doors opened at nine.",
    "What happens next will depend on the vote in parliament.",
    "Prices of food and energy rose sharply during the winter.",
    "They are planning to build a new bridge across the river by 2030.",
    "Notes on the Negotiations",
    "Michael Smith: Ten Years of Trade Policy, London 2019, with a foreword by the author.",
};

inline const std::vector<const char*> kEsSentences = {
    "El tiempo en la capital fue frío y húmedo durante casi toda la semana.",
    "Ambos gobiernos dijeron que las conversaciones habían sido útiles y que seguirían el mes "
    "próximo.",
    "Este informe examina los cambios en la economía regional y sus causas.",
    "Después de la reunión, el portavoz leyó una breve declaración a la prensa.",
    "Breve historia del ferrocarril del norte",
    "Ella ha trabajado en la biblioteca durante veinte años y conoce cada estante.",
    "¿Qué pasará ahora con el acuerdo?",
    "¡Nadie esperaba una respuesta tan rápida!",
    "Los precios de los alimentos y de la energía subieron mucho en invierno.",
    "La ciudad construirá un nuevo puente sobre el río antes de 2030.",
    "Notas sobre las negociaciones",
    "Por María López, Universidad de Sevilla, 12 de mayo de 2021.",
};

inline const std::vector<const char*> kRuSentences = {
    "Погода в столице была холодной и сырой почти всю неделю.",
    "Оба правительства заявили, что переговоры были полезными и продолжатся в следующем месяце.",
    "Этот доклад рассматривает изменения в региональной экономике и их причины.",
    "После встречи представитель прочитал журналистам короткое заявление.",
    "Краткая история северной железной дороги",
    "Она работает в библиотеке уже двадцать лет и знает каждую полку.",
    "Что будет дальше, зависит от голосования в парламенте.",
    "Цены на продукты и энергию резко выросли зимой.",
    "Город построит новый мост через реку к 2030 году.",
    "Заметки о переговорах",
    "Мы не знали, когда он вернётся домой.",
    "Иван Петров: Десять лет торговой политики, Москва, 2019.",
};

inline const std::vector<const char*> kUkSentences = {
    "Погода в столиці була холодною і вологою майже весь тиждень.",
    "Обидва уряди заявили, що переговори були корисними і продовжаться наступного місяця.",
    "Ця доповідь розглядає зміни в регіональній економіці та їхні причини.",
    "Після зустрічі речник прочитав журналістам коротку заяву.",
    "Коротка історія північної залізниці",
    "Вона працює в бібліотеці вже двадцять років і знає кожну полицю.",
    "Що буде далі, залежить від голосування в парламенті.",
    "Ціни на продукти та енергію різко зросли взимку.",
    "Місто збудує новий міст через річку до 2030 року.",
    "Нотатки про переговори",
    "Ми не знали, коли він повернеться додому.",
    "Іван Петренко: Десять років торговельної політики, Київ, 2019.",
};

// French, German, Italian, Portuguese, Japanese, Chinese, Greek: none of ours, so "other".
inline const std::vector<const char*> kOtherSentences = {
    "Le temps dans la capitale était froid et humide pendant presque toute la semaine.",
    "Les deux gouvernements ont déclaré que les discussions avaient été utiles.",
    "Das Wetter in der Hauptstadt war die ganze Woche kalt und nass.",
    "Beide Regierungen erklärten, dass die Gespräche nützlich gewesen seien.",
    "Il tempo nella capitale è stato freddo e umido per quasi tutta la settimana.",
    "O tempo na capital foi frio e úmido durante quase toda a semana.",
    "首都の天気は一週間ほとんど寒くて雨が多かった。",
    "首都的天气整个星期都很冷而且潮湿。",
    "Ο καιρός στην πρωτεύουσα ήταν κρύος και υγρός όλη την εβδομάδα.",
};

}  // namespace loupe::test
