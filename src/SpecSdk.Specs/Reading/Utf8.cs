namespace SpecSdk.Specs.Reading
{
    /// <summary>Finds the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).</summary>
    internal static class Utf8
    {
        public static int IndexOfInvalid(byte[] bytes)
        {
            var i = 0;
            while (i < bytes.Length)
            {
                var b = bytes[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }

                int length;
                int min;
                if (b >= 0xC2 && b <= 0xDF)
                {
                    length = 2;
                    min = 0x80;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    length = 3;
                    min = 0x800;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    length = 4;
                    min = 0x10000;
                }
                else
                {
                    return i;
                }

                var value = b & (0xFF >> (length + 1));
                for (var k = 1; k < length; k++)
                {
                    if (i + k >= bytes.Length || (bytes[i + k] & 0xC0) != 0x80)
                    {
                        return i;
                    }

                    value = (value << 6) | (bytes[i + k] & 0x3F);
                }

                if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                {
                    return i;
                }

                i += length;
            }

            return -1;
        }
    }
}
