using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LosantFlows.Connections;

namespace LosantFlows.Completion
{
    /// <summary>
    /// The answers the API-backed completers got in the last <see cref="Lifetime"/> (30 s), shared by every runspace of
    /// the process, so that pressing Tab again sends no request. Keys name the endpoint and connection (<see cref="Scope"/>),
    /// the application, the parameter and the context of the answer (flowClass, flowId, typed prefix); see <see cref="Key"/>.
    /// Thread-safe; holds at most
    /// <see cref="Capacity"/> entries, dropping expired ones first, then those closest to expiry.
    /// </summary>
    internal static class CompletionCache
    {
        /// <summary>How long an answer is reused: 30 seconds.</summary>
        internal static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

        /// <summary>The most answers kept at once.</summary>
        internal const int Capacity = 256;

        private static readonly object Gate = new object();
        private static readonly Dictionary<string, Entry> Entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        private static readonly ConditionalWeakTable<LosantConnection, string> Connections = new ConditionalWeakTable<LosantConnection, string>();
        private static long _lastConnection;

        /// <summary>
        /// The first part of a key: the connection's endpoint and a number given to the connection object the first time it
        /// is seen, so that two connections (other tokens, or another server that reuses a local port) never share answers.
        /// </summary>
        public static string Scope(LosantConnection connection) =>
            connection.Endpoint.AbsoluteUri + "#" + Connections.GetValue(connection, _ => Interlocked.Increment(ref _lastConnection).ToString(System.Globalization.CultureInfo.InvariantCulture));

        /// <summary>A cache key from its parts (null parts count as empty), joined by a separator no part contains.</summary>
        /// <param name="parts">The <see cref="Scope"/>, application id, parameter name, then the context values.</param>
        public static string Key(params string?[] parts) => string.Join("\u001f", parts.Select(p => (p ?? "").Replace("\u001f", "")));

        /// <summary>The values stored under <paramref name="key"/> less than <see cref="Lifetime"/> ago.</summary>
        /// <returns>True when such values exist.</returns>
        public static bool TryGet(string key, out IReadOnlyList<string> values)
        {
            lock (Gate)
            {
                if (Entries.TryGetValue(key, out var entry) && entry.ExpiresAt > Stopwatch.GetTimestamp())
                {
                    values = entry.Values;
                    return true;
                }
            }

            values = Array.Empty<string>();
            return false;
        }

        /// <summary>Stores <paramref name="values"/> under <paramref name="key"/> for <see cref="Lifetime"/>, making room when full.</summary>
        public static void Set(string key, IReadOnlyList<string> values)
        {
            var now = Stopwatch.GetTimestamp();
            var expiresAt = now + (long)(Lifetime.TotalSeconds * Stopwatch.Frequency);
            lock (Gate)
            {
                if (!Entries.ContainsKey(key) && Entries.Count >= Capacity)
                {
                    MakeRoom(now);
                }

                Entries[key] = new Entry(expiresAt, values);
            }
        }

        /// <summary>
        /// The answer stored under <paramref name="key"/>, else <paramref name="fetch"/>'s within the completion budget
        /// (stored for next time); null when the fetch failed or ran out of time.
        /// </summary>
        public static IReadOnlyList<string>? GetOrFetch(string key, Func<CancellationToken, Task<IReadOnlyList<string>>> fetch)
        {
            if (TryGet(key, out var cached))
            {
                return cached;
            }

            var answer = CompletionBudget.Run(fetch);
            if (answer != null)
            {
                Set(key, answer);
            }

            return answer;
        }

        /// <summary>
        /// The completion results for the names <see cref="GetOrFetch"/> gives; none when the fetch failed or ran out of
        /// time.
        /// </summary>
        public static IEnumerable<CompletionResult> Results(string key, Func<CancellationToken, Task<IReadOnlyList<string>>> fetch)
        {
            var names = GetOrFetch(key, fetch);
            return names == null ? Array.Empty<CompletionResult>() : CompletionText.Results(names);
        }

        /// <summary>Number of answers held, expired ones included (for tests of the bound).</summary>
        internal static int Count
        {
            get
            {
                lock (Gate)
                {
                    return Entries.Count;
                }
            }
        }

        private static void MakeRoom(long now)
        {
            foreach (var expired in Entries.Where(e => e.Value.ExpiresAt <= now).Select(e => e.Key).ToList())
            {
                Entries.Remove(expired);
            }

            if (Entries.Count >= Capacity)
            {
                Entries.Remove(Entries.OrderBy(e => e.Value.ExpiresAt).First().Key);
            }
        }

        private sealed class Entry
        {
            public Entry(long expiresAt, IReadOnlyList<string> values)
            {
                ExpiresAt = expiresAt;
                Values = values;
            }

            public long ExpiresAt { get; }

            public IReadOnlyList<string> Values { get; }
        }
    }
}
