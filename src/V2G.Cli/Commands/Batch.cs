using System;
using System.Collections.Generic;
using System.IO;
using V2G.Cli.Io;
using V2G.Exi;

namespace V2G.Cli.Commands;

/// <summary>Processes every input of a batch; a failed input is reported in one line and never stops the others.</summary>
internal static class Batch
{
    /// <summary>Runs <paramref name="process"/> on each input.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="stderr">Standard error, for one error line per failed input.</param>
    /// <param name="process">Reads, converts and writes one input; throws to fail it.</param>
    /// <returns><see cref="ExitCodes.Success"/> if every input succeeded, otherwise <see cref="ExitCodes.Failure"/>.</returns>
    public static int Run(IReadOnlyList<InputSource> inputs, TextWriter stderr, Action<InputSource> process)
    {
        bool anyFailed = false;
        foreach (InputSource input in inputs)
        {
            string? error = null;
            try
            {
                process(input);
            }
            catch (InputException e)
            {
                error = e.Message;
            }
            catch (ExiException e)
            {
                error = e.Message;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error = $"unexpected {e.GetType().Name}: {e.Message}";
            }

            if (error != null)
            {
                Diagnostics.Error(stderr, input.DisplayName, error);
                anyFailed = true;
            }
        }

        return anyFailed ? ExitCodes.Failure : ExitCodes.Success;
    }
}
