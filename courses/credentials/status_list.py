"""The W3C Bitstring Status List: one bit per credential, set when it is revoked.

The list is GZIP-compressed and written as multibase base64url without padding ('u').
Index 0 is the left-most (most significant) bit of the first byte. The specification asks
for at least 131,072 bits (16 KiB) so that a list does not reveal which credential a
verifier is checking.
"""

import base64
import gzip
import zlib
from collections.abc import Iterable

status_list_size = 131_072  # bits
MULTIBASE_BASE64URL = "u"
# A decoded list larger than this is refused: a pasted list could be a compression bomb.
DECODED_SIZE_LIMIT = 16 * 1024 * 1024  # bytes


def status_list_encode(set_indexes: Iterable[int], *, size: int = status_list_size) -> str:
    """The ``encodedList`` of a list of ``size`` bits where ``set_indexes`` are set."""
    if size < status_list_size or size % 8:
        raise ValueError(f"A status list has a multiple of 8 bits, {status_list_size} or more.")
    bits = bytearray(size // 8)
    for index in set_indexes:
        if not 0 <= index < size:
            raise ValueError(f"Index {index} is outside the status list.")
        bits[index // 8] |= 0x80 >> (index % 8)
    # mtime=0: the same list always encodes to the same text.
    compressed = gzip.compress(bytes(bits), mtime=0)
    return MULTIBASE_BASE64URL + base64.urlsafe_b64encode(compressed).decode().rstrip("=")


def status_list_decode(encoded: str) -> bytes:
    """The bitstring of an ``encodedList``; raise ``ValueError`` if it is not one."""
    if not isinstance(encoded, str) or not encoded.startswith(MULTIBASE_BASE64URL):
        raise ValueError("The list is not multibase base64url.")
    body = encoded[1:]
    try:
        compressed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        # wbits 16+: GZIP framing only.
        decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        bits = decompressor.decompress(compressed, DECODED_SIZE_LIMIT + 1)
    except (ValueError, zlib.error) as error:
        raise ValueError(f"The list is not GZIP in base64url: {error}") from None
    if len(bits) > DECODED_SIZE_LIMIT:
        raise ValueError("The list is too large.")
    if not decompressor.eof:
        raise ValueError("The list is truncated.")
    return bits


def status_is_set(bits: bytes, index: int) -> bool:
    """Whether bit ``index`` is set; raise ``IndexError`` outside the list."""
    if not 0 <= index < len(bits) * 8:
        raise IndexError(f"Index {index} is outside the status list.")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))
