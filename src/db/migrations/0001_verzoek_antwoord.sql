DROP INDEX "bericht_antwoord_uq";--> statement-breakpoint
DROP INDEX "bericht_afkeur_idx";--> statement-breakpoint
ALTER TABLE "verzoek" ADD COLUMN "antwoord" text;--> statement-breakpoint
ALTER TABLE "verzoek" ADD COLUMN "reden_afwijzing" text;--> statement-breakpoint
ALTER TABLE "verzoek" ADD COLUMN "verantwoordelijke_gemeente" text;--> statement-breakpoint
CREATE UNIQUE INDEX "bericht_antwoord_uq" ON "bericht" USING btree ("antwoord_op","berichttype","identificatie") WHERE antwoord_op is not null and richting = 'uit';--> statement-breakpoint
CREATE INDEX "bericht_afkeur_idx" ON "bericht" USING btree ("id") WHERE richting = 'in' and status in ('afgekeurd', 'technisch-afgekeurd', 'tegengehouden', 'in-onderzoek', 'afgehandeld');