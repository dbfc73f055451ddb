-- The anti-trafficking records database shared by the Royal Malaysia Police (PDRM, D3 ATIPSOM
-- division) and the Immigration Department (JIM), as Corridor simulates it: their layout, their
-- words (Malay). load.ts runs this inside the schema it loads (`pdrm` by default), so the names
-- here are unqualified.
--
-- Like the legacy system it stands for, it checks keys but few values: codes, date parts and
-- country names are whatever the desk typed. The adapter (subgraphs/mys) validates what it reads.
-- Keys are COLLATE "C" so that keyset paging orders the same on every server (PGlite, or a real
-- PostgreSQL whatever its locale).

-- One person as one agency recorded them.
CREATE TABLE orang (
  no_rujukan        text COLLATE "C" NOT NULL,   -- the agency's own reference
  agensi            text COLLATE "C" NOT NULL,   -- PDRM or JIM
  nama_penuh        text NOT NULL,               -- full name as written, `bin` / `binti` included
  nama_keluarga     text,                        -- surname, only for names that have one (passport)
  nama_tulisan_asal text,                        -- the name in the person's own script, from a document
  jantina           text,                        -- L lelaki, P perempuan, LL lain-lain; NULL not recorded
  tarikh_lahir      date,                        -- date of birth when fully known …
  tahun_lahir       smallint,                    -- … else the parts that are known
  bulan_lahir       smallint,
  warganegara       text[] NOT NULL DEFAULT '{}', -- PDRM writes Malay country names, JIM ISO alpha-3
  kod_kawalan       text,                        -- handling code H0–H3
  boleh_dikongsi    text[] NOT NULL DEFAULT '{}', -- ISO alpha-3 of the countries it may be released to
  dikemaskini       timestamp NOT NULL,          -- last change, Malaysian local time, no zone stored
  PRIMARY KEY (no_rujukan, agensi)
);

-- Roles: MANGSA, MANGSA_BERPOTENSI, SUSPEK, SAKSI, PATI (pendatang asing tanpa izin), FASILITATOR.
CREATE TABLE peranan (
  no_rujukan text COLLATE "C" NOT NULL,
  agensi     text COLLATE "C" NOT NULL,
  susunan    smallint NOT NULL,
  peranan    text NOT NULL,
  PRIMARY KEY (no_rujukan, agensi, susunan),
  FOREIGN KEY (no_rujukan, agensi) REFERENCES orang ON DELETE CASCADE
);

-- Travel and identity documents. Only a full expiry date fits the form.
CREATE TABLE dokumen_perjalanan (
  no_rujukan       text COLLATE "C" NOT NULL,
  agensi           text COLLATE "C" NOT NULL,
  susunan          smallint NOT NULL,
  jenis            text NOT NULL,              -- PASPORT, KAD_PENGENALAN, …
  no_dokumen       text NOT NULL,              -- as typed
  negara_pengeluar text,                       -- ISO alpha-3, as in the MRZ
  tarikh_luput     date,
  status           text,                       -- SAH, TAMAT_TEMPOH, DICURI, HILANG, DIBATALKAN, BELUM_DISAHKAN
  PRIMARY KEY (no_rujukan, agensi, susunan),
  FOREIGN KEY (no_rujukan, agensi) REFERENCES orang ON DELETE CASCADE
);

CREATE TABLE telefon (
  no_rujukan text COLLATE "C" NOT NULL,
  agensi     text COLLATE "C" NOT NULL,
  susunan    smallint NOT NULL,
  no_telefon text NOT NULL,                    -- as given: national format at home, +international abroad
  PRIMARY KEY (no_rujukan, agensi, susunan),
  FOREIGN KEY (no_rujukan, agensi) REFERENCES orang ON DELETE CASCADE
);

-- Other identifiers: EMEL, MEDIA_SOSIAL, DOMPET_KRIPTO, AKAUN_BANK, IMEI.
CREATE TABLE pengenal_lain (
  no_rujukan text COLLATE "C" NOT NULL,
  agensi     text COLLATE "C" NOT NULL,
  susunan    smallint NOT NULL,
  jenis      text NOT NULL,
  nilai      text NOT NULL,
  PRIMARY KEY (no_rujukan, agensi, susunan),
  FOREIGN KEY (no_rujukan, agensi) REFERENCES orang ON DELETE CASCADE
);

-- Events. The time is the wall-clock time the officer wrote, with the zone it was written in;
-- `ketepatan` says how much of it is known (TAHUN, BULAN, HARI, MINIT): the rest is filler.
CREATE TABLE peristiwa (
  no_rujukan    text COLLATE "C" NOT NULL,
  agensi        text COLLATE "C" NOT NULL,
  susunan       smallint NOT NULL,
  jenis         text NOT NULL,                 -- PEREKRUTAN, LINTAS_SEMPADAN, PENYELAMATAN, TANGKAPAN, …
  masa_tempatan timestamp,
  zon_waktu     text,                          -- IANA zone of masa_tempatan
  ketepatan     text,
  negara        text,                          -- ISO alpha-3
  lokaliti      text,
  premis        text,                          -- facility: a compound, an airport, a border post
  kod_operasi   text,
  ringkasan     text,
  PRIMARY KEY (no_rujukan, agensi, susunan),
  FOREIGN KEY (no_rujukan, agensi) REFERENCES orang ON DELETE CASCADE
);

-- The case register.
CREATE TABLE kes (
  no_kes text COLLATE "C" PRIMARY KEY
);

-- A person's part in a case. Status and forms of exploitation are per person: a suspect is
-- charged while the case stays open for the victims, and each person's papers name what they saw.
CREATE TABLE kes_orang (
  no_rujukan         text COLLATE "C" NOT NULL,
  agensi             text COLLATE "C" NOT NULL,
  susunan            smallint NOT NULL,
  no_kes             text COLLATE "C" NOT NULL REFERENCES kes,
  peranan            text,
  status             text,                     -- DIBUKA, DALAM_SIASATAN, DITUDUH, DITUTUP, NFA
  bentuk_eksploitasi text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (no_rujukan, agensi, susunan),
  FOREIGN KEY (no_rujukan, agensi) REFERENCES orang ON DELETE CASCADE
);

-- The provisions a person's part in a case is investigated or charged under, as the
-- investigation paper cites them: "ATIPSOM 2007 s.12", "Akta Imigresen 1959/63 sek.6(1)(c)".
CREATE TABLE kes_kesalahan (
  no_rujukan  text COLLATE "C" NOT NULL,
  agensi      text COLLATE "C" NOT NULL,
  susunan_kes smallint NOT NULL,
  susunan     smallint NOT NULL,
  peruntukan  text NOT NULL,
  PRIMARY KEY (no_rujukan, agensi, susunan_kes, susunan),
  FOREIGN KEY (no_rujukan, agensi, susunan_kes) REFERENCES kes_orang ON DELETE CASCADE
);
