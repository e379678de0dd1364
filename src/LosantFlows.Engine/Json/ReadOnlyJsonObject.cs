using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;

namespace LosantFlows.Engine.Json
{
    /// <summary>
    /// A JSON object as a read-only, ordered <see cref="IDictionary"/>: string keys in document order (for a repeated key
    /// the last value wins at the first key's place, as JSON.parse), lookups case-insensitive like PowerShell properties,
    /// values as <see cref="ReadOnlyJsonValue.Of"/>. Changing it throws <see cref="NotSupportedException"/>.
    /// </summary>
    internal sealed class ReadOnlyJsonObject : ReadOnlyJsonValue, IDictionary
    {
        private readonly List<KeyValuePair<string, JsonElement>> _members = new List<KeyValuePair<string, JsonElement>>();

        internal ReadOnlyJsonObject(JsonElement element)
            : base(element)
        {
            var places = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var member = new KeyValuePair<string, JsonElement>(property.Name, property.Value);
                if (places.TryGetValue(property.Name, out var place))
                {
                    _members[place] = member;
                }
                else
                {
                    places.Add(property.Name, _members.Count);
                    _members.Add(member);
                }
            }
        }

        public int Count => _members.Count;

        public bool IsFixedSize => true;

        public bool IsReadOnly => true;

        public bool IsSynchronized => false;

        public object SyncRoot => this;

        public ICollection Keys => _members.ConvertAll(member => member.Key);

        public ICollection Values => _members.ConvertAll(member => Of(member.Value));

        public object? this[object key]
        {
            get
            {
                var index = IndexOf(key);
                return index < 0 ? null : Of(_members[index].Value);
            }
            set => throw ReadOnly();
        }

        public bool Contains(object key) => IndexOf(key) >= 0;

        public IDictionaryEnumerator GetEnumerator() => new Enumerator(_members);

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public void CopyTo(Array array, int index)
        {
            foreach (var member in _members) array.SetValue(new DictionaryEntry(member.Key, Of(member.Value)), index++);
        }

        public void Add(object key, object? value) => throw ReadOnly();

        public void Clear() => throw ReadOnly();

        public void Remove(object key) => throw ReadOnly();

        private int IndexOf(object key)
        {
            var name = key as string;
            var exact = _members.FindIndex(member => string.Equals(member.Key, name, StringComparison.Ordinal));
            return exact >= 0 ? exact : _members.FindIndex(member => string.Equals(member.Key, name, StringComparison.OrdinalIgnoreCase));
        }

        private static NotSupportedException ReadOnly() => new NotSupportedException("This JSON object is read-only.");

        private sealed class Enumerator : IDictionaryEnumerator
        {
            private readonly List<KeyValuePair<string, JsonElement>> _members;
            private int _index = -1;

            internal Enumerator(List<KeyValuePair<string, JsonElement>> members) => _members = members;

            public DictionaryEntry Entry => new DictionaryEntry(_members[_index].Key, Of(_members[_index].Value));

            public object Key => _members[_index].Key;

            public object? Value => Of(_members[_index].Value);

            public object Current => Entry;

            public bool MoveNext() => ++_index < _members.Count;

            public void Reset() => _index = -1;
        }
    }
}
