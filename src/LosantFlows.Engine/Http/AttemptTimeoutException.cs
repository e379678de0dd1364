using System;

namespace LosantFlows.Engine.Http
{
    /// <summary>One attempt took longer than <see cref="LosantClientOptions.Timeout"/>; <see cref="LosantClient"/> rewords it for the caller.</summary>
    internal sealed class AttemptTimeoutException : TimeoutException
    {
        internal AttemptTimeoutException(TimeSpan timeout, Exception innerException)
            : base("The attempt timed out after " + BodyText.Seconds(timeout) + ".", innerException)
        {
            Timeout = timeout;
        }

        /// <summary>The limit that was exceeded.</summary>
        internal TimeSpan Timeout { get; }
    }
}
