using System;
using System.Collections.Generic;
using System.Globalization;

namespace V2G.Transport.Capture;

/// <summary>
/// Walks the options of a pcapng block body (section 3.5: code, length, value padded to 32 bits, until opt_endofopt), reporting
/// an option that runs past the body and stopping there.
/// </summary>
internal readonly ref struct OptionWalker(EndianReader order, ReadOnlySpan<byte> body, int start, long fileOffset, List<CaptureError> problems)
{
    private readonly ReadOnlySpan<byte> body = body;

    public Enumerator GetEnumerator() => new(order, body, start, fileOffset, problems);

    public ref struct Enumerator(EndianReader order, ReadOnlySpan<byte> body, int start, long fileOffset, List<CaptureError> problems)
    {
        private readonly ReadOnlySpan<byte> body = body;
        private int position = start;

        public (ushort Code, int ValueOffset, int ValueLength) Current { get; private set; }

        public bool MoveNext()
        {
            if (body.Length - position < 4)
            {
                return false;
            }

            ushort code = order.U16(body[position..]);
            ushort length = order.U16(body[(position + 2)..]);
            if (code == 0)
            {
                return false;
            }

            int padded = (length + 3) & ~3;
            if (padded > body.Length - position - 4)
            {
                problems.Add(new CaptureError(CaptureErrorKind.BadOption, fileOffset + position + 2, "pcapng option length",
                    string.Create(CultureInfo.InvariantCulture,
                        $"{length} for option {code}, {body.Length - position - 4} bytes left in the block")));
                return false;
            }

            Current = (code, position + 4, length);
            position += 4 + padded;
            return true;
        }
    }
}
