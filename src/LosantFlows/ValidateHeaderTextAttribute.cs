using System.Management.Automation;

namespace LosantFlows
{
    /// <summary>
    /// Checks that a parameter sent as an HTTP header value (<c>-LosantDomain</c>, the <c>losantdomain</c> header) is
    /// printable ASCII without line breaks, so that no input can add a header to a request.
    /// </summary>
    public sealed class ValidateHeaderTextAttribute : ValidateArgumentsAttribute
    {
        /// <summary>Throws <see cref="ValidationMetadataException"/> for a control or non-ASCII character.</summary>
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var text = (arguments is PSObject wrapped ? wrapped.BaseObject : arguments)?.ToString() ?? "";
            foreach (var c in text)
            {
                if (c < 0x20 || c > 0x7E)
                {
                    throw new ValidationMetadataException(
                        $"The value has the character U+{(int)c:X4}; only printable ASCII is allowed (a domain name such as example.com).");
                }
            }
        }
    }
}
