# Imported targets for the wasm build's dependencies, built by toolchain/setup.sh into the
# cache outside the clone. Same target names as the native build's find_package results.
set(LOUPE_CACHE "$ENV{LOUPE_CACHE}")
if(NOT LOUPE_CACHE)
  set(LOUPE_CACHE /var/cache/loupe)
endif()
set(ICU_WASM "${LOUPE_CACHE}/icu-wasm")
set(SNOWBALL_WASM "${LOUPE_CACHE}/snowball-wasm")
if(NOT EXISTS "${ICU_WASM}/.done" OR NOT EXISTS "${SNOWBALL_WASM}/.done")
  message(FATAL_ERROR "wasm dependencies missing under ${LOUPE_CACHE}: run toolchain/setup.sh")
endif()

# The search-only tree links toolchain/icu-wasm-site.sh's ICU (-Oz -flto bitcode, fewer
# services); its defines must reach every file that includes ICU's headers (as in that script).
set(_icu_code "${ICU_WASM}")
set(_icu_defines U_STATIC_IMPLEMENTATION)
if(LOUPE_SITE_ONLY)
  set(_icu_code "${LOUPE_CACHE}/icu-wasm-site")
  if(NOT EXISTS "${_icu_code}/.done")
    message(FATAL_ERROR "${_icu_code} missing: run toolchain/setup.sh")
  endif()
  list(APPEND _icu_defines U_CHARSET_IS_UTF8=1 UCONFIG_NO_FILE_IO=1 UCONFIG_NO_SERVICE=1
    UCONFIG_NO_FILTERED_BREAK_ITERATION=1 UCONFIG_NO_LEGACY_CONVERSION=1)
endif()
foreach(lib data uc i18n)
  set(_dir "${_icu_code}")
  if(lib STREQUAL "data")
    set(_dir "${ICU_WASM}")
  endif()
  add_library(ICU::${lib} STATIC IMPORTED)
  set_target_properties(ICU::${lib} PROPERTIES
    IMPORTED_LOCATION "${_dir}/lib/libicu${lib}.a"
    INTERFACE_INCLUDE_DIRECTORIES "${_dir}/include"
    INTERFACE_COMPILE_DEFINITIONS "${_icu_defines}")
endforeach()
# The data library holds the compiled-in data subset (toolchain/icu/data-items.txt).
set_property(TARGET ICU::uc APPEND PROPERTY INTERFACE_LINK_LIBRARIES ICU::data)
set_property(TARGET ICU::i18n APPEND PROPERTY INTERFACE_LINK_LIBRARIES ICU::uc)

add_library(stemmer::stemmer STATIC IMPORTED)
set_target_properties(stemmer::stemmer PROPERTIES
  IMPORTED_LOCATION "${SNOWBALL_WASM}/lib/libstemmer.a"
  INTERFACE_INCLUDE_DIRECTORIES "${SNOWBALL_WASM}/include")

# Header-only nlohmann/json from Debian, exposed alone (all of /usr/include would shadow
# Emscripten's libc headers).
set(_sysdeps "${CMAKE_BINARY_DIR}/sysdeps")
file(MAKE_DIRECTORY "${_sysdeps}")
file(CREATE_LINK /usr/include/nlohmann "${_sysdeps}/nlohmann" SYMBOLIC)
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
set_target_properties(nlohmann_json::nlohmann_json PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_sysdeps}")
