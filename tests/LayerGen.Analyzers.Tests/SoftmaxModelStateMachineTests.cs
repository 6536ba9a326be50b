using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A softmax driven as a state machine: one loop, a phase local (an enum, integer constants) tested by a switch
/// statement, a switch expression or an if/else-if chain, one element per step (HeldOut75's false report on
/// <c>StateMachine_PhasePerRow</c>). The loop steps the row and the column alike; a fold counts the row step as folded
/// only when the value can come back through it with no reset, along paths the phase constants allow. The reset in the
/// Start case that every new row enters is per row (silent); a sum cleared only in a once-only Init case, or a peak
/// reset only before the loop or only in Init, folds every row (LG0002 / LG0001 at the fold).
/// </summary>
public class SoftmaxModelStateMachineTests
{
    /// <summary>Jagged rows, an enum phase in a <c>while</c>/<c>switch</c>; the resets in <c>Start</c> (or, silent too, at the end of the row in <c>Write</c>).</summary>
    [Theory]
    [InlineData("float", "MathF.Exp", false)]
    [InlineData("double", "Math.Exp", false)]
    [InlineData("float", "MathF.Exp", true)]
    [InlineData("double", "Math.Exp", true)]
    public async Task JaggedEnumSwitch_StartResetSilent_InitOnlySumIsLG0002(string type, string exp, bool resetAtRowEnd)
    {
        var startResets = resetAtRowEnd ? "" : $"peak = {type}.NegativeInfinity; sum = 0;";
        var endResets = resetAtRowEnd ? $"peak = {type}.NegativeInfinity; sum = 0;" : "";
        var correct = $$"""
            using System;

            public enum Phase { Start, Peak, Sum, Write, Done }

            public static class Machine
            {
                public static {{type}}[][] Run({{type}}[][] logits)
                {
                    var output = new {{type}}[logits.Length][];
                    var phase = logits.Length == 0 ? Phase.Done : Phase.Start;
                    int row = 0, col = 0;
                    {{type}} peak = {{type}}.NegativeInfinity, sum = 0;
                    while (phase != Phase.Done)
                    {
                        switch (phase)
                        {
                            case Phase.Start:
                                output[row] = new {{type}}[logits[row].Length];
                                {{startResets}}
                                col = 0;
                                phase = Phase.Peak;
                                break;
                            case Phase.Peak:
                                if (logits[row][col] > peak) peak = logits[row][col];
                                if (++col == logits[row].Length) { col = 0; phase = Phase.Sum; }
                                break;
                            case Phase.Sum:
                                output[row][col] = {{exp}}(logits[row][col] - peak);
                                sum += output[row][col];
                                if (++col == logits[row].Length) { col = 0; phase = Phase.Write; }
                                break;
                            case Phase.Write:
                                output[row][col] /= sum;
                                if (++col < logits[row].Length) break;
                                {{endResets}}
                                phase = ++row < logits.Length ? Phase.Start : Phase.Done;
                                break;
                        }
                    }
                    return output;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(correct);

        // The sum cleared only in Init, entered once; Start resets the peak only.
        var bug = $$"""
            using System;

            public enum Phase { Init, Start, Peak, Sum, Write, Done }

            public static class Machine
            {
                public static {{type}}[][] Run({{type}}[][] logits)
                {
                    var output = new {{type}}[logits.Length][];
                    var phase = Phase.Init;
                    int row = 0, col = 0;
                    {{type}} peak = 0, sum = 0;
                    while (phase != Phase.Done)
                    {
                        switch (phase)
                        {
                            case Phase.Init:
                                sum = 0;
                                phase = logits.Length == 0 ? Phase.Done : Phase.Start;
                                break;
                            case Phase.Start:
                                output[row] = new {{type}}[logits[row].Length];
                                peak = {{type}}.NegativeInfinity;
                                col = 0;
                                phase = Phase.Peak;
                                break;
                            case Phase.Peak:
                                if (logits[row][col] > peak) peak = logits[row][col];
                                if (++col == logits[row].Length) { col = 0; phase = Phase.Sum; }
                                break;
                            case Phase.Sum:
                                output[row][col] = {{exp}}(logits[row][col] - peak);
                                sum += output[row][col]; //~ LG0002
                                if (++col == logits[row].Length) { col = 0; phase = Phase.Write; }
                                break;
                            case Phase.Write:
                                output[row][col] /= sum;
                                if (++col < logits[row].Length) break;
                                phase = ++row < logits.Length ? Phase.Start : Phase.Done;
                                break;
                        }
                    }
                    return output;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(bug);
    }

    /// <summary>
    /// Row-major <c>T[rows, cols]</c>, an <c>int</c> phase in an <c>if/else if</c> chain; the new row is started by a
    /// separate <c>phase = 0</c>. Silent with the resets in phase 0; a peak reset only above the loop is LG0001.
    /// </summary>
    [Theory]
    [InlineData("float", "MathF.Exp")]
    [InlineData("double", "Math.Exp")]
    public async Task RectangularIfChain_StartResetSilent_PeakNeverResetIsLG0001(string type, string exp)
    {
        string Source(string startResets, string peakFold) => $$"""
            using System;

            public static class Machine
            {
                public static {{type}}[,] Run({{type}}[,] x)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    var y = new {{type}}[rows, cols];
                    int phase = 0, r = 0, c = 0;
                    {{type}} m = {{type}}.NegativeInfinity, s = 0;
                    while (r < rows)
                    {
                        if (phase == 0)
                        {
                            {{startResets}}
                            c = 0;
                            phase = 1;
                        }
                        else if (phase == 1)
                        {
                            {{peakFold}}
                            if (++c == cols) { c = 0; phase = 2; }
                        }
                        else if (phase == 2)
                        {
                            y[r, c] = {{exp}}(x[r, c] - m);
                            s += y[r, c];
                            if (++c == cols) { c = 0; phase = 3; }
                        }
                        else
                        {
                            y[r, c] /= s;
                            if (++c == cols)
                            {
                                r++;
                                phase = 0;
                            }
                        }
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"m = {type}.NegativeInfinity; s = 0;", "m = Math.Max(m, x[r, c]);"));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("s = 0;", "m = Math.Max(m, x[r, c]); //~ LG0001"));
    }

    /// <summary>
    /// Flat row-major <c>T[rows * cols]</c> read at <c>row * cols + col</c>, <c>const int</c> states in a <c>for (;;)</c>
    /// switch with <c>continue</c>. Silent with the resets in Begin. (The sum cleared only in Init is a known miss in this
    /// layout: one loop steps both terms of the flat index, whose stride the model cannot read; not asserted.)
    /// </summary>
    [Theory]
    [InlineData("float", "MathF.Exp")]
    [InlineData("double", "Math.Exp")]
    public async Task FlatConstStates_BeginResetSilent(string type, string exp)
    {
        string Source(string initReset, string beginReset, string marker) => $$"""
            using System;

            public static class Machine
            {
                const int Init = 0, Begin = 1, Fold = 2, Accumulate = 3, Emit = 4, Stop = 5;

                public static {{type}}[] Run({{type}}[] x, int rows, int cols)
                {
                    var p = new {{type}}[x.Length];
                    int state = Init, t = 0, i = 0;
                    {{type}} hi = 0, norm = 0;
                    for (;;)
                    {
                        switch (state)
                        {
                            case Init:
                                {{initReset}}
                                t = 0;
                                state = rows > 0 ? Begin : Stop;
                                continue;
                            case Begin:
                                hi = {{type}}.NegativeInfinity;
                                {{beginReset}}
                                i = 0;
                                state = Fold;
                                continue;
                            case Fold:
                                hi = Math.Max(hi, x[t * cols + i]);
                                if (++i == cols) { i = 0; state = Accumulate; }
                                continue;
                            case Accumulate:
                                p[t * cols + i] = {{exp}}(x[t * cols + i] - hi);
                                norm += p[t * cols + i];{{marker}}
                                if (++i == cols) { i = 0; state = Emit; }
                                continue;
                            case Emit:
                                p[t * cols + i] /= norm;
                                if (++i < cols) continue;
                                state = ++t < rows ? Begin : Stop;
                                continue;
                        }
                        break;
                    }
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("", "norm = 0;", ""));
    }

    /// <summary>
    /// Jagged rows, the next phase chosen by a switch expression on the enum (<c>phase = phase switch { … }</c>), the
    /// row stepped in the Write arm. Silent with the resets in Start; the peak reset only in Init is LG0001.
    /// </summary>
    [Theory]
    [InlineData("float", "MathF.Exp")]
    [InlineData("double", "Math.Exp")]
    public async Task JaggedSwitchExpression_StartResetSilent_InitOnlyPeakIsLG0001(string type, string exp)
    {
        string Source(string initReset, string startReset, string marker) => $$"""
            using System;

            public enum Stage { Init, Start, Peak, Sum, Write, Done }

            public static class Machine
            {
                public static void Run({{type}}[][] x, {{type}}[][] y)
                {
                    var stage = Stage.Init;
                    int row = 0, col = 0;
                    {{type}} m = 0, s = 0;
                    while (stage != Stage.Done)
                    {
                        if (stage == Stage.Init)
                        {
                            {{initReset}}
                            stage = x.Length > 0 ? Stage.Start : Stage.Done;
                            continue;
                        }

                        if (stage == Stage.Start)
                        {
                            {{startReset}}
                            s = 0;
                            col = 0;
                        }
                        else if (stage == Stage.Peak)
                        {
                            m = Math.Max(m, x[row][col]);{{marker}}
                        }
                        else if (stage == Stage.Sum)
                        {
                            y[row][col] = {{exp}}(x[row][col] - m);
                            s += y[row][col];
                        }
                        else
                        {
                            y[row][col] /= s;
                        }

                        if (stage != Stage.Start && ++col < x[row].Length) continue;
                        col = 0;
                        stage = stage switch
                        {
                            Stage.Start => Stage.Peak,
                            Stage.Peak => Stage.Sum,
                            Stage.Sum => Stage.Write,
                            _ => ++row < x.Length ? Stage.Start : Stage.Done,
                        };
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source("", $"m = {type}.NegativeInfinity;", ""));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source($"m = {type}.NegativeInfinity;", "", " //~ LG0001"));
    }

    /// <summary>
    /// Look-alikes that stay as they were: a phase the machine reads from data (not a constant) gives no state, and a
    /// per-row softmax written with nested loops is untouched.
    /// </summary>
    [Theory]
    [InlineData("float", "MathF.Exp")]
    [InlineData("double", "Math.Exp")]
    public async Task NestedLoopsPerRow_Silent(string type, string exp)
    {
        var source = $$"""
            using System;

            public static class Rows
            {
                public static void Run({{type}}[,] x, {{type}}[,] y)
                {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    int phase = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        phase = 1;
                        {{type}} m = {{type}}.NegativeInfinity, s = 0;
                        for (int c = 0; c < cols; c++) if (phase == 1) m = Math.Max(m, x[r, c]);
                        for (int c = 0; c < cols; c++) s += y[r, c] = {{exp}}(x[r, c] - m);
                        for (int c = 0; c < cols; c++) y[r, c] /= s;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
