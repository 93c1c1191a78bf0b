using System.Globalization;
using System.Text;
using UtfUnknown;

namespace KnowledgeGraph.Documents;

/// <summary>
/// Turns bytes into text: UTF-8 and UTF-16 with or without a byte-order mark, and Windows-1256 (still common for
/// Arabic), detected. Binary data and bytes that no supported encoding reads as text are refused with the reason.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="InvalidDataException"/> with the reason when it cannot.</summary>
    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Strict(StrictUtf8, bytes[3..], "UTF-8"), "UTF-8 (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Strict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE"), "UTF-16LE (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Strict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE"), "UTF-16BE (BOM)");
        }

        if (TryUtf16WithoutBom(bytes, out var utf16, out var name))
        {
            return (utf16, name);
        }

        if (bytes.Contains((byte)0))
        {
            throw new InvalidDataException("binary file (it contains NUL bytes and is not UTF-16 text)");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the only legacy encoding we accept is Windows-1256, and only when it reads as text.
        }

        // UTF-8 with a few broken bytes is damaged UTF-8, not Windows-1256: read as 1256 it would be mojibake.
        var (valid, invalid, firstInvalid) = Utf8Sequences(bytes);
        if (valid > invalid * 4)
        {
            throw new InvalidDataException($"undecodable bytes: not valid UTF-8 at byte {firstInvalid} ({invalid} broken sequence(s) in text that is otherwise UTF-8)");
        }

        var cp1256 = Encoding.GetEncoding(1256).GetString(bytes);
        if (LooksLikeText(cp1256, requireArabic: true))
        {
            return (cp1256, "Windows-1256");
        }

        var hint = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected?.EncodingName ?? "unknown";

        throw new InvalidDataException($"undecodable bytes: not valid UTF-8 or UTF-16, and not Arabic Windows-1256 text (detector guessed {hint})");
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException($"undecodable bytes: the byte-order mark says {name} but byte {ex.Index} is not valid {name}", ex);
        }
    }

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and broken ones, and where the first broken one starts.</summary>
    private static (int Valid, int Invalid, int FirstInvalid) Utf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, first = -1, at = 0;
        while (at < bytes.Length)
        {
            if (bytes[at] < 0x80)
            {
                at++;
                continue;
            }

            var status = Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
                first = first < 0 ? at : first;
            }

            at += Math.Max(consumed, 1);
        }

        return (valid, invalid, first);
    }

    private static bool TryUtf16WithoutBom(ReadOnlySpan<byte> bytes, out string text, out string name)
    {
        text = "";
        name = "";
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return false;
        }

        // ASCII in UTF-16 puts a zero in every other byte; Arabic puts 0x06 there.
        int evenMarks = 0, oddMarks = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] is 0 or 6)
            {
                evenMarks++;
            }

            if (bytes[i + 1] is 0 or 6)
            {
                oddMarks++;
            }
        }

        var pairs = bytes.Length / 2;
        var bigEndian = evenMarks > pairs * 0.6 && oddMarks < pairs * 0.1;
        var littleEndian = oddMarks > pairs * 0.6 && evenMarks < pairs * 0.1;
        if (!bigEndian && !littleEndian)
        {
            return false;
        }

        try
        {
            text = new UnicodeEncoding(bigEndian, false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        name = bigEndian ? "UTF-16BE" : "UTF-16LE";
        return LooksLikeText(text, requireArabic: false);
    }

    /// <summary>
    /// Hardly any control or unassigned characters; for Windows-1256, most characters beyond ASCII are Arabic (markup,
    /// scripts and styles are ASCII, so they neither help nor hurt).
    /// </summary>
    private static bool LooksLikeText(string text, bool requireArabic)
    {
        if (text.Length == 0)
        {
            return false;
        }

        int junk = 0, beyondAscii = 0, arabic = 0;
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if ((category == UnicodeCategory.Control && !char.IsWhiteSpace(c)) || category is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
            {
                junk++;
            }

            if (c > '\u007F')
            {
                beyondAscii++;
                if (c is (>= '\u0600' and <= '\u06FF') or '\u00A0' or '\u00AB' or '\u00BB' or (>= '\u200C' and <= '\u200F') or (>= '\u2013' and <= '\u2026'))
                {
                    arabic++;
                }
            }
        }

        return junk <= text.Length * 0.01 && (!requireArabic || (arabic > 0 && arabic >= beyondAscii * 0.7));
    }
}
