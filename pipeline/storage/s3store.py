"""S3 object storage (AWS S3, MinIO, any S3-compatible store) through boto3. Every object is
written once (If-None-Match: *), with a SHA-256 checksum the server checks, server-side
encryption always on, and S3 Object Lock retention when configured. The endpoint and credentials
come from the standard AWS settings (AWS_ENDPOINT_URL, profiles, the credential chain), never
from digitize's config or logs."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import logging
from collections.abc import Iterator

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from pipeline.errors import BadInput, StoreError
from pipeline.storage.store import StoredObject

log = logging.getLogger("digitize.s3")


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def _b64_to_hex(value: str) -> str:
    return base64.b64decode(value).hex()


class S3Store:
    def __init__(
        self,
        url: str,
        *,
        sse: str = "AES256",
        kms_key_id: str | None = None,
        retention_mode: str | None = None,
        retention_days: int = 0,
        max_attempts: int = 10,
        connect_timeout: float = 5,
        read_timeout: float = 60,
    ):
        rest = url[len("s3://") :]
        self.bucket, _, prefix = rest.partition("/")
        if not self.bucket:
            raise BadInput("the S3 store needs a bucket: s3://bucket/prefix")
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.url = url
        self.sse, self.kms_key_id = sse, kms_key_id
        self.retention_mode, self.retention_days = retention_mode, retention_days
        config = Config(
            retries={"mode": "standard", "max_attempts": max_attempts},
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
        )
        self.client = boto3.client("s3", config=config)

    # -- start-up check ------------------------------------------------------------------------
    def check(self) -> None:
        """Say clearly what is missing: the bucket, permission, versioning or Object Lock."""
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except ClientError as exc:
            code = _code(exc)
            if code in ("404", "NoSuchBucket", "NotFound"):
                raise BadInput(f"the S3 bucket {self.bucket!r} does not exist") from None
            if code in ("403", "AccessDenied", "Forbidden"):
                raise BadInput(f"no permission to use the S3 bucket {self.bucket!r}") from None
            raise StoreError(f"the S3 bucket {self.bucket!r} cannot be checked ({code})") from None
        except BotoCoreError as exc:
            raise StoreError(f"the object store cannot be reached ({type(exc).__name__})") from None
        if self.retention_mode:
            try:
                versioning = self.client.get_bucket_versioning(Bucket=self.bucket)
                lock = self.client.get_object_lock_configuration(Bucket=self.bucket)
            except ClientError as exc:
                if _code(exc) == "ObjectLockConfigurationNotFoundError":
                    raise BadInput(
                        f"retention is configured but the S3 bucket {self.bucket!r} has no "
                        "Object Lock (it must be created with Object Lock enabled)"
                    ) from None
                raise BadInput(
                    f"cannot read the Object Lock settings of {self.bucket!r} ({_code(exc)})"
                ) from None
            if versioning.get("Status") != "Enabled":
                raise BadInput(f"the S3 bucket {self.bucket!r} must have versioning enabled")
            if lock.get("ObjectLockConfiguration", {}).get("ObjectLockEnabled") != "Enabled":
                raise BadInput(f"the S3 bucket {self.bucket!r} must have Object Lock enabled")

    # -- objects -------------------------------------------------------------------------------
    def _key(self, key: str) -> str:
        return self.prefix + key

    def uri(self, key: str) -> str:
        return f"s3://{self.bucket}/{self._key(key)}"

    def _call(self, fn, **kwargs):
        try:
            return fn(**kwargs)
        except BotoCoreError as exc:
            raise StoreError(
                f"the object store stopped answering ({type(exc).__name__}); nothing was half "
                "filed: run the batch again"
            ) from None

    def put_once(self, key: str, data: bytes, content_type: str) -> StoredObject:
        digest = hashlib.sha256(data)
        args = {
            "Bucket": self.bucket,
            "Key": self._key(key),
            "Body": data,
            "ContentType": content_type,
            "IfNoneMatch": "*",
            "ChecksumAlgorithm": "SHA256",
            "ChecksumSHA256": base64.b64encode(digest.digest()).decode(),
            "ServerSideEncryption": self.sse,
        }
        if self.sse == "aws:kms" and self.kms_key_id:
            args["SSEKMSKeyId"] = self.kms_key_id
        if self.retention_mode and self.retention_days > 0:
            args["ObjectLockMode"] = self.retention_mode
            args["ObjectLockRetainUntilDate"] = dt.datetime.now(dt.UTC) + dt.timedelta(
                days=self.retention_days
            )
        try:
            resp = self._call(self.client.put_object, **args)
        except ClientError as exc:
            if _code(exc) in ("PreconditionFailed", "412", "ConditionalRequestConflict"):
                return self._existing(key)
            raise StoreError(f"the object store refused a write ({_code(exc)})") from None
        returned = resp.get("ChecksumSHA256")
        if returned and _b64_to_hex(returned) != digest.hexdigest():
            raise StoreError("the object store recorded a different checksum than was sent")
        return StoredObject(key, digest.hexdigest(), len(data), True)

    def head(self, key: str) -> dict | None:
        try:
            return self._call(
                self.client.head_object,
                Bucket=self.bucket,
                Key=self._key(key),
                ChecksumMode="ENABLED",
            )
        except ClientError as exc:
            if _code(exc) in ("404", "NoSuchKey", "NotFound"):
                return None
            raise StoreError(f"the object store refused a read ({_code(exc)})") from None

    def exists(self, key: str) -> bool:
        return self.head(key) is not None

    def _existing(self, key: str) -> StoredObject:
        """What is already there, from one HEAD (its bytes only when S3 kept no checksum)."""
        head = self.head(key) or {}
        size = int(head.get("ContentLength", 0))
        if head.get("ChecksumSHA256"):
            return StoredObject(key, _b64_to_hex(head["ChecksumSHA256"]), size, False)
        body = self.get(key)
        return StoredObject(key, hashlib.sha256(body).hexdigest(), len(body), False)

    def sha256_of(self, key: str) -> str:
        """The checksum S3 keeps for the object; computed from its bytes when there is none."""
        return self._existing(key).sha256

    def get(self, key: str) -> bytes:
        try:
            resp = self._call(self.client.get_object, Bucket=self.bucket, Key=self._key(key))
        except ClientError as exc:
            raise StoreError(f"the object store refused a read ({_code(exc)})") from None
        return resp["Body"].read()

    def keys(self, prefix: str = "") -> Iterator[str]:
        paginator = self.client.get_paginator("list_objects_v2")
        try:
            for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix + prefix):
                for obj in page.get("Contents", []):
                    yield obj["Key"][len(self.prefix) :]
        except BotoCoreError as exc:
            raise StoreError(f"the object store cannot be listed ({type(exc).__name__})") from None

    def legal_hold(self, key: str, on: bool) -> None:
        try:
            self._call(
                self.client.put_object_legal_hold,
                Bucket=self.bucket,
                Key=self._key(key),
                LegalHold={"Status": "ON" if on else "OFF"},
                ChecksumAlgorithm="SHA256",
            )
        except ClientError as exc:
            if _code(exc) in ("NoSuchKey", "404"):
                raise BadInput("no such filed object") from None
            raise BadInput(f"the legal hold could not be set ({_code(exc)})") from None
