using System;

namespace LosantFlows.Engine.Flows
{
    /// <summary>Writes a request body, reporting a value that cannot be JSON as bad input rather than a bad answer.</summary>
    internal static class RequestBody
    {
        /// <summary>
        /// The UTF-8 JSON of <paramref name="value"/>, refused when the module could not read it back (the API answers
        /// writes with what it stored), so that nothing is created that the module then cannot list.
        /// </summary>
        /// <exception cref="ArgumentException">The value has a cycle, is nested too deeply, or holds NaN or Infinity; or
        /// it has keys that differ only in case, an empty key, or a key PowerShell reserves (as <see cref="PSJson.Parse(System.ReadOnlySpan{byte})"/>
        /// refuses them). The message names the place.</exception>
        public static byte[] Write(object value, string what)
        {
            byte[] body;
            try
            {
                body = PSJson.Serialize(value);
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"The {what} cannot be sent as JSON: {e.Message}", e);
            }

            try
            {
                Json.JsonToPowerShell.Check(body);
            }
            catch (FormatException e)
            {
                throw new ArgumentException(
                    $"The {what} was not sent: Losant would store it as given, and PowerShell objects could not hold it when listed. {e.Message} " +
                    "Rename or remove that key.", e);
            }

            return body;
        }
    }
}
