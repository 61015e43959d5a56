"""Extraction end to end on news-style sentences: exact kinds, values, units, offsets."""
from __future__ import annotations

from typing import Any

import pytest

import factdiff

CASES: list[tuple[str, str | None, dict[str, Any]]] = [
    # text, doc_date, the one fact expected (fields checked)
    ("approved a potential sale for up to 75 million dollars", None,
     {"kind": "money", "text": "up to 75 million dollars", "value": 75000000, "high": 75000000, "low": None,
      "unit": "USD", "qualifier": "at_most"}),
    ("Washington intends to ship 246 Javelin missiles to Pristina.", None,
     {"kind": "count", "text": "246 Javelin missiles", "value": 246, "unit": "missile", "subject": "Javelin missiles"}),
    ("The package would include 24 launchers and light sights.", None,
     {"kind": "count", "text": "24 launchers", "value": 24, "unit": "launcher"}),
    ("The company earned $1.2bn in profit", None, {"kind": "money", "value": 1200000000, "unit": "USD"}),
    ("Chelsea paid £900m for players", None, {"kind": "money", "value": 900000000, "unit": "GBP"}),
    # "m" glued to digits before a plural noun or a currency's name is a million; a metre otherwise
    ("The storm left 1.2m homes without power.", None,
     {"kind": "count", "text": "1.2m homes", "value": 1200000, "unit": "home"}),
    ("The final drew 23.2m viewers.", None, {"kind": "count", "value": 23200000, "unit": "viewer"}),
    ("a fine of 10m yen", None, {"kind": "money", "value": 10000000, "unit": "JPY"}),
    ("She won the 400m hurdles.", None, {"kind": "quantity", "text": "400m", "value": 400, "unit": "metre"}),
    ("the 310m glass tower", None, {"kind": "quantity", "text": "310m", "value": 310, "unit": "metre"}),
    ("It costs US$ 5 million", None, {"kind": "money", "value": 5000000, "unit": "USD"}),
    ("fines of 500 euros", None, {"kind": "money", "value": 500, "unit": "EUR"}),
    ("Unemployment fell to 5.2%", None, {"kind": "percent", "value": 5.2, "unit": "%"}),
    ("support rose 3 percentage points", None, {"kind": "percent", "value": 3, "unit": "percentage point"}),
    # a poll's margin of error is no negative number
    ("The poll's margin of error is plus or minus 4 percentage points.", None,
     {"kind": "percent", "text": "4 percentage points", "value": 4, "unit": "percentage point"}),
    ("a population of 816\u00a0000", None, {"kind": "number", "value": 816000}),
    ("twenty-four soldiers", None, {"kind": "count", "value": 24, "unit": "soldier"}),
    ("half a million people", None, {"kind": "count", "value": 500000, "unit": "person"}),
    # "and" joins digits only as the smaller group of one number; after it, a grouped or decimal number is another
    ("The fine was Rs 2 crore and 50 lakh", None, {"kind": "money", "value": 25000000, "unit": "INR"}),
    ("They paid $5 million and 300,000 euros", None, {"kind": "money", "text": "$5 million", "value": 5000000}),
    ("Sales were 20 million and 1.5 million last year", None, {"kind": "number", "text": "20 million"}),
    ("a dozen eggs", None, {"kind": "count", "value": 12, "unit": "egg"}),
    ("the road is 5 km long", None, {"kind": "quantity", "value": 5, "unit": "kilometre"}),
    ("new cars must emit under 95 g/km", None,
     {"kind": "quantity", "text": "under 95 g/km", "high": 95, "unit": "gram per kilometre"}),
    ("lead at 13,200 ppb in the water", None, {"kind": "quantity", "value": 13200, "unit": "part per billion"}),
    ("carbon dioxide passed 400 parts per million", None,
     {"kind": "quantity", "value": 400, "unit": "part per million"}),
    ("oil output of 10 million barrels", None, {"kind": "quantity", "value": 10000000, "unit": "barrel"}),
    ("between 20 and 30 people", None, {"kind": "count", "low": 20, "high": 30, "qualifier": "range", "unit": "person"}),
    ("20-30 million dollars", None, {"kind": "money", "low": 20000000, "high": 30000000, "unit": "USD"}),
    ("more than 300 people", None, {"kind": "count", "low": 300, "high": None, "qualifier": "at_least"}),
    ("about 250 troops", None, {"kind": "count", "value": 250, "qualifier": "approx", "low": 225, "high": 275}),
    ("no more than 12 ships", None, {"kind": "count", "high": 12, "qualifier": "at_most"}),
    # "over" a span of time after an amount or a noun is the span it runs over; after a verb of lasting, "more than"
    ("The plan would cost $1.5 trillion over 10 years.", None,
     {"kind": "quantity", "text": "10 years", "value": 10, "qualifier": "exact"}),
    ("Prices rose 5% over three years.", None, {"kind": "quantity", "text": "three years", "qualifier": "exact"}),
    ("Shoppers waited over an hour in line.", None,
     {"kind": "quantity", "text": "over an hour", "low": 1, "qualifier": "at_least"}),
    ("She brings over two decades of experience to the job.", None,
     {"kind": "quantity", "text": "over two decades", "qualifier": "at_least"}),
    ("The match kicked off over an hour late.", None, {"kind": "quantity", "qualifier": "at_least"}),
    # a tally is one fact, not two numbers, and no range (a range rises)
    ("The court ruled 5-4 on Monday that the law stands.", None,
     {"kind": "score", "text": "5-4", "value": "5-4", "low": None, "high": None, "subject": None}),
    ("The bill passed on a 7-2 vote.", None, {"kind": "score", "text": "7-2", "value": "7-2", "subject": "vote"}),
    ("The Senate voted 51 to 49 to confirm her.", None, {"kind": "score", "text": "51 to 49", "value": "51-49"}),
    ("in one of the 5-4 rulings this term", None,
     {"kind": "score", "text": "5-4 rulings", "value": "5-4", "unit": "ruling"}),
    ("between 20-30 people", None, {"kind": "count", "low": 20, "high": 30, "qualifier": "range"}),
    ("adopted in June 1999", None, {"kind": "date", "value": "1999-06", "low": "1999-06-01", "high": "1999-06-30"}),
    ("since the late 1990s", None, {"kind": "date", "low": "1997-01-01", "high": "1999-12-31"}),
    ("In January, the State Department", None, {"kind": "date", "text": "January", "value": None, "low": None}),
    ("In January, the State Department", "2026-01-05", {"kind": "date", "value": "2026-01"}),
    ("It happened last week", "2026-01-07", {"kind": "date", "low": "2025-12-29", "high": "2026-01-04"}),
    ("It happened two days ago", "2026-01-07", {"kind": "date", "value": "2026-01-05"}),
    ("the vote on Tuesday", "2026-01-09", {"kind": "date", "value": "2026-01-06"}),
    ("during the first quarter of 2019", None, {"kind": "date", "low": "2019-01-01", "high": "2019-03-31"}),
    ("a breach of UN Security Council Resolution 1244", None, {"kind": "identifier", "text": "Resolution 1244"}),
    ("booked for the first 2 weeks of 2021", None, {"kind": "date", "low": "2021-01-04", "high": "2021-01-17"}),
    ("We met on Tuesday of last week", "2019-07-30", {"kind": "date", "value": "2019-07-23"}),
    ("It happened 2 weeks before Christmas 2016", None, {"kind": "date", "value": "2016-12-11"}),
    ("talks from Nov 18-Dec 19, 2015", None, {"kind": "date", "low": "2015-11-18", "high": "2015-12-19"}),
    # a plain four-digit number of the 1900s or 2000s before a noun is a year, unless round
    ("Huckabee trails other GOP 2016 candidates.", None, {"kind": "date", "text": "2016", "value": "2016"}),
    ("They deployed 1950 troops.", None, {"kind": "count", "text": "1950 troops", "value": 1950}),
    # a day listed beside a dated day is a date of the same month; not when a noun follows it
    ("Polls open on 18 and 19 June.", "2018-06-20", {"kind": "date", "text": "18", "value": "2018-06-18"}),
    ("the 5th, 6th and 7th of May", "2018-06-20", {"kind": "date", "text": "5th", "value": "2018-05-05"}),
    ("talks on June 18 and 19, when the", "2018-06-20", {"kind": "date", "text": "19", "value": "2018-06-19"}),
    ("on June 18 and 19 people died", "2018-06-20", {"kind": "count", "text": "19 people", "value": 19}),
    # a relative first date keeps its own year; only a month and day take the second date's
    ("on leave from next Friday to Oct 1st 2020", "2019-07-30", {"kind": "date", "low": "2019-08-09", "high": "2020-10-01"}),
    # a bare weekday ending a range is the first one after its start
    ("The trial ran from Monday to Friday.", "2019-09-07", {"kind": "date", "low": "2019-09-02", "high": "2019-09-06"}),
    ("Talks will run from next Monday through Friday.", "2019-09-04",
     {"kind": "date", "text": "from next Monday through Friday", "low": "2019-09-09", "high": "2019-09-13"}),
    ("music of the nineties", None, {"kind": "date", "low": "1990-01-01", "high": "1999-12-31"}),
    ("Fifteen of the 19 Sept. 11 hijackers", None, {"kind": "date", "text": "Sept. 11"}),
    ("It cost 3 dimes", None, {"kind": "money", "value": 0.3, "unit": "USD"}),
    ("The Fed cut rates by a quarter point.", None,
     {"kind": "percent", "text": "a quarter point", "value": 0.25, "unit": "percentage point"}),
    ("Shares fell 3 cents to $12.45.", None, {"kind": "money", "text": "$12.45", "value": 12.45, "qualifier": "exact"}),
    ("The ticket costs 50p more.", None, {"kind": "money", "text": "50p", "value": 0.5, "unit": "GBP"}),
    ("no further progress beyond an annual income of ~$75,000", None,
     {"kind": "money", "text": "~$75,000", "qualifier": "approx"}),
    ("Oil rose to $80 a barrel.", None, {"kind": "money", "value": 80, "unit": "USD", "subject": "per barrel"}),
    ("It took a year and a half.", None, {"kind": "quantity", "value": 1.5, "unit": "year"}),
    ("The shutdown lasted more than a month.", None,
     {"kind": "quantity", "text": "more than a month", "value": 1, "low": 1, "unit": "month", "qualifier": "at_least"}),
    ("It took about a week and a half.", None, {"kind": "quantity", "text": "about a week and a half", "value": 1.5}),
    ("The two men met for more than an hour on Thursday.", None,
     {"kind": "quantity", "text": "more than an hour", "value": 1, "low": 1, "unit": "hour", "qualifier": "at_least"}),
    ("The eagles were found about a mile away.", None,
     {"kind": "quantity", "text": "about a mile", "value": 1, "low": 0.9, "high": 1.1, "unit": "mile"}),
    ("The storm dumped less than an inch of rain.", None,
     {"kind": "quantity", "text": "less than an inch", "high": 1, "unit": "inch", "qualifier": "at_most"}),
    ("keer will build a 230,000-square-foot manufacturing facility", None,
     {"kind": "quantity", "text": "230,000-square-foot", "value": 230000, "unit": "square foot"}),
    # "over" after a verb it belongs to is no qualifier
    ("Mr. Weiner presided over two testy news briefings.", None,
     {"kind": "count", "text": "two testy news briefings", "value": 2, "qualifier": "exact"}),
    ("More than 40 F.B.I. agents have been dispatched to Ferguson.", None,
     {"kind": "count", "text": "More than 40 F.B.I. agents", "unit": "agent", "low": 40}),
    ("officials say two u.s. Airmen are missing", None, {"kind": "count", "text": "two u.s. Airmen", "unit": "airman"}),
    ("his rule was a tale of two wives", None, {"kind": "count", "text": "two wives", "unit": "wife"}),
    ("The director made three movies in a year.", None, {"kind": "count", "text": "three movies", "unit": "movie"}),
    ("the samples had one or more of the five bacteria", None, {"kind": "count", "text": "five bacteria", "unit": "bacterium"}),
    ("There were 652 likely presidential election voters in the sample.", None,
     {"kind": "count", "text": "652 likely presidential election voters", "unit": "voter"}),
    # people named for a country in -i are counted in the plural
    ("the helicopter with six u.s. Marines and two nepalis aboard went missing", None,
     {"kind": "count", "text": "two nepalis", "value": 2, "unit": "nepali"}),
    # pence glued to any number but a video resolution's
    ("The deal values the company at £1.5bn, or 320p a share, and a 1080p screen.", None,
     {"kind": "money", "text": "320p", "value": 3.2, "unit": "GBP"}),
    # an amount whose rate word begins a date is the amount
    ("Revenue was $4.2 billion, compared with $3.9 billion a year ago.", None,
     {"kind": "money", "text": "$3.9 billion", "value": 3900000000, "unit": "USD"}),
    # a plural of a number word before "of" is a range of what follows
    ("Tens of thousands of protesters marched on Sunday.", None,
     {"kind": "count", "text": "Tens of thousands of protesters", "value": None, "low": 20000, "high": 99999,
      "unit": "protester", "qualifier": "range"}),
    ("Police arrested dozens of people.", None, {"kind": "count", "text": "dozens of people", "low": 24, "high": 99}),
    ("The group has donated millions of dollars to lobbyists.", None,
     {"kind": "money", "text": "millions of dollars", "low": 2000000, "high": 999999999, "unit": "USD"}),
    ("The tree may live hundreds if not thousands of years.", None,
     {"kind": "quantity", "text": "hundreds if not thousands of years", "low": 200, "high": 999999, "unit": "year"}),
    ("Dozens were hurt in the blast.", None, {"kind": "number", "text": "Dozens", "low": 24, "high": 99}),
    ("Trump promised hundreds of times that Mexico would pay.", None,
     {"kind": "number", "text": "hundreds", "low": 200, "high": 999, "qualifier": "range"}),
    # "a day or two": one or two of the unit
    ("The primary may indeed last another month or two.", None,
     {"kind": "quantity", "text": "another month or two", "low": 1, "high": 2, "unit": "month", "qualifier": "range"}),
    # "or older", "and younger" after a bare number make it an age and bound it
    ("Alabama law finds that someone who is 19 or older is guilty.", None,
     {"kind": "quantity", "text": "19 or older", "low": 19, "high": None, "unit": "year", "qualifier": "at_least",
      "subject": "age"}),
    ("Rick turley was 18 when he learned that scouting offered a unique opportunity.", None,
     {"kind": "quantity", "text": "18", "value": 18, "unit": "year", "subject": "age"}),
    ("Entrants must be 18 years or older and have a photo id.", None,
     {"kind": "quantity", "text": "18 years or older", "low": 18, "unit": "year", "qualifier": "at_least",
      "subject": "age"}),
    ("The shot is offered to children 5 and younger.", None,
     {"kind": "quantity", "text": "5 and younger", "high": 5, "unit": "year", "qualifier": "at_most"}),
    # a measure in one hyphenated word between a count and its noun: the count is the number alone
    ("Three 17-year-old boys were arrested.", None,
     {"kind": "count", "text": "Three", "value": 3, "unit": "boy", "subject": "17-year-old boys"}),
    ("The two 16-year-olds are facing trial next month.", None,
     {"kind": "count", "text": "two", "value": 2, "unit": "16-year-old"}),
    # a name between a count and its noun: the count is the number alone, the name a fact of its own
    ("The drills involved four U.S. stealth F-35B jets.", None,
     {"kind": "count", "text": "four", "value": 4, "unit": "jet", "subject": "U.S. stealth F-35B jets"}),
    ("The two 16-year-olds are facing trial next month.", None,
     {"kind": "quantity", "text": "16-year-olds", "value": 16, "unit": "year", "subject": "age"}),
    ("Survivors swam half a mile to shore.", None, {"kind": "quantity", "text": "half a mile", "value": 0.5, "unit": "mile"}),
    ("Rainfall near a quarter of an inch.", None,
     {"kind": "quantity", "text": "a quarter of an inch", "value": 0.25, "unit": "inch"}),
    ("The masks dropped approximately half an hour into the flight.", None,
     {"kind": "quantity", "text": "approximately half an hour", "value": 0.5, "unit": "hour", "qualifier": "approx"}),
    ("It took an hour and a half.", None, {"kind": "quantity", "value": 1.5, "unit": "hour"}),
    ("They met for the first time in two-and-a-half years.", None,
     {"kind": "quantity", "text": "two-and-a-half years", "value": 2.5, "unit": "year"}),
    ("the 4 fl oz bottle was recalled", None, {"kind": "quantity", "text": "4 fl oz", "unit": "fluid ounce"}),
    ("A woman in her 20's drove onto the sidewalk.", None,
     {"kind": "quantity", "text": "in her 20's", "low": 20, "high": 29, "unit": "year", "subject": "age"}),
    ("the victim, aged 87, died", None, {"kind": "quantity", "text": "aged 87", "value": 87, "unit": "year",
                                        "subject": "age"}),
    ("the Boeing 737 jet", None, {"kind": "identifier", "text": "Boeing 737"}),
    ("a rise of per cent of twelve.", None, {"kind": "percent", "text": "per cent of twelve", "value": 12}),
    ("Only 5 percent of 20.", None, {"kind": "percent", "text": "5 percent", "value": 5}),
    ("Doctors gave them 45 and 50 mg of the drug.", None, {"kind": "quantity", "text": "45", "unit": "milligram"}),
    ("Three or four officers were hurt.", None, {"kind": "count", "text": "Three", "unit": "officer"}),
    ("The sample weighs 2.5 ± 0.1 kilograms.", None,
     {"kind": "quantity", "value": 2.5, "low": 2.4, "high": 2.6, "qualifier": "approx", "unit": "kilogram"}),
    ("It accelerates at 9.8 +/- 0.1 m/s2.", None,
     {"kind": "quantity", "text": "9.8 +/- 0.1 m/s2", "value": 9.8, "unit": "metre per second squared"}),
    ("The pump moves 40 litres/min and the link 56 kb per second.", None,
     {"kind": "quantity", "text": "56 kb per second", "unit": "kilobit per second"}),
    ("The implant holds 2 cm³ of fluid.", None, {"kind": "quantity", "text": "2 cm³", "unit": "cubic centimetre"}),
    ("More than 200+ people attended.", None,
     {"kind": "count", "text": "More than 200+ people", "unit": "person", "qualifier": "at_least", "low": 200}),
    ("She has 10+ years of experience.", None,
     {"kind": "quantity", "text": "10+ years", "unit": "year", "qualifier": "at_least", "low": 10, "high": None}),
    ("Turnout was 40+ in the ward.", None, {"kind": "number", "text": "40+", "qualifier": "at_least", "low": 40}),
    ("shot inside a home in the 1500 block of West Main Street", None, {"kind": "identifier", "text": "1500"}),
    ("shot in the 1300-block of Main Street", None, {"kind": "identifier", "text": "1300"}),
    ("He signed nearly two-dozen executive actions.", None,
     {"kind": "count", "text": "nearly two-dozen executive actions", "value": 24, "unit": "action"}),
    ("It has a face value of $1-million.", None, {"kind": "money", "text": "$1-million", "value": 1000000}),
    ("LED lights last 15 up to 20 years.", None,
     {"kind": "quantity", "text": "15 up to 20 years", "low": 15, "high": 20, "qualifier": "range", "unit": "year"}),
    ("The rate was 723.5 in 2014.", None,
     {"kind": "number", "text": "723.5", "value": 723.5, "unit": None}),
    ("The door is 2 in thick.", None, {"kind": "quantity", "text": "2 in", "unit": "inch"}),
    ("A magnitude 7.1 earthquake struck.", None, {"kind": "quantity", "text": "magnitude 7.1", "unit": "magnitude"}),
    ("It measured 5.8 on the Richter scale.", None, {"kind": "quantity", "value": 5.8, "unit": "magnitude"}),
    ("The 6-foot-2 guard scored 30.", None, {"kind": "quantity", "text": "6-foot-2", "unit": "foot", "value": 6 + 2 / 12}),
    ("She is 5 feet 9 inches tall.", None, {"kind": "quantity", "text": "5 feet 9 inches", "value": 5.75}),
    ("The 5'2\", 130-pound ball carrier ran.", None, {"kind": "quantity", "text": "5'2\"", "unit": "foot", "value": 5 + 2 / 12}),
    ("Roger Stone, 66, was taken into custody.", None,
     {"kind": "quantity", "text": "66", "value": 66, "unit": "year", "subject": "age"}),
    ("christopher giles, 23, was familiar with the couple", None,
     {"kind": "quantity", "text": "23", "value": 23, "unit": "year", "subject": "age"}),
    ("The scores were 88, 86, and 90.", None, {"kind": "number", "text": "86", "value": 86}),
    ("the killers of Liberty German, 14, and Abigail Williams, 13.", None,
     {"kind": "quantity", "text": "13", "unit": "year", "subject": "age"}),
    ("votes have dwindled: Sonia Sotomayor, 68; Elena Kagan, 63.", None, {"kind": "number", "text": "63"}),
    ("The driver, 45, and his son were hurt.", None,
     {"kind": "quantity", "text": "45", "value": 45, "unit": "year", "subject": "age"}),
    ("The senator, who turns 74 next month, will run again.", None,
     {"kind": "quantity", "text": "74", "value": 74, "unit": "year", "subject": "age"}),
    ("The mayor turned 200 people away.", None, {"kind": "count", "text": "200 people", "unit": "person"}),
    ("He died Tuesday at his home. He was 84.", None,
     {"kind": "quantity", "text": "84", "value": 84, "unit": "year", "subject": "age"}),
    ("She was 12 when the war began.", None, {"kind": "quantity", "text": "12", "unit": "year", "subject": "age"}),
    ("The plants suffered during the last ice age 20,000 years ago.", None,
     {"kind": "quantity", "text": "20,000 years", "value": 20000, "unit": "year"}),
    ("The page loads in 2173.1ms on the iPad.", None, {"kind": "quantity", "value": 2173.1, "unit": "millisecond"}),
    ("Children ages 5 to 11 can now get the vaccine.", None,
     {"kind": "quantity", "text": "ages 5 to 11", "low": 5, "high": 11, "unit": "year", "qualifier": "range"}),
    ("someone between the ages of 12 and 16 is guilty", None,
     {"kind": "quantity", "text": "ages of 12 and 16", "low": 12, "high": 16, "unit": "year"}),
    ("The teenagers, aged 15 and 16, fled.", None,
     {"kind": "quantity", "text": "16", "value": 16, "unit": "year", "subject": "age"}),
    ("He died in 2016 at the age of 90.", None,
     {"kind": "quantity", "text": "age of 90", "value": 90, "unit": "year", "subject": "age"}),
    ("He was 1 of 3 finalists.", None, {"kind": "number", "text": "1", "value": 1}),
    ("A half-dozen states have sued.", None, {"kind": "count", "text": "A half-dozen states", "value": 6}),
    ("She bought a dozen and a half eggs.", None, {"kind": "count", "value": 18, "unit": "egg"}),
    ("The company has 3.2 billion monthly users.", None,
     {"kind": "count", "text": "3.2 billion monthly users", "unit": "user"}),
    ("Three armed men robbed the bank; 246 killed in the attacks were civilians.", None,
     {"kind": "count", "text": "Three armed men", "value": 3, "unit": "man"}),
    ("He scored 32 points and grabbed 11 rebounds.", None, {"kind": "count", "text": "32 points", "unit": "point"}),
    ("Clinton signed the law, and 19 other states also have similar policies.", None,
     {"kind": "count", "text": "19 other states", "value": 19, "unit": "state"}),
    ("As of 2015, 3.6 million United States military veterans have PTSD.", None,
     {"kind": "count", "value": 3600000, "unit": "veteran"}),
    ("The 47-page indictment names a nine-member board.", None,
     {"kind": "count", "text": "47-page", "value": 47, "unit": "page", "subject": "page indictment"}),
    # the noun described may be a name's: "a two-term Republican congressman", "the 12-nation Pacific pact"
    ("She is a three-term Democratic governor.", None,
     {"kind": "count", "text": "three-term", "value": 3, "unit": "term", "subject": "term Democratic"}),
    ("A nine-member board will decide.", None, {"kind": "count", "text": "nine-member", "value": 9, "unit": "member"}),
    ("She is a two-time champion with a six-figure salary.", None, {"kind": "number", "text": "two"}),

    ("One in six workers is unhappy.", None,
     {"kind": "number", "text": "One in six workers", "subject": "workers"}),
    ("sales in the last week of 2019", None, {"kind": "date", "low": "2019-12-23", "high": "2019-12-29"}),
    ("cases reported from March to date", "2016-11-07", {"kind": "date", "text": "from March to date",
                                                          "low": "2016-03-01", "high": "2016-11-07"}),
    ("Prices have risen from 2010 to the present.", "2021-06-17",
     {"kind": "date", "text": "from 2010 to the present", "low": "2010-01-01", "high": "2021-06-17"}),
    ("He was confirmed 96-3 two years later.", None, {"kind": "quantity", "text": "two years", "value": 2}),
    ("He now weighs 800 pounds.", None, {"kind": "quantity", "value": 800, "unit": "pound"}),
    ("He lost more than 110 pounds.", None, {"kind": "quantity", "low": 110, "unit": "pound"}),
    ("I spent 20 million pounds on this!", None, {"kind": "money", "value": 20000000, "unit": "GBP"}),
    ("She was fined 5,000 Sudanese pounds.", None, {"kind": "money", "value": 5000, "unit": "SDG"}),
    ("Sales reached NT$1.2 billion.", None, {"kind": "money", "value": 1200000000, "unit": "TWD"}),
    ("Samsung earned 5 trillion won ($4.4 billion).", None,
     {"kind": "money", "text": "5 trillion won", "value": 5000000000000, "unit": "KRW"}),
    ("Of the 52 seats, 30 won by Democrats.", None, {"kind": "number", "text": "30", "value": 30}),
    ("The vote was 217 to 213, with two members absent.", None, {"kind": "score", "text": "217 to 213",
                                                                  "value": "217-213"}),
    ("The bill was passed by 330 votes to 286.", None, {"kind": "score", "text": "330 votes to 286",
                                                         "value": "330-286"}),
    ("Unemployment rose by 65,000 to 1.36 million.", None, {"kind": "number", "text": "1.36 million",
                                                             "value": 1360000}),
    ("Emissions must be cut by 20 to 30 percent.", None, {"kind": "percent", "low": 20, "high": 30}),
    ("Inflation fell to 1.7pc in September.", None, {"kind": "percent", "text": "1.7pc", "value": 1.7}),
    ("The suspect is a white male in his 50s.", None, {"kind": "quantity", "text": "in his 50s", "low": 50,
                                                        "high": 59, "subject": "age"}),
    ("Most are men in their 30s and 40s.", None, {"kind": "quantity", "text": "40s", "low": 40, "high": 49,
                                                   "unit": "year", "subject": "age"}),
    ("He is described as in his early to mid-20s.", None, {"kind": "quantity", "low": 20, "high": 26,
                                                           "subject": "age"}),
    ("Highs will reach the mid-40s by Friday.", None, {"kind": "quantity", "text": "mid-40s", "low": 44, "high": 46,
                                                       "unit": "degree", "qualifier": "range"}),
    ("Temperatures were in the upper 20s and low 30s overnight.", None,
     {"kind": "quantity", "text": "low 30s", "low": 30, "high": 33, "unit": "degree"}),
    ("She scored in the low 90s on the test.", None, {"kind": "number", "text": "low 90s", "low": 90, "high": 93}),
    ("The program accounts for nearly one in seven intelligence reports.", None,
     {"kind": "number", "text": "nearly one in seven intelligence reports", "qualifier": "approx"}),
    ("How about 2 in 5 or more?", None, {"kind": "number", "text": "2 in 5 or more", "low": 0.4,
                                         "qualifier": "at_least"}),
    # a straight quotation mark after a number closes a quotation opened before it: no inches
    ('The speaker gave his party a "1 in 3" chance of losing the House.', None, {"kind": "number", "text": "1 in 3"}),
    # the emergency number is no amount
    ("A neighbor called 911 just after midnight.", None, {"kind": "identifier", "text": "911"}),
    ("The 911 dispatcher stayed on the line.", None, {"kind": "identifier", "text": "911"}),
    ("Some 911 people were evacuated.", None, {"kind": "count", "text": "Some 911 people", "value": 911}),
    # a proportion written with hyphens
    ("She saw a one-in-four chance of a recession.", None, {"kind": "number", "text": "one-in-four", "value": 0.25}),
    ("It was a 1-in-5 shot.", None, {"kind": "number", "text": "1-in-5", "value": 0.2}),
    # "about" after a noun it belongs to is a preposition, not "approximately"
    ("The memo gave details about three secret accounts.", None,
     {"kind": "count", "text": "three secret accounts", "qualifier": "exact"}),
    ("Officials knew about 12 complaints.", None, {"kind": "count", "text": "12 complaints", "qualifier": "exact"}),
    ("It cost about 12 dollars.", None, {"kind": "money", "text": "about 12 dollars", "qualifier": "approx"}),
    # "over" after a verb it belongs to is no "more than"
    ("The rebels turned over 12 prisoners to the Red Cross.", None,
     {"kind": "count", "text": "12 prisoners", "qualifier": "exact"}),
    ("Attendance was over 12,000 people.", None,
     {"kind": "count", "text": "over 12,000 people", "qualifier": "at_least"}),
    # a sentence that speaks of the future puts a day ahead, unless the nearest word of tense to it (before it
    # in its clause, else after it) is a verb in the past (rules/calendar.toml [tense])
    ("Smith declared in July that she plans to run for the Senate.", "2016-06-08", {"kind": "date", "value": "2015-07"}),
    ("The senator canceled a scheduled interview Monday night.", "2016-06-08", {"kind": "date", "value": "2016-06-06"}),
    ("Obama spoke to Sanders following Tuesday's primary and will meet him on Thursday.", "2016-06-08",
     {"kind": "date", "text": "Tuesday", "value": "2016-06-07"}),
    ("Obama spoke to Sanders following Tuesday's primary and will meet him on Thursday.", "2016-06-08",
     {"kind": "date", "text": "Thursday", "value": "2016-06-09"}),
    ("On Thursday, the mayor had promised that the city “will not cave.”", "2016-06-08", {"kind": "date", "value": "2016-06-02"}),
    ("The vote is expected to begin in the Senate on Wednesday, followed by the House on Thursday.", "2016-06-08",
     {"kind": "date", "text": "Thursday", "value": "2016-06-09"}),
    ("The two leaders will tour the coastal areas ravaged by the storm on Tuesday.", "2016-06-08",
     {"kind": "date", "value": "2016-06-14"}),
    ("Mr. Smith has said he wants the vote, which was delayed by a storm, before departing for a scheduled recess on "
     "April 7.", "2016-06-08", {"kind": "date", "value": "2017-04-07"}),
    ("Axelrod said that families were going to suffer if the cuts were not extended at the end of the year.", "2016-06-08",
     {"kind": "date", "low": "2016-09-01", "high": "2016-12-31"}),
    ("He said, “I suspect that in a few weeks, people will realize it.”", "2016-06-08", {"kind": "date", "value": "2016-06-29"}),
    ("The governor became the third declared candidate this weekend.", "2010-12-13",
     {"kind": "date", "low": "2010-12-11", "high": "2010-12-12"}),
    ("The festival opens this weekend.", "2010-12-13", {"kind": "date", "low": "2010-12-18", "high": "2010-12-19"}),
]

