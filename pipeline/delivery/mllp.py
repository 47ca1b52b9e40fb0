"""MLLP (HL7's minimal lower layer protocol) over TCP, optionally TLS: one message out, its
ACK back. A connection that drops, or no ACK in time, is a transient failure the caller
retries; an ACK's code (AA, AE, AR) is the receiver's answer."""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass

from hl7apy.parser import parse_message

START, END = b"\x0b", b"\x1c\x0d"


class DeliveryError(Exception):
    """No answer: connection refused or dropped, a timeout, or something that is not an ACK.
    The message may or may not have arrived; resending the same control id is safe."""


@dataclass(frozen=True)
class Ack:
    code: str  # AA accepted, AE application error, AR rejected
    control_id: str  # MSA-2: the control id of the message acknowledged
    text: str  # MSA-3, the receiver's words (may name nothing about the patient)


def send(
    er7: str,
    host: str,
    port: int,
    timeout: float,
    tls: ssl.SSLContext | None = None,
    after_send=None,
) -> Ack:
    """Send one message and wait for its ACK. `after_send` runs once the whole message is
    out (the delivery worker's kill-point tests stop there)."""
    frame = START + er7.replace("\n", "\r").encode("utf-8") + END
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            sock = tls.wrap_socket(raw, server_hostname=host) if tls else raw
            sock.settimeout(timeout)
            sock.sendall(frame)
            if after_send is not None:
                after_send()
            reply = b""
            while not reply.endswith(END):
                chunk = sock.recv(65536)
                if not chunk:
                    raise DeliveryError("the receiver closed the connection before its ACK")
                reply += chunk
    except TimeoutError:
        raise DeliveryError(f"no ACK within {timeout:g} s") from None
    except OSError as exc:
        raise DeliveryError(f"connection failed ({type(exc).__name__})") from None
    try:
        ack = parse_message(reply.strip(START + END).decode("utf-8").strip("\r"))
        return Ack(
            ack.msa.msa_1.value, ack.msa.msa_2.value, ack.msa.msa_3.value if ack.msa.msa_3 else ""
        )
    except Exception:
        raise DeliveryError("the receiver's answer is not an HL7 ACK") from None
