// The part of libcurl that boardpack's Mail target uses.
//
// curl_easy_setopt and curl_easy_getinfo are variadic C functions, which Swift cannot call.
// Each option boardpack sets gets a small typed wrapper here, so the Swift side passes values of
// the right C type and the compiler checks them.
#ifndef BOARDPACK_CCURL_SHIM_H
#define BOARDPACK_CCURL_SHIM_H

#include <curl/curl.h>

/// `curl_global_init(CURL_GLOBAL_ALL)`: once per process, before any handle is made.
static inline CURLcode boardpack_curl_global_init(void) {
  return curl_global_init(CURL_GLOBAL_ALL);
}

/// `CURLOPT_URL`: `smtp://host:port` or `smtps://host:port`.
static inline CURLcode boardpack_curl_set_url(CURL *handle, const char *url) {
  return curl_easy_setopt(handle, CURLOPT_URL, url);
}

/// `CURLOPT_PROTOCOLS_STR`: the schemes this handle may use (e.g. "smtp,smtps").
static inline CURLcode boardpack_curl_set_protocols(CURL *handle, const char *protocols) {
  return curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, protocols);
}

/// `CURLOPT_USE_SSL`: CURLUSESSL_TRY or CURLUSESSL_ALL, for STARTTLS on smtp://.
static inline CURLcode boardpack_curl_set_use_ssl(CURL *handle, long level) {
  return curl_easy_setopt(handle, CURLOPT_USE_SSL, level);
}

/// `CURLOPT_CAINFO`: a PEM file of certificates to trust instead of the system's.
static inline CURLcode boardpack_curl_set_ca_file(CURL *handle, const char *path) {
  return curl_easy_setopt(handle, CURLOPT_CAINFO, path);
}

/// `CURLOPT_USERNAME`, for SMTP AUTH.
static inline CURLcode boardpack_curl_set_username(CURL *handle, const char *user) {
  return curl_easy_setopt(handle, CURLOPT_USERNAME, user);
}

/// `CURLOPT_PASSWORD`, for SMTP AUTH.
static inline CURLcode boardpack_curl_set_password(CURL *handle, const char *password) {
  return curl_easy_setopt(handle, CURLOPT_PASSWORD, password);
}

/// `CURLOPT_CONNECTTIMEOUT_MS`.
static inline CURLcode boardpack_curl_set_connect_timeout_ms(CURL *handle, long milliseconds) {
  return curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds);
}

/// `CURLOPT_TIMEOUT_MS`: the whole transfer, connection included.
static inline CURLcode boardpack_curl_set_timeout_ms(CURL *handle, long milliseconds) {
  return curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, milliseconds);
}

/// `CURLOPT_NOSIGNAL`: 1, so timeouts never use signals (the handle may run on any thread).
static inline CURLcode boardpack_curl_set_no_signal(CURL *handle, long on) {
  return curl_easy_setopt(handle, CURLOPT_NOSIGNAL, on);
}

/// `CURLOPT_MAIL_FROM`: the envelope sender, `<name@example.org>`.
static inline CURLcode boardpack_curl_set_mail_from(CURL *handle, const char *from) {
  return curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from);
}

/// `CURLOPT_MAIL_RCPT`: the envelope recipients. The list must outlive the transfer.
static inline CURLcode boardpack_curl_set_mail_rcpt(CURL *handle, struct curl_slist *recipients) {
  return curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients);
}

/// `CURLOPT_UPLOAD`: 1, so the message is sent as the DATA of the SMTP transaction.
static inline CURLcode boardpack_curl_set_upload(CURL *handle, long on) {
  return curl_easy_setopt(handle, CURLOPT_UPLOAD, on);
}

/// `CURLOPT_INFILESIZE_LARGE`: the size of the message.
static inline CURLcode boardpack_curl_set_upload_size(CURL *handle, curl_off_t size) {
  return curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, size);
}

/// `CURLOPT_READFUNCTION` and `CURLOPT_READDATA`: where the message bytes come from.
static inline CURLcode boardpack_curl_set_reader(
  CURL *handle, curl_read_callback reader, void *context) {
  CURLcode code = curl_easy_setopt(handle, CURLOPT_READFUNCTION, reader);
  if (code != CURLE_OK) return code;
  return curl_easy_setopt(handle, CURLOPT_READDATA, context);
}

/// `CURLOPT_DEBUGFUNCTION`, `CURLOPT_DEBUGDATA` and `CURLOPT_VERBOSE`: a transcript callback.
static inline CURLcode boardpack_curl_set_debug(
  CURL *handle, curl_debug_callback callback, void *context) {
  CURLcode code = curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, callback);
  if (code != CURLE_OK) return code;
  code = curl_easy_setopt(handle, CURLOPT_DEBUGDATA, context);
  if (code != CURLE_OK) return code;
  return curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);
}

/// `CURLOPT_ERRORBUFFER`: at least CURL_ERROR_SIZE bytes, alive for the transfer.
static inline CURLcode boardpack_curl_set_error_buffer(CURL *handle, char *buffer) {
  return curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, buffer);
}

/// `CURLINFO_RESPONSE_CODE`: the last SMTP reply code, 0 when there was none.
static inline long boardpack_curl_response_code(CURL *handle) {
  long code = 0;
  if (curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &code) != CURLE_OK) return 0;
  return code;
}

/// `CURL_ERROR_SIZE`, which Swift does not import (it is a macro used as a size).
static inline int boardpack_curl_error_size(void) { return CURL_ERROR_SIZE; }

#endif
