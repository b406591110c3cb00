import base64
import gzip

import pytest

from courses.credentials.status_list import (
    status_is_set,
    status_list_decode,
    status_list_encode,
    status_list_size,
)


def test_an_empty_list_has_the_minimum_size_and_no_bit_set():
    bits = status_list_decode(status_list_encode([]))
    assert len(bits) * 8 == status_list_size == 131_072
    assert not any(bits)


def test_round_trip_shows_exactly_the_revoked_indexes():
    revoked = {0, 7, 8, 42, 1000, status_list_size - 1}
    bits = status_list_decode(status_list_encode(revoked))
    assert {index for index in range(status_list_size) if status_is_set(bits, index)} == revoked


def test_index_zero_is_the_left_most_bit_of_the_first_byte():
    bits = status_list_decode(status_list_encode([0, 9]))
    assert bits[0] == 0b1000_0000
    assert bits[1] == 0b0100_0000


def test_encoding_is_multibase_base64url_gzip_and_stable():
    encoded = status_list_encode([3])
    assert encoded.startswith("u")
    assert "=" not in encoded and "+" not in encoded and "/" not in encoded
    body = encoded[1:]
    raw = gzip.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    assert raw[0] == 0b0001_0000
    assert status_list_encode([3]) == encoded


def test_a_list_from_elsewhere_decodes():
    # An empty 16 KiB list as published by another implementation (different GZIP header).
    compressed = gzip.compress(bytes(status_list_size // 8), compresslevel=1, mtime=123)
    encoded = "u" + base64.urlsafe_b64encode(compressed).decode().rstrip("=")
    assert not any(status_list_decode(encoded))


@pytest.mark.parametrize("index", [-1, status_list_size])
def test_indexes_outside_the_list_are_refused(index):
    with pytest.raises(ValueError):
        status_list_encode([index])
    with pytest.raises(IndexError):
        status_is_set(bytes(status_list_size // 8), index)


def test_lists_below_the_minimum_size_are_refused():
    with pytest.raises(ValueError):
        status_list_encode([], size=8)


@pytest.mark.parametrize(
    "encoded",
    [None, 42, "", "z123", "u!!!", "u" + base64.urlsafe_b64encode(b"not gzip").decode()],
)
def test_malformed_lists_raise_value_error(encoded):
    with pytest.raises(ValueError):
        status_list_decode(encoded)


def test_a_truncated_list_is_refused():
    encoded = status_list_encode([1])
    with pytest.raises(ValueError):
        status_list_decode(encoded[: len(encoded) // 2])


def test_a_compression_bomb_is_refused():
    compressed = gzip.compress(bytes(64 * 1024 * 1024), mtime=0)
    encoded = "u" + base64.urlsafe_b64encode(compressed).decode().rstrip("=")
    with pytest.raises(ValueError, match="too large"):
        status_list_decode(encoded)
