using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// Builds <see cref="LosantApiException"/> from a non-2xx answer (error.json), a 2xx answer to a GET whose body is not
    /// complete JSON, or a transport failure, and <see cref="LosantTimeoutException"/> from an attempt timeout; sets their
    /// OutcomeUnknown flags (<see cref="OutcomeRules"/>).
    /// </summary>
    internal static class ErrorMapper
    {
        /// <summary>
        /// <c>Losant API GET /… answered 404 NotFound: Application was not found (after 1 retry)</c>; <paramref name="stopNote"/>,
        /// when given, ends the message as a sentence of its own.
        /// </summary>
        internal static LosantApiException FromResponse(string method, string pathAndQuery, int status, string? reason, byte[] body, string? requestId,
            int retries = 0, string? stopNote = null)
        {
            ReadError(body, out var type, out var message);
            var raw = body.Length == 0 ? null : BodyText.Truncated(body);
            var text = new StringBuilder("Losant API ").Append(method).Append(' ').Append(PathOnly(pathAndQuery))
                .Append(" answered ").Append(status);
            var label = type ?? reason;
            if (!string.IsNullOrEmpty(label)) text.Append(' ').Append(label);
            if (message != null) text.Append(": ").Append(message);
            else if (raw != null) text.Append(": ").Append(BodyText.Head(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 1024)), 200));
            else text.Append(" with an empty body");
            text.Append(AfterRetries(retries));
            if (stopNote != null) AppendSentence(text, stopNote);
            return new LosantApiException(text.ToString(), status, method, pathAndQuery, type, message, raw, requestId,
                outcomeUnknown: OutcomeRules.UnknownAfterStatus(method, status));
        }

        /// <summary><c>Losant API GET /… answered 200 OK with a body that is not complete JSON: … (after 4 retries)</c>, keeping the 2xx status.</summary>
        internal static LosantApiException FromIncompleteJson(string method, string pathAndQuery, IncompleteJsonException failure, int retries)
        {
            var text = "Losant API " + method + " " + PathOnly(pathAndQuery) + " answered " + failure.StatusText
                + " with a body that is not complete JSON: " + failure.Problem + AfterRetries(retries);
            var raw = failure.Body.Length == 0 ? null : BodyText.Truncated(failure.Body);
            return new LosantApiException(text, failure.StatusCode, method, pathAndQuery, rawBody: raw, requestId: failure.RequestId, innerException: failure);
        }

        /// <summary>
        /// <c>The request GET /… timed out after 2 s (after 4 retries). Raise -TimeoutSec on Connect-Losant if the API is slow.</c>
        /// </summary>
        internal static LosantTimeoutException FromTimeout(string method, string path, AttemptTimeoutException failure, int retries)
        {
            var text = "The request " + method + " " + path + " timed out after " + BodyText.Seconds(failure.Timeout) + AfterRetries(retries)
                + ". Raise -TimeoutSec on Connect-Losant if the API is slow.";
            return new LosantTimeoutException(text, method, OutcomeRules.CanChangeData(method), failure);
        }

        internal static LosantApiException FromTransport(string method, string pathAndQuery, Uri endpoint, Exception failure, int retries = 0)
        {
            var text = "Losant API " + method + " " + PathOnly(pathAndQuery) + " could not reach " + endpoint.GetLeftPart(UriPartial.Authority)
                + ": " + failure.GetBaseException().Message + AfterRetries(retries);
            return new LosantApiException(text, 0, method, pathAndQuery, innerException: failure,
                outcomeUnknown: OutcomeRules.UnknownAfterTransport(method, failure));
        }

        /// <summary><c> (after 4 retries)</c>, <c> (after 1 retry)</c>, or empty when there was no retry.</summary>
        internal static string AfterRetries(int retries) =>
            retries <= 0 ? string.Empty : " (after " + retries.ToString(System.Globalization.CultureInfo.InvariantCulture) + (retries == 1 ? " retry)" : " retries)");

        private static void AppendSentence(StringBuilder text, string sentence)
        {
            var last = text.Length == 0 ? ' ' : text[text.Length - 1];
            if (last != '.' && last != '!' && last != '?') text.Append('.');
            text.Append(' ').Append(sentence);
        }

        internal static string PathOnly(string pathAndQuery)
        {
            var question = pathAndQuery.IndexOf('?');
            return question < 0 ? pathAndQuery : pathAndQuery.Substring(0, question);
        }

        private static void ReadError(byte[] body, out string? type, out string? message)
        {
            type = null;
            message = null;
            if (body.Length == 0) return;
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != JsonValueKind.Object) return;
                type = StringProperty(document.RootElement, "type");
                message = StringProperty(document.RootElement, "message");
            }
            catch (JsonException)
            {
                // Not JSON (e.g. an HTML page from a proxy): the raw body is reported instead.
            }
        }

        private static string? StringProperty(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
