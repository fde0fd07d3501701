import HTMLReport
import Mustache
import Testing

/// The context types answer the templates' lookups themselves (`child(named:)`, instead of
/// swift-mustache's `Mirror`); each must give exactly what the Mirror would, for every field.
@Suite struct TemplateLookupTests {
  @Test(arguments: ["2013/14 Q4", "2019/20 Q2", "2014/15 Q1"])
  func everyFieldIsFoundByItsName(period: String) throws {
    var failures: [String] = []
    var checked = 0
    check(
      try ExampleDashboard.context(period), path: "context", failures: &failures, checked: &checked)
    #expect(failures.isEmpty, "\(failures.prefix(20))")
    // Every context type with its every field was reached (tiles, charts, key, …).
    #expect(checked > 1_000)
  }

  @Test func anUnknownNameIsNotFound() throws {
    let context = try ExampleDashboard.context("2013/14 Q4")
    #expect(context.child(named: "nothing") == nil)
    #expect(context.child(named: "self") == nil)
    #expect(context.themes[0].indicators[0].child(named: "Title") == nil)
  }

  /// A nil optional field is not found (as with the Mirror), so the lookup climbs the stack.
  @Test func aNilFieldIsNotFound() throws {
    let context = try ExampleDashboard.context("2013/14 Q4")
    let indicator = try #require(
      context.themes.flatMap(\.indicators).first { $0.commentary == nil })
    #expect(indicator.child(named: "commentary") == nil)
  }

  /// Walks the value as the Mirror sees it; every struct must be a `MustacheParent` whose
  /// `child(named:)` agrees with the Mirror on each field.
  func check(_ value: Any, path: String, failures: inout [String], checked: inout Int) {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      if let wrapped = mirror.children.first?.value {
        check(wrapped, path: path, failures: &failures, checked: &checked)
      }
    case .collection:
      for (index, element) in mirror.children.enumerated() {
        check(element.value, path: "\(path)[\(index)]", failures: &failures, checked: &checked)
      }
    case .struct:
      guard let parent = value as? MustacheParent else {
        failures.append("\(path): \(type(of: value)) is not a MustacheParent")
        return
      }
      for field in mirror.children {
        guard let label = field.label else { continue }
        checked += 1
        let expected = unwrapped(field.value)
        let found = parent.child(named: label)
        let place = "\(path).\(label)"
        switch (expected, found) {
        case (nil, nil): continue
        case (let expected?, let found?):
          if type(of: expected) != type(of: found) {
            failures.append("\(place): \(type(of: found)), expected \(type(of: expected))")
          } else if let expected = expected as? any Equatable, !equal(expected, found) {
            failures.append("\(place): a different value")
          }
          check(expected, path: place, failures: &failures, checked: &checked)
        default:
          failures.append(
            "\(place): found \(String(describing: found)), expected \(String(describing: expected))"
          )
        }
      }
    default:
      return
    }
  }

  /// Leaf values (text, numbers, flags) compared; structs and arrays are walked instead.
  func equal<Value: Equatable>(_ expected: Value, _ found: Any) -> Bool {
    (found as? Value) == expected
  }

  /// What swift-mustache's Mirror lookup gives for a field: the value an optional holds, or nil.
  func unwrapped(_ value: Any) -> Any? {
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return value }
    return mirror.children.first?.value
  }
}
