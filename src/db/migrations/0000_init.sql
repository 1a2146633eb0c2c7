CREATE TABLE "batch" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "batch_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"bron" text NOT NULL,
	"kanaal" text,
	"bestandsnaam" text,
	"ontvangen_op" timestamp with time zone DEFAULT now() NOT NULL,
	"aantal_berichten" integer DEFAULT 0 NOT NULL,
	"aantal_geweigerd" integer DEFAULT 0 NOT NULL,
	"verwerkt_op" timestamp with time zone,
	"raw" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "batch_herhaling" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "batch_herhaling_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"batch_id" bigint NOT NULL,
	"bericht_id" bigint NOT NULL,
	"bestandsnaam" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "batch_weigering" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "batch_weigering_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"batch_id" bigint NOT NULL,
	"naam" text NOT NULL,
	"reden" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bericht" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bericht_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"batch_id" bigint,
	"richting" text NOT NULL,
	"raw" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"grootte" integer NOT NULL,
	"bestandsnaam" text,
	"ontvangen_op" timestamp with time zone DEFAULT now() NOT NULL,
	"berichttype" text,
	"standaard" text,
	"release" text,
	"afzender" text,
	"ontvanger" text,
	"identificatie" text,
	"dagtekening" date,
	"status" text NOT NULL,
	"fase" text NOT NULL,
	"antwoord_op" bigint,
	"dubbel_van" bigint,
	"outbox_pad" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bevinding" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bevinding_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"bericht_id" bigint NOT NULL,
	"fase" text NOT NULL,
	"regel" text NOT NULL,
	"retourcode" text,
	"pad" text NOT NULL,
	"regelnummer" integer,
	"melding" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "toewijzing" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "toewijzing_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"bericht_id" bigint NOT NULL,
	"standaard" text NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"bsn" text NOT NULL,
	"toewijzing_nummer" bigint NOT NULL,
	"referentie_aanbieder" text,
	"productcategorie" text,
	"productcode" text,
	"toewijzingsdatum" date NOT NULL,
	"toewijzingstijd" text NOT NULL,
	"ingangsdatum" date NOT NULL,
	"einddatum" date,
	"reden_wijziging" text,
	"volume" bigint,
	"eenheid" text,
	"frequentie" text,
	"budget" bigint,
	"pad" text NOT NULL,
	"actueel" boolean DEFAULT true NOT NULL,
	"status" text NOT NULL,
	"geboortedatum" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "start_product" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "start_product_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"bericht_id" bigint NOT NULL,
	"standaard" text NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"bsn" text NOT NULL,
	"toewijzing_nummer" bigint,
	"productcategorie" text,
	"productcode" text,
	"toewijzing_ingangsdatum" date,
	"begindatum" date NOT NULL,
	"status_aanlevering" text NOT NULL,
	"beoordeling" text NOT NULL,
	"retourcodes" text[] DEFAULT '{}' NOT NULL,
	"verwijderd" boolean DEFAULT false NOT NULL,
	"pad" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stop_product" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stop_product_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"bericht_id" bigint NOT NULL,
	"standaard" text NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"bsn" text NOT NULL,
	"toewijzing_nummer" bigint,
	"productcategorie" text,
	"productcode" text,
	"toewijzing_ingangsdatum" date,
	"begindatum" date NOT NULL,
	"status_aanlevering" text NOT NULL,
	"beoordeling" text NOT NULL,
	"retourcodes" text[] DEFAULT '{}' NOT NULL,
	"verwijderd" boolean DEFAULT false NOT NULL,
	"pad" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reden_beeindiging" text NOT NULL,
	"einddatum" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "beslissing" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "beslissing_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"prestatie_id" bigint NOT NULL,
	"status" text NOT NULL,
	"retourcodes" text[] DEFAULT '{}' NOT NULL,
	"toegekend_bedrag" bigint NOT NULL,
	"door" text NOT NULL,
	"reden" text,
	"correctie" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "declaratie" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "declaratie_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"bericht_id" bigint NOT NULL,
	"standaard" text NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"declaratie_nummer" text NOT NULL,
	"periode_begin" date NOT NULL,
	"periode_eind" date NOT NULL,
	"declaratie_dagtekening" date NOT NULL,
	"totaal_ingediend" bigint NOT NULL,
	"totaal_toegekend" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prestatie" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "prestatie_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"declaratie_id" bigint NOT NULL,
	"bericht_id" bigint NOT NULL,
	"standaard" text NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"bsn" text NOT NULL,
	"referentie_nummer" text NOT NULL,
	"vorig_referentie_nummer" text,
	"toewijzing_nummer" bigint NOT NULL,
	"productcategorie" text NOT NULL,
	"productcode" text NOT NULL,
	"periode_begin" date NOT NULL,
	"periode_eind" date NOT NULL,
	"geleverd_volume" bigint NOT NULL,
	"eenheid" text NOT NULL,
	"product_tarief" bigint,
	"bedrag" bigint NOT NULL,
	"debet_credit" text NOT NULL,
	"dubbel" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"retourcodes" text[] DEFAULT '{}' NOT NULL,
	"toegekend_bedrag" bigint DEFAULT 0 NOT NULL,
	"pad" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aanbieder" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "aanbieder_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"agb" text NOT NULL,
	"naam" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budgetafspraak" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "budgetafspraak_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"agb" text NOT NULL,
	"gemeentecode" text NOT NULL,
	"segment" text NOT NULL,
	"jaar" integer NOT NULL,
	"soort" text NOT NULL,
	"bedrag" bigint NOT NULL,
	"bandbreedte" numeric(5, 2),
	"voorschot" bigint,
	"plekken" numeric(9, 2)
);
--> statement-breakpoint
CREATE TABLE "contract" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contract_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"standaard" text NOT NULL,
	"agb" text NOT NULL,
	"gemeentecode" text NOT NULL,
	"productcategorie" text NOT NULL,
	"productcode" text,
	"ingangsdatum" date NOT NULL,
	"einddatum" date,
	"tarief" bigint NOT NULL,
	"eenheid" text NOT NULL,
	"frequentie" text,
	"bekostiging" text NOT NULL,
	"perceel" text NOT NULL,
	"segment" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gemeente" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "gemeente_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"gemeentecode" text NOT NULL,
	"naam" text NOT NULL,
	"ingangsdatum" date NOT NULL,
	"einddatum" date
);
--> statement-breakpoint
CREATE TABLE "productcode" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "productcode_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"standaard" text NOT NULL,
	"gemeentecode" text NOT NULL,
	"productcategorie" text NOT NULL,
	"productcode" text NOT NULL,
	"ingangsdatum" date NOT NULL,
	"einddatum" date
);
--> statement-breakpoint
CREATE TABLE "register_import" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "register_import_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"register" text NOT NULL,
	"bestand" text NOT NULL,
	"sha256" text NOT NULL,
	"rijen" integer NOT NULL,
	"door" text NOT NULL,
	"geimporteerd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "woonplaats" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "woonplaats_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"bsn" text NOT NULL,
	"gemeentecode" text NOT NULL,
	"ingangsdatum" date NOT NULL,
	"einddatum" date
);
--> statement-breakpoint
CREATE TABLE "verzoek" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "verzoek_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"bericht_id" bigint NOT NULL,
	"standaard" text NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"bsn" text NOT NULL,
	"referentie_aanbieder" text NOT NULL,
	"berichtsoort" text NOT NULL,
	"beoordeling" text NOT NULL,
	"pad" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_key" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "api_key_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"naam" text NOT NULL,
	"hash" text NOT NULL,
	"prefix" text NOT NULL,
	"rechten" text[] DEFAULT '{aanleveren,lezen}' NOT NULL,
	"ingetrokken_op" timestamp with time zone,
	"laatst_gebruikt_op" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"op" timestamp with time zone DEFAULT now() NOT NULL,
	"wie" text NOT NULL,
	"actie" text NOT NULL,
	"onderwerp" text NOT NULL,
	"onderwerp_id" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "gebruiker" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "gebruiker_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"gebruikersnaam" text NOT NULL,
	"naam" text NOT NULL,
	"wachtwoord_hash" text NOT NULL,
	"rollen" text[] NOT NULL,
	"moet_wachtwoord_wijzigen" boolean DEFAULT false NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessie" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sessie_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"token_hash" text NOT NULL,
	"gebruiker_id" bigint NOT NULL,
	"csrf" text NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ggk_envelop" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ggk_envelop_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"zender" text NOT NULL,
	"referentienummer" text NOT NULL,
	"kanaal" text NOT NULL,
	"functie" text NOT NULL,
	"antwoord_referentie" text NOT NULL,
	"batch_id" bigint,
	"bericht_id" bigint,
	"geclaimd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_bezetting" (
	"peildatum" date NOT NULL,
	"refresh_id" bigint NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"segment" text NOT NULL,
	"perceel" text NOT NULL,
	"productcategorie" text NOT NULL,
	"productcode" text NOT NULL,
	"jaar" integer NOT NULL,
	"trajecten" integer NOT NULL,
	"zorgdagen" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_budget_maand" (
	"peildatum" date NOT NULL,
	"refresh_id" bigint NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"segment" text NOT NULL,
	"perceel" text NOT NULL,
	"productcategorie" text NOT NULL,
	"productcode" text NOT NULL,
	"jaar" integer NOT NULL,
	"maand" integer NOT NULL,
	"toegekend" bigint NOT NULL,
	"in_onderzoek" bigint NOT NULL,
	"prestaties" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_budgetafspraak" (
	"peildatum" date NOT NULL,
	"refresh_id" bigint NOT NULL,
	"agb" text NOT NULL,
	"gemeente" text NOT NULL,
	"segment" text NOT NULL,
	"jaar" integer NOT NULL,
	"soort" text NOT NULL,
	"bedrag" bigint NOT NULL,
	"bandbreedte" numeric(5, 2),
	"voorschot" bigint,
	"plekken" numeric(9, 2)
);
--> statement-breakpoint
CREATE TABLE "kpi_doorlooptijd" (
	"peildatum" date NOT NULL,
	"refresh_id" bigint NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"segment" text NOT NULL,
	"perceel" text NOT NULL,
	"productcategorie" text NOT NULL,
	"productcode" text NOT NULL,
	"soort" text NOT NULL,
	"standaard" text NOT NULL,
	"reden_beeindiging" text NOT NULL,
	"weken" integer NOT NULL,
	"aantal" integer NOT NULL,
	"som_dagen" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_stroom" (
	"peildatum" date NOT NULL,
	"refresh_id" bigint NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"segment" text NOT NULL,
	"perceel" text NOT NULL,
	"productcategorie" text NOT NULL,
	"productcode" text NOT NULL,
	"maand" date NOT NULL,
	"instroom" integer NOT NULL,
	"uitstroom" integer NOT NULL,
	"einde_voor" integer NOT NULL,
	"einde_op" integer NOT NULL,
	"einde_na" integer NOT NULL,
	"einde_open" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_wachtlijst" (
	"peildatum" date NOT NULL,
	"refresh_id" bigint NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"segment" text NOT NULL,
	"perceel" text NOT NULL,
	"productcategorie" text NOT NULL,
	"productcode" text NOT NULL,
	"dagen" integer NOT NULL,
	"aantal" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_wachtlijst_langst" (
	"peildatum" date NOT NULL,
	"refresh_id" bigint NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"segment" text NOT NULL,
	"perceel" text NOT NULL,
	"productcategorie" text NOT NULL,
	"productcode" text NOT NULL,
	"standaard" text NOT NULL,
	"toewijzing_nummer" bigint NOT NULL,
	"wacht_sinds" date NOT NULL,
	"dagen" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_wachttijd" (
	"peildatum" date NOT NULL,
	"refresh_id" bigint NOT NULL,
	"gemeente" text NOT NULL,
	"agb" text NOT NULL,
	"segment" text NOT NULL,
	"perceel" text NOT NULL,
	"productcategorie" text NOT NULL,
	"productcode" text NOT NULL,
	"dagen" integer NOT NULL,
	"aantal" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_refresh" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "kpi_refresh_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"peildatum" date NOT NULL,
	"door" text NOT NULL,
	"gestart_op" timestamp with time zone DEFAULT now() NOT NULL,
	"klaar_op" timestamp with time zone,
	"duur_ms" integer,
	"status" text NOT NULL,
	"rijen" integer,
	"rijen_per_tabel" jsonb,
	"trajecten" integer,
	"prestaties" bigint,
	"opgeruimd" integer,
	"fout" text
);
--> statement-breakpoint
ALTER TABLE "batch_herhaling" ADD CONSTRAINT "batch_herhaling_batch_id_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_weigering" ADD CONSTRAINT "batch_weigering_batch_id_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bericht" ADD CONSTRAINT "bericht_batch_id_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bevinding" ADD CONSTRAINT "bevinding_bericht_id_bericht_id_fk" FOREIGN KEY ("bericht_id") REFERENCES "public"."bericht"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toewijzing" ADD CONSTRAINT "toewijzing_bericht_id_bericht_id_fk" FOREIGN KEY ("bericht_id") REFERENCES "public"."bericht"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "start_product" ADD CONSTRAINT "start_product_bericht_id_bericht_id_fk" FOREIGN KEY ("bericht_id") REFERENCES "public"."bericht"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stop_product" ADD CONSTRAINT "stop_product_bericht_id_bericht_id_fk" FOREIGN KEY ("bericht_id") REFERENCES "public"."bericht"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beslissing" ADD CONSTRAINT "beslissing_prestatie_id_prestatie_id_fk" FOREIGN KEY ("prestatie_id") REFERENCES "public"."prestatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaratie" ADD CONSTRAINT "declaratie_bericht_id_bericht_id_fk" FOREIGN KEY ("bericht_id") REFERENCES "public"."bericht"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prestatie" ADD CONSTRAINT "prestatie_declaratie_id_declaratie_id_fk" FOREIGN KEY ("declaratie_id") REFERENCES "public"."declaratie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prestatie" ADD CONSTRAINT "prestatie_bericht_id_bericht_id_fk" FOREIGN KEY ("bericht_id") REFERENCES "public"."bericht"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzoek" ADD CONSTRAINT "verzoek_bericht_id_bericht_id_fk" FOREIGN KEY ("bericht_id") REFERENCES "public"."bericht"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessie" ADD CONSTRAINT "sessie_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ggk_envelop" ADD CONSTRAINT "ggk_envelop_batch_id_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "batch_ontvangen_op_idx" ON "batch" USING btree ("ontvangen_op");--> statement-breakpoint
CREATE INDEX "batch_herhaling_batch_idx" ON "batch_herhaling" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "batch_weigering_batch_idx" ON "batch_weigering" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bericht_in_sha256_uq" ON "bericht" USING btree ("sha256") WHERE richting = 'in';--> statement-breakpoint
CREATE UNIQUE INDEX "bericht_tr056_uq" ON "bericht" USING btree ("afzender","berichttype","identificatie") WHERE identificatie is not null and dubbel_van is null;--> statement-breakpoint
CREATE UNIQUE INDEX "bericht_antwoord_uq" ON "bericht" USING btree ("antwoord_op","berichttype") WHERE antwoord_op is not null and richting = 'uit';--> statement-breakpoint
CREATE INDEX "bericht_batch_idx" ON "bericht" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "bericht_status_idx" ON "bericht" USING btree ("status","fase","richting");--> statement-breakpoint
CREATE INDEX "bericht_type_dag_idx" ON "bericht" USING btree ("berichttype","dagtekening");--> statement-breakpoint
CREATE INDEX "bericht_afkeur_idx" ON "bericht" USING btree ("id") WHERE richting = 'in' and status in ('afgekeurd', 'technisch-afgekeurd', 'tegengehouden', 'in-onderzoek');--> statement-breakpoint
CREATE INDEX "bericht_ontvangen_idx" ON "bericht" USING btree ("ontvangen_op");--> statement-breakpoint
CREATE INDEX "bevinding_bericht_idx" ON "bevinding" USING btree ("bericht_id");--> statement-breakpoint
CREATE INDEX "bevinding_regel_idx" ON "bevinding" USING btree ("regel","retourcode");--> statement-breakpoint
CREATE INDEX "bevinding_retourcode_idx" ON "bevinding" USING btree ("bericht_id") WHERE retourcode is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "toewijzing_versie_uq" ON "toewijzing" USING btree ("standaard","gemeente","toewijzing_nummer","bericht_id");--> statement-breakpoint
CREATE INDEX "toewijzing_actueel_idx" ON "toewijzing" USING btree ("standaard","gemeente","toewijzing_nummer") WHERE actueel;--> statement-breakpoint
CREATE INDEX "toewijzing_client_idx" ON "toewijzing" USING btree ("bsn");--> statement-breakpoint
CREATE INDEX "toewijzing_agb_idx" ON "toewijzing" USING btree ("agb","gemeente");--> statement-breakpoint
CREATE INDEX "start_product_sleutel_idx" ON "start_product" USING btree ("standaard","gemeente","agb","bsn","toewijzing_nummer");--> statement-breakpoint
CREATE INDEX "start_product_bericht_idx" ON "start_product" USING btree ("bericht_id");--> statement-breakpoint
CREATE INDEX "start_product_bsn_idx" ON "start_product" USING btree ("bsn");--> statement-breakpoint
CREATE INDEX "start_product_afkeur_idx" ON "start_product" USING btree ("bericht_id","id") WHERE beoordeling = 'afgewezen';--> statement-breakpoint
CREATE INDEX "stop_product_sleutel_idx" ON "stop_product" USING btree ("standaard","gemeente","agb","bsn","toewijzing_nummer");--> statement-breakpoint
CREATE INDEX "stop_product_bericht_idx" ON "stop_product" USING btree ("bericht_id");--> statement-breakpoint
CREATE INDEX "stop_product_bsn_idx" ON "stop_product" USING btree ("bsn");--> statement-breakpoint
CREATE INDEX "stop_product_afkeur_idx" ON "stop_product" USING btree ("bericht_id","id") WHERE beoordeling = 'afgewezen';--> statement-breakpoint
CREATE INDEX "beslissing_prestatie_idx" ON "beslissing" USING btree ("prestatie_id");--> statement-breakpoint
CREATE UNIQUE INDEX "declaratie_nummer_uq" ON "declaratie" USING btree ("standaard","agb","declaratie_nummer");--> statement-breakpoint
CREATE INDEX "declaratie_bericht_idx" ON "declaratie" USING btree ("bericht_id");--> statement-breakpoint
CREATE INDEX "declaratie_periode_idx" ON "declaratie" USING btree ("gemeente","agb","periode_begin");--> statement-breakpoint
CREATE UNIQUE INDEX "prestatie_referentie_uq" ON "prestatie" USING btree ("standaard","agb","referentie_nummer") WHERE not dubbel;--> statement-breakpoint
CREATE INDEX "prestatie_toewijzing_idx" ON "prestatie" USING btree ("standaard","gemeente","toewijzing_nummer");--> statement-breakpoint
CREATE INDEX "prestatie_declaratie_idx" ON "prestatie" USING btree ("declaratie_id");--> statement-breakpoint
CREATE INDEX "prestatie_status_idx" ON "prestatie" USING btree ("status");--> statement-breakpoint
CREATE INDEX "prestatie_periode_idx" ON "prestatie" USING btree ("gemeente","agb","periode_begin");--> statement-breakpoint
CREATE INDEX "prestatie_bsn_idx" ON "prestatie" USING btree ("bsn");--> statement-breakpoint
CREATE INDEX "prestatie_afkeur_idx" ON "prestatie" USING btree ("bericht_id","id") WHERE status in ('afgewezen', 'in-onderzoek');--> statement-breakpoint
CREATE INDEX "prestatie_afkeur_gemeente_idx" ON "prestatie" USING btree ("gemeente","bericht_id","id") WHERE status in ('afgewezen', 'in-onderzoek');--> statement-breakpoint
CREATE INDEX "prestatie_afkeur_agb_idx" ON "prestatie" USING btree ("agb","bericht_id","id") WHERE status in ('afgewezen', 'in-onderzoek');--> statement-breakpoint
CREATE INDEX "aanbieder_agb_idx" ON "aanbieder" USING btree ("agb");--> statement-breakpoint
CREATE INDEX "budgetafspraak_idx" ON "budgetafspraak" USING btree ("agb","gemeentecode","jaar");--> statement-breakpoint
CREATE INDEX "contract_agb_idx" ON "contract" USING btree ("agb","gemeentecode","standaard");--> statement-breakpoint
CREATE INDEX "gemeente_code_idx" ON "gemeente" USING btree ("gemeentecode");--> statement-breakpoint
CREATE INDEX "productcode_idx" ON "productcode" USING btree ("gemeentecode","productcategorie","productcode");--> statement-breakpoint
CREATE INDEX "register_import_idx" ON "register_import" USING btree ("register","geimporteerd_op");--> statement-breakpoint
CREATE INDEX "woonplaats_bsn_idx" ON "woonplaats" USING btree ("bsn");--> statement-breakpoint
CREATE INDEX "verzoek_ref_idx" ON "verzoek" USING btree ("standaard","agb","referentie_aanbieder");--> statement-breakpoint
CREATE INDEX "verzoek_bericht_idx" ON "verzoek" USING btree ("bericht_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_key_hash_uq" ON "api_key" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "audit_op_idx" ON "audit" USING btree ("op");--> statement-breakpoint
CREATE INDEX "audit_onderwerp_idx" ON "audit" USING btree ("onderwerp","onderwerp_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gebruiker_naam_uq" ON "gebruiker" USING btree ("gebruikersnaam");--> statement-breakpoint
CREATE UNIQUE INDEX "sessie_token_uq" ON "sessie" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "ggk_envelop_zender_ref_uq" ON "ggk_envelop" USING btree ("zender","referentienummer");--> statement-breakpoint
CREATE INDEX "kpi_bezetting_peildatum_idx" ON "kpi_bezetting" USING btree ("peildatum");--> statement-breakpoint
CREATE INDEX "kpi_budget_maand_peildatum_idx" ON "kpi_budget_maand" USING btree ("peildatum");--> statement-breakpoint
CREATE INDEX "kpi_budgetafspraak_peildatum_idx" ON "kpi_budgetafspraak" USING btree ("peildatum");--> statement-breakpoint
CREATE INDEX "kpi_doorlooptijd_peildatum_idx" ON "kpi_doorlooptijd" USING btree ("peildatum");--> statement-breakpoint
CREATE INDEX "kpi_stroom_peildatum_idx" ON "kpi_stroom" USING btree ("peildatum");--> statement-breakpoint
CREATE INDEX "kpi_wachtlijst_peildatum_idx" ON "kpi_wachtlijst" USING btree ("peildatum");--> statement-breakpoint
CREATE INDEX "kpi_wachtlijst_langst_peildatum_idx" ON "kpi_wachtlijst_langst" USING btree ("peildatum");--> statement-breakpoint
CREATE INDEX "kpi_wachttijd_peildatum_idx" ON "kpi_wachttijd" USING btree ("peildatum");--> statement-breakpoint
CREATE INDEX "kpi_refresh_peildatum_idx" ON "kpi_refresh" USING btree ("peildatum","gestart_op");