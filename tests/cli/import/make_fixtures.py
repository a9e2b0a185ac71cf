#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes the register fixtures of the tests/cli/import cases (their files/ directories).

Byte-exact on purpose: BOMs, Windows-1252, CRLF, no-break spaces. Run it after changing a
fixture, then re-bless the cases:  tests/cli/import/make_fixtures.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

OFSTED_HEADER = ("Web link,Provider URN,Provider type,Provider subtype,Provider name,"
                 "Provider address line 1,Provider address line 2,Provider town,"
                 "Provider postcode,Local authority,Registration status,Registration date,"
                 "Places including estimates,Ignored extra column")
OFSTED_TITLE = ["Childcare providers and inspections as at 31 August 2026,,,",
                "Management information,,,", ""]
NURSERY = ("https://reports.ofsted.gov.uk/provider/16/EY111111,EY111111,Childcare on "
           "non-domestic premises,Full day care,Little Acorns Day Nursery,\"Unit 2, The Old "
           "Mill\",\"Mill Lane\",Bicester,ox26 6ab  ,Oxfordshire,Active,01/09/2010,40,x")
CHILDMINDER = ("https://reports.ofsted.gov.uk/provider/16/EY222222,EY222222,Childminder,,"
               "REDACTED,REDACTED,REDACTED,REDACTED,REDACTED,Oxfordshire,Active,05/05/2015,6,")
PRESCHOOL = ("https://x/EY333333,EY333333,Childcare on non-domestic premises,Sessional day care,"
             "\"St Mary's \"\"Tots\"\" Pre-school\",\"Church Hall\nChurch Street\",,"
             "Kidlington ,OX5 1AA,Oxfordshire,Active,01/01/2000,24,")
BAD_POSTCODE = ("https://x/EY444444,EY444444,Childcare on non-domestic premises,Full day care,"
                "Bad Postcode Nursery,1 Road,,Banbury,NOTAPOSTCODE,Oxfordshire,Active,"
                "01/01/2001,30,")
UNKNOWN_TYPE = ("https://x/EY555555,EY555555,Space station,,Orbit Club,1 Sky,,Banbury,"
                "OX16 1AA,Oxfordshire,Active,01/01/2001,30,")
DUPLICATE = ("https://x/EY333333,EY333333,Childcare on non-domestic premises,Sessional day care,"
             "\"St Mary's Pre-school\",Church Hall,,Kidlington,OX5 1AB,Oxfordshire,Active,"
             "01/01/2000,24,")
HOLIDAY = ("https://x/EY666666,EY666666,Childcare on non-domestic premises,Out-of-school day care,"
           "Kids Club,School Road,,Witney,OX28 1AA,West Oxfordshire,Active,01/01/2012,20,")


def write(case, name, data):
    d = os.path.join(HERE, case, "files")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def crlf(lines):
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def ofsted_v1():
    rows = OFSTED_TITLE + [OFSTED_HEADER, NURSERY, "", CHILDMINDER, PRESCHOOL, BAD_POSTCODE,
                           UNKNOWN_TYPE, DUPLICATE, HOLIDAY]
    return b"\xef\xbb\xbf" + crlf(rows)


def ofsted_v2():
    # Next month: the pre-school moved, the kids club vanished, the nursery has no town.
    header = OFSTED_HEADER.replace("Provider postcode", "PROVIDER_POSTCODE")
    nursery = NURSERY.replace("Bicester,ox26 6ab  ", ",OX26 6AB")
    pre = DUPLICATE.replace("OX5 1AB", "OX5 2ZZ")
    return crlf(OFSTED_TITLE + [header, nursery, CHILDMINDER, pre])


def ofsted_1252():
    header = ("Web link,Provider URN,Provider type,Provider subtype,Setting name,"
              "Provider address line 1,Provider town,Postcode,Local authority,"
              "Registration status,Registration date")
    row = ("https://x/EY777777,EY777777,Childcare on non-domestic premises,Full day care,"
           "Caf\xe9 Cr\xe8che \u2013 Little Ones,1 High St,Thame,OX9 3AA\xa0,Oxfordshire,Active,"
           "02/03/2019")
    suspended = ("https://x/EY888888,EY888888,Childminder,,REDACTED,REDACTED,REDACTED,REDACTED,"
                 "Oxfordshire,Suspended,02/03/2019")
    return ("\n".join([header, row, suspended]) + "\n").encode("cp1252")


GIAS_HEADER = ("URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,"
               "TypeOfEstablishment (code),TypeOfEstablishment (name),EstablishmentStatus (code),"
               "EstablishmentStatus (name),OpenDate,CloseDate,PhaseOfEducation (name),Street,"
               "Locality,Address3,Town,County (name),Postcode,SchoolWebsite,TelephoneNum,"
               "NurseryProvision (name)")


