#!/usr/bin/env python3
"""Generates the example ELISA plate (cytokine study: IL-2, IL-4, IL-15 in culture media).
Each analyte has its own 4PL (Bottom, Top, EC50 pg/mL, Hill); ODs at 450 nm = curve + 0.05 blank
signal + a per-well 570 nm background that the reference read removes; 3 % multiplicative noise
(seeded), one deliberately imprecise sample pair. True sample concentrations are in TRUTH below."""
import random
random.seed(7)
CURVES = {"IL-2": (0.0, 2.9, 260.0, 1.15), "IL-4": (0.0, 2.4, 180.0, 1.3), "IL-15": (0.0, 3.1, 320.0, 1.05)}
STD = [1000 / 2 ** i for i in range(8)]
# sample name, group, dilution, true concentration in the undiluted medium (pg/mL)
TRUTH = {"IL-2": [("Ctrl-1", "control", 2, 60), ("Ctrl-2", "control", 2, 75), ("Ctrl-3", "control", 2, 52),
                  ("Exp-1", "experimental", 2, 640), ("Exp-2", "experimental", 2, 820),
                  ("Exp-3", "experimental", 2, 710), ("Exp-4", "experimental", 10, 4300)],
         "IL-4": [("Ctrl-1", "control", 2, 18), ("Ctrl-2", "control", 2, 24), ("Ctrl-3", "control", 2, 6),
                  ("Exp-1", "experimental", 2, 150), ("Exp-2", "experimental", 2, 210),
                  ("Exp-3", "experimental", 2, 185), ("Exp-4", "experimental", 2, 240)],
         "IL-15": [("Ctrl-1", "control", 2, 90), ("Ctrl-2", "control", 2, 110), ("Ctrl-3", "control", 2, 95),
                   ("Exp-1", "experimental", 2, 380), ("Exp-2", "experimental", 2, 450),
                   ("Exp-3", "experimental", 2, 520), ("Exp-4", "experimental", 2, 415)]}
ROWS = "ABCDEFGH"
def f4(x, b, t, c, h): return b + (t - b) / (1 + (c / x) ** h)
od450 = [[None] * 12 for _ in ROWS]; od570 = [[None] * 12 for _ in ROWS]; layout = []
for k, (analyte, p) in enumerate(CURVES.items()):
    c0 = 4 * k
    def put(r, c, signal, noisy=0.03):
        bg = 0.04 + 0.02 * random.random()
        od570[r][c] = round(bg, 4)
        od450[r][c] = round(signal * (1 + random.gauss(0, noisy)) + 0.05 + bg, 4)
    for r, conc in enumerate(STD):
        for d in (0, 1):
            put(r, c0 + d, f4(conc, *p))
            layout.append((f"{ROWS[r]}{c0 + d + 1}", "standard", analyte, "", "", repr(conc), ""))
    for r, (name, group, dil, truth) in enumerate(TRUTH[analyte]):
        for d in (0, 1):
            noisy = 0.25 if (analyte, name) == ("IL-15", "Exp-2") else 0.03
            put(r, c0 + 2 + d, f4(truth / dil, *p), noisy)
            layout.append((f"{ROWS[r]}{c0 + 3 + d}", "sample", analyte, name, group, "", str(dil)))
    for d in (0, 1):
        put(7, c0 + 2 + d, 0.0)
        layout.append((f"H{c0 + 3 + d}", "blank", analyte, "", "", "", ""))
with open("plate_96_450_570.csv", "w") as o:
    o.write("Instrument,example absorbance reader\nPlate,cytokine ELISA 1\n\n")
    for wave, m in (("450", od450), ("570", od570)):
        o.write(wave + "," + ",".join(str(i) for i in range(1, 13)) + "\n")
        for r in range(8): o.write(ROWS[r] + "," + ",".join(f"{v:.4f}" for v in m[r]) + "\n")
        o.write("\n")
with open("plate_96_long.csv", "w") as o:
    o.write("well,value,wavelength\n")
    for wave, m in (("450", od450), ("570", od570)):
        for r in range(8):
            for c in range(12): o.write(f"{ROWS[r]}{c + 1},{m[r][c]:.4f},{wave}\n")
with open("plate_map_96.csv", "w") as o:
    o.write("well,type,analyte,sample,group,concentration,dilution\n")
    for row in sorted(layout, key=lambda e: (int(e[0][1:]), e[0][0])): o.write(",".join(row) + "\n")
with open("truth.csv", "w") as o:
    o.write("analyte,sample,group,dilution,conc\n")
    for analyte, rows in TRUTH.items():
        for name, group, dil, truth in rows: o.write(f"{analyte},{name},{group},{dil},{truth}\n")
