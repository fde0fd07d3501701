#!/usr/bin/python3
"""Reads a MIME message with Python's email package and prints what MailTests check, as JSON.

Independent of boardpack's encoder: if Python's parser reads the headers, both bodies and the
attachment back as they were given, mail clients will too.
"""
import base64
import json
import sys
from email import policy
from email.parser import BytesParser


def main():
    raw = open(sys.argv[1], "rb").read()
    message = BytesParser(policy=policy.default).parsebytes(raw)
    lines = raw.split(b"\r\n")
    result = {
        "subject": str(message["subject"]),
        "from": str(message["from"]),
        "from_addresses": [a.addr_spec for a in message["from"].addresses],
        "from_names": [a.display_name for a in message["from"].addresses],
        "to_addresses": [a.addr_spec for a in message["to"].addresses],
        "to_names": [a.display_name for a in message["to"].addresses],
        "date": str(message["date"]),
        "message_id": str(message["message-id"]),
        "mime_version": str(message["mime-version"]),
        "content_type": message.get_content_type(),
        "header_names": list(message.keys()),
        "crlf_only": b"\n" not in raw.replace(b"\r\n", b""),
        "max_line_length": max(len(line) for line in lines),
        "max_header_line_length": max(len(line) for line in raw.split(b"\r\n\r\n")[0].split(b"\r\n")),
        "defects": [],
        "parts": [],
        "attachments": [],
    }
    for part in message.walk():
        result["defects"] += [type(d).__name__ for d in part.defects]
        result["parts"].append(part.get_content_type())
    # Bodies travel with CRLF line ends; a mail client shows lines, so compare with LF text.
    body = message.get_body(preferencelist=("plain",))
    result["text"] = body.get_content().replace("\r\n", "\n") if body else None
    html = message.get_body(preferencelist=("html",))
    result["html"] = html.get_content().replace("\r\n", "\n") if html else None
    for attachment in message.iter_attachments():
        result["attachments"].append({
            "filename": attachment.get_filename(),
            "content_type": attachment.get_content_type(),
            "disposition": attachment.get_content_disposition(),
            "base64": base64.b64encode(attachment.get_payload(decode=True)).decode(),
        })
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