def gias(closed_school=False):
    rows = [GIAS_HEADER,
            "123456,931,Oxfordshire,1000,Thame Nursery School,15,Local authority nursery school,"
            "1,Open,01-09-1970,,Nursery,Park Street,,,Thame,Oxfordshire,OX9 3HJ,"
            "www.thamenursery.oxon.sch.uk,01844 212345,Has Nursery Classes",
            "123457,931,Oxfordshire,2000,St Andr\xe9's CofE Primary School,35,"
            "Voluntary aided school,1,Open,01-01-1975,,Primary,Church Road,Headington,,Oxford,"
            "Oxfordshire,OX3 9AA,,01865 765432,Has Nursery Classes"
            if not closed_school else
            "123457,931,Oxfordshire,2000,St Andr\xe9's CofE Primary School,35,"
            "Voluntary aided school,2,Closed,01-01-1975,31-08-2026,Primary,Church Road,"
            "Headington,,Oxford,Oxfordshire,OX3 9AA,,01865 765432,Has Nursery Classes",
            "100001,931,Oxfordshire,3000,Old Closed School,1,Community school,2,Closed,"
            "01-01-1970,31-07-1999,Primary,,,,Oxford,Oxfordshire,OX1 1AA,,,",
            "140000,931,Oxfordshire,4000,Cherwell Children\u2019s Centre,41,Children's centre,"
            "1,Open,01-04-2008,,Not applicable,Bridge St,,,Banbury,Oxfordshire,OX16 5QB,,,"]
    return ("\r\n".join(rows) + "\r\n").encode("cp1252")


def cut_in_quotes():
    text = ofsted_v1()
    return text[: text.index(b"Church Street") - 3]


def cut_short():
    return crlf(OFSTED_TITLE + [OFSTED_HEADER, NURSERY, CHILDMINDER,
                                "https://x/EY333333,EY333333,Childcare on non-domestic"])


def council():
    return crlf(["Setting,Ofsted no.,Kind,Post code,Tel,Funded",
                 "Rainbow Pre-school,EY901234,Pre-school,OX26 1AA,01869 123456,yes",
                 "Sunshine Nursery,EY901235,Day nursery,OX26 2BB,,no",
                 "\"=HYPERLINK(\"\"http://evil\"\")\",EY901236,Other,OX26 3AB,,"])


def register(n, duplicate=False):
    """A county's register of n nurseries (EY200000 on), with a second line for EY200007."""
    towns = ["Bicester", "Banbury", "Witney", "Thame", "Didcot"]
    rows = []
    for i in range(n):
        urn = "EY%06d" % (200000 + i)
        rows.append("https://x/%s,%s,Childcare on non-domestic premises,Full day care,"
                    "Nursery %d,%d High Street,,%s,OX%d %dAB,Oxfordshire,Active,01/09/2010,40,"
                    % (urn, urn, i, i + 1, towns[i % 5], 10 + i % 20, 1 + i % 9))
    if duplicate:
        # The same provider again further down, its address corrected: the last line wins.
        rows.insert(30, rows[7].replace("8 High Street", "8 High St"))
        rows.pop()
    return crlf(OFSTED_TITLE + [OFSTED_HEADER] + rows)


def main():
    write("ofsted", "ofsted.csv", ofsted_v1())
    write("ofsted-reimport", "ofsted.csv", ofsted_v1())
    write("ofsted-reimport", "ofsted-v2.csv", ofsted_v2())
    write("dry-run", "ofsted.csv", ofsted_v1())
    write("dry-run", "ofsted-v2.csv", ofsted_v2())
    write("ofsted-1252", "ofsted.csv", ofsted_1252())
    write("gias", "edubasealldata20261130.csv", gias())
    write("gias-closed", "edubasealldata20261130.csv", gias())
    write("gias-closed", "edubasealldata20261201.csv", gias(closed_school=True))
    write("cut-in-quotes", "ofsted.csv", ofsted_v1())
    write("cut-in-quotes", "ofsted-cut.csv", cut_in_quotes())
    write("cut-short", "ofsted.csv", ofsted_v1())
    write("cut-short", "ofsted-cut.csv", cut_short())
    write("strict", "ofsted.csv", ofsted_v1())
    write("csv-map", "council.csv", council())
    write("wrong-source", "council.csv", council())
    write("gias-as-ofsted", "ofsted.csv", register(40))
    write("gias-as-ofsted", "edubasealldata20261130.csv", gias())
    write("ofsted-as-csv", "ofsted.csv", register(40))
    for case in ("partial-refused", "partial-max-close", "partial-config"):
        write(case, "ofsted.csv", register(40))
        write(case, "ofsted-first10.csv", register(10))
    write("duplicates-reimport", "ofsted.csv", register(41, duplicate=True))
    write("rejected-not-closed", "ofsted.csv", register(10))
    write("rejected-not-closed", "ofsted-v2.csv",
          register(10).replace(b"OX12 3AB", b"NOTAPOSTCODE"))
    write("mostly-rejected", "ofsted.csv", register(10))
    write("mostly-rejected", "ofsted-bad.csv",
          register(10).replace(b",Childcare on non-domestic premises,", b",Space station,", 6))


if __name__ == "__main__":
    main()
