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

foreach(lib data uc i18n)
  add_library(ICU::${lib} STATIC IMPORTED)
  set_target_properties(ICU::${lib} PROPERTIES
    IMPORTED_LOCATION "${ICU_WASM}/lib/libicu${lib}.a"
    INTERFACE_INCLUDE_DIRECTORIES "${ICU_WASM}/include"
    INTERFACE_COMPILE_DEFINITIONS "U_STATIC_IMPLEMENTATION")
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
