#!/usr/bin/env bash
# Re-saves the bundled national-export fixture with LibreOffice (a real third-party writer) as .xlsx, .xls and .csv,
# into test/fixtures/national-export/, which the e2e tests read (CI has no LibreOffice, so the outputs are committed).
# Needs Debian's libreoffice-calc-nogui. Usage: bash scripts/make-libreoffice-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
src="fixtures/（自定义）监测对象信息-示例.xlsx"
out=test/fixtures/national-export
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src" "$tmp/export.xlsx"
lo() { soffice -env:UserInstallation="file://$tmp/profile" --headless "$@" >/dev/null; }
lo --convert-to xls --outdir "$tmp" "$tmp/export.xlsx"
# UTF-8 (76), comma separated, merged cells' text only in their first cell, as LibreOffice writes it
lo --convert-to "csv:Text - txt - csv (StarCalc):44,34,76,1" --outdir "$tmp" "$tmp/export.xlsx"
mkdir -p "$tmp/x" && lo --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$tmp/x" "$tmp/export.xls"
mkdir -p "$out"
cp "$tmp/export.xls" "$out/libreoffice.xls"
cp "$tmp/export.csv" "$out/libreoffice.csv"
cp "$tmp/x/export.xlsx" "$out/libreoffice.xlsx"
ls -l "$out"
