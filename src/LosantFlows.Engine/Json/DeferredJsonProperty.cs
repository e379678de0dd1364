using System;
using System.Management.Automation;

namespace LosantFlows.Engine.Json
{
    /// <summary>
    /// A note property whose value, a JSON object or array, is read into PowerShell values only when first asked for:
    /// listing thousands of workflows builds only their top-level properties, and <c>nodes</c>, <c>triggers</c> and the
    /// like stay UTF-8 JSON until a script reads them (DESIGN.md "The data's way through"). Copies of the property
    /// (PowerShell copies each member it adds) share one reading, so every copy returns the same value object, until a
    /// value is assigned. The JSON was checked when it was set aside (<see cref="CheckedSkip"/>), so reading it cannot
    /// fail: PowerShell would turn such a failure into a silent $null.
    /// </summary>
    internal sealed class DeferredJsonProperty : PSNoteProperty
    {
        private readonly DeferredJson _json;
        private bool _hasValue;

        /// <param name="name">The property name.</param>
        /// <param name="utf8Json">The value's JSON: an object or an array, complete and valid.</param>
        internal DeferredJsonProperty(string name, byte[] utf8Json)
            : this(name, new DeferredJson(utf8Json))
        {
        }

        private DeferredJsonProperty(string name, DeferredJson json)
            : base(name, null) => _json = json;

        /// <inheritdoc/>
        public override object? Value
        {
            get
            {
                if (!_hasValue) Value = _json.Value;
                return base.Value;
            }

            set
            {
                base.Value = value;
                _hasValue = true;
            }
        }

        /// <summary>PSCustomObject or System.Object[], known without reading the value (as Get-Member shows it).</summary>
        public override string TypeNameOfValue =>
            _hasValue ? base.TypeNameOfValue : _json.IsArray ? typeof(object[]).FullName! : typeof(PSCustomObject).FullName!;

        /// <summary>The JSON exactly as received while neither this property nor a copy has been read or assigned; null afterwards.</summary>
        internal byte[]? UnreadJson => _hasValue ? null : _json.Unread;

        /// <inheritdoc/>
        public override PSMemberInfo Copy()
        {
            var copy = new DeferredJsonProperty(Name, _json);
            if (_hasValue) copy.Value = base.Value;
            return copy;
        }

        /// <inheritdoc/>
        public override string ToString()
        {
            _ = Value;
            return base.ToString();
        }

        /// <summary>The JSON and, once read, its value; shared by a property and its copies.</summary>
        private sealed class DeferredJson
        {
            private readonly object _gate = new object();
            private byte[]? _utf8Json;
            private object? _value;

            internal DeferredJson(byte[] utf8Json)
            {
                _utf8Json = utf8Json;
                IsArray = utf8Json[0] == (byte)'[';
            }

            internal bool IsArray { get; }

            internal byte[]? Unread => _utf8Json;

            internal object? Value
            {
                get
                {
                    lock (_gate)
                    {
                        if (_utf8Json != null)
                        {
                            _value = JsonToPowerShell.Read(_utf8Json, JsonToPowerShell.DeferNothing);
                            _utf8Json = null;
                        }

                        return _value;
                    }
                }
            }
        }
    }
}
