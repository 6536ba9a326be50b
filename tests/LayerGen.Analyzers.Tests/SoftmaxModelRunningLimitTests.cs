using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Packed ragged rows with a running limit (HeldOut75's miss <c>ChangingBounds_SumFromZero</c>): each row is
/// <c>[from, limit)</c> with <c>limit += lengths[seq]</c> or <c>limit = ends[seq]</c>; a sum walked from 0 to
/// <c>limit</c> spans every earlier row (LG0002 at the sum; rows [5, 5] then [0, 0]: the second row's sum adds the first
/// row's exp(5 - 0) twice, 0.003 instead of 0.5). The same sum from <c>from</c>, and a scratch buffer refilled from 0 for
/// each row, stay silent. The sum from 0 is found also when the row walks start in their own <c>for</c> header
/// (<c>for (int k = from; k &lt; limit; k++)</c>) and when the limit is declared from a row-ends table
/// (<c>int limit = ends[seq]</c>).
/// </summary>
public class SoftmaxModelRunningLimitTests
{
    /// <summary>The running limit advanced by each row's length, in <c>while</c> or <c>for</c> loops; float and double.</summary>
    [Theory]
    [InlineData("double", "Math.Exp", "0")]
    [InlineData("float", "MathF.Exp", "0")]
    [InlineData("double", "Math.Exp", "from")]
    [InlineData("float", "MathF.Exp", "from")]
    public async Task RunningLengthLimit_SumFromZeroIsLG0002_SumFromRowStartSilent(string type, string exp, string sumStart)
    {
        var marker = sumStart == "0" ? " //~ LG0002" : "";
        var whileSource = $$"""
            using System;

            public static class Packed
            {
                public static {{type}}[] Run({{type}}[] scores, int[] lengths)
                {
                    var outp = new {{type}}[scores.Length];
                    int seq = 0, limit = 0;
                    while (seq < lengths.Length)
                    {
                        int from = limit;
                        limit += lengths[seq++];
                        {{type}} m = {{type}}.NegativeInfinity;
                        int i = from;
                        while (i < limit) m = Math.Max(m, scores[i++]);
                        {{type}} z = 0;
                        for (i = {{sumStart}}; i < limit; i++) z += {{exp}}(scores[i] - m);{{marker}}
                        for (i = from; i < limit; i++) outp[i] = {{exp}}(scores[i] - m) / z;
                    }
                    return outp;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(whileSource);

        var forSource = $$"""
            using System;

            public static class Packed
            {
                public static void Run({{type}}[] x, {{type}}[] y, int[] lengths)
                {
                    int limit = 0;
                    for (int r = 0; r < lengths.Length; r++)
                    {
                        int from = limit;
                        limit += lengths[r];
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int k = from; k < limit; k++) if (x[k] > m) m = x[k];
                        {{type}} s = 0;
                        for (int k = {{sumStart}}; k < limit; k++)
                        {
                            s += {{exp}}(x[k] - m);{{marker}}
                        }
                        for (int k = from; k < limit; k++) y[k] = {{exp}}(x[k] - m) / s;
                    }
                }
            }
            """;
        // The same rows walked with for loops: the sum from 0 is LG0002, the correct twin stays silent.
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(forSource);
    }

    /// <summary>
    /// The limit read from an array of row ends (<c>limit = ends[seq]</c>, <c>from = seq == 0 ? 0 : ends[seq - 1]</c>): the
    /// per-row sum stays silent, the sum from 0 is LG0002.
    /// </summary>
    [Theory]
    [InlineData("double", "Math.Exp", "0")]
    [InlineData("float", "MathF.Exp", "0")]
    [InlineData("double", "Math.Exp", "from")]
    [InlineData("float", "MathF.Exp", "from")]
    public async Task EndsArrayLimit_SumFromZeroIsLG0002_SumFromRowStartSilent(string type, string exp, string sumStart)
    {
        var marker = sumStart == "0" ? " //~ LG0002" : "";
        var source = $$"""
            using System;

            public static class Packed
            {
                public static void Run({{type}}[] x, {{type}}[] y, int[] ends)
                {
                    for (int seq = 0; seq < ends.Length; seq++)
                    {
                        int from = seq == 0 ? 0 : ends[seq - 1];
                        int limit = ends[seq];
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int i = from; i < limit; i++) m = Math.Max(m, x[i]);
                        {{type}} s = 0;
                        for (int i = {{sumStart}}; i < limit; i++) s += {{exp}}(x[i] - m);{{marker}}
                        for (int i = from; i < limit; i++) y[i] = {{exp}}(x[i] - m) / s;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Look-alike: a scratch buffer refilled from 0 for each row (its own walk to the row's length is the whole of the
    /// row), with the packed rows read from a running offset: correct, silent.
    /// </summary>
    [Theory]
    [InlineData("double", "Math.Exp")]
    [InlineData("float", "MathF.Exp")]
    public async Task ScratchFromZero_Silent(string type, string exp)
    {
        var source = $$"""
            using System;

            public static class Packed
            {
                public static void Run({{type}}[] x, {{type}}[] y, int[] lengths, {{type}}[] scratch)
                {
                    int offset = 0;
                    for (int r = 0; r < lengths.Length; r++)
                    {
                        int n = lengths[r];
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int k = 0; k < n; k++) m = Math.Max(m, x[offset + k]);
                        {{type}} s = 0;
                        for (int k = 0; k < n; k++) { scratch[k] = {{exp}}(x[offset + k] - m); s += scratch[k]; }
                        for (int k = 0; k < n; k++) y[offset + k] = scratch[k] / s;
                        offset += n;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
