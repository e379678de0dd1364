using System.Management.Automation;
using LosantFlows.Engine;

namespace LosantFlows
{
    /// <summary>
    /// Checks that a parameter holds a Losant object id: 24 hexadecimal characters (<c>^[A-Fa-f0-9]{24}$</c>, the
    /// pattern of every id in Losant's schemas). Runs before anything is sent, so no input can change a request's path.
    /// </summary>
    public sealed class ValidateLosantIdAttribute : ValidateArgumentsAttribute
    {
        /// <summary>Throws <see cref="ValidationMetadataException"/> when <paramref name="arguments"/> is not an id.</summary>
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var text = arguments is PSObject wrapped ? wrapped.BaseObject?.ToString() : arguments?.ToString();
            if (!LosantIds.IsValidId(text))
            {
                throw new ValidationMetadataException(
                    $"'{Printable(text)}' is not a Losant id: an id is 24 hexadecimal characters, such as 5f1e2d3c4b5a697887766554.");
            }
        }

        private static string Printable(string? text)
        {
            if (text == null)
            {
                return "";
            }

            var shown = text.Length > 60 ? text.Substring(0, 60) + "…" : text;
            return shown.Replace("\r", "\\r").Replace("\n", "\\n");
        }
    }
}
