#!/usr/bin/python3
# Writes roster-like workbooks with real third-party writers (Debian packages python3-openpyxl and
# python3-xlsxwriter) for `npm run corpus`: openpyxl normal and write_only, xlsxwriter normal and
# constant_memory. LibreOffice conversions of these are done by corpus.mjs. Usage: corpus-writers.py OUT_DIR
import datetime
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

HEADER = ['序号', '乡镇', '姓名', '身份证号', '出生日期', '登记时间', '时刻', '金额', '是否在册', '备注', '公式']


def check_char(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(c) * k for c, k in zip(s17, w)) % 11]


def rows(n=300):
    for i in range(n):
        d = datetime.date(1940, 1, 1) + datetime.timedelta(days=(i * 7919) % 25000)
        s17 = '522422' + d.strftime('%Y%m%d') + '%03d' % (i % 1000)
        note = [None, '第一行\r\n第二行', 'A&B <C> "引号"', '  前后空格  ', '_x000D_字面', 'x' * 300, '', 'tab\there'][i % 8]
        yield [i + 1, '乡镇%d' % (i % 12), '张%d' % i, s17 + check_char(s17), d,
               datetime.datetime(2026, 10, 1 + i % 28, i % 24, (i * 7) % 60, (i * 13) % 60),
               datetime.time(i % 24, (i * 7) % 60), 350 + (i % 50) * 0.25, i % 3 == 0, note]


def openpyxl_book(path, write_only):
    import openpyxl
    wb = openpyxl.Workbook(write_only=write_only)
    ws = wb.create_sheet('低保名单') if write_only else wb.active
    if not write_only:
        ws.title = '低保名单'
        ws.append(['示例县2026年10月农村低保名单'])
        ws.merge_cells('A1:K1')
    else:
        ws.append(['示例县2026年10月农村低保名单'])
    ws.append(HEADER)
    for k, r in enumerate(rows()):
        ws.append(r + ['=H%d*2' % (k + 3)])
    if not write_only:
        ws2 = wb.create_sheet('说明')
        ws2['A1'] = '早期日期'
        for j, v in enumerate([datetime.date(1900, 1, 1), datetime.date(1900, 2, 28), datetime.date(1900, 3, 1), 1.5, -3, 1e20]):
            ws2.cell(row=2, column=j + 1, value=v)
        ws2.merge_cells('A3:A5')
    wb.save(path)


def xlsxwriter_book(path, constant_memory):
    import xlsxwriter
    wb = xlsxwriter.Workbook(path, {'constant_memory': constant_memory, 'strings_to_numbers': False})
    ws = wb.add_worksheet('低保名单')
    date_fmt = wb.add_format({'num_format': 'yyyy-mm-dd'})
    dt_fmt = wb.add_format({'num_format': 'yyyy-mm-dd hh:mm:ss'})
    t_fmt = wb.add_format({'num_format': 'hh:mm'})
    cn_fmt = wb.add_format({'num_format': 'yyyy"年"m"月"d"日"'})
    ws.merge_range('A1:K1', '示例县2026年10月农村低保名单')
    ws.write_row(1, 0, HEADER)
    for k, r in enumerate(rows()):
        row = k + 2
        ws.write_number(row, 0, r[0])
        ws.write_string(row, 1, r[1])
        ws.write_string(row, 2, r[2])
        ws.write_string(row, 3, r[3])
        ws.write_datetime(row, 4, datetime.datetime.combine(r[4], datetime.time()), cn_fmt if k % 2 else date_fmt)
        ws.write_datetime(row, 5, r[5], dt_fmt)
        ws.write_datetime(row, 6, r[6], t_fmt)
        ws.write_number(row, 7, r[7])
        ws.write_boolean(row, 8, r[8])
        if r[9] is not None:
            ws.write_string(row, 9, r[9])
        ws.write_formula(row, 10, '=H%d&"元"' % (row + 1), None, '%s元' % r[7])
    if not constant_memory:
        ws2 = wb.add_worksheet('说明')
        ws2.write_string(0, 0, '早期日期')
        for j, v in enumerate([1, 59, 60, 61]):
            ws2.write_number(1, j, v, date_fmt)
        ws2.write_formula(2, 0, '=1/0', None, '#DIV/0!')
        ws2.write_formula(2, 1, '=1=1', None, True)
        ws2.write_formula(2, 2, '=0', None, 0)
        ws2.merge_range('A4:A6', '合并')
    wb.close()


openpyxl_book(os.path.join(out, 'openpyxl.xlsx'), False)
openpyxl_book(os.path.join(out, 'openpyxl-write_only.xlsx'), True)
xlsxwriter_book(os.path.join(out, 'xlsxwriter.xlsx'), False)
xlsxwriter_book(os.path.join(out, 'xlsxwriter-constant_memory.xlsx'), True)
print('ok')
