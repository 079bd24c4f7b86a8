-- AlterTable
ALTER TABLE "Absence" ADD COLUMN     "leadToldAt" TIMESTAMPTZ(3);
