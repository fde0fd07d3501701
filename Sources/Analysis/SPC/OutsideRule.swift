/// The *outside* rule: a point strictly above the upper or below the lower process limit.
public func outsidePoints(_ values: [Double], limits: [ProcessLimits]) -> [SPCRule?] {
  zip(values, limits).map { value, limit in
    if value > limit.upper { return .outsideUpper }
    if value < limit.lower { return .outsideLower }
    return nil
  }
}
