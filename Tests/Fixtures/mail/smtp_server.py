#!/usr/bin/python3
"""A real SMTP server on 127.0.0.1 for boardpack's MailTests (aiosmtpd, Debian's python3-aiosmtpd).

It listens on a free port, writes that port to --ready-file once it accepts connections, and stores
each accepted message as <n>.eml (the bytes as received) with <n>.json (the envelope).

Modes, by option:
  --user U --password P     require AUTH (PLAIN or LOGIN) with this user and password
  --auth-without-tls        allow AUTH on a connection without TLS (the default requires TLS)
  --cert C --key K          offer STARTTLS with this certificate
  --require-starttls        refuse commands until STARTTLS
  --implicit-tls            TLS from the first byte (smtps) instead of STARTTLS
  --refuse ADDRESS          answer RCPT TO for this address with 550 (repeatable)
  --silent                  accept TCP connections and never answer (for timeouts)
  --delay-data SECONDS      store each message, then wait this long before answering DATA
                            (a slow server; with a shorter client time limit, a time-out after
                            the message was received)
"""
import argparse
import asyncio
import json
import os
import ssl

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Store:
    def __init__(self, folder, refused, delay):
        self.folder = folder
        self.delay = delay
        self.refused = {address.lower() for address in refused}
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refused:
            return f"550 5.1.1 <{address}>: Recipient address rejected: no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, f"{self.count:03d}")
        with open(base + ".eml.tmp", "wb") as handle:
            handle.write(envelope.original_content)
        envelope_json = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                         "authenticated": bool(session.authenticated)}
        with open(base + ".json", "w") as handle:
            json.dump(envelope_json, handle)
        os.rename(base + ".eml.tmp", base + ".eml")
        if self.delay:
            await asyncio.sleep(self.delay)
        return "250 Message accepted for delivery"


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == user.encode() and auth_data.password == password.encode())
        # handled=False: aiosmtpd answers (235 or 535) itself.
        return AuthResult(success=ok, handled=False)
    return check


async def silent(reader, writer):
    await asyncio.sleep(3600)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ready-file", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--auth-without-tls", action="store_true")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--require-starttls", action="store_true")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--refuse", action="append", default=[])
    parser.add_argument("--silent", action="store_true")
    parser.add_argument("--delay-data", type=float, default=0)
    args = parser.parse_args()

    context = None
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    handler = Store(args.store, args.refuse, args.delay_data)

    def factory():
        options = dict(hostname="mail.test", ident="boardpack-test-smtpd")
        if args.user:
            options.update(authenticator=authenticator(args.user, args.password),
                           auth_required=True, auth_require_tls=not args.auth_without_tls)
        else:
            options.update(auth_require_tls=False)
        if context is not None and not args.implicit_tls:
            options.update(tls_context=context, require_starttls=args.require_starttls)
        return SMTP(handler, **options)

    loop = asyncio.new_event_loop()
    if args.silent:
        server = loop.run_until_complete(asyncio.start_server(silent, "127.0.0.1", 0))
    else:
        server = loop.run_until_complete(loop.create_server(
            factory, "127.0.0.1", 0, ssl=context if args.implicit_tls else None))
    port = server.sockets[0].getsockname()[1]
    with open(args.ready_file + ".tmp", "w") as handle:
        handle.write(str(port))
    os.rename(args.ready_file + ".tmp", args.ready_file)
    loop.run_forever()


if __name__ == "__main__":
    main()
