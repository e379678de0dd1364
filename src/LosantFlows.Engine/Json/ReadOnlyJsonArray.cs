using System;
using System.Collections;
using System.Text.Json;

namespace LosantFlows.Engine.Json
{
    /// <summary>A JSON array as a read-only <see cref="IList"/> of values as <see cref="ReadOnlyJsonValue.Of"/>;
    /// changing it throws <see cref="NotSupportedException"/>.</summary>
    internal sealed class ReadOnlyJsonArray : ReadOnlyJsonValue, IList
    {
        internal ReadOnlyJsonArray(JsonElement element)
            : base(element)
        {
        }

        public int Count => Element.GetArrayLength();

        public bool IsFixedSize => true;

        public bool IsReadOnly => true;

        public bool IsSynchronized => false;

        public object SyncRoot => this;

        public object? this[int index]
        {
            get => Of(Element[index]);
            set => throw ReadOnly();
        }

        public IEnumerator GetEnumerator()
        {
            foreach (var item in Element.EnumerateArray()) yield return Of(item);
        }

        public bool Contains(object? value) => IndexOf(value) >= 0;

        public int IndexOf(object? value)
        {
            var index = 0;
            foreach (var item in this)
            {
                if (Equals(item, value)) return index;
                index++;
            }

            return -1;
        }

        public void CopyTo(Array array, int index)
        {
            foreach (var item in this) array.SetValue(item, index++);
        }

        public int Add(object? value) => throw ReadOnly();

        public void Clear() => throw ReadOnly();

        public void Insert(int index, object? value) => throw ReadOnly();

        public void Remove(object? value) => throw ReadOnly();

        public void RemoveAt(int index) => throw ReadOnly();

        private static NotSupportedException ReadOnly() => new NotSupportedException("This JSON array is read-only.");
    }
}
