using System;
using System.Collections.Generic;

namespace LosantFlows.Engine.Json
{
    /// <summary>
    /// The keys a JSON object may have to become a PSObject: not empty, not a member name PowerShell reserves, and no two
    /// that differ only in case (PowerShell properties are case-insensitive). A key repeated exactly is allowed; its last
    /// value wins, as with JSON.parse.
    /// </summary>
    internal static class JsonKeys
    {
        private static readonly string[] Reserved = { "psbase", "psadapted", "psextended", "psobject", "pstypenames" };

        /// <summary>Refuses an empty or reserved key.</summary>
        /// <param name="name">The key.</param>
        /// <param name="tokenStart">The key's 0-based byte offset, for the message.</param>
        /// <exception cref="FormatException">The key is empty or reserved.</exception>
        internal static void CheckName(string name, long tokenStart)
        {
            if (name.Length == 0)
                throw new FormatException($"A JSON object has the empty string as a key (at byte {tokenStart + 1}); a PowerShell property needs a name.");
            if (name.Length < 6 || name.Length > 11 || (name[0] | 0x20) != 'p' || (name[1] | 0x20) != 's') return;
            foreach (var reserved in Reserved)
            {
                if (string.Equals(name, reserved, StringComparison.OrdinalIgnoreCase))
                    throw new FormatException($"A JSON object has the key '{name}' (at byte {tokenStart + 1}), a name PowerShell reserves for its own members.");
            }
        }

        /// <summary>
        /// The index of <paramref name="name"/> among the keys read so far, or -1 when it is new.
        /// </summary>
        /// <exception cref="FormatException">An earlier key differs from <paramref name="name"/> only in case.</exception>
        internal static int IndexOfRepeat(List<string> names, string name)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (!string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase)) continue;
                if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
                throw new FormatException(
                    $"The JSON object has the keys '{names[i]}' and '{name}', which differ only in case; PowerShell properties are case-insensitive.");
            }

            return -1;
        }
    }
}
