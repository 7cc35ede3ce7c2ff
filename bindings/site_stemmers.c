/* libstemmer's API (libstemmer.h) over the three Snowball algorithms the engine's languages use
 * (english, spanish, russian: analysis/snowball_stem_filter.cc; Ukrainian has its own stemmer,
 * Korean none), for the search-only wasm build only. Link glue for size: libstemmer.c's table
 * names all 29 algorithms, so linking it pulls every stemmer in (~200 KB of wasm); these four
 * functions, linked before libstemmer.a, leave it only the three stemmers and the runtime.
 * Mirrors libstemmer.c of the pinned Snowball 2.2.0 (toolchain/versions.env). */
#include <stdlib.h>
#include <string.h>

#include "libstemmer.h"

struct SN_env { /* runtime/api.h of Snowball 2.2.0: only p and l are read here */
  unsigned char* p;
  int c, l, lb, bra, ket;
  unsigned char** S;
  int* I;
};
int SN_set_current(struct SN_env* z, int size, const unsigned char* s);

#define LOUPE_STEMMER(lang)                            \
  struct SN_env* lang##_UTF_8_create_env(void);        \
  void lang##_UTF_8_close_env(struct SN_env* z);       \
  int lang##_UTF_8_stem(struct SN_env* z);
LOUPE_STEMMER(english)
LOUPE_STEMMER(spanish)
LOUPE_STEMMER(russian)

struct sb_stemmer {
  struct SN_env* (*create)(void);
  void (*close)(struct SN_env*);
  int (*stem)(struct SN_env*);
  struct SN_env* env;
};

static const struct {
  const char* name;
  struct SN_env* (*create)(void);
  void (*close)(struct SN_env*);
  int (*stem)(struct SN_env*);
} kAlgorithms[] = {
    {"english", english_UTF_8_create_env, english_UTF_8_close_env, english_UTF_8_stem},
    {"spanish", spanish_UTF_8_create_env, spanish_UTF_8_close_env, spanish_UTF_8_stem},
    {"russian", russian_UTF_8_create_env, russian_UTF_8_close_env, russian_UTF_8_stem},
};

const char** sb_stemmer_list(void) {
  static const char* names[] = {"english", "spanish", "russian", NULL};
  return names;
}

struct sb_stemmer* sb_stemmer_new(const char* algorithm, const char* charenc) {
  if (charenc && strcmp(charenc, "UTF_8") != 0) return NULL;
  for (size_t i = 0; i < sizeof kAlgorithms / sizeof kAlgorithms[0]; ++i) {
    if (strcmp(algorithm, kAlgorithms[i].name) != 0) continue;
    struct sb_stemmer* s = malloc(sizeof *s);
    if (!s) return NULL;
    s->create = kAlgorithms[i].create, s->close = kAlgorithms[i].close;
    s->stem = kAlgorithms[i].stem, s->env = s->create();
    if (!s->env) {
      free(s);
      return NULL;
    }
    return s;
  }
  return NULL;
}

void sb_stemmer_delete(struct sb_stemmer* s) {
  if (!s) return;
  if (s->close) s->close(s->env);
  free(s);
}

const sb_symbol* sb_stemmer_stem(struct sb_stemmer* s, const sb_symbol* word, int size) {
  if (SN_set_current(s->env, size, word)) {
    s->env->l = 0;
    return NULL;
  }
  if (s->stem(s->env) < 0) return NULL;
  s->env->p[s->env->l] = 0;
  return s->env->p;
}

int sb_stemmer_length(struct sb_stemmer* s) { return s->env->l; }
