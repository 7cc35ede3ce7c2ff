// Prints the days of every holiday for 1900..2100, one line each; holidays_wasm_check.sh builds
// it natively and in wasm (the ICU data package of toolchain/icu-wasm.sh) and diffs the two.
#include <cstdio>

#include "extract/dates/holidays.h"

int main() {
  using loupe::dates::HolidayId;
  for (int index = 0; index < int(HolidayId::kCount); ++index) {
    const auto id = HolidayId(index);
    for (int year = 1900; year <= 2100; ++year) {
      const auto range = loupe::dates::holiday_dates(id, year);
      if (!range) continue;
      std::printf("%.*s %d %04d-%02d-%02d/%04d-%02d-%02d\n",
                  int(loupe::dates::holiday_key(id).size()), loupe::dates::holiday_key(id).data(),
                  year, range->first.year, range->first.month, range->first.day, range->last.year,
                  range->last.month, range->last.day);
    }
  }
}
