using System;

namespace LosantFlows.Engine.Flows
{
    /// <summary>Writes a request body, reporting a value that cannot be JSON as bad input rather than a bad answer.</summary>
    internal static class RequestBody
    {
        /// <summary>The UTF-8 JSON of <paramref name="value"/>.</summary>
        /// <exception cref="ArgumentException">The value has a cycle, is nested too deeply, or holds NaN or Infinity;
        /// the message names the place.</exception>
        public static byte[] Write(object value, string what)
        {
            try
            {
                return PSJson.Serialize(value);
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"The {what} cannot be sent as JSON: {e.Message}", e);
            }
        }
    }
}
