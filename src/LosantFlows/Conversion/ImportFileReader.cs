using System;
using System.IO;
using System.Text;
using LosantFlows.Engine;

namespace LosantFlows.Conversion
{
    /// <summary>Reads one workflow export or import document file (UTF-8 JSON, with or without a byte order mark).</summary>
    internal static class ImportFileReader
    {
        /// <summary>The largest file read, in bytes (100 MiB): far above 1000 real workflows, and a bound on memory.</summary>
        public const long MaxFileBytes = 100L * 1024 * 1024;

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        /// <summary>The parsed content of <paramref name="path"/>.</summary>
        /// <exception cref="InvalidDataException">The file is empty, larger than <see cref="MaxFileBytes"/>, not UTF-8, or
        /// not JSON; the message names the file, and for JSON errors the line and position.</exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        public static object? Read(string path)
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                throw new InvalidDataException(
                    $"{path} is {length / (1024.0 * 1024):0.#} MiB; import files are read up to {MaxFileBytes / (1024 * 1024)} MiB. " +
                    "Split it into smaller files (one import takes at most 1000 workflows anyway).");
            }

            var bytes = File.ReadAllBytes(path);
            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            if (bytes.Length - offset == 0 || IsWhiteSpace(bytes, offset))
            {
                throw new InvalidDataException($"{path} is empty; expected a workflow export or an import document.");
            }

            try
            {
                StrictUtf8.GetCharCount(bytes, offset, bytes.Length - offset);
            }
            catch (DecoderFallbackException e)
            {
                throw new InvalidDataException($"{path} is not UTF-8 text (invalid byte at offset {e.Index + offset}); save it as UTF-8.", e);
            }

            try
            {
                return PSJson.ParseReadOnly(new ReadOnlyMemory<byte>(bytes, offset, bytes.Length - offset));
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"{path}: {e.Message}", e);
            }
        }

        private static bool IsWhiteSpace(byte[] bytes, int offset)
        {
            for (var i = offset; i < bytes.Length; i++)
            {
                if (bytes[i] != (byte)' ' && bytes[i] != (byte)'\t' && bytes[i] != (byte)'\r' && bytes[i] != (byte)'\n')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
