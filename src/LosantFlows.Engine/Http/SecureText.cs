using System;
using System.Runtime.InteropServices;
using System.Security;

namespace LosantFlows.Engine.Http
{
    /// <summary>Short-lived access to the characters of a <see cref="SecureString"/>.</summary>
    internal static class SecureText
    {
        /// <summary>Copies the secret into a char array that the caller must clear with <see cref="Array.Clear(Array, int, int)"/>.</summary>
        internal static char[] ToChars(SecureString secret)
        {
            var pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
            try
            {
                var chars = new char[secret.Length];
                Marshal.Copy(pointer, chars, 0, chars.Length);
                return chars;
            }
            finally
            {
                Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }

        /// <summary>Runs <paramref name="use"/> with the secret as a string that lives only for the call.</summary>
        internal static T WithString<T>(SecureString secret, Func<string, T> use)
        {
            var pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
            try
            {
                return use(Marshal.PtrToStringUni(pointer, secret.Length));
            }
            finally
            {
                Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }
    }
}
