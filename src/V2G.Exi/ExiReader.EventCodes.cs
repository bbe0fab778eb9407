namespace V2G.Exi;

/// <content>The one error path of a generated state for an event code that selects none of its first-level productions.</content>
public ref partial struct ExiReader
{
    /// <summary>
    /// Records the error for an event code that selects no first-level production of a state: the escape to the second
    /// level (see <see cref="SecondLevelEventError"/>) or a code beyond the state's values (see
    /// <see cref="FailUnexpectedEventCode"/>), unless the reader has already failed.
    /// </summary>
    /// <param name="position">Bit offset of the event code.</param>
    /// <param name="code">The event code read.</param>
    /// <param name="escape">The state's escape code to the second level (its number of first-level productions).</param>
    /// <param name="width">Width of the second-level code, or -1 when the state has no second-level EE.</param>
    /// <param name="endElementCode">The state's second-level EE code, or -1.</param>
    /// <param name="values">The number of first-level values of the state.</param>
    /// <param name="expected">What the state accepts.</param>
    /// <exception cref="ExiDecodeException">The error, when the reader does not record errors.</exception>
    public void FailEventCode(long position, uint code, int escape, int width, int endElementCode, int values, string expected)
    {
        if (code == (uint)escape && _error is null)
        {
            Fail(SecondLevelEventError(position, width, endElementCode, expected));
            return;
        }

        FailUnexpectedEventCode(position, code, values, expected);
    }
}
