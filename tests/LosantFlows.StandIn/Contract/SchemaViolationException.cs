namespace LosantFlows.StandIn.Contract;

/// <summary>Thrown by <see cref="LosantSchemas.AssertValid"/> when JSON does not validate; the message lists every error.</summary>
public sealed class SchemaViolationException : Exception
{
    /// <summary>An exception with <paramref name="message"/>.</summary>
    public SchemaViolationException(string message)
        : base(message)
    {
    }

    /// <summary>An exception without details.</summary>
    public SchemaViolationException()
    {
    }

    /// <summary>An exception with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public SchemaViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
