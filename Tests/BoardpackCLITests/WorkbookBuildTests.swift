import Foundation
import Testing
import TestSupport

/// `pack.xlsx` end to end: `boardpack build` writes it by default and alone, the manifest lists
/// it, two builds give the same bytes, and openpyxl (an independent reader) finds in it what
/// assessment.json and pack.pdf say.
@Suite struct WorkbookBuildTests {
  let folder: URL

  init() throws {
    folder = try ExamplePack.copy()
  }

  var packFolder: URL { folder.appendingPathComponent("Output/stockport-cyp/2013-14-q4") }
  var workbook: URL { packFolder.appendingPathComponent("pack.xlsx") }

  /// Runs a Python check of the built pack; its output is the list of problems, one a line.
  func problems(_ script: String, _ arguments: [String] = []) throws -> String {
    let (status, output) = try Tool.run(
      "/usr/bin/env", ["python3", "-c", script, packFolder.path] + arguments)
    return status == 0 ? output : "python3 failed (\(status)): \(output)"
  }

  @Test func buildsAloneWithTheManifestListingIt() throws {
    let run = try BoardpackProcess.run(["build", "--format", "xlsx"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasSuffix("Workbook: Output/stockport-cyp/2013-14-q4/pack.xlsx\n"))
    let built = try FileManager.default.contentsOfDirectory(atPath: packFolder.path)
    // No scratch folder of libxlsxwriter's temporary files is left in the pack.
    #expect(built.sorted() == ["assessment.json", "manifest.json", "pack.xlsx", "snapshot.json"])
    let manifest = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: packFolder.appendingPathComponent("manifest.json")))
        as? [String: Any])
    let outputs = try #require(manifest["outputs"] as? [[String: Any]])
    let entry = try #require(outputs.first { $0["path"] as? String == "pack.xlsx" })
    let bytes = try Data(contentsOf: workbook)
    #expect(entry["sha256"] as? String == sha256(bytes))
    #expect(entry["bytes"] as? Int == bytes.count)
  }

  @Test func twoBuildsGiveTheSameBytes() throws {
    _ = try BoardpackProcess.run(["build", "--format", "xlsx"], in: folder)
    let first = try TestFolder.make("workbook").appendingPathComponent("first.xlsx")
    try FileManager.default.copyItem(at: workbook, to: first)
    // Another time zone too: the creation date comes from the pack, never the clock.
    let run = try BoardpackProcess.run(
      ["build", "--format", "xlsx"], in: folder, environment: ["TZ": "Pacific/Auckland"])
    #expect(run.status == 0, "\(run.stderr)")
    let (status, output) = try Tool.run("/usr/bin/cmp", [first.path, workbook.path])
    #expect(status == 0, "\(output)")
  }

  /// Every sheet, its frozen headings and filter; every observation of assessment.json on the
  /// Data sheet, numbers as numeric cells; every indicator on the Scorecard with its latest
  /// figure and RAG status; every exception on its sheet.
  @Test func holdsWhatAssessmentJSONSays() throws {
    let run = try BoardpackProcess.run(["build", "--format", "json,xlsx"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let found = try problems(Self.assessmentCheck)
    #expect(found == "sheets 3, data rows 523, scorecard rows 14, exceptions 5\n")
  }

  /// The scorecard sheet reads as pack.pdf's scorecard does: row by row, the title, the latest
  /// figure as shown, its period, the target, the RAG letter, the direction, the SPC reading
  /// and England, in that order in `pdftotext -raw` of the scorecard page.
  @Test func theScorecardReadsAsThePDFScorecard() throws {
    let run = try BoardpackProcess.run(["build", "--format", "pdf,xlsx"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let (status, text) = try Tool.run(
      "/usr/bin/pdftotext", ["-raw", packFolder.appendingPathComponent("pack.pdf").path, "-"])
    #expect(status == 0)
    let pdfText = folder.appendingPathComponent("pack.txt")
    try Data(text.utf8).write(to: pdfText)
    let found = try problems(Self.pdfCheck, [pdfText.path])
    #expect(found == "scorecard rows 14 found in order\n")
  }

  static let assessmentCheck = #"""
    import json, math, re, sys, openpyxl
    folder = sys.argv[1]
    assessment = json.load(open(folder + "/assessment.json"))
    book = openpyxl.load_workbook(folder + "/pack.xlsx")
    problems = []
    def check(condition, what):
        if not condition: problems.append(what)
    def same(cell, expected, what):
        if expected is None:
            check(cell.value is None, f"{what}: {cell.value!r}, expected empty")
        else:
            check(cell.data_type == "n" and isinstance(cell.value, (int, float))
                  and math.isclose(cell.value, expected, rel_tol=1e-12, abs_tol=1e-12),
                  f"{what}: {cell.value!r} ({cell.data_type}), expected {expected}")
    check(book.sheetnames == ["Scorecard", "Exceptions and actions", "Data"], book.sheetnames)
    check(str(book.properties.created) == "2014-03-31 00:00:00", book.properties.created)
    frozen = {"Scorecard": "C4", "Exceptions and actions": "D4", "Data": "C4"}
    for sheet in book:
        check(sheet["A1"].value.endswith(" — 2013/14 Q4"), f"{sheet.title} A1 {sheet['A1'].value}")
        check(sheet["A1"].value == book.properties.title, f"{sheet.title} title")
        check(sheet.freeze_panes == frozen[sheet.title], f"{sheet.title} panes {sheet.freeze_panes}")
        check(sheet.auto_filter.ref == f"A3:{sheet.cell(3, sheet.max_column).column_letter}{sheet.max_row}",
              f"{sheet.title} filter {sheet.auto_filter.ref}")
    indicators = assessment["indicators"]

    data = list(book["Data"].iter_rows(min_row=4))
    observations = [(i, o) for i in indicators for o in i["observations"]]
    check(len(data) == len(observations), f"data rows {len(data)} of {len(observations)}")
    for n, (row, (indicator, o)) in enumerate(zip(data, observations), start=4):
        where = f"Data row {n} ({indicator['id']} {o['period']} {o['area']})"
        check([row[0].value, row[4].value, row[2].value] == [indicator["id"], o["period"], o["area"]], where)
        check(row[1].value == indicator["title"], where + " title")
        same(row[5], o["value"], where + " value")
        if o["value"] is not None:
            check(re.fullmatch(r"#,##0(\.0+)?", row[5].number_format), where + " " + row[5].number_format)
        ci = o["ci"] or {}
        same(row[6], ci.get("lower"), where + " lower")
        same(row[7], ci.get("upper"), where + " upper")
        check(row[8].value == ci.get("method"), where + " method")
        same(row[9], o["numerator"], where + " numerator")
        same(row[10], o["denominator"], where + " denominator")
        check(row[12].value == o["status"], where + " status")
        check(row[13].value == o["note"], where + " note")

    scorecard = list(book["Scorecard"].iter_rows(min_row=4))
    check(len(scorecard) == len(indicators), f"scorecard rows {len(scorecard)}")
    words = {"red": "Red", "amber": "Amber", "green": "Green"}
    for row, indicator in zip(scorecard, indicators):
        where = f"Scorecard {indicator['id']}"
        check(row[1].value == indicator["title"], where)
        check((row[2].value is not None) == indicator["exception"], where + " exception")
        target = indicator["target"]
        check(row[6].value == (words.get(target["status"], "–") if target else "–"), where + " RAG")
        if target:
            same(row[5], target["value"], where + " target")
        latest = [o for o in indicator["observations"]
                  if o["area"] == assessment["pack"]["area"] and o["period"] == indicator["period"]]
        if latest and latest[-1]["value"] is not None:
            same(row[3], latest[-1]["value"], where + " latest")
        else:
            check(row[3].value == "–", where + " latest")

    exceptions = list(book["Exceptions and actions"].iter_rows(min_row=4))
    expected = [i for i in indicators if i["exception"]]
    check(len(exceptions) == len(expected) == assessment["summary"]["exceptions"],
          f"exceptions {len(exceptions)}")
    titles = {i["title"]: i for i in expected}
    for row in exceptions:
        indicator = titles.get(row[2].value)
        check(indicator is not None, f"exception {row[2].value}")
        if indicator:
            why = row[5].value
            check(any(f["message"] in why for f in indicator["flags"]), f"{row[2].value}: {why}")
            check(all(line.startswith("• ") for line in why.split("\n")), why)
    if problems:
        print("\n".join(problems[:20]))
    else:
        print(f"sheets {len(book.sheetnames)}, data rows {len(data)}, scorecard rows {len(scorecard)}, exceptions {len(exceptions)}")
    """#

  static let pdfCheck = #"""
    import re, sys, openpyxl
    folder, text_file = sys.argv[1], sys.argv[2]
    text = " ".join(open(text_file, encoding="utf-8").read().split())
    sheet = openpyxl.load_workbook(folder + "/pack.xlsx")["Scorecard"]
    def shown(cell):
        if isinstance(cell.value, str):
            return cell.value
        number = re.fullmatch(r'#,##0(?:\.(0+))?(?:"(.*)")?', cell.number_format)
        places = len(number.group(1) or "")
        unit = number.group(2) or ""
        return f"{cell.value:,.{places}f}" + unit
    position = text.index("Headline and scorecard")
    problems = []
    rows = list(sheet.iter_rows(min_row=4))
    for row in rows:
        rag = row[6].value if row[6].value == "–" else row[6].value[0]
        pieces = [row[1].value, shown(row[3]), row[4].value, shown(row[5]), rag,
                  row[7].value, row[8].value, row[9].value]
        for piece in pieces:
            piece = " ".join(str(piece).split())
            found = text.find(piece, position)
            if found < 0:
                problems.append(f"{row[1].value}: {piece!r} not found after the previous cell")
                break
            position = found + len(piece)
    print("\n".join(problems) if problems else f"scorecard rows {len(rows)} found in order")
    """#
}