NOT_FACTS = [
    # capitalised number and day words inside a sentence are names, not amounts or dates
    "as Mr. Strzok's lawyer wrote in USA Today",
    "a survey by the recruiting firm Robert Half of 2,000 employees",
    "a day out at Six Flags St. Louis",
    # ordinals written like fractions, and ordinals in words
    "Pelosi was appointed to an eighth term and won a third straight race from a fifth-floor office.",
    "The twenty-sixth day of the siege marked its thirty-first anniversary.",
    # idioms with number words state no amount
    "Ground zero is hallowed ground, and the city has zero tolerance for it.",
    "Investigators are trying to zero in on where the parts were sold.",
    "Is tolerance a two-way street, or a one-way ticket?",
    "It was the mayor who was trying to be cute by half, and the plan was too clever by half.",
    # a weekday ending the name of an event or a programme is no day of the week written in
    "The governor spoke on “Face the Nation Sunday” about the strike.",
    "Shoppers lined up before Black Friday, and turnout rose on Super Tuesday.",
    # one of a unit without a qualifier or a fraction before it is no amount
    "He won by a mile, and gas sold at a gallon a day.",
]


@pytest.mark.parametrize("text,doc_date,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_extract_news_sentence_gives_expected_fact(text: str, doc_date: str | None, expected: dict[str, Any]) -> None:
    facts = [f.to_dict() for f in factdiff.extract(text, doc_date=doc_date) if f.kind not in ("status", "change")]
    if len(facts) > 1:                      # a sentence may hold more than the fact under test
        facts = [f for f in facts if f["kind"] == expected["kind"] and f["text"] == expected.get("text", f["text"])]
    assert len(facts) == 1, facts
    got = facts[0]
    for key, val in expected.items():
        assert got[key] == val, (key, got)
    assert text[got["start"]:got["end"]] == got["text"]


@pytest.mark.parametrize("text", [
    "Resolution 1244 was adopted.", "See Article 5 of the treaty.", "Flight 370 vanished.",
    "COVID-19 spread quickly.", "Call +1-222-2222-2222 now.", "The one you mentioned is gone.",
    "We met at 2 pm.", "It was the 21st time.", "It lasted several hundred years.", "Open 24/7.",
    "After 9/11 everything changed.", "The 13F filing was late.", "A 5G network and 4K video.",
    "The filing says Individual-1 directed the payments.", "what other information Organization 1 had",
    "Victim 2 told investigators", "Person 3 was a campaign official", "Call 9-1-1 now.", "The diner is open 24-7.",
    "Donors gave to 501(c)(4) groups.", "The IRS questioned 501 c3,4,5 organizations.",
    "she was seen leaving at around 8: 30 p.m. and walking north", "An 11alive investigation found it.",
    "Braut is the 1,639th person identified.", "canada remains the no. 2 in the survey", "It happens once a year.",
    # a fraction word after a determiner names a period
    "Revenue rose for the quarter ended Sept. 30, and in the second half.",
    # "quarter" with no "a" or number of its own is a period or a place
    "The chain posted its best quarter in years, a strong quarter overall.", "They met in the French Quarter.",
])
def test_extract_identifiers_and_times_are_not_quantities(text: str) -> None:
    kinds = {f.kind for f in factdiff.extract(text)}
    assert not kinds & {"number", "count", "money", "percent", "quantity"}, text


@pytest.mark.parametrize("text,identifiers", [
    # a street address, in lower-cased copy too, is no amount and no year
    ("A customer at 1652 Park Avenue called to report a gas odor.", ["1652 Park Avenue"]),
    ("officers were called to the church at 1914 e. roeser road at about 2 p.m.", ["1914 e. roeser road"]),
    ("He lives at 2200 N. Lake Shore Drive, near 10 Downing Street.", ["2200 N. Lake Shore Drive", "10 Downing Street"]),
    # a lower-case letter and a hyphen before the digits name a thing, as a capital does
    ("schools for k-12 students, f-35b jets and a c-17 cargo plane", ["k-12", "f-35b", "c-17"]),
    # and two or three letters do, a capital or not: a rifle, a drone, a virus, a film rating, a district
    ("police found an ar-15 rifle; the mq-9 reaper flew; hsv-2 spread; it was rated pg-13 in ny-14",
     ["ar-15", "mq-9", "hsv-2", "pg-13", "ny-14"]),
    ("Ar-15s were banned and an Hc-130 flew", ["Ar-15s", "Hc-130"]),
    # versions of software
    ("It runs on Android 5.0 and iOS 11.", ["Android 5.0", "iOS 11"]),
    ("it covers the iphone 4 and ipad 2, and a playstation 3", ["iphone 4", "ipad 2", "playstation 3"]),
    # times of day: tokenized with a two-digit hour, and wire copy's 24-hour clock with its zone; no identifiers
    ("he set off surfing at 09: 00; the crash was at 1400 BST, and markets opened at 0930 ET", []),
    ("The bar will close from 5: 00 until 9: 30 for a private service", []),
    # toll-free numbers spelled in words
    ("the hotline, 1-800-quit-now, or 1-888-GO-FEDEX", ["1-800-quit-now", "1-888-GO-FEDEX"]),
    ("a deep, rich 3-d display and 3-D glasses", ["3-d", "3-D"]),
    ("part 2 of the docuseries will premiere; the plane was flight 370; call 308 382-1000",
     ["part 2", "flight 370", "308 382-1000"]),
    # bills of Congress
    ('The so-called "HR 1" measure and H.R. 3590 passed.', ["HR 1", "H.R. 3590"]),
])
def test_extract_addresses_codes_and_versions_are_identifiers(text: str, identifiers: list[str]) -> None:
    facts = factdiff.extract(text)
    assert [f.text for f in facts if f.kind == "identifier"] == identifiers
    assert not {f.kind for f in facts} & {"number", "count", "quantity", "date"}


@pytest.mark.parametrize("text", [
    "Protesters walked 5 miles down the road.", "It was a 10 hour drive.", "The 105 mph line drive struck her.",
])
def test_extract_an_amount_before_a_road_is_no_address(text: str) -> None:
    assert not [f for f in factdiff.extract(text) if f.kind == "identifier"]


@pytest.mark.parametrize("text,facts", [
    # a word glued to the number places or qualifies it: no name
    ("The plan took effect in mid-2016.", [("date", "mid-2016")]),
    ("It made the top-10 list and sold to the now-37-year-old singer.",
     [("number", "10"), ("quantity", "37-year-old")]),
])
def test_extract_a_word_glued_to_a_number_is_no_name(text: str, facts: list[tuple[str, str]]) -> None:
    assert [(f.kind, f.text) for f in factdiff.extract(text)] == facts


def test_extract_seed_pair_gives_the_facts_a_fact_checker_needs() -> None:
    from tests.conftest import ROOT
    a = factdiff.extract((ROOT / "seeds/000_6999be8e8a568ced.txt").read_text(encoding="utf-8"))
    b = factdiff.extract((ROOT / "seeds/001_61bbe8d6133b0473.txt").read_text(encoding="utf-8"))
    assert [(f.kind, f.text) for f in a if f.kind not in ("identifier", "status")] == [
        ("date", "late 1990s"), ("date", "June 1999"), ("date", "January")]
    assert [(f.kind, f.value, f.unit) for f in b if f.kind != "status"] == [
        ("money", 75000000, "USD"), ("count", 246, "missile"), ("count", 24, "launcher")]


def test_century_with_a_capital_before_a_name_is_no_date() -> None:
    text = "A 21st Century Fox film cited the Twenty-First Century Cures Act in the 21st Century, a critic said."
    assert [f.text for f in factdiff.extract(text)] == ["the 21st Century"]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_a_number_word_in_a_name_is_no_fact(text: str) -> None:
    words = [f.text for f in factdiff.extract(text, doc_date="2020-01-10") if not f.text[0].isdigit()]
    assert words == []


def test_a_number_after_including_counts_the_noun_before_it() -> None:
    facts = factdiff.extract("3,458 cases were reported this year, including 800 in the past two weeks.")
    assert [(f.kind, f.text, f.value, f.unit) for f in facts if f.kind == "count"] == [
        ("count", "3,458 cases", 3458, "case"), ("count", "800", 800, "case")]


def test_pounds_are_a_weight_unless_paid_or_converted() -> None:
    facts = factdiff.extract("The award comes with 50,000 pounds ($78,400); the trophy weighs 15 pounds.")
    assert [(f.kind, f.text, f.unit) for f in facts] == [
        ("money", "50,000 pounds", "GBP"), ("money", "$78,400", "USD"), ("quantity", "15 pounds", "pound")]


@pytest.mark.parametrize("text,dates", [
    ("He told NBC’s “Today” show on Thursday that he would run.", ["Thursday"]),
    ("He told NBC's \"Today\" show that he would run.", []),
    ("“Today is a good day,” he said.", ["Today"]),
    # the whole of a quotation in title case is a programme's name; in lower case, a quoted date
    ("“That is not on my agenda,” he said on “This Week.”", []),
    ("He said on “Meet the Press” last Sunday that the strike would go on “this week,” not later.",
     ["last Sunday", "this week"]),
    # a programme named in lower-cased copy
    ("powell said on the today show tuesday morning that she had misspoken", ["tuesday"]),
    ("the former saturday night live star said friday show ratings fell", ["friday"]),
    ("in an interview with cbs this morning on tuesday, he said he was sorry this morning", ["tuesday", "this morning"]),
    ("usa today reported the vote last night", ["last night"]),
    # a habit names no day
    ("you don't need to be in the pew every Sunday to know it", []),
    # a modal after "this" is no month; after "the end of" a lower-case one is
    ("This may or may not be right.", []),
    ("the surgery was done at the end of may, doctors said", ["the end of may"]),
])
def test_a_programme_named_today_is_no_date(text: str, dates: list[str]) -> None:
    assert [f.text for f in factdiff.extract(text, doc_date="2019-06-01") if f.kind == "date"] == dates


def test_a_half_after_a_noun_and_and_is_part_of_its_phrase() -> None:
    facts = factdiff.extract("He pitched an inning and a half and said he would coach for the next decade and a half; "
                             "a mile and a half away, half of the crowd left.")
    assert [(f.kind, f.text, f.value) for f in facts] == [
        ("date", "the next decade", None), ("quantity", "a mile and a half", 1.5), ("number", "half", 0.5)]


def test_a_number_in_an_idiom_is_no_fact_in_digits_either() -> None:
    facts = factdiff.extract("The union is the 800-pound gorilla in the talks; the bear weighed 800 pounds.")
    assert [(f.kind, f.text) for f in facts] == [("quantity", "800 pounds")]


@pytest.mark.parametrize("text,dates", [
    ("Spending was cut by 1/3 last year.", [("last year", "2018")]),
    ("The measure passed on 2/3 of the votes cast.", []),
    ("The hotline is open 24/7, and on 24/7 duty.", []),
    ("A 3/4 majority is needed.", []),
    ("After 9/11 everything changed.", [("9/11", "2001-09-11")]),
    ("The vote was held on 5/14 and the count finished after 5/16.", [("5/14", "2019-05-14"), ("5/16", "2019-05-16")]),
])
def test_a_slashed_day_is_a_date_only_where_a_word_dates_it(text: str, dates: list[tuple[str, str]]) -> None:
    got = [(f.text, f.value) for f in factdiff.extract(text, doc_date="2019-06-01") if f.kind == "date"]
    assert got == dates
