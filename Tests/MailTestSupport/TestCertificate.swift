import Foundation

/// A self-signed certificate for 127.0.0.1, made by `openssl req -x509` for each test run.
public struct TestCertificate: Sendable {
  /// The PEM certificate (also the CA file the client trusts).
  public let certificate: URL
  /// The PEM private key.
  public let key: URL

  /// Made once per test process; every TLS test shares it.
  public static let shared: Result<TestCertificate, Error> = Result { try make() }

  private static func make() throws -> TestCertificate {
    let folder = try Fixtures.temporaryFolder("cert")
    let certificate = folder.appendingPathComponent("cert.pem")
    let key = folder.appendingPathComponent("key.pem")
    _ = try ProcessRunner.run(
      "/usr/bin/openssl",
      [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
        "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        "-keyout", key.path, "-out", certificate.path,
      ])
    return TestCertificate(certificate: certificate, key: key)
  }
}
