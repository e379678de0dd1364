using System;

namespace LosantFlows.Conversion
{
    /// <summary>
    /// A value the user gave that cannot be sent. Its message is shown to the user as it is (without the
    /// "(Parameter 'x')" suffix <see cref="ArgumentException"/> adds); <see cref="ArgumentException.ParamName"/> names
    /// the parameter.
    /// </summary>
    public sealed class InvalidInputException : ArgumentException
    {
        private readonly string _message;

        /// <summary>Creates the error.</summary>
        /// <param name="message">What is wrong and what to do, naming the input.</param>
        /// <param name="parameterName">The parameter the value came from, such as <c>Query</c>.</param>
        /// <param name="inner">The underlying error, if any.</param>
        public InvalidInputException(string message, string parameterName, Exception? inner = null)
            : base(message, parameterName, inner)
        {
            _message = message;
        }

        /// <summary>The message, without the parameter name appended.</summary>
        public override string Message => _message;
    }
}
