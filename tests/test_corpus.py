"""The labelled development corpus (tests/corpus): the files are valid, and the issue's bars hold.

Validity tests check the corpus itself (parsing, contract vocabulary, label references).
Scoring tests run the logic of ../shared/tools/score.py in-process over every storyline
(ours and ../shared's) and the noise set, with `classify_article` and `detect_all`.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pycountry
import pytest

from conftest import SHARED, score_module
from storywatch.classify import classify_article
from storywatch.classify.resources import rows
from storywatch.engine import detect_all
from storywatch.models import ACTIONS, ISSUES, MODALITIES, Article, parse_article

# The bars of issues 4 and 5 (targets). Reached on ../shared's storyline; not yet on the
# whole corpus: the tests below hold the measured figures as floors that only go up (raise
# a floor when the system improves; never lower one to make a change pass).
TARGET_EVENT_F1 = 0.90  # pooled tp/fp/fn over the development storylines
TARGET_NOISE_QUIET_SHARE = 0.95  # share of noise articles with no event at all
FORBIDDEN_MAX = 0  # forbidden events: a target and a floor
NOISE_CHANGES_MAX = 0  # changes on noise: a target and a floor
FALSE_CHANGES_MAX = 0  # score.py's --max-false on each storyline

# Floors per group, measured on this corpus (see the closing notes of issues 4 and 5).
# dev: storylines developed against; heldout: written blind, since used for development too;
# heldout2: written blind, tuned to from session 2; heldout3-6: written blind in session 2 by
# writers who never saw the code (heldout3 then used for development; heldout4-6 never looked at,
# heldout4-5 only through their writers' summaries of error classes, heldout6 not at all: the
# honest figures for unseen stories). heldout7: written blind in session 3, scored once by its
# writer, then only its writer's summary of error classes was read. heldout8, heldout9: the same,
# session 4 (heldout9 written last, on the session's near-final code). heldout10: the same,
# session 5, written at its start; heldout11 written late in session 5, on near-final code.
# heldout12: written blind at the start of session 6, scored once by its writer. heldout13:
# written blind late in session 6, scored once by its writer on a frozen copy of the code.
# heldout14, heldout15: written blind at the start of session 7 by two writers, each scored once
# on a frozen copy of the session's first code; only their summaries were read at first.
# heldout16: written blind later in session 7 on a frozen copy of the session's middle code.
# heldout17, heldout18: written blind at the start of session 8 by two writers (Africa, the
# Middle East, Europe and Central Asia; Asia, the Americas and Oceania), each scored once on a
# frozen copy of the session's first code (7433803); only their summaries were read at first.
# heldout19: written blind in the middle of session 8 on a frozen copy of c0b4254.
# heldout20: written blind late in session 8 on a frozen copy of 5c52862.
# heldout21, heldout22: written blind at the start of session 9 by two writers, each scored once on
# a frozen copy of the session's first code (c4b0c0f); only their summaries were read at first.
# heldout23: written blind in the middle of session 9 on a frozen copy of 31138bb.
# heldout24: written blind late in session 9 on a frozen copy of fd07864.
# heldout25: written blind at the start of session 10 on a frozen copy of 231f20f; only its
# summary was read at first.
# heldout26: written blind in the middle of session 10 on a frozen copy of c487b30.
# heldout27: written blind late in session 10 on a frozen copy of 195fda7.
# heldout28: written blind at the start of session 11 on a frozen copy of fd515d6; only its
# summary was read at first.
# heldout29: written blind in the middle of session 11 on a frozen copy of c19b97f.
# heldout30: written blind late in session 11 on a frozen copy of af38553.
# heldout31: written blind at the start of session 12 on a frozen copy of 1fe232b; only its
# summary was read at first.
# heldout32: written blind in the middle of session 12 on a frozen copy of f030129.
# heldout33: written blind late in session 12 on a frozen copy of 6667299.
# heldout34: written blind at the end of session 12 on a frozen copy of a52d90e.
# heldout35: written blind at the start of session 13 on a frozen copy of f4cf5ab.
# heldout36: written blind in the middle of session 13 on a frozen copy of b63e899.
# heldout37: written blind late in session 13 on a frozen copy of a68837b.
# heldout38: written blind at the end of session 13 on a frozen copy of cfcb2ed.
# heldout39: written blind at the start of session 14 on a frozen copy of f66f183.
# heldout40: written blind in the middle of session 14 on a frozen copy of 20fda8d.
# heldout41: written blind late in session 14 on a frozen copy of 45d7dcb.
# heldout42: written blind at the end of session 14 on a frozen copy of 522c7f0.
# heldout43: written blind at the start of session 15 on a frozen copy of 71a1d86.
# heldout44: written blind in the middle of session 15 on a frozen copy of bc27ae2.
# heldout45: written blind late in session 15 on a frozen copy of c4d5219.
# heldout46: written blind at the start of session 16 on a frozen copy of 6e88a7c.
# heldout47: written blind in the middle of session 16 on a frozen copy of a707532.
# heldout48: written blind late in session 16 on a frozen copy of e2b9ccd.
# heldout49: written blind at the start of session 17 on a frozen copy of f72ca4f.
# heldout50: written blind in the middle of session 17 on a frozen copy of 2bcf378.
# heldout51: written blind late in session 17 on a frozen copy of 3a143d3.
# heldout52: written blind at the start of session 18 on a frozen copy of 377bbd6.
# heldout53: written blind early in session 18 on a frozen copy of 250d329.
# heldout54: written blind late in session 18 on a frozen copy of 839e7ac.
# heldout55: written blind at the start of session 19 on a frozen copy of 50849aa.
# heldout56: written blind in the middle of session 19 on a frozen copy of 6ce0d67.
# heldout57: written blind late in session 19 on a frozen copy of e82e35c.
# heldout58: written blind at the start of session 20 on a frozen copy of 8b275f5.
# heldout59: written blind in the middle of session 20 on a frozen copy of 278ff98.
# heldout60: written blind late in session 20 on a frozen copy of a8db46f.
# heldout61: written blind at the end of session 20 on a frozen copy of 84e5f1a.
# heldout62: written blind at the start of session 21 on a frozen copy of aaa0d67.
# heldout63: written blind in the middle of session 21 on a frozen copy of 1cd520f.
# heldout64: written blind late in session 21 on a frozen copy of f9af091.
EVENT_F1_FLOOR = {
    "shared": 1.0,
    "dev": 0.92,
    "heldout": 0.89,
    "heldout2": 0.85,
    "heldout3": 0.86,
    "heldout4": 0.84,
    "heldout5": 0.88,
    "heldout6": 0.8,
    "heldout7": 0.83,  # written blind in session 3: 0.694 when written
    "heldout8": 0.89,  # written blind in session 4: 0.695 when written
    "heldout9": 0.78,  # written blind in session 4, late: 0.634 when written
    "heldout10": 0.83,  # written blind in session 5: 0.737 at first scoring, 0.757 after labels
    "heldout11": 0.85,  # written blind late in session 5: 0.739 when written
    "heldout12": 0.93,  # written blind in session 6: 0.733 when written
    "heldout13": 0.86,  # written blind late in session 6: 0.640 when written
    "heldout14": 0.84,  # written blind in session 7: 0.663 when written
    "heldout15": 0.89,  # written blind in session 7: 0.764 when written
    "heldout16": 0.88,  # written blind late in session 7: 0.707 when written (0.693 first labels)
    "heldout17": 0.81,  # written blind in session 8: 0.704 when written (0.693 first labels)
    "heldout18": 0.85,  # written blind in session 8: 0.713 when written
    "heldout19": 0.78,  # written blind mid-session 8: 0.659 when written (0.651 first labels)
    "heldout20": 0.86,  # written blind late in session 8: 0.731 when written (0.722 first labels)
    "heldout21": 0.84,  # written blind at the start of session 9: 0.727 when written
    "heldout23": 0.76,  # written blind mid-session 9: 0.662 when written (0.657 first labels)
    "heldout22": 0.85,  # written blind at the start of session 9: 0.757 (0.727 first labels)
    "heldout24": 0.81,  # written blind late in session 9: 0.740 when written
    "heldout25": 0.9,  # written blind early in session 10: 0.750 when written (0.718 first labels)
    "heldout26": 0.81,  # written blind mid-session 10: 0.701 when written
    "heldout27": 0.81,  # written blind late in session 10: 0.696 when written (0.686 first labels)
    "heldout28": 0.78,  # written blind early in session 11: 0.638 when written
    "heldout29": 0.78,  # written blind mid-session 11: 0.596 when written (0.586 first labels)
    # heldout30: 0.688 when written with its noise file pooled (0.667 first labels); 0.701 for
    # its storylines alone, the figure this floor holds
    "heldout30": 0.83,
    # heldout31: 0.607 when written (0.601 after its writer's label fixes)
    "heldout31": 0.79,
    "heldout32": 0.87,  # 0.777 when written (0.791 after its writer's label fixes)
    "heldout33": 0.88,  # 0.831 when written (0.836 after its writer's label fixes)
    "heldout34": 0.81,  # 0.687 when written (0.690 after its writer's label fixes)
    "heldout35": 0.88,  # 0.767 when written
    "heldout36": 0.84,  # 0.700 when written (0.704 after its writer's label fixes)
    "heldout37": 0.87,  # 0.719 when written (0.723 after its writer's label fixes)
    "heldout38": 0.86,  # 0.675 when written (0.718 after its writer's label fixes)
    "heldout39": 0.84,  # 0.687 when written
    "heldout40": 0.9,  # 0.753 when written
    "heldout41": 0.8,  # 0.736 when written
    "heldout42": 0.84,  # 0.699 when written (0.780 after its writer's label fix)
    "heldout43": 0.88,  # 0.798 when written (0.811 after its writer's label fixes)
    "heldout44": 0.82,  # 0.756 when written
    "heldout45": 0.92,  # 0.756 when written (0.765 after its writer's label fix)
    "heldout46": 0.84,  # 0.734 when written (0.754 after its writer's label fixes)
    "heldout47": 0.89,  # 0.771 when written (0.775 after its writer's label fixes)
    # heldout48: 0.641 when written (0.670 after its writer's label fixes; 0.678 without noise)
    "heldout48": 0.78,
    "heldout49": 0.87,  # 0.789 when written
    "heldout50": 0.81,  # 0.716 when written (0.735 after its writer's label fixes)
    "heldout51": 0.83,  # 0.763 when written (0.781 after its writer's label fix)
    "heldout52": 0.81,  # 0.736 when written (0.744 after its writer's label fix)
    "heldout53": 0.79,  # 0.656 when written (0.685 after its writer's two label fixes)
    "heldout54": 0.78,  # 0.704 when written (0.708 after its writer's label fix)
    "heldout55": 0.76,  # 0.708 when written (0.713 after its writer's label fix)
    "heldout56": 0.83,  # 0.779 when written (0.789 after its writer's label fixes)
    "heldout57": 0.85,  # 0.815 when written
    "heldout58": 0.82,  # 0.688 when written (0.720 after its writer's label fixes)
    # heldout59: 0.846 when written with its noise file pooled (0.859 after its writer's label
    # fixes)
    "heldout59": 0.91,
    "heldout60": 0.9,  # 0.880 when written with its noise file pooled (the same after fixes)
    # heldout61: 0.686 when written with its noise file pooled (0.696 after its writer's label
    # fixes)
    "heldout61": 0.79,
    # heldout62: 0.816 when written with its noise file pooled (the same after its writer's
    # label fixes, all in its sentence set)
    "heldout62": 0.83,
    # heldout63: 0.806 when written with its noise file pooled (0.813 after its writer's label
    # fix)
    "heldout63": 0.81,
    # heldout64: 0.725 when written with its noise file pooled (0.750 after its writer's label
    # fixes)
    "heldout64": 0.75,
}
CHANGES_FOUND_FLOOR = {
    "shared": 1.0,
    "dev": 0.97,
    "heldout": 1.0,  # issue 5 session 2: 18/18 (stories: counter-proposals, open loops, mediators)
    "heldout2": 1.0,
    "heldout3": 0.9,
    "heldout4": 0.97,
    "heldout5": 0.88,
    "heldout6": 0.96,
    "heldout7": 0.74,
    "heldout8": 0.91,  # 28/45 when written
    "heldout9": 0.85,  # 31/42 when written
    "heldout10": 0.86,  # 27/38 when written
    "heldout11": 0.85,  # 26/35 when written
    "heldout12": 0.96,  # 21/28 when written
    "heldout13": 0.92,  # 17/25 when written
    "heldout14": 0.88,  # 24/36 when written
    "heldout15": 0.96,  # 28/32 when written
    "heldout16": 0.91,  # 23/35 when written
    "heldout17": 0.8,  # 20/31 when written
    "heldout18": 0.92,  # 19/27 when written
    "heldout19": 0.83,  # 20/31 when written
    "heldout20": 0.9,  # 21/30 when written (20/30 first labels)
    "heldout21": 0.84,  # 27/33 when written
    "heldout22": 0.92,  # 24/28 when written
    "heldout23": 0.92,  # 20/26 when written
    "heldout24": 0.95,  # 18/24 when written
    "heldout25": 0.92,  # 14/27 when written
    "heldout26": 0.77,  # 21/31 when written
    "heldout27": 0.78,  # 16/28 when written
    "heldout28": 0.95,  # 33/40 when written
    "heldout29": 0.9,  # 19/31 when written
    "heldout30": 0.91,  # 27/37 when written
    "heldout31": 0.9,  # 27/40 when written
    "heldout32": 0.94,  # 33/38 when written
    "heldout33": 0.97,  # 31/38 when written
    "heldout34": 0.97,  # 27/38 when written
    "heldout35": 1.0,  # 24/35 when written
    "heldout36": 0.97,  # 29/36 when written
    "heldout37": 0.92,  # 30/38 when written
    "heldout38": 0.97,  # 24/37 when written (26/37 after its writer's label fixes)
    "heldout39": 0.97,  # 29/37 when written
    "heldout40": 0.92,  # 26/39 when written
    "heldout41": 0.91,  # 33/37 when written
    "heldout42": 0.87,  # 32/39 when written
    "heldout43": 0.92,  # 27/39 when written (28/39 after its writer's label fixes)
    "heldout44": 0.91,  # 30/36 when written
    "heldout45": 0.89,  # 30/38 when written
    "heldout46": 0.94,  # 28/38 when written
    "heldout47": 0.97,  # 29/37 when written
    "heldout48": 0.93,  # 31/43 when written (33/43 after its writer's label fixes)
    "heldout49": 1,  # 30/32 when written
    "heldout50": 0.9,  # 33/40 when written
    "heldout51": 0.83,  # 25/31 when written
    "heldout52": 0.89,  # 34/38 when written
    "heldout53": 0.91,  # 30/36 when written
    "heldout54": 0.86,  # 28/38 when written
    "heldout55": 0.92,  # 30/38 when written
    "heldout56": 0.95,  # 31/40 when written
    "heldout57": 0.94,  # 36/39 when written
    "heldout58": 0.75,  # 20/29 when written
    "heldout59": 0.89,  # 24/29 when written (25/29 after its writer's label fixes)
    "heldout60": 0.96,  # 27/31 when written (28/31 after its writer's label fixes)
    "heldout61": 1.0,  # 25/27 when written
    "heldout62": 0.84,  # 19/25 when written
    "heldout63": 0.68,  # 22/32 when written
    "heldout64": 0.66,  # 20/30 when written
}
# dev 1 -> 2 (session 2): iran-04 "open to Omani mediation" is now read as a response (the
# labels call it no answer at all) and iran-10's void agreement targets the UN, not the IAEA.
# heldout9 2 -> 4 (session 6): groups the article introduces (classify.groups) make its rebel
# alliance a party: 2 more required changes found (32 -> 34 of 42), and the host's talks with
# the government, once scheduled at the article where the alliance accepted, are scheduled at
# the later one that names the government (2 false by position).
FALSE_CHANGES_CEILING = {
    "shared": 0,
    "dev": 1,
    "heldout": 0,  # issue 5 session 2
    "heldout2": 0,
    "heldout3": 0,
    "heldout4": 0,
    "heldout5": 1,
    "heldout6": 1,
    "heldout7": 2,
    "heldout8": 0,  # 8 when written
    "heldout9": 3,  # 4 when written
    "heldout10": 2,  # 14 when written (16 before its writer's label fixes)
    "heldout11": 0,  # 14 when written
    "heldout12": 0,  # 22 when written
    "heldout13": 5,  # 17 when written
    "heldout14": 2,  # 5 when written
    "heldout15": 1,  # 12 when written
    "heldout16": 1,  # 9 when written
    "heldout17": 6,  # 16 when written
    # heldout18: 13 mid-session 8, 14 again once the gazetteer knew its rebel group (the TPNPB:
    # 2 more changes found, 1 more false)
    "heldout18": 1,  # 14 when written (17 before its writer's two label fixes)
    # heldout19: 8 -> 9 in session 11 (its rebels' name, spelled by its acronym, learned: the
    # group's proposal recalled at a quiet article opened a peace_deal thread), then back to 8
    "heldout19": 5,  # 9 when written
    # heldout20: once moved from 16 to 17 in session 10 (a late copy came to name the group its
    # original named by its region), then down to 10 with the session's background rules; 6 ->
    # 7 in session 21: "a faction of the Casamance separatist movement" now acts for the group
    # (the rule that "a faction of the NSCN" does, which found one more change in heldout23 and
    # removed a false one), and the article names the group only by its region, CASAMANCE,
    # where the labels name MFDC
    "heldout20": 7,  # 19 when written
    "heldout21": 2,  # 17 when written
    "heldout22": 1,  # 10 when written
    "heldout23": 5,  # 12 when written
    "heldout24": 3,  # 10 when written
    "heldout25": 1,  # 14 when written (16 before its writer's label fixes)
    "heldout26": 0,  # 5 when written
    "heldout27": 0,  # 3 when written
    "heldout28": 4,  # 12 when written
    "heldout29": 3,  # 12 when written (13 before its writer's label fixes)
    # heldout30: 5 -> 6 in session 11 with one more required change found (27 -> 28/37: an
    # acceptance of the agency's inspection is now read as one; its recall a day later names no
    # issue and opens a thread of its own), then 4 once an agreed agenda was no deal
    "heldout30": 1,  # 5 when written (7 with its noise file's 2; 8 before label fixes)
    "heldout31": 5,  # 18 when written
    "heldout32": 0,  # 5 when written
    "heldout33": 4,  # 13 when written
    "heldout34": 4,  # 15 when written
    "heldout35": 4,  # 10 when written
    "heldout36": 5,  # 8 when written
    "heldout37": 3,  # 6 when written
    "heldout38": 1,  # 15 when written (11 after its writer's label fixes)
    "heldout39": 2,  # 7 when written
    "heldout40": 6,  # 12 when written
    "heldout41": 0,  # 6 when written (4 after its writer's label fix)
    "heldout42": 3,  # 13 when written (12 after its writer's label fix)
    "heldout43": 0,  # 6 when written (4 after its writer's label fixes)
    "heldout44": 4,  # 5 when written
    "heldout45": 0,  # 12 when written
    "heldout46": 0,  # 3 when written
    "heldout47": 2,  # 4 when written
    "heldout48": 8,  # 19 when written (15 after its writer's label fixes)
    "heldout49": 0,  # 3 when written
    "heldout50": 3,  # 6 when written (5 after its writer's label fixes)
    "heldout51": 2,  # 10 when written
    "heldout52": 7,  # 11 when written
    "heldout53": 4,  # 6 when written
    "heldout54": 6,  # 11 when written
    "heldout55": 8,  # 16 when written
    "heldout56": 4,  # 8 when written
    "heldout57": 2,  # 5 when written
    "heldout58": 0,  # 5 when written
    "heldout59": 3,  # 4 when written (3 without its noise file's 1)
    "heldout60": 2,  # 6 when written
    "heldout61": 1,  # 10 when written (8 after its writer's label fixes; 2 of them in its noise)
    "heldout62": 6,  # 7 when written
    "heldout63": 6,  # 6 when written
    "heldout64": 6,  # 10 when written (8 after its writer's label fixes; 2 of them in its noise)
}
NOISE_QUIET_FLOOR = {
    "noise": 1.0,
    "heldout2-noise": 1.0,
    "heldout3-noise": 1,
    "heldout4-noise": 1.0,
    "heldout5-noise": 1.0,
    "heldout6-noise": 1,
    "heldout7-noise": 1,
    "heldout8-noise": 1,
    "heldout9-noise": 1,
    "heldout10-noise": 1.0,
    "heldout11-noise": 1.0,
    "heldout12-noise": 1.0,
    "heldout13-noise": 1.0,
    "heldout14-noise": 1.0,
    "heldout15-noise": 1.0,
    "heldout16-noise": 1,  # 15/16 when written (a retrospective "thirty years ago")
    "heldout17-noise": 1.0,  # 16/16 when written
    "heldout18-noise": 1.0,  # 16/16 when written
    "heldout19-noise": 1.0,  # 16/16 when written
    "heldout20-noise": 1,  # 15/16 when written (places in a list read as two parties)
    "heldout21-noise": 1.0,  # 16/16 when written
    "heldout22-noise": 1.0,  # 16/16 when written
    "heldout23-noise": 1.0,  # 16/16 when written
    "heldout24-noise": 1,  # 15/16 when written (people named Chad and Georgia)
    "heldout25-noise": 1.0,  # 16/16 when written
    "heldout26-noise": 1,  # 15/16 when written (a retrospective sixty years back)
    "heldout27-noise": 1.0,  # 16/16 when written
    "heldout28-noise": 1.0,  # 16/16 when written
    "heldout29-noise": 1.0,  # 16/16 when written
    "heldout30-noise": 1,  # 14/16 when written (towns named like states)
    "heldout31-noise": 1.0,  # 16/16 when written
    "heldout32-noise": 1.0,  # 16/16 when written
    "heldout33-noise": 1.0,  # 16/16 when written
    "heldout34-noise": 1.0,  # 16/16 when written
    "heldout35-noise": 1.0,  # 16/16 when written
    "heldout36-noise": 1.0,  # 16/16 when written
    "heldout37-noise": 1.0,  # 16/16 when written
    "heldout38-noise": 1.0,  # 16/16 when written
    "heldout39-noise": 1.0,  # 16/16 when written
    "heldout40-noise": 1.0,  # 16/16 when written
    "heldout41-noise": 1.0,  # 16/16 when written
    "heldout42-noise": 1.0,  # 16/16 when written
    "heldout43-noise": 1.0,  # 16/16 when written
    "heldout44-noise": 1.0,  # 16/16 when written
    "heldout45-noise": 1.0,  # 15/16 when written
    "heldout46-noise": 1.0,  # 16/16 when written
    "heldout47-noise": 1.0,  # 16/16 when written
    "heldout48-noise": 1.0,  # 15/16 when written
    "heldout49-noise": 1.0,  # 16/16 when written
    "heldout50-noise": 1.0,  # 16/16 when written
    "heldout51-noise": 0.93,  # 15/16 when written
    "heldout52-noise": 1.0,  # 16/16 when written
    "heldout53-noise": 0.93,  # 15/16 when written
    "heldout54-noise": 0.93,  # 15/16 when written
    "heldout55-noise": 1,  # 14/16 when written
    "heldout56-noise": 1.0,  # 16/16 when written
    "heldout57-noise": 1.0,  # 16/16 when written
    "heldout58-noise": 1.0,  # 16/16 when written
    "heldout59-noise": 0.87,  # 14/16 when written
    "heldout60-noise": 1.0,  # 16/16 when written
    "heldout61-noise": 0.93,  # 15/16 when written (reality stars named Chad, Georgia, India)
    "heldout62-noise": 1.0,  # 16/16 when written
    "heldout63-noise": 1.0,  # 16/16 when written
    "heldout64-noise": 0.93,  # 15/16 when written (people named Kenya and Jamaica)
}
FORBIDDEN_CEILING = {
    "shared": 0,
    "dev": 0,
    "heldout": 0,
    "heldout2": 0,
    "heldout3": 1,
    "heldout4": 0,
    "heldout5": 1,
    "heldout6": 0,
    "heldout7": 0,
    "heldout8": 0,
    "heldout9": 2,  # 3 when written
    "heldout10": 0,  # 1 when written
    "heldout11": 0,  # 2 when written
    "heldout12": 0,  # 1 when written
    "heldout13": 0,  # 0 when written
    "heldout14": 0,  # 0 when written
    "heldout15": 0,  # 0 when written
    "heldout16": 0,  # 0 when written
    "heldout17": 0,  # 2 when written
    "heldout18": 0,  # 0 when written
    "heldout19": 1,  # 3 when written
    "heldout20": 0,  # 1 when written (3 before its writer's label fixes)
    "heldout21": 0,  # 2 when written
    "heldout23": 0,  # 5 when written
    "heldout22": 1,  # 1 when written (7 before its writer's label fixes)
    "heldout24": 0,  # 0 when written
    "heldout25": 0,  # 2 when written
    "heldout26": 2,  # 2 when written
    "heldout27": 0,  # 2 when written
    "heldout28": 2,  # 5 when written (6 before its writer's label fix)
    "heldout29": 3,  # 3 when written
    "heldout30": 2,  # 2 when written (5 with its noise file's 3)
    "heldout31": 1,  # 3 when written
    "heldout32": 0,  # 0 when written (3 before its writer's label fixes)
    "heldout33": 0,  # 1 when written (3 before its writer's label fixes)
    "heldout34": 1,  # 4 when written
    "heldout35": 0,  # 0 when written (2 before its writer's label fix)
    "heldout36": 0,  # 3 when written (4 before its writer's label fixes)
    "heldout37": 0,  # 0 when written (1 before its writer's label fixes)
    "heldout38": 0,  # 0 when written
    "heldout39": 2,  # 4 when written (2 after its writer's label fix)
    "heldout40": 1,  # 3 when written (2 after its writer's label fix)
    "heldout41": 0,  # 0 when written
    "heldout42": 3,  # 2 when written (3 after its writer's label fix)
    "heldout43": 0,  # 1 when written (0 after its writer's label fixes)
    "heldout44": 0,  # 0 when written
    "heldout45": 0,  # 2 when written
    "heldout46": 0,  # 0 when written
    "heldout47": 1,  # 3 when written (1 after its writer's label fixes)
    "heldout48": 0,  # 2 when written (1 after its writer's label fixes)
    "heldout49": 0,  # 2 when written
    "heldout50": 1,  # 3 when written (1 after its writer's label fixes)
    "heldout51": 3,  # 3 when written
    "heldout52": 1,  # 1 when written
    "heldout53": 0,  # 4 when written
    # 7 when written; 2 of them are a weather article's "authorities urged people to stay
    # indoors", which its writer labelled forbidden and calls borderline
    "heldout54": 0,
    "heldout55": 6,  # 9 when written (and 1 in its noise)
    "heldout56": 5,  # 8 when written (6 after its writer's label fixes)
    "heldout57": 0,  # 2 when written
    "heldout58": 0,  # 1 when written (0 after its writer's label fixes)
    "heldout59": 0,  # 2 when written (1 without its noise file's)
    "heldout60": 2,  # 4 when written (2 after its writer's label fix)
    "heldout61": 3,  # 7 when written (6 after its writer's label fix; 3 in its noise)
    "heldout62": 1,  # 2 when written
    "heldout63": 0,  # 0 when written
    "heldout64": 0,  # 1 when written, in its noise
}

MIN_STORYLINES = 11
MIN_HELDOUT = 3
MIN_STORY_ARTICLES = 8
MIN_NOISE_ARTICLES = 45
WORDS_MIN, WORDS_MAX = 60, 400
# heldout45 was written against a 35-minute limit: its writer kept six bodies (five in one
# storyline) at 48-58 words rather than the 60 the other sets hold.
SHORT_BODIES = {"heldout45": 45}

CORPUS = Path(__file__).resolve().parent / "corpus"
NOISE = "noise"
NOISE_SETS = (
    "noise",
    "heldout2-noise",
    "heldout3-noise",
    "heldout4-noise",
    "heldout5-noise",
    "heldout6-noise",
    "heldout7-noise",
    "heldout8-noise",
    "heldout9-noise",
    "heldout10-noise",
    "heldout11-noise",
    "heldout12-noise",
    "heldout13-noise",
    "heldout14-noise",
    "heldout15-noise",
    "heldout16-noise",
    "heldout17-noise",
    "heldout18-noise",
    "heldout19-noise",
    "heldout20-noise",
    "heldout21-noise",
    "heldout22-noise",
    "heldout23-noise",
    "heldout24-noise",
    "heldout25-noise",
    "heldout26-noise",
    "heldout27-noise",
    "heldout28-noise",
    "heldout29-noise",
    "heldout30-noise",
    "heldout31-noise",
    "heldout32-noise",
    "heldout33-noise",
    "heldout34-noise",
    "heldout35-noise",
    "heldout36-noise",
    "heldout37-noise",
    "heldout38-noise",
    "heldout39-noise",
    "heldout40-noise",
    "heldout41-noise",
    "heldout42-noise",
    "heldout43-noise",
    "heldout44-noise",
    "heldout45-noise",
    "heldout46-noise",
    "heldout47-noise",
    "heldout48-noise",
    "heldout49-noise",
    "heldout50-noise",
    "heldout51-noise",
    "heldout52-noise",
    "heldout53-noise",
    "heldout54-noise",
    "heldout55-noise",
    "heldout56-noise",
    "heldout57-noise",
    "heldout58-noise",
    "heldout59-noise",
    "heldout60-noise",
    "heldout61-noise",
    "heldout62-noise",
    "heldout63-noise",
    "heldout64-noise",
)
# Non-state actor codes the labels may use besides ISO 3166-1 alpha-3 (organisations, groups).
GROUP_CODES = frozenset(
    {
        "UN", "EU", "NATO", "AU", "ASEAN", "IAEA", "OPEC", "ICC", "ECOWAS", "WHO", "IMF",
        "HAMAS", "HEZBOLLAH", "RSF", "M23", "HOUTHIS", "HOUTHI", "ANSARALLAH", "IGAD", "AA",
        # heldout9's writer's codes for bodies orgs.tsv does not list (Energy Community, Mekong
        # River Commission, Pacific Islands Forum Fisheries Agency, Parties to the Nauru
        # Agreement, South Sudan Opposition Movements Alliance): valid labels the classifier
        # cannot name.
        "ENC", "MRC", "FFA", "PNA", "SSOMA",
        # heldout11's: Mozambique's opposition party PODEMOS, Chad's rebel FACT (Front for
        # Change and Concord in Chad)
        "PODEMOS", "FACT",
        # heldout12's: a separatist council named in full, never by its initials in the text
        "AGC",
        # heldout13's: the Philippines' New People's Army, Sierra Leone's All People's Congress
        # (opposition), the PLO
        "NPA", "APC", "PLO",
        # heldout14's and heldout15's: the Central African Republic's 3R and UPC, the Libyan
        # National Army, the African Development Bank, Namibia's opposition PDM, Kosovo (no
        # ISO code: XKX as the EU and IMF use it, KOS, RKS), Amnesty International and Human
        # Rights Watch
        "3R", "UPC", "LNA", "AFDB", "PDM", "XKX", "KOS", "RKS", "AI", "HRW",
        # heldout16's: Somalia's Jubaland administration, the World Bank, the FARC
        "JUBALAND", "WB", "FARC",
        # heldout17's and heldout18's: Turkey's DEM party, the Autonomous Bougainville
        # Government (the writer accepts any of five codes), West Papua's TPNPB/OPM, and codes
        # for companies, a church council, the Council of Europe and a ship's flag in forbidden or
        # optional labels (CIN, NIS, WOODSIDE, PCC, CHURCH, COE)
        "DEM", "ABG", "BOUGAINVILLE", "BGV", "BOU", "AROB", "TPNPB", "OPM", "CIN", "NIS",
        "WOODSIDE", "COE", "PCC", "CHURCH",
        # heldout19's: the Central American Economic Integration Secretariat, the Congo's
        # National Resistance Council (the Ninjas of the Pool)
        "SIECA", "CNR",
        # heldout20's: Senegal's Casamance rebels (MFDC), Iraq's Kurdistan Regional Government
        "MFDC", "KRG",
        # heldout21's: an opposition coalition named with its acronym (DMP), a space agency
        "DMP", "ESA",
        # heldout22's: Nepal's parties (Nepali Congress, CPN-UML, the Maoist Centre) and a
        # company in a forbidden label
        "NC", "UML", "MAOIST", "WAL",
        # heldout23's: a Naga group's and an Armenian opposition's codes, a chamber of commerce
        "NAGAHOHO", "ARMOPP", "CANCHAMBER",
        # heldout24's: Colombia's EMC dissidents, Prussia in a history piece
        "EMC", "PRU",
        # heldout25's: Cabinda's separatists, a broadcasting union in the noise set
        "FLEC", "EBU",
        # heldout26's: Mongolia's Democratic Party and Mongolian People's Party
        "DP", "MPP",
        # heldout27's: Haiti's Viv Ansanm gang coalition, a gang, the Catholic Church, Bangladesh's
        # BNP, Sudan's SPLM-N written without its hyphen, a trade bloc
        "VA", "VIV ANSANM", "VIVANSANM", "GANG", "CATHOLIC CHURCH", "BNP", "SPLMN", "CEFTA",
        # heldout28's: Mozambique's Ahlu Sunnah Wal Jamaa insurgents
        "ASWJ",
        # heldout29's: Mali's Azawad Liberation Front, the Melanesian Spearhead Group
        "FLA", "MSG",
        # heldout30's: New Caledonia's FLNKS, South Sudan's National Salvation Front (NAS)
        "FLNKS", "NAS",
        # heldout32's: Niger's Patriotic Liberation Front
        "FPL",
        # heldout35's: Colombia's Clan del Golfo (Ejército Gaitanista de Colombia)
        "EGC",
        # heldout37's: the Philippines' Bangsamoro Islamic Freedom Fighters
        "BIFF",
        # heldout38's: Burundi's RED-Tabara rebels
        "RED-TABARA", "REDTABARA",
        # heldout39's: Nigeria's Niger Delta Avengers and Indigenous People of Biafra
        "NDA", "IPOB",
        # heldout42's: India's ULFA (Independent), as the articles name it
        "ULFA-I", "ULFAI",
        # heldout43's: Myanmar's Chin National Front; heldout44's: Tehrik-i-Taliban Pakistan
        "CNF", "TTP",
        # heldout46's: Bangladesh's Kuki-Chin National Front
        "KNF",
        # heldout48's: Afghanistan's National Resistance Front
        "NRF",
        # heldout49's: Ethiopia's Ogaden National Liberation Front
        "ONLF",
        # heldout52's: Peru's Militarized Communist Party (MPCP)
        "MPCP",
        # heldout53's: the Sudan Liberation Movement/Army (Abdel Wahid faction), as its labels
        # spell the alternatives
        "SLM", "SLM-AW", "SLA", "SLMAW", "SLM/A",
        # heldout54's: Chad's Military Command Council for the Salvation of the Republic
        "CCMSR",
        # heldout55's: Colombia's Coordinadora Nacional Ejercito Bolivariano
        "CNEB",
        # heldout57's: Yemen's Southern Transitional Council
        "STC",
        # heldout58's: Tripoli's Radaa militia, and the Taliban named as such (the gazetteer
        # reads them as Afghanistan's government, AFG)
        "RADAA", "TALIBAN",
        # heldout59's: Ghana's opposition New Patriotic Party
        "NPP",
        # heldout61's: the Kurdish PJAK, South Africa's nuclear corporation NECSA
        "PJAK", "NECSA",
        # heldout62's: Amnesty International, the Maldivian Democratic Party
        "AMNESTY", "MDP",
        # heldout63's: the Abu Sayyaf Group
        "ASG",
        # heldout64's: Manipur's Kuki National Organisation, Togo's opposition front FRD
        "KNO", "FRD",
    }
)  # fmt: skip
# The party states of ../shared/CONTRACT.md (score.py also accepts `pending`).
CONTRACT_STATES = frozenset(
    {"proposed", "awaiting_response", "pending", "responded", "accepted", "rejected",
     "scheduled", "held", "agreed", "broken"}
)  # fmt: skip
EVENT_KEYS = frozenset({"actor", "action", "target", "issue", "modality"})
CHANGE_KEYS = frozenset({"article_id", "actor", "to_state", "issue"})
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _names() -> list[str]:
    return sorted(p.name.removesuffix(".articles.jsonl") for p in CORPUS.glob("*.articles.jsonl"))


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                pytest.fail(f"{path.name}:{n}: not JSON: {e}")
    return rows


def _expected(folder: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / f"{name}.expected.json").read_text("utf-8"))
    return data


def _values(v: object) -> list[object]:
    return list(v) if isinstance(v, list) else [v]


# Organisations and groups the gazetteer knows (src/storywatch/classify/data/orgs.tsv).
_ORG_CODES = frozenset(row["code"] for row in rows("orgs.tsv"))


def _actor_ok(code: object) -> bool:
    if not isinstance(code, str):
        return False
    if code in GROUP_CODES or code in _ORG_CODES:
        return True
    if len(code) != 3:
        return False
    # a state that no longer exists (SUN, YUG) is a valid label in a history piece
    return (
        pycountry.countries.get(alpha_3=code) is not None
        or pycountry.historic_countries.get(alpha_3=code) is not None
    )


# ---------------------------------------------------------------- corpus validity


def test_corpus_has_the_storylines_and_noise_the_issue_asks_for() -> None:
    names = _names()
    stories = [n for n in names if n != NOISE]
    assert NOISE in names
    assert len(stories) >= MIN_STORYLINES, stories
    assert sum(n.startswith("heldout-") for n in stories) >= MIN_HELDOUT, stories
    for n in stories:
        count = len(_read_jsonl(CORPUS / f"{n}.articles.jsonl"))
        assert count >= MIN_STORY_ARTICLES, f"{n}: {count} articles"
    assert len(_read_jsonl(CORPUS / f"{NOISE}.articles.jsonl")) >= MIN_NOISE_ARTICLES


@pytest.mark.parametrize("name", _names())
def test_every_article_is_contract_valid(name: str) -> None:
    for raw in _read_jsonl(CORPUS / f"{name}.articles.jsonl"):
        art = parse_article(raw)
        assert raw.get("id") == art.id, "every corpus article carries its own id"
        assert RFC3339.match(raw["published_at"]), raw["published_at"]
        words = len(art.body.split())
        least = SHORT_BODIES.get(name.split("-", maxsplit=1)[0], WORDS_MIN)
        assert least <= words <= WORDS_MAX, f"{art.id}: {words} words"
        assert art.title
        assert art.source
        assert art.url.startswith("https://")


def test_article_ids_are_unique_across_the_corpus() -> None:
    seen: dict[str, str] = {}
    for name in _names():
        for raw in _read_jsonl(CORPUS / f"{name}.articles.jsonl"):
            assert raw["id"] not in seen, f"{raw['id']} in {name} and {seen.get(raw['id'])}"
            seen[raw["id"]] = name


def _check_event_label(where: str, label: object, optional: bool = False) -> None:
    assert isinstance(label, dict), where
    assert set(label) <= EVENT_KEYS, f"{where}: unknown keys {set(label) - EVENT_KEYS}"
    # score.py reads a missing field as "any": heldout12's writer left the action out of a
    # few optional labels ("anything China says is defensible"), heldout14's out of forbidden
    # ones ("no act at all by a club named like a state"); a required one names it
    assert optional or "action" in label, f"{where}: no action"
    assert "modality" in label, f"{where}: modality must be explicit"
    # A list accepts any of its values: one valid value makes it a label the classifier can
    # meet (heldout12's writer put issue words among actions and a second name among codes).
    acts = _values(label.get("action", "comment"))
    # (an optional label with no valid action can never excuse an event: stricter, harmless)
    assert optional or any(a in ACTIONS for a in acts), f"{where}: action {acts}"
    for m in _values(label["modality"]):
        assert m in MODALITIES, f"{where}: modality {m}"
    for key in ("actor", "target"):
        codes = _values(label.get(key, "UN"))
        # a target list may hold null: "no target named" is one accepted reading; a null
        # actor, like a missing one, accepts any (score.one_of; heldout13's optional labels)
        ok = [_actor_ok(c) or c is None for c in codes]
        # an empty list matches nothing: in a non-required label harmless (heldout16's noise)
        assert any(ok) or (optional and not codes), f"{where}: {key} {codes}"
    for i in _values(label.get("issue", "other")):
        assert i in ISSUES or i is None, f"{where}: issue {i}"  # null in a list: no issue


@pytest.mark.parametrize("name", _names())
def test_event_labels_use_the_contract_vocabulary(name: str) -> None:
    exp = _expected(CORPUS, name)
    assert exp["storyline"] == name
    ids = [r["id"] for r in _read_jsonl(CORPUS / f"{name}.articles.jsonl")]
    assert list(exp["articles"]) == ids, "one label entry per article, in file order"
    for art_id, lab in exp["articles"].items():
        assert set(lab) == {"required", "optional", "forbidden"}, art_id
        for kind in ("required", "optional", "forbidden"):
            for n, label in enumerate(lab[kind]):
                _check_event_label(f"{art_id} {kind}[{n}]", label, kind != "required")


def _check_change_label(where: str, label: object, ids: set[str], required: bool) -> None:
    assert isinstance(label, dict), where
    assert set(label) <= CHANGE_KEYS, f"{where}: unknown keys {set(label) - CHANGE_KEYS}"
    if required:  # score.py reads a missing actor or issue as "any"
        assert {"article_id", "to_state"} <= set(label), where
    for a in _values(label.get("article_id", next(iter(ids)))):
        assert a in ids, f"{where}: unknown article {a}"
    codes = _values(label.get("actor", "UN"))
    assert any(_actor_ok(c) for c in codes), f"{where}: actor {codes}"
    state = label.get("to_state")
    assert state is not None or not required, f"{where}: a required change names its state"
    # null: any (score.py). An optional change may name a state score.py never scores
    # (heldout14's and heldout15's writers allowed "demanded", "threatened"): it is never met.
    for s in _values(state if state is not None else "proposed"):
        assert s in CONTRACT_STATES or not required, f"{where}: state {s}"
    for i in _values(label.get("issue", "other")):
        # null in a list: a change with no issue also matches (heldout18's writer allowed it)
        assert i in ISSUES or (i is None and isinstance(label.get("issue"), list)), (
            f"{where}: issue {i}"
        )


@pytest.mark.parametrize("name", _names())
def test_change_labels_reference_existing_articles(name: str) -> None:
    exp = _expected(CORPUS, name)
    ids = set(exp["articles"])
    quiet = set(exp["no_change_at"])
    assert quiet <= ids, quiet - ids
    for kind, required in (("changes", True), ("optional_changes", False)):
        for n, label in enumerate(exp[kind]):
            _check_change_label(f"{kind}[{n}]", label, ids, required)
            at = set(_values(label.get("article_id")))
            # a list of ids means "at any one of these": one of them may be a quiet article
            # (heldout12's writer listed both a report and its late copy), not all; an
            # optional change at a quiet article can never be met (score.py counts it false)
            assert not required or not at <= quiet, f"{kind}[{n}]: all at no_change_at {at}"


def test_noise_has_no_events_to_find_and_no_changes() -> None:
    exp = _expected(CORPUS, NOISE)
    ids = [r["id"] for r in _read_jsonl(CORPUS / f"{NOISE}.articles.jsonl")]
    assert exp["changes"] == []
    assert exp["optional_changes"] == []
    assert sorted(exp["no_change_at"]) == sorted(ids)
    for art_id, lab in exp["articles"].items():
        assert lab["required"] == [], art_id
        assert lab["optional"] == [], art_id
        assert lab["forbidden"], f"{art_id}: list the obvious false events"


# ---------------------------------------------------------------- scoring (issue bars)


@dataclass
class Scored:
    """One storyline's figures, parsed from score.py's last printed lines."""

    name: str
    tp: int
    fp: int
    fn: int
    forbidden: int
    found: int
    total: int
    false_changes: int
    articles: int
    articles_with_events: int
    detail: str
    self_directed: tuple[str, ...] = ()  # "article: actor action" of events aimed at their actor

    @property
    def f1(self) -> float:
        return _f1(self.tp, self.fp, self.fn)


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _captured(fn: Any, *args: Any) -> str:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        fn(*args)
    return buf.getvalue()


def _figure(text: str, key: str) -> int:
    m = re.search(rf"\b{key}=(\d+)", text)
    assert m, f"score.py printed no {key}=: {text[-300:]}"
    return int(m.group(1))


def _score(score: ModuleType, name: str, folder: Path) -> Scored:
    exp = _expected(folder, name)
    articles: list[Article] = [
        parse_article(r) for r in _read_jsonl(folder / f"{name}.articles.jsonl")
    ]
    rows = [classify_article(a).contract_dict() for a in articles]
    changes = [c.contract_dict() for c in detect_all(articles)]
    ev = _captured(score.score_events, exp, rows, TARGET_EVENT_F1)
    ch = _captured(score.score_changes, exp, changes, FALSE_CHANGES_MAX)
    found = re.search(r"found=(\d+)/(\d+)", ch)
    assert found, ch[-300:]
    return Scored(
        name=name,
        tp=_figure(ev, "tp"),
        fp=_figure(ev, "fp"),
        fn=_figure(ev, "fn"),
        forbidden=_figure(ev, "forbidden"),
        found=int(found.group(1)),
        total=int(found.group(2)),
        false_changes=_figure(ch, "false_alerts"),
        articles=len(rows),
        articles_with_events=sum(bool(r["events"]) for r in rows),
        detail=(ev + ch).strip(),
        self_directed=tuple(
            f"{r['id']}: {e['actor']} {e['action']}"
            for r in rows
            for e in r["events"]
            if e.get("target") == e["actor"]
        ),
    )


def _storyline_sources() -> Iterator[tuple[str, Path]]:
    for name in _names():
        yield name, CORPUS
    for p in sorted((SHARED / "storylines").glob("*.articles.jsonl")):
        yield p.name.removesuffix(".articles.jsonl"), p.parent


@pytest.fixture(scope="module")
def scores() -> dict[str, Scored]:
    """Every storyline and the noise set scored once for all the bar tests."""
    if not (SHARED / "tools" / "score.py").is_file():
        pytest.fail(f"{SHARED}/tools/score.py is missing: clone the repo beside shared/")
    score = score_module()
    return {name: _score(score, name, folder) for name, folder in _storyline_sources()}


def _table(scores: dict[str, Scored], details: bool = True) -> str:
    head = f"{'storyline':34} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'forb':>4} "
    head += f"{'changes':>8} {'false':>5} {'art/ev':>7}"
    lines = [head]
    for s in scores.values():
        lines.append(
            f"{s.name:34} {s.f1:5.2f} {s.tp:4} {s.fp:4} {s.fn:4} {s.forbidden:4} "
            f"{s.found:>4}/{s.total:<3} {s.false_changes:5} "
            f"{s.articles:>3}/{s.articles_with_events:<3}"
        )
    if details:
        for s in scores.values():
            lines += ["", f"--- {s.name}", s.detail[-4000:]]
    return "\n".join(lines)


def _group(name: str) -> str:
    """Which set a storyline belongs to (its floors differ)."""
    if name in NOISE_SETS:
        return "noise"
    for blind in (f"heldout{n}" for n in range(2, 65)):
        if name.startswith(f"{blind}-"):
            return blind
    if name.startswith("heldout-"):
        return "heldout"
    return "shared" if (SHARED / "storylines" / f"{name}.articles.jsonl").is_file() else "dev"


def _stories(scores: dict[str, Scored], group: str) -> list[Scored]:
    return [s for name, s in scores.items() if _group(name) == group]


GROUPS = (
    "shared", "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
    "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
    "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
    "heldout20", "heldout21", "heldout22", "heldout23", "heldout24",
    "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30",
    "heldout31", "heldout32", "heldout33", "heldout34", "heldout35",
    "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42",
    "heldout43", "heldout44", "heldout45", "heldout46",
    "heldout47", "heldout48", "heldout49", "heldout50", "heldout51", "heldout52",
    "heldout53", "heldout54", "heldout55", "heldout56", "heldout57", "heldout58",
    "heldout59", "heldout60", "heldout61", "heldout62", "heldout63", "heldout64",
)  # fmt: skip


def test_no_event_is_aimed_at_its_own_actor(scores: dict[str, Scored]) -> None:
    found = [x for s in scores.values() for x in s.self_directed]
    assert not found, f"events whose target is their actor: {found[:10]}"


@pytest.mark.parametrize("group", GROUPS)
def test_event_f1_holds_its_floor(scores: dict[str, Scored], group: str) -> None:
    stories = _stories(scores, group)
    assert stories, f"no storyline in group {group}"
    f1 = _f1(sum(s.tp for s in stories), sum(s.fp for s in stories), sum(s.fn for s in stories))
    assert f1 >= EVENT_F1_FLOOR[group], (
        f"{group}: pooled event F1 {f1:.3f} < floor {EVENT_F1_FLOOR[group]} "
        f"(target {TARGET_EVENT_F1})\n{_table(scores)}"
    )


@pytest.mark.parametrize("group", GROUPS)
def test_forbidden_events_hold_their_ceiling(scores: dict[str, Scored], group: str) -> None:
    forbidden = sum(s.forbidden for s in _stories(scores, group))
    assert forbidden <= FORBIDDEN_CEILING[group], (
        f"{group}: {forbidden} forbidden events (target {FORBIDDEN_MAX})\n{_table(scores)}"
    )


@pytest.mark.parametrize("group", GROUPS)
def test_required_changes_found_and_false_changes_hold_their_floors(
    scores: dict[str, Scored], group: str
) -> None:
    stories = _stories(scores, group)
    found = sum(s.found for s in stories) / max(1, sum(s.total for s in stories))
    false = sum(s.false_changes for s in stories)
    assert found >= CHANGES_FOUND_FLOOR[group], f"{group}: found {found:.3f}\n{_table(scores)}"
    assert false <= FALSE_CHANGES_CEILING[group], (
        f"{group}: {false} false changes (target {FALSE_CHANGES_MAX})\n{_table(scores)}"
    )


@pytest.mark.parametrize("name", NOISE_SETS)
def test_noise_articles_carry_no_event(scores: dict[str, Scored], name: str) -> None:
    noise = scores[name]
    quiet_share = (noise.articles - noise.articles_with_events) / noise.articles
    assert quiet_share >= NOISE_QUIET_FLOOR[name], (
        f"only {quiet_share:.1%} of {name} articles without events "
        f"(target {TARGET_NOISE_QUIET_SHARE:.0%})\n{_table(scores)}"
    )


def test_noise_produces_no_change(scores: dict[str, Scored]) -> None:
    noise = scores[NOISE]
    assert noise.false_changes <= NOISE_CHANGES_MAX, f"noise changes\n{_table(scores)}"


def test_the_figures_table(scores: dict[str, Scored], capsys: pytest.CaptureFixture[str]) -> None:
    """Prints the per-group figures (run with -s to see them); every group is scored."""
    lines = []
    for group in (*GROUPS, "noise"):
        stories = _stories(scores, group)
        tp, fp, fn = (sum(getattr(s, k) for s in stories) for k in ("tp", "fp", "fn"))
        found, total = sum(s.found for s in stories), sum(s.total for s in stories)
        false = sum(s.false_changes for s in stories)
        quiet = sum(s.articles - s.articles_with_events for s in stories)
        arts = sum(s.articles for s in stories)
        lines.append(
            f"{group:9} storylines={len(stories)} F1={_f1(tp, fp, fn):.3f} tp={tp} fp={fp} "
            f"fn={fn} forbidden={sum(s.forbidden for s in stories)} changes={found}/{total} "
            f"false={false} quiet_articles={quiet}/{arts}"
        )
        assert stories, group
    with capsys.disabled():
        print("\n" + "\n".join(lines))
