"""Certificates in three signed forms: PDF, Open Badges 3.0 and European Digital Credential.

``facts`` holds what a certificate says, independent of any format; each format module
builds its document from those facts; ``keys`` loads the issuer's keys and ``issuer``
says who the issuer is and where its public documents live.
"""
