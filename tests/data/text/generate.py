#!/usr/bin/env python3
"""Regenerates the legacy-encoding test data in this folder, independently of the C++ code:
TCVN3 bytes come from glibc's iconv (TCVN5712-1), VNI bytes from the published VNI-Windows table
re-implemented here. Output: vni.tsv, tcvn3.tsv, mixed-cells.tsv (cells as Excel hands them over:
legacy bytes read as Windows-1252 text)."""
import subprocess
import unicodedata

TONES = {"\u0301": 1, "\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}  # sắc huyền hỏi ngã nặng
VNI_TONE = [None, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF]
VNI_CIRCUMFLEX = [0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4]
VNI_BREVE = [0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB]
VNI_SINGLE_I = [ord("i"), 0xED, 0xEC, 0xE6, 0xF3, 0xF2]


def vni(ch):
    upper = ch != ch.lower()
    low = ch.lower()
    if low == "đ":
        return bytes([0xD1 if upper else 0xF1])
    parts = unicodedata.normalize("NFD", low)
    base, marks = parts[0], parts[1:]
    tone = next((TONES[m] for m in marks if m in TONES), 0)
    shape = next((m for m in marks if m in "\u0302\u0306\u031b"), None)
    shift = (lambda b: b - 0x20) if upper else (lambda b: b)
    letter = ord(base.upper()) if upper else ord(base)
    if base == "i":
        return bytes([letter]) if tone == 0 else bytes([shift(VNI_SINGLE_I[tone])])
    if base == "y" and tone == 5:
        return bytes([shift(0xEE)])
    if shape == "\u031b":  # ơ ư are single bytes, then the tone
        single = shift(0xF4 if base == "o" else 0xF6)
        return bytes([single] + ([shift(VNI_TONE[tone])] if tone else []))
    if shape == "\u0302":
        return bytes([letter, shift(VNI_CIRCUMFLEX[tone])])
    if shape == "\u0306":
        return bytes([letter, shift(VNI_BREVE[tone])])
    return bytes([letter] + ([shift(VNI_TONE[tone])] if tone else []))


def tcvn3(text):
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode(), capture_output=True,
                          check=True).stdout


def as_windows1252(data):
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


letters = []
for line in open("letters.tsv", encoding="utf-8"):
    if not line.startswith("#"):
        letters.append(line.split("\t")[0])

with open("vni.tsv", "w", encoding="utf-8") as f:
    f.write("# letter<TAB>VNI-Windows bytes (hex), from the published table (generate.py)\n")
    for l in letters:
        f.write("%s\t%s\n" % (l, " ".join("%02X" % b for b in vni(l))))

with open("tcvn3.tsv", "w", encoding="utf-8") as f:
    f.write("# letter<TAB>TCVN5712-1 byte (hex) from glibc iconv; TCVN3 fonts have no toned capitals, glibc puts them in free slots\n")
    for l in letters:
        f.write("%s\t%s\n" % (l, " ".join("%02X" % b for b in tcvn3(l))))

cells = [
    "Nguyễn Văn An", "Trần Thị Bình", "Phạm Đức Thắng", "Lê Thị Ánh Tuyết", "Hoàng Minh Quân",
    "Số 12 phố Kim Mã, phường Ba Đình, thành phố Hà Nội", "Bệnh viện Phụ sản Trung ương",
    "đăng ký khai sinh quá hạn", "Đặng Thuỳ Dương", "Vũ Ngọc Trâm", "xã Yên Lạc, tỉnh Phú Thọ",
]
with open("mixed-cells.tsv", "w", encoding="utf-8") as f:
    f.write("# expected encoding<TAB>expected text<TAB>the cell as a spreadsheet hands it over (generate.py)\n")
    for c in cells:
        f.write("unicode\t%s\t%s\n" % (c, c))
        lower = c.lower()  # TCVN3 (ABC) text is typed in lower case when toned capitals are missing
        f.write("tcvn3\t%s\t%s\n" % (lower, as_windows1252(tcvn3(lower))))
        f.write("vni\t%s\t%s\n" % (c, as_windows1252(b"".join(vni(ch) if ord(ch) > 127 else ch.encode() for ch in c))))
    for c in ["Bà Tám", "Hà Nam", "Phường Mê Linh", "Lò Văn Pá"]:
        f.write("unicode\t%s\t%s\n" % (c, c))  # Unicode that happens to fit in Latin-1 stays as it is
    for c in ["Nguyen Van An", "12/05/1998"]:
        f.write("ascii\t%s\t%s\n" % (c, c))
